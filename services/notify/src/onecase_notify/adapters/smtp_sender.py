"""Email answers over SMTP, threaded under the customer's mail, marked as automated."""

from __future__ import annotations

import asyncio
import hashlib
import socket
import ssl
import time
from email.message import EmailMessage
from email.utils import formatdate

import aiosmtplib
from aiolimiter import AsyncLimiter
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential

from onecase_notify.adapters.provider_http import DeliveryRefusedError, ProviderUnavailableError
from onecase_notify.domain.delivery_plan import PlannedDelivery
from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_shared.events import CaseEventV1, Channel
from onecase_shared.redaction import redact_personal_data

# Replies about our login or encryption (RFC 4954: 530 authentication or STARTTLS required,
# 534 mechanism too weak, 535 credentials invalid, 538 encryption required): our
# configuration is wrong, not the message, so it waits for a fix instead of failing for good.
_CONFIGURATION_REPLIES = frozenset({530, 534, 535, 538})
# Connections kept open between mails: one per send in flight, reused while fresh (relays
# drop idle clients, Postfix after 300 s), so a mail costs MAIL, RCPT and DATA, not also a
# TCP (and TLS) handshake, the greeting, EHLO, a login and QUIT.
_IDLE_CONNECTIONS = 8
_IDLE_REUSE_S = 10.0


def _retryable(error: BaseException) -> bool:
    # 4xx SMTP replies and dropped connections are temporary; 5xx replies are final.
    # Refused credentials will not be accepted a second later either.
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        return False
    if isinstance(error, aiosmtplib.SMTPResponseException) and error.code in _CONFIGURATION_REPLIES:
        return False
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return error.code < 500
    return isinstance(error, aiosmtplib.SMTPException | OSError)


class SmtpSender:
    """The ChannelSender port for email.

    `implicit_tls` speaks TLS from the first byte (port 465); `starttls` insists on upgrading
    a plain connection (port 587) and fails rather than send in clear; neither: plain SMTP,
    for a relay on the same host. With `username`, it logs in (AUTH PLAIN or LOGIN) once the
    connection is encrypted. `tls_context` verifies the server (default: the system's CAs).
    """

    def __init__(
        self,
        *,
        host: str,
        port: int,
        sender: str,
        reply_domain: str,
        per_second: float = 10,
        max_attempts: int = 4,
        backoff_s: float = 0.5,
        implicit_tls: bool = False,
        starttls: bool = False,
        username: str | None = None,
        password: str | None = None,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        if implicit_tls and starttls:
            msg = "SMTP is either implicit TLS or STARTTLS, not both"
            raise ValueError(msg)
        self._host = host
        self._port = port
        self._implicit_tls = implicit_tls
        self._starttls = starttls
        self._username = username or None
        self._password = password
        self._tls_context = tls_context
        self._sender = sender
        self._reply_domain = reply_domain
        self._limiter = AsyncLimiter(per_second, 1)
        self._max_attempts = max_attempts
        self._backoff_s = backoff_s
        self._local_hostname: str | None = None
        self._idle: list[tuple[float, aiosmtplib.SMTP]] = []  # (idle since, connection)

    def message_id_for(self, notification_key: str) -> str:
        """The Message-ID of a notification: the same after a crash, so clients dedupe."""
        digest = hashlib.sha256(notification_key.encode()).hexdigest()[:32]
        return f"<{digest}@{self._reply_domain}>"

    async def _helo_name(self) -> str:
        # The name we greet the relay with. aiosmtplib looks it up (socket.getfqdn, in a
        # thread, possibly a DNS query) on every connection unless it is given: once is enough.
        if self._local_hostname is None:
            self._local_hostname = await asyncio.to_thread(socket.getfqdn)
        return self._local_hostname

    async def _send_once(self, mail: EmailMessage) -> None:
        connection = await self._connection()
        try:
            await connection.send_message(mail)
        except BaseException:
            # Whatever state a failed exchange left the session in, it is not reused.
            connection.close()
            raise
        if len(self._idle) < _IDLE_CONNECTIONS:
            self._idle.append((time.monotonic(), connection))
        else:
            connection.close()

    async def _connection(self) -> aiosmtplib.SMTP:
        """A connected, logged-in session: a fresh idle one, or a new one."""
        while self._idle:
            since, connection = self._idle.pop()
            if connection.is_connected and time.monotonic() - since < _IDLE_REUSE_S:
                return connection
            connection.close()
        connection = aiosmtplib.SMTP(
            hostname=self._host,
            port=self._port,
            local_hostname=await self._helo_name(),
            timeout=30,
            use_tls=self._implicit_tls,
            # False, not None: never upgrade (or fail) on a server's offer alone.
            start_tls=self._starttls,
            username=self._username,
            password=self._password if self._username else None,
            tls_context=self._tls_context,
        )
        await connection.connect()
        return connection

    async def send(
        self, delivery: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        """Deliver `message` to the customer's address; return its Message-ID."""
        target = delivery.target
        if target is None or target.channel is not Channel.EMAIL:
            msg = f"SMTP cannot deliver to {target.channel if target else 'no target'}"
            raise ValueError(msg)
        mail = EmailMessage()
        message_id = self.message_id_for(message.notification_key)
        mail["Message-ID"] = message_id
        mail["Date"] = formatdate(usegmt=True)
        mail["From"] = self._sender
        mail["To"] = target.handle.value
        mail["Reply-To"] = f"case+{event.case_number}@{self._reply_domain}"
        mail["Subject"] = message.subject
        if target.in_reply_to:
            mail["In-Reply-To"] = target.in_reply_to
        references = (
            (*target.references, target.in_reply_to) if target.in_reply_to else target.references
        )
        if references:
            mail["References"] = " ".join(dict.fromkeys(r for r in references if r))
        # Loop protection: auto-responders and our own intake ignore mail marked like this.
        mail["Auto-Submitted"] = "auto-replied"
        mail["X-Loop"] = self._sender
        mail["X-Onecase-Case"] = event.case_number
        mail["X-Onecase-Notification"] = message.kind.value
        mail.set_content(message.text)
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(self._max_attempts),
                wait=wait_exponential(multiplier=self._backoff_s, max=30),
                retry=retry_if_exception(_retryable),
                reraise=True,
            ):
                with attempt:
                    async with self._limiter:
                        await self._send_once(mail)
        except aiosmtplib.SMTPRecipientsRefused as error:
            # The reply quotes the address; the reason travels on to the case and the DLQ.
            replies = "; ".join(f"{r.code} {r.message}" for r in error.recipients)
            msg = f"the mail server refused the recipient: {redact_personal_data(replies)}"
            raise DeliveryRefusedError(msg) from error
        except aiosmtplib.SMTPResponseException as error:
            reply = redact_personal_data(f"{error.code} {error.message}")
            if error.code in _CONFIGURATION_REPLIES:
                # It waits, and reaches the DLQ if no one fixes the settings in time.
                msg = f"the mail server refused our login or encryption: {reply}"
                raise ProviderUnavailableError(msg) from error
            if error.code >= 500:
                msg = f"the mail server refused the message: {reply}"
                raise DeliveryRefusedError(msg) from error
            msg = f"the mail server deferred the message: {reply}"
            raise ProviderUnavailableError(msg) from error
        except (aiosmtplib.SMTPException, OSError) as error:
            msg = f"the mail server is unreachable: {error!r}"
            raise ProviderUnavailableError(msg) from error
        return message_id
