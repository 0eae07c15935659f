"""Raw RFC 822 mail → a ComplaintReceived event. Pure: bytes in, event out, no I/O."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime
from email.message import EmailMessage
from uuid import UUID

from onecase_intake.domain.email_automation import automation_reason
from onecase_intake.domain.email_body import read_body
from onecase_intake.domain.email_headers import (
    Sender,
    case_reference_of,
    charset_hint,
    header_text,
    message_id_of,
    repair_header_block,
    sender_of,
    thread_ids_of,
    utc_offset_of,
)
from onecase_intake.domain.email_reply import FORWARD_SUBJECT, extract_reply
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


def read_message(raw: bytes) -> EmailMessage:
    """Parse raw bytes with the stdlib `email` package (policy.default); never raises else."""
    try:
        message = email.message_from_bytes(repair_header_block(raw), policy=email.policy.default)
    except Exception as error:  # the stdlib parser is lenient; what it still rejects is unusable
        raise MalformedDeliveryError(f"unparsable mail: {type(error).__name__}") from error
    if not isinstance(message, EmailMessage):
        raise MalformedDeliveryError("not a MIME message")
    return message


def parse_email(
    raw: bytes, *, raw_delivery_id: str, correlation_id: UUID, received_at: datetime
) -> Normalized:
    """One RFC 822 mail → a complaint, or Ignored for automated mail.

    The author is the From address (Sender when From has none). Reply-To does not override
    it: mailing lists, newsletters and marketing tools set Reply-To to addresses that are not
    the writer, and letting it pick the customer key would file complaints under someone
    else. Reply-To only stands in for a mail that names no From or Sender at all.
    `text` is the customer's own words (quoted history and signature removed, except in
    forwards, where the forwarded mail is the point); `original_length` is the length of the
    full clean body before that stripping and before the cut at MAX_TEXT_CHARS.

    Raises MalformedDeliveryError when the mail cannot be used (no sender, nothing to read),
    and for any input the parser cannot make sense of; never anything else.
    """
    message = read_message(raw)
    try:
        return _normalize(message, raw_delivery_id, correlation_id, received_at)
    except MalformedDeliveryError:
        raise
    except Exception as error:  # hostile MIME: quarantine it with a reason, never crash intake
        raise MalformedDeliveryError(f"unreadable mail: {type(error).__name__}") from error


def _normalize(
    message: EmailMessage, raw_delivery_id: str, correlation_id: UUID, received_at: datetime
) -> Normalized:
    hint = charset_hint(message)
    subject = header_text(message, "Subject", hint)
    sender = sender_of(message, hint)
    message_id = message_id_of(message)
    reason = automation_reason(message, sender, subject)
    if reason is not None:
        return Ignored(reason, message_id)
    body = read_body(message, hint)
    # In a forward the forwarded mail is the point: keep it.
    reply = body.text if FORWARD_SUBJECT.match(subject or "") else extract_reply(body.text)
    return email_complaint(
        sender=sender,
        subject=subject,
        message_id=message_id,
        thread_ids=thread_ids_of(message),
        reply=reply,
        original_length=len(body.text),
        attachments=body.attachments,
        case_reference=case_reference_of(message, subject),
        raw_delivery_id=raw_delivery_id,
        correlation_id=correlation_id,
        received_at=received_at,
        timezone=utc_offset_of(message),
    )


def email_complaint(
    *,
    sender: Sender | None,
    subject: str | None,
    message_id: str | None,
    thread_ids: tuple[str, ...],
    reply: str,
    original_length: int,
    attachments: tuple[AttachmentV1, ...],
    case_reference: str | None,
    raw_delivery_id: str,
    correlation_id: UUID,
    received_at: datetime,
    timezone: str | None = None,
) -> ComplaintReceivedV1:
    """The complaint of one mail, whichever way it arrived (raw MIME, SendGrid, Postmark).

    Raises MalformedDeliveryError when there is no sender or nothing to read.
    """
    if sender is None or "@" not in sender.address:
        raise MalformedDeliveryError("mail has no sender address")
    text = reply[:MAX_TEXT_CHARS]
    if not text and not subject and not attachments:
        raise MalformedDeliveryError("mail has neither a subject nor a readable body")
    # A mail without Message-ID still needs one stable id, the same on every redelivery.
    message_id = message_id or f"<{raw_delivery_id}@onecase.missing>"
    handle = HandleV1(kind=HandleKind.EMAIL, value=sender.address)
    return ComplaintReceivedV1(
        correlation_id=correlation_id,
        complaint_id=derived_id("complaint", Channel.EMAIL, message_id),
        channel=Channel.EMAIL,
        provider_message_id=message_id,
        provider_thread_ids=thread_ids,
        author=handle,
        author_handles=(handle,),
        author_name=sender.name,
        public=False,
        subject=subject,
        text=text,
        original_length=original_length,
        language=detect_language(text),
        attachments=attachments,
        received_at=received_at,
        raw_delivery_id=raw_delivery_id,
        message_kind="email",
        case_reference=case_reference,
        timezone=timezone,
    )
