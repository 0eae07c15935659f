"""Raw RFC 822 mail → a ComplaintReceived event. Pure: bytes in, event out, no I/O."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses
from uuid import UUID

from onecase_shared.events import (
    AttachmentV1,
    Channel,
    ComplaintReceivedV1,
    HandleKind,
    HandleV1,
)
from onecase_shared.ids import derived_id
from selectolax.lexbor import LexborHTMLParser

from onecase_intake.domain.language import detect_language

MAX_TEXT_CHARS = 20_000
_AUTOMATED_PRECEDENCE = frozenset({"bulk", "junk", "list", "auto_reply"})


class NotAComplaint(Exception):  # noqa: N818 -- a decision, not an error
    """An authentic message that is not a customer complaint (auto-reply, bounce, ...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def normalize_email(
    raw: bytes, *, raw_delivery_id: str, correlation_id: UUID, received_at: datetime
) -> ComplaintReceivedV1:
    """Parse one mail; raise NotAComplaint for automated mail, ValueError if unusable."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        raise ValueError("not a MIME message")
    _reject_automated(message)
    sender = _sender_address(message)
    message_id = (
        str(message.get("Message-ID", "")).strip() or f"<{raw_delivery_id}@onecase.missing>"
    )
    text = _body_text(message)
    if not text and not message.get("Subject"):
        raise ValueError("mail has neither a subject nor a readable body")
    return ComplaintReceivedV1(
        correlation_id=correlation_id,
        complaint_id=derived_id("complaint", Channel.EMAIL, message_id),
        channel=Channel.EMAIL,
        provider_message_id=message_id,
        provider_thread_ids=_thread_ids(message),
        author=HandleV1(kind=HandleKind.EMAIL, value=sender[1]),
        author_handles=(HandleV1(kind=HandleKind.EMAIL, value=sender[1]),),
        author_name=sender[0] or None,
        public=False,
        subject=str(message.get("Subject", "")).strip() or None,
        text=text[:MAX_TEXT_CHARS],
        original_length=len(text),
        language=detect_language(text),
        attachments=tuple(_attachments(message)),
        received_at=received_at,
        raw_delivery_id=raw_delivery_id,
        message_kind="email",
    )


def _reject_automated(message: EmailMessage) -> None:
    auto_submitted = str(message.get("Auto-Submitted", "no")).strip().lower()
    if auto_submitted != "no":
        raise NotAComplaint("auto_submitted")
    if str(message.get("Precedence", "")).strip().lower() in _AUTOMATED_PRECEDENCE:
        raise NotAComplaint("bulk_precedence")
    if message.get_content_type() == "multipart/report":
        raise NotAComplaint("delivery_report")
    if message.get("X-Loop") is not None:
        raise NotAComplaint("mail_loop")


def _sender_address(message: EmailMessage) -> tuple[str, str]:
    for header in ("Reply-To", "From", "Sender"):
        values = [str(v) for v in message.get_all(header, [])]
        for name, address in getaddresses(values):
            if "@" in address:
                return name, address.strip().lower()
    raise ValueError("mail has no sender address")


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # unknown charset or broken transfer encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if part.get_content_type() == "text/html":
        content = LexborHTMLParser(content).text(separator="\n")
    return "\n".join(line.rstrip() for line in str(content).strip().splitlines())


def _thread_ids(message: EmailMessage) -> tuple[str, ...]:
    ids: list[str] = []
    for header in ("In-Reply-To", "References"):
        for token in str(message.get(header, "")).split():
            if token.startswith("<") and token not in ids:
                ids.append(token)
    return tuple(ids)


def _attachments(message: EmailMessage) -> list[AttachmentV1]:
    found = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        found.append(
            AttachmentV1(
                filename=part.get_filename(),
                content_type=part.get_content_type(),
                size=len(payload) if isinstance(payload, bytes) else 0,
            )
        )
    return found
