"""Notify's SMTP sender against a real aiosmtpd server with TLS and AUTH, as relays require.

A throwaway CA signs the server's certificate; the server insists on STARTTLS (or speaks TLS
from the start) and on a login, checked by an authenticator that knows one user.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from onecase_localinfra.tls_certs import LocalCertificateAuthority
from onecase_notify.adapters.provider_http import ProviderUnavailableError
from onecase_notify.adapters.smtp_sender import SmtpSender
from onecase_notify.domain.delivery_plan import PlannedDelivery, Route
from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_shared.events import CaseEventKind, CaseEventV1, Channel, NotificationKind
from tests.builders import a_case_event, a_target
from tests.integration.conftest import free_ports

pytestmark = [
    pytest.mark.integration,
    # aiosmtpd warns about AUTH without STARTTLS on every connection to the implicit-TLS
    # relay, where every connection is TLS from its first byte.
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning"),
]

USER, PASSWORD = "onecase-notify", "correct horse battery staple"


@dataclass
class Received:
    """One mail the relay accepted, and how the session that sent it was protected."""

    to: list[str]
    tls: bool
    login: bytes | None


@dataclass
class Relay:
    """A mail relay that accepts mail only over TLS and from its one user."""

    port: int
    ca_file: Path
    received: list[Received] = field(default_factory=list)
    sessions: int = 0  # connections that delivered mail

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        login = session.auth_data.login if isinstance(session.auth_data, LoginPassword) else None
        # session.ssl is set after STARTTLS only; the transport knows for implicit TLS too.
        transport = server.transport
        tls = transport is not None and transport.get_extra_info("ssl_object") is not None
        self.received.append(Received(envelope.rcpt_tos, tls, login))
        if not getattr(session, "onecase_counted", False):
            session.onecase_counted = True  # type: ignore[attr-defined]
            self.sessions += 1
        return "250 OK"


def authenticate(
    _server: SMTP, _session: Session, _envelope: Envelope, _mechanism: str, data: Any
) -> AuthResult:
    """The relay's one user; anything else is refused (535)."""
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False, auth_data=data if ok else None)


def _start(tmp_path: Path, *, implicit_tls: bool) -> Iterator[Relay]:
    ca = LocalCertificateAuthority(tmp_path / "tls")
    server_cert = ca.issue("relay")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(server_cert.cert_file, server_cert.key_file)
    relay = Relay(port=free_ports(1)[0], ca_file=ca.ca_file)
    tls_options: dict[str, Any] = (
        {"ssl_context": server_tls}
        if implicit_tls
        else {"tls_context": server_tls, "require_starttls": True}
    )
    controller = Controller(
        relay,
        hostname="127.0.0.1",
        port=relay.port,
        authenticator=authenticate,
        auth_required=True,
        # aiosmtpd counts only STARTTLS as TLS for this check; implicit TLS is TLS throughout.
        auth_require_tls=not implicit_tls,
        **tls_options,
    )
    controller.start()
    try:
        yield relay
    finally:
        controller.stop()


@pytest.fixture
def starttls_relay(tmp_path: Path) -> Iterator[Relay]:
    yield from _start(tmp_path, implicit_tls=False)


@pytest.fixture
def tls_relay(tmp_path: Path) -> Iterator[Relay]:
    yield from _start(tmp_path, implicit_tls=True)


def _sender(relay: Relay, *, password: str = PASSWORD, **tls: Any) -> SmtpSender:
    context = tls.pop("tls_context", ssl.create_default_context(cafile=str(relay.ca_file)))
    return SmtpSender(
        host="127.0.0.1",
        port=relay.port,
        sender="support@onecase.example",
        reply_domain="reply.onecase.example",
        max_attempts=1,
        username=USER,
        password=password,
        tls_context=context,
        **tls,
    )


def _acknowledgment() -> tuple[PlannedDelivery, OutboundMessage, CaseEventV1]:
    event = a_case_event(CaseEventKind.ASSIGNED, a_target(Channel.EMAIL, "email"))
    delivery = PlannedDelivery(
        kind=NotificationKind.ACKNOWLEDGMENT, route=Route.EMAIL, target=event.reply_target
    )
    message = OutboundMessage(
        notification_key=f"{event.case_id}:acknowledgment:1",
        kind=NotificationKind.ACKNOWLEDGMENT,
        subject="Re: your order",
        text="We have your complaint.",
    )
    return delivery, message, event


async def test_starttls_with_auth_delivers_over_an_encrypted_logged_in_session(
    starttls_relay: Relay,
) -> None:
    delivery, message, event = _acknowledgment()
    message_id = await _sender(starttls_relay, starttls=True).send(delivery, message, event)
    assert message_id.startswith("<")
    assert delivery.target is not None
    assert starttls_relay.received == [
        Received([delivery.target.handle.value], tls=True, login=USER.encode())
    ]


async def test_mails_in_a_row_share_one_encrypted_logged_in_connection(
    starttls_relay: Relay,
) -> None:
    sender = _sender(starttls_relay, starttls=True)
    for _ in range(3):
        await sender.send(*_acknowledgment())
    assert [(r.tls, r.login) for r in starttls_relay.received] == [(True, USER.encode())] * 3
    assert starttls_relay.sessions == 1, "no handshake, greeting, login or QUIT per mail"


async def test_implicit_tls_with_auth_delivers(tls_relay: Relay) -> None:
    delivery, message, event = _acknowledgment()
    await _sender(tls_relay, implicit_tls=True).send(delivery, message, event)
    assert [(r.tls, r.login) for r in tls_relay.received] == [(True, USER.encode())]


async def test_a_wrong_password_is_refused_and_nothing_is_sent(starttls_relay: Relay) -> None:
    delivery, message, event = _acknowledgment()
    sender = _sender(starttls_relay, password="wrong password", starttls=True)
    with pytest.raises(ProviderUnavailableError, match="refused our login or encryption: 535"):
        await sender.send(delivery, message, event)
    assert starttls_relay.received == []


async def test_a_relay_whose_certificate_we_do_not_trust_gets_no_mail(
    starttls_relay: Relay,
) -> None:
    delivery, message, event = _acknowledgment()
    # The system trust store does not know the throwaway CA.
    sender = _sender(starttls_relay, starttls=True, tls_context=ssl.create_default_context())
    with pytest.raises(ProviderUnavailableError, match="CERTIFICATE_VERIFY_FAILED"):
        await sender.send(delivery, message, event)
    assert starttls_relay.received == []


async def test_without_starttls_a_relay_that_requires_it_gets_no_mail(
    starttls_relay: Relay,
) -> None:
    delivery, message, event = _acknowledgment()
    plain = SmtpSender(
        host="127.0.0.1",
        port=starttls_relay.port,
        sender="support@onecase.example",
        reply_domain="reply.onecase.example",
        max_attempts=1,
    )
    with pytest.raises(ProviderUnavailableError, match="login or encryption: 530"):
        await plain.send(delivery, message, event)
    assert starttls_relay.received == []
