"""Postmark inbound JSON → the same email complaint parse_email makes of the raw mail. Pure."""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import from_json

from onecase_intake.domain.email_headers import Sender, sender_of
from onecase_intake.domain.mail_rules import headers_message, provider_mail_outcome, provider_sender
from onecase_intake.domain.outcomes import (
    Ignored,
    MalformedDeliveryError,
    Normalized,
    quarantines_the_unforeseen,
)
from onecase_intake.domain.postmark_payload import PostmarkInbound
from onecase_shared.events import AttachmentV1, RawDeliveryReceivedV1


@quarantines_the_unforeseen("Postmark")
def normalize_postmark(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    """One Postmark inbound webhook delivery: one mail, a complaint or Ignored.

    Raises MalformedDeliveryError, and nothing else, when the body is not an inbound mail.
    """
    return [_normalize(raw)]


def _normalize(raw: RawDeliveryReceivedV1) -> Normalized:
    try:
        document = from_json(raw.body)
    except ValueError as error:
        raise MalformedDeliveryError(f"Postmark body is not JSON: {error}") from None
    if not isinstance(document, dict):
        raise MalformedDeliveryError("Postmark body is not a JSON object")
    # Bounce, delivery and open webhooks carry a RecordType; inbound mail does not (or "Inbound").
    record_type = document.get("RecordType", "Inbound")
    if record_type != "Inbound":
        return Ignored("unsupported_event", _str_or_none(document.get("MessageID")))
    try:
        mail = PostmarkInbound.model_validate(document)
    except ValidationError as error:
        raise MalformedDeliveryError(
            f"Postmark inbound JSON does not validate: {error.error_count()} errors"
        ) from None
    headers = headers_message(
        (header.name, header.value or "") for header in mail.headers or () if header.name
    )
    return provider_mail_outcome(
        raw,
        headers=headers,
        sender=_sender(mail),
        subject=mail.subject,
        text=mail.text_body or "",
        html=mail.html_body or "",
        # Postmark already cut the quoted history off a reply: the customer's new words only.
        stripped_reply=mail.stripped_text_reply,
        attachments=[
            AttachmentV1(
                filename=attachment.name or None,
                content_type=(attachment.content_type or "application/octet-stream").lower(),
                size=max(attachment.content_length or 0, 0),
            )
            for attachment in mail.attachments or ()
        ],
        recipients=mail.recipients(),
    )


def _sender(mail: PostmarkInbound) -> Sender | None:
    name = (mail.from_full.name if mail.from_full else None) or mail.from_name
    if mail.from_full and mail.from_full.email:
        return provider_sender(mail.from_full.email, name)
    found = sender_of(headers_message([("From", mail.from_ or "")]))
    return Sender(found.address, name or found.name) if found else None


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
