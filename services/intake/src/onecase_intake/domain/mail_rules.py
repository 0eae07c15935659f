"""Provider-parsed mail (SendGrid fields, Postmark JSON) judged by parse_email's own rules.

One mail must get one outcome whichever way it arrives. The rules themselves live with
parse_email (email_headers, email_automation, email_reply, email_html); this module only
rebuilds what they read, a header-only Message, and fills in what providers parse for us.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from email.message import Message

from onecase_intake.domain.email_automation import automation_reason
from onecase_intake.domain.email_charset import single_line, tidy_text
from onecase_intake.domain.email_headers import (
    MAX_ADDRESS_CHARS,
    Sender,
    case_reference_of,
    message_id_of,
    thread_ids_of,
)
from onecase_intake.domain.email_html import html_to_text
from onecase_intake.domain.email_normalizer import email_complaint
from onecase_intake.domain.email_reply import FORWARD_SUBJECT, extract_reply
from onecase_intake.domain.outcomes import Ignored, Normalized
from onecase_shared.events import (
    AttachmentV1,
    RawDeliveryReceivedV1,
)


def headers_message(headers: Iterable[tuple[str, str]]) -> Message:
    """A header-only Message (compat32: values kept as given) for the email_* header rules."""
    message = Message()
    for name, value in headers:
        if name.strip():
            message[name.strip()] = value
    return message


def case_reference_in_text(text: str | None) -> str | None:
    """An "OC-1A2B3C4D" case number quoted in free text, read as a mail subject would be."""
    return case_reference_of(Message(), text)


def case_reference_for(
    headers: Message, subject: str | None, recipients: Iterable[str]
) -> str | None:
    """The case a mail names: a `case+OC-…@` address in its headers or `recipients`, else subject.

    `recipients` are addresses the headers may not show: the SMTP envelope, provider lists.
    """
    extra = [("Delivered-To", recipient) for recipient in recipients if recipient]
    return case_reference_of(headers_message([*headers.raw_items(), *extra]), subject)


def provider_sender(address: str | None, name: str | None) -> Sender | None:
    """A Sender from a provider's structured From, or None when the address is unusable."""
    address = (address or "").strip().strip("<>").lower()
    if "@" not in address or len(address) > MAX_ADDRESS_CHARS or any(c.isspace() for c in address):
        return None
    return Sender(address=address, name=single_line(name or "") or None)


def provider_mail_outcome(
    raw: RawDeliveryReceivedV1,
    *,
    headers: Message,
    sender: Sender | None,
    subject: str | None,
    text: str,
    html: str,
    attachments: Sequence[AttachmentV1],
    recipients: Iterable[str] = (),
    stripped_reply: str | None = None,
) -> Normalized:
    """The complaint (or Ignored) parse_email would make of the raw mail behind a provider's parse.

    `text` and `html` are the provider's plain and HTML bodies; `stripped_reply` is its own
    quote stripping (Postmark's StrippedTextReply), preferred when present. Raises
    MalformedDeliveryError when there is no sender or nothing to read.
    """
    subject = single_line(subject or "") or None
    mail_id = message_id_of(headers)
    reason = automation_reason(headers, sender, subject)
    if reason is not None:
        return Ignored(reason, mail_id)
    full = tidy_text(text) or html_to_text(html)
    if stripped_reply and stripped_reply.strip():
        reply = extract_reply(tidy_text(stripped_reply))
    elif FORWARD_SUBJECT.match(subject or ""):  # in a forward the forwarded mail is the point
        reply = full
    else:
        reply = extract_reply(full)
    return email_complaint(
        sender=sender,
        subject=subject,
        message_id=mail_id,
        thread_ids=thread_ids_of(headers),
        reply=reply,
        original_length=len(full or reply),
        attachments=tuple(attachments),
        case_reference=case_reference_for(headers, subject, recipients),
        raw_delivery_id=raw.delivery_id,
        correlation_id=raw.correlation_id,
        received_at=raw.received_at,
    )
