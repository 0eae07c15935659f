"""Email answers over SMTP, threaded under the customer's mail, marked as automated."""

from __future__ import annotations

import hashlib
from email.message import EmailMessage
from email.utils import formatdate

import aiosmtplib

from onecase_notify.domain.acknowledgment import OutboundMessage
from onecase_shared.events import CaseEventV1, Channel


class SmtpSender:
    """The ChannelSender port for email."""

    def __init__(self, *, host: str, port: int, sender: str, reply_domain: str) -> None:
        self._host = host
        self._port = port
        self._sender = sender
        self._reply_domain = reply_domain

    async def send(self, message: OutboundMessage, event: CaseEventV1) -> str:
        """Deliver `message` for the case in `event`; return its Message-ID."""
        target = event.reply_target
        if target.channel is not Channel.EMAIL:
            msg = f"SMTP cannot deliver to channel {target.channel}"
            raise ValueError(msg)
        mail = EmailMessage()
        # Deterministic: a resend after a crash carries the same id, so mail clients dedupe.
        digest = hashlib.sha256(message.notification_key.encode()).hexdigest()[:32]
        message_id = f"<{digest}@{self._reply_domain}>"
        mail["Message-ID"] = message_id
        mail["Date"] = formatdate(usegmt=True)
        mail["From"] = self._sender
        mail["To"] = target.handle.value
        mail["Reply-To"] = f"case+{event.case_number}@{self._reply_domain}"
        mail["Subject"] = message.subject
        if target.in_reply_to:
            mail["In-Reply-To"] = target.in_reply_to
        if target.references:
            mail["References"] = " ".join(target.references)
        # Loop protection: auto-responders and our own intake ignore mail marked like this.
        mail["Auto-Submitted"] = "auto-replied"
        mail["X-Loop"] = self._sender
        mail["X-Onecase-Case"] = event.case_number
        mail.set_content(message.text)
        await aiosmtplib.send(mail, hostname=self._host, port=self._port, timeout=30)
        return message_id
