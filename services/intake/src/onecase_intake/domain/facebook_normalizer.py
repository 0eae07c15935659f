"""Meta `object=page` deliveries → one complaint or Ignored per event. Pure: no I/O.

A delivery holds entries, one per page; an entry holds Messenger events (`messaging`), events
for another app that owns the conversation (`standby`) and page changes (`changes`).

Decisions (the reason strings are what `Ignored.reason` says):
- Messenger: the page's own messages are "echo" (`is_echo`) or "own_message" (sent by the
  page without the flag); a message addressed to another page than the entry's is
  "other_page" (its PSID is scoped to that page, so this page could not answer it);
  a sender that is not a PSID is "invalid_sender".
- A sticker with no text (the 👍 button) is "sticker": an acknowledgment, not a complaint.
  Any other attachment without text is kept with empty text and its metadata: a photo of a
  broken product, a shared location or file is the customer saying something.
- Delivery and read receipts, reactions, postbacks (buttons we offered, "Get Started"
  included), opt-ins, referrals, account linking, handover and edits are ignored under a
  reason naming them; anything else is "unsupported_event"; `standby` events are "standby".
- Feed: posts and comments are kept when added; "removed" and "edited" otherwise (an edit
  would reuse the original's complaint id with other text); likes and reactions are
  "reaction"; the page's own posts and replies are "own_message"; Meta leaves out `from`
  when the page may not see the user: "unknown_author". Other fields than `feed` and other
  items are "unsupported_event".
- A repeated message or comment id within one delivery is "duplicate".
- `received_at` is when we received the delivery: Meta's timestamps are sometimes seconds
  and sometimes milliseconds, and SLA clocks should not depend on the provider's clock.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from onecase_intake.domain.facebook_payload import (
    FeedValue,
    MessagingEvent,
    as_numeric_id,
)
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
MAX_NAME_CHARS = 200

_MESSAGING_IGNORED = {
    "delivery": "delivery",
    "read": "read",
    "reaction": "reaction",
    "postback": "postback",
    "optin": "optin",
    "referral": "referral",
    "account_linking": "account_linking",
    "message_edit": "edited",
    "pass_thread_control": "handover",
    "take_thread_control": "handover",
    "request_thread_control": "handover",
    "app_roles": "handover",
}
_POST_ITEMS = frozenset({"post", "status", "photo", "video", "share"})
_MEDIA_TYPES = {
    "image": "image/*",
    "video": "video/*",
    "audio": "audio/*",
    "file": "application/octet-stream",
}
_ATTACHMENT_KIND = re.compile(r"[a-z0-9_]{1,32}")


@dataclass
class _Delivery:
    raw: RawDeliveryReceivedV1
    seen: set[tuple[str, str]] = field(default_factory=set)


def normalize_facebook(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    """One outcome per Messenger event or page change in the delivery, in order.

    Raises MalformedDeliveryError when the body is not a JSON object with `object` "page"
    and an `entry` list.
    """
    try:
        payload = json.loads(raw.body)
    except (ValueError, RecursionError) as error:  # includes UnicodeDecodeError
        raise MalformedDeliveryError("Meta delivery is not JSON") from error
    if not isinstance(payload, dict):
        raise MalformedDeliveryError("Meta delivery is not a JSON object")
    if payload.get("object") != "page":
        raise MalformedDeliveryError("Meta delivery is not for object=page")
    entries = payload.get("entry")
    if not isinstance(entries, list):
        raise MalformedDeliveryError("Meta delivery has no entry list")
    delivery = _Delivery(raw=raw)
    return [outcome for entry in entries for outcome in _entry(entry, delivery)]


def _entry(entry: object, delivery: _Delivery) -> list[Normalized]:
    page_id = as_numeric_id(entry.get("id")) if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or page_id is None:
        return [Ignored("malformed_event")]
    outcomes: list[Normalized] = []
    for key, events in entry.items():
        if key not in ("messaging", "standby", "changes"):
            continue
        if not isinstance(events, list):
            outcomes.append(Ignored("malformed_event"))
            continue
        for event in events:
            if not isinstance(event, dict):
                outcomes.append(Ignored("malformed_event"))
            elif key == "standby":
                outcomes.append(Ignored("standby"))
            elif key == "messaging":
                outcomes.append(_unless_seen(_messaging(event, page_id, delivery), delivery))
            else:
                outcomes.append(_unless_seen(_change(event, page_id, delivery), delivery))
    return outcomes


def _unless_seen(outcome: Normalized, delivery: _Delivery) -> Normalized:
    if not isinstance(outcome, ComplaintReceivedV1):
        return outcome
    key = (outcome.message_kind or "", outcome.provider_message_id)
    if key in delivery.seen:
        return Ignored("duplicate", outcome.provider_message_id)
    delivery.seen.add(key)
    return outcome


def _messaging(event: dict[str, Any], page_id: str, delivery: _Delivery) -> Normalized:
    if "message" not in event:
        reasons = (reason for key, reason in _MESSAGING_IGNORED.items() if key in event)
        return Ignored(next(reasons, "unsupported_event"))
    try:
        parsed = MessagingEvent.model_validate(event)
    except ValidationError:
        return Ignored("malformed_event")
    message, sender_id = parsed.message, parsed.sender.id
    mid = message.mid
    if mid is None:
        return Ignored("malformed_event")
    if message.is_echo:
        return Ignored("echo", mid)
    if sender_id is None:
        return Ignored("invalid_sender", mid)
    if sender_id == page_id:
        return Ignored("own_message", mid)
    if parsed.recipient.id is not None and parsed.recipient.id != page_id:
        return Ignored("other_page", mid)
    text = message.text.strip()
    attachments = message.attachments
    if not text:
        stickers = [a for a in attachments if a.payload and a.payload.sticker_id]
        if message.sticker_id or stickers:
            return Ignored("sticker", mid)
        if not attachments:
            return Ignored("empty_message", mid)
    return _complaint(
        delivery,
        message_kind="messenger",
        message_id=mid,
        thread_ids=(message.reply_to.mid,) if message.reply_to and message.reply_to.mid else (),
        conversation_id=sender_id,  # a PSID names one person's thread with one page
        author_id=sender_id,
        author_name=None,
        public=False,
        text=text,
        attachments=tuple(
            _attachment(_messenger_media_type(a.type), a.payload.title if a.payload else "")
            for a in attachments
        ),
    )


def _change(change: dict[str, Any], page_id: str, delivery: _Delivery) -> Normalized:
    if change.get("field") != "feed":
        return Ignored("unsupported_event")
    try:
        value = FeedValue.model_validate(change.get("value"))
    except ValidationError:
        return Ignored("malformed_event")
    if value.item in ("like", "reaction"):
        return Ignored("reaction", value.comment_id or value.post_id)
    if value.item != "comment" and value.item not in _POST_ITEMS:
        return Ignored("unsupported_event", value.comment_id or value.post_id)
    is_comment = value.item == "comment"
    message_id = value.comment_id if is_comment else value.post_id
    if message_id is None or value.post_id is None:
        return Ignored("malformed_event", message_id)
    if value.verb in ("remove", "edited"):
        return Ignored("removed" if value.verb == "remove" else "edited", message_id)
    if value.verb != "add":
        return Ignored("unsupported_event", message_id)
    if value.author is None:
        return Ignored("unknown_author", message_id)
    author_id = value.author.id
    if author_id is None:
        return Ignored("invalid_sender", message_id)
    if author_id == page_id:
        return Ignored("own_message", message_id)
    text = value.message.strip()
    attachments = _feed_attachments(value)
    if not text and not attachments:
        return Ignored("empty_message", message_id)
    return _complaint(
        delivery,
        message_kind="facebook_comment" if is_comment else "facebook_post",
        message_id=message_id,
        thread_ids=_unique(value.parent_id, value.post_id) if is_comment else (),
        conversation_id=value.post_id,
        author_id=author_id,
        author_name=value.author.name.strip()[:MAX_NAME_CHARS] or None,
        public=True,
        text=text,
        attachments=attachments,
    )


def _feed_attachments(value: FeedValue) -> tuple[AttachmentV1, ...]:
    images = len(value.photos) or int(bool(value.photo) or value.item == "photo")
    found = [_attachment("image/*")] * images
    if value.video or value.item == "video":
        found.append(_attachment("video/*"))
    if value.item == "share" and value.link:
        found.append(_attachment("text/uri-list"))
    return tuple(found)


def _messenger_media_type(kind: str) -> str:
    if kind in _MEDIA_TYPES:
        return _MEDIA_TYPES[kind]
    if _ATTACHMENT_KIND.fullmatch(kind):
        # location, fallback (a shared link), ig_reel, template...: no MIME type of their own.
        return f"application/x-messenger-{kind}"
    return "application/octet-stream"


def _attachment(content_type: str, filename: str = "") -> AttachmentV1:
    return AttachmentV1(
        filename=filename.strip()[:MAX_NAME_CHARS] or None,
        content_type=content_type,
        size=0,
    )


def _complaint(
    delivery: _Delivery,
    *,
    message_kind: str,
    message_id: str,
    thread_ids: tuple[str, ...],
    conversation_id: str,
    author_id: str,
    author_name: str | None,
    public: bool,
    text: str,
    attachments: tuple[AttachmentV1, ...],
) -> ComplaintReceivedV1:
    handle = HandleV1(kind=HandleKind.FACEBOOK_ID, value=author_id)
    kept = text[:MAX_TEXT_CHARS]
    return ComplaintReceivedV1(
        correlation_id=delivery.raw.correlation_id,
        complaint_id=derived_id("complaint", Channel.FACEBOOK, message_id),
        channel=Channel.FACEBOOK,
        provider_message_id=message_id,
        provider_thread_ids=thread_ids,
        author=handle,
        author_handles=(handle,),
        author_name=author_name,
        public=public,
        reach=0,  # Meta's webhooks do not say how many people see the author
        subject=None,
        text=kept,
        original_length=len(text),
        language=detect_language(kept),
        attachments=attachments,
        received_at=delivery.raw.received_at,
        raw_delivery_id=delivery.raw.delivery_id,
        message_kind=message_kind,
        provider_author_id=author_id,
        conversation_id=conversation_id,
    )


def _unique(*ids: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in ids if i))
