"""Raw RFC 822 mail → a ComplaintReceived event. Pure: bytes in, event out, no I/O."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses
from uuid import UUID

from selectolax.lexbor import LexborHTMLParser

from onecase_intake.domain.language import detect_language
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_shared.events import (
    AttachmentV1,
    Channel,
    ComplaintReceivedV1,
    HandleKind,
    HandleV1,
    RawDeliveryReceivedV1,
)
from onecase_shared.ids import derived_id

MAX_TEXT_CHARS = 20_000
_AUTOMATED_PRECEDENCE = frozenset({"bulk", "junk", "list", "auto_reply"})


class _AutomatedMailError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def normalize_raw_email(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    """A Standard Webhooks raw-mail delivery: one RFC 822 message."""
    return [
        parse_email(
            raw.body,
            raw_delivery_id=raw.delivery_id,
            correlation_id=raw.correlation_id,
            received_at=raw.received_at,
        )
    ]


def parse_email(
    raw: bytes, *, raw_delivery_id: str, correlation_id: UUID, received_at: datetime
) -> Normalized:
    """One RFC 822 mail → a complaint, or Ignored for automated mail.

    Raises MalformedDeliveryError when the mail cannot be used (no sender, nothing to read).
    """
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        raise MalformedDeliveryError("not a MIME message")
    try:
        _reject_automated(message)
    except _AutomatedMailError as automated:
        return Ignored(automated.reason, str(message.get("Message-ID", "")).strip() or None)
    sender = _sender_address(message)
    message_id = (
        str(message.get("Message-ID", "")).strip() or f"<{raw_delivery_id}@onecase.missing>"
    )
    text = _body_text(message)
    if not text and not message.get("Subject"):
        raise MalformedDeliveryError("mail has neither a subject nor a readable body")
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
        raise _AutomatedMailError("auto_submitted")
    if str(message.get("Precedence", "")).strip().lower() in _AUTOMATED_PRECEDENCE:
        raise _AutomatedMailError("bulk_precedence")
    if message.get_content_type() == "multipart/report":
        raise _AutomatedMailError("delivery_report")
    if message.get("X-Loop") is not None:
        raise _AutomatedMailError("mail_loop")


def _sender_address(message: EmailMessage) -> tuple[str, str]:
    for header in ("Reply-To", "From", "Sender"):
        values = [str(v) for v in message.get_all(header, [])]
        for name, address in getaddresses(values):
            if "@" in address:
                return name, address.strip().lower()
    raise MalformedDeliveryError("mail has no sender address")


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
