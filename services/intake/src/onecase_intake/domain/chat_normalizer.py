"""Onecase chat webhook deliveries → one complaint or Ignored per message. Pure: no I/O.

Decisions (the reason strings are what `Ignored.reason` says):
- Every visitor message is a complaint of its own; agent and bot lines are "not_from_customer".
- The complaint id comes from session and message id, so a redelivered batch collapses.
- The visitor's email, when given, is a second author handle: identity linking joins the chat
  to the same person's mails. The visitor id stays the author, because only it is proven by
  the widget session; an email typed into a form is not.
- Language is detected from the text; the widget's `visitor.language` (the browser's) only
  fills in when the text is too short to tell.
- Any `type` other than "chat.messages" is "unsupported_event", so the widget backend may add
  event kinds (typing, session ended) before intake learns them.
"""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError
from pydantic_core import from_json

from onecase_intake.domain.chat_payload import ChatMessage, ChatMessagesDelivery
from onecase_intake.domain.email_charset import tidy_text
from onecase_intake.domain.email_normalizer import MAX_TEXT_CHARS
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


@quarantines_the_unforeseen("chat")
def normalize_chat(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    """One chat webhook delivery: a complaint per visitor message, Ignored for the rest.

    Raises MalformedDeliveryError, and nothing else, when the body breaks docs/chat-webhook.md.
    """
    return _normalize(raw)


def _normalize(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    try:
        document = from_json(raw.body)
    except ValueError as error:
        raise MalformedDeliveryError(f"chat body is not JSON: {error}") from None
    if not isinstance(document, dict) or not isinstance(document.get("type"), str):
        raise MalformedDeliveryError("chat body is not a JSON object with a string `type`")
    if document["type"] != "chat.messages":
        return [Ignored("unsupported_event")]
    try:
        delivery = ChatMessagesDelivery.model_validate(document)
    except ValidationError as error:
        where = ", ".join(".".join(map(str, e["loc"])) for e in error.errors()[:5])
        raise MalformedDeliveryError(f"chat delivery does not validate at: {where}") from None
    return [_outcome(raw, delivery, message) for message in delivery.messages]


def _outcome(
    raw: RawDeliveryReceivedV1, delivery: ChatMessagesDelivery, message: ChatMessage
) -> Normalized:
    if message.author != "visitor":
        return Ignored("not_from_customer", message.id)
    visitor, session = delivery.visitor, delivery.session
    author = HandleV1(kind=HandleKind.CHAT_VISITOR, value=visitor.id)
    handles = [author]
    if visitor.email:
        handles.append(HandleV1(kind=HandleKind.EMAIL, value=visitor.email.lower()))
    text = tidy_text(message.text)
    browser_language = visitor.language.split("-")[0].lower() if visitor.language else None
    return ComplaintReceivedV1(
        correlation_id=raw.correlation_id,
        complaint_id=derived_id("complaint", Channel.CHAT, session.id, message.id),
        channel=Channel.CHAT,
        provider_message_id=message.id,
        author=author,
        author_handles=tuple(handles),
        author_name=(visitor.name or "").strip() or None,
        public=False,
        text=text[:MAX_TEXT_CHARS],
        original_length=len(text),
        language=detect_language(text) or browser_language,
        attachments=tuple(
            AttachmentV1(
                filename=attachment.filename or None,
                content_type=attachment.content_type.lower(),
                size=attachment.size,
            )
            for attachment in message.attachments
        ),
        received_at=raw.received_at,
        raw_delivery_id=raw.delivery_id,
        message_kind="chat",
        provider_author_id=visitor.id,
        conversation_id=session.id,
        case_reference=case_reference_in_text(text),
        timezone=visitor.timezone if _known_zone(visitor.timezone) else None,
    )


@lru_cache(maxsize=512)
def _known_zone(name: str | None) -> bool:
    """Whether `name` is a time zone this machine knows (an unknown one is ignored)."""
    if not name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
