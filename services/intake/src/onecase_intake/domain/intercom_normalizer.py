"""Intercom conversation webhooks → one complaint or Ignored per customer message. Pure: no I/O.

Decisions (the reason strings are what `Ignored.reason` says):
- `conversation.user.created`: the opening message is the complaint.
- `conversation.user.replied`: every part in the notification is looked at; Intercom sends only
  the parts new since its last notification, and a part redelivered later gets the same
  complaint id, so it collapses. Customer comments are complaints; admin, bot and team parts
  are "not_from_customer"; customer parts that are not comments are "not_a_comment".
- Other `conversation.admin.*` topics are "not_from_customer"; every other topic (ping,
  contact and ticket events, ...) is "unsupported_event".
- A customer message with neither words nor attachments is "empty_message".
- The author handle is the Intercom contact id, prefixed "intercom:" so it can never meet an
  id of our own widget; the contact's email, when Intercom knows it, is a second handle.
"""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import from_json

from onecase_intake.domain.email_html import html_to_text
from onecase_intake.domain.email_normalizer import MAX_TEXT_CHARS
from onecase_intake.domain.intercom_payload import (
    IntercomConversation,
    IntercomMessage,
    IntercomNotification,
)
from onecase_intake.domain.language import detect_language
from onecase_intake.domain.mail_rules import case_reference_in_text
from onecase_intake.domain.outcomes import (
    Ignored,
    MalformedDeliveryError,
    Normalized,
    quarantines_the_unforeseen,
)
from onecase_shared.events import (
    AttachmentV1,
    Channel,
    ComplaintReceivedV1,
    HandleKind,
    HandleV1,
    RawDeliveryReceivedV1,
)
from onecase_shared.ids import derived_id

CREATED = "conversation.user.created"
REPLIED = "conversation.user.replied"


@quarantines_the_unforeseen("Intercom")
def normalize_intercom(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    """One Intercom notification: a complaint per new customer message, Ignored for the rest.

    Raises MalformedDeliveryError, and nothing else, when the body is not such a notification.
    """
    return _normalize(raw)


def _normalize(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    try:
        notification = IntercomNotification.model_validate(from_json(raw.body))
    except ValueError as error:  # not JSON, or not a notification_event (ValidationError)
        raise MalformedDeliveryError(
            f"not an Intercom notification: {_first_line(error)}"
        ) from None
    topic = notification.topic
    if topic not in (CREATED, REPLIED):
        reason = (
            "not_from_customer" if topic.startswith("conversation.admin.") else "unsupported_event"
        )
        return [Ignored(reason, notification.id)]
    item = notification.data.item if notification.data else None
    try:
        conversation = IntercomConversation.model_validate(item)
    except ValidationError as error:
        raise MalformedDeliveryError(
            f"{topic} without a conversation: {_first_line(error)}"
        ) from None
    if topic == CREATED:
        opening = conversation.opening_message
        if opening is None:
            raise MalformedDeliveryError(f"{topic} without its opening message")
        # The opening message is one per conversation: its id may be missing, the pair is not.
        return [
            _outcome(raw, conversation, opening, opening.id or f"conversation-{conversation.id}")
        ]
    outcomes: list[Normalized] = []
    for part in conversation.parts:
        if not part.id:
            raise MalformedDeliveryError(f"{topic} carries a conversation part without an id")
        if part.author is not None and part.author.is_customer and part.part_type != "comment":
            outcomes.append(Ignored("not_a_comment", part.id))
        else:
            outcomes.append(_outcome(raw, conversation, part, part.id))
    return outcomes or [Ignored("empty_message", notification.id)]


def _outcome(
    raw: RawDeliveryReceivedV1,
    conversation: IntercomConversation,
    message: IntercomMessage,
    message_id: str,
) -> Normalized:
    author = message.author
    if author is None or not author.is_customer:
        return Ignored("not_from_customer", message_id)
    user = conversation.user
    # API 1.x names the customer once on the conversation, not on each message.
    same_person = user is not None and (author.id is None or user.id == author.id)
    author_id = author.id or (user.id if user else None)
    if not author_id:
        raise MalformedDeliveryError("customer message without an author id")
    email = _address(author.email) or (_address(user.email) if user and same_person else None)
    name = author.name or (user.name if user and same_person else None)
    text = html_to_text(message.body or "")
    attachments = tuple(
        AttachmentV1(
            filename=attachment.name or None,
            content_type=(attachment.content_type or "application/octet-stream").lower(),
            size=max(attachment.filesize or 0, 0),
        )
        for attachment in message.attachments or ()
    )
    if not text and not attachments:
        return Ignored("empty_message", message_id)
    handle = HandleV1(kind=HandleKind.CHAT_VISITOR, value=f"intercom:{author_id}")
    handles = (handle, HandleV1(kind=HandleKind.EMAIL, value=email)) if email else (handle,)
    subject = html_to_text(message.subject or "") or None
    return ComplaintReceivedV1(
        correlation_id=raw.correlation_id,
        complaint_id=derived_id("complaint", Channel.CHAT, "intercom", conversation.id, message_id),
        channel=Channel.CHAT,
        provider_message_id=message_id,
        author=handle,
        author_handles=handles,
        author_name=(name or "").strip() or None,
        public=False,
        subject=subject,
        text=text[:MAX_TEXT_CHARS],
        original_length=len(text),
        language=detect_language(text),
        attachments=attachments,
        received_at=raw.received_at,
        raw_delivery_id=raw.delivery_id,
        message_kind="intercom",
        provider_author_id=author_id,
        conversation_id=conversation.id,
        case_reference=case_reference_in_text(subject) or case_reference_in_text(text),
    )


def _address(value: str | None) -> str | None:
    address = (value or "").strip().lower()
    if "@" not in address or any(char.isspace() for char in address) or len(address) > 254:
        return None
    return address


def _first_line(error: ValueError) -> str:
    return str(error).splitlines()[0][:200]
