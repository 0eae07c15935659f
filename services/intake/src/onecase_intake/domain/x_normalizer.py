"""X Account Activity deliveries → one complaint or Ignored per event. Pure: no I/O.

Decisions (the reason strings are what `Ignored.reason` says):
- Tweets and DMs written by the subscribed account (`for_user_id`) are "own_message".
- Retweets are "retweet"; so is a quote tweet that adds nothing of its own.
- Tweets from an account the subscribed user blocked (`user_has_blocked`) are "blocked_author":
  blocking is a deliberate decision by the social team, and surfacing the author would undo it.
- Every other tweet is kept. Account Activity only delivers tweets that involve the
  subscribed user, and a relevance filter on mentions would drop quote tweets of our posts,
  which are exactly the public complaints we want.
- A tweet or DM with no words left once mentions and links to its own media are removed, and
  no media, is "empty_message"; media with no words is kept (a photo of a broken product).
- Favourites, follows, blocks, mutes, typing, read receipts and deletions are ignored under
  a reason naming them; any other `*_events` item is "unsupported_event".
- `received_at` is when we received the delivery, as for every channel: X's own timestamps
  come in two formats and would make SLA clocks depend on the provider's clock.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from onecase_intake.domain.json_fields import as_flag
from onecase_intake.domain.language import detect_language
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_intake.domain.x_payload import (
    DirectMessageEvent,
    Entities,
    Tweet,
    XMedia,
    XUser,
    as_x_id,
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

MAX_TEXT_CHARS = 20_000

_IGNORED_EVENT_KINDS = {
    "favorite_events": "favorite",
    "follow_events": "follow",
    "block_events": "block",
    "mute_events": "mute",
    "direct_message_indicate_typing_events": "typing",
    "direct_message_mark_read_events": "read",
    "tweet_delete_events": "tweet_delete",
}
# Mentions X shows before the text of a reply ("@brand @ana Still no refund"); a mention
# glued to more text ("@brand's app") is part of the sentence and stays. X also accepts a
# full-width at sign.
_LEADING_MENTIONS = re.compile(r"^\s*(?:[@\uff20]\w{1,50}[,:]?(?:\s+|$))+", re.ASCII)
_EVENT_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")


@dataclass
class _Delivery:
    raw: RawDeliveryReceivedV1
    for_user_id: str
    author_blocked: bool
    users: dict[str, Any]
    seen: set[tuple[str, str]] = field(default_factory=set)


def normalize_x(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    """One outcome per Account Activity event in the delivery, in the order X sent them.

    Raises MalformedDeliveryError when the body is not a JSON object naming `for_user_id`, or
    an `*_events` member is not a list.
    """
    payload = _json_object(raw.body)
    for_user_id = as_x_id(payload.get("for_user_id"))
    if for_user_id is None:
        raise MalformedDeliveryError("X delivery has no valid for_user_id")
    users = payload.get("users")
    delivery = _Delivery(
        raw=raw,
        for_user_id=for_user_id,
        author_blocked=as_flag(payload.get("user_has_blocked")),
        users=users if isinstance(users, dict) else {},
    )
    outcomes: list[Normalized] = []
    for key, events in payload.items():
        if key == "user_event":  # an app's access was revoked: one event, not a list
            outcomes.append(Ignored("user_event"))
            continue
        if not key.endswith("_events"):
            continue
        if not isinstance(events, list):
            raise MalformedDeliveryError(f"X delivery member {key} is not a list")
        outcomes.extend(_event(key, event, delivery) for event in events)
    return outcomes


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as error:  # includes UnicodeDecodeError
        raise MalformedDeliveryError("X delivery is not JSON") from error
    if not isinstance(payload, dict):
        raise MalformedDeliveryError("X delivery is not a JSON object")
    return payload


def _event(key: str, event: object, delivery: _Delivery) -> Normalized:
    if not isinstance(event, dict):
        return Ignored("malformed_event")
    event_id = _event_id(event)
    if key in _IGNORED_EVENT_KINDS:
        return Ignored(_IGNORED_EVENT_KINDS[key], event_id)
    if key not in ("tweet_create_events", "direct_message_events"):
        return Ignored("unsupported_event", event_id)
    try:
        if key == "tweet_create_events":
            outcome = _tweet(Tweet.model_validate(event), delivery)
        else:
            outcome = _direct_message(DirectMessageEvent.model_validate(event), delivery)
    except ValidationError:
        return Ignored("malformed_event", event_id)
    return _unless_seen(outcome, delivery)


def _event_id(event: dict[str, Any]) -> str | None:
    value = event.get("id_str") or event.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return value if isinstance(value, str) and _EVENT_ID.fullmatch(value) else None


def _unless_seen(outcome: Normalized, delivery: _Delivery) -> Normalized:
    if not isinstance(outcome, ComplaintReceivedV1):
        return outcome
    key = (outcome.message_kind or "", outcome.provider_message_id)
    if key in delivery.seen:
        return Ignored("duplicate", outcome.provider_message_id)
    delivery.seen.add(key)
    return outcome


def _tweet(tweet: Tweet, delivery: _Delivery) -> Normalized:
    tweet_id = tweet.tweet_id
    author_id = tweet.user.user_id if tweet.user else None
    if tweet_id is None or tweet.user is None or author_id is None:
        return Ignored("malformed_event", tweet_id)
    if author_id == delivery.for_user_id:
        return Ignored("own_message", tweet_id)
    if tweet.retweeted_status is not None:
        return Ignored("retweet", tweet_id)
    if delivery.author_blocked:
        return Ignored("blocked_author", tweet_id)
    full_text, entities, media = _full_tweet(tweet)
    quoted_id = tweet.quoted_id
    text = _analysis_text(full_text, entities, media, quoted_id=quoted_id)
    if not text and not media:
        return Ignored("retweet" if quoted_id else "empty_message", tweet_id)
    reply_to = tweet.in_reply_to
    return _complaint(
        delivery,
        message_kind="tweet",
        message_id=tweet_id,
        thread_ids=_unique(reply_to, quoted_id),
        conversation_id=None if reply_to else tweet_id,  # v1.1 does not name a reply's root
        author=tweet.user,
        author_id=author_id,
        public=not tweet.user.protected,
        full_text=full_text,
        text=text,
        media=media,
    )


def _full_tweet(tweet: Tweet) -> tuple[str, Entities, tuple[XMedia, ...]]:
    extended = tweet.extended_tweet
    if extended is not None and extended.full_text:
        text, entities, more = extended.full_text, extended.entities, extended.extended_entities
    else:
        text, entities, more = (
            tweet.full_text or tweet.text,
            tweet.entities,
            tweet.extended_entities,
        )
    # extended_entities lists every photo; entities.media only the first.
    media = more.media or entities.media
    # v1.1 escapes exactly these three in tweet text; &amp; last so "&amp;lt;" stays "&lt;".
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text, entities, media


def _direct_message(event: DirectMessageEvent, delivery: _Delivery) -> Normalized:
    message_id = event.id
    if event.type != "message_create" or event.message_create is None:
        return Ignored("unsupported_event", message_id)
    created = event.message_create
    sender_id = created.sender_id
    if message_id is None or sender_id is None:
        return Ignored("malformed_event", message_id)
    if sender_id == delivery.for_user_id:
        return Ignored("own_message", message_id)
    data = created.message_data
    media = (data.attachment.media,) if data.attachment and data.attachment.media else ()
    full_text = data.text
    text = _analysis_text(full_text, data.entities, media, quoted_id=None)
    if not text and not media:
        return Ignored("empty_message", message_id)
    # X v2 names a one-to-one DM conversation "<smaller id>-<larger id>".
    pair = sorted({sender_id, created.target.recipient_id or delivery.for_user_id}, key=int)
    conversation_id = "-".join(pair)
    return _complaint(
        delivery,
        message_kind="x_dm",
        message_id=message_id,
        thread_ids=(conversation_id,),
        conversation_id=conversation_id,
        author=_user(delivery.users.get(sender_id)),
        author_id=sender_id,
        public=False,
        full_text=full_text,
        text=text,
        media=media,
    )


def _user(value: object) -> XUser:
    try:
        return XUser.model_validate(value)
    except ValidationError:
        return XUser()


def _complaint(
    delivery: _Delivery,
    *,
    message_kind: str,
    message_id: str,
    thread_ids: tuple[str, ...],
    conversation_id: str | None,
    author: XUser,
    author_id: str,
    public: bool,
    full_text: str,
    text: str,
    media: tuple[XMedia, ...],
) -> ComplaintReceivedV1:
    handle = HandleV1(kind=HandleKind.X_ID, value=author_id)
    text = text[:MAX_TEXT_CHARS]
    return ComplaintReceivedV1(
        correlation_id=delivery.raw.correlation_id,
        complaint_id=derived_id("complaint", Channel.X, message_id),
        channel=Channel.X,
        provider_message_id=message_id,
        provider_thread_ids=thread_ids,
        author=handle,
        author_handles=(handle,),
        author_name=author.display_name,
        public=public,
        reach=author.followers_count,
        subject=None,
        text=text,
        original_length=len(full_text),
        language=detect_language(text),
        attachments=tuple(
            AttachmentV1(filename=None, content_type=item.media_type, size=0) for item in media
        ),
        received_at=delivery.raw.received_at,
        raw_delivery_id=delivery.raw.delivery_id,
        message_kind=message_kind,
        provider_author_id=author_id,
        conversation_id=conversation_id,
    )


def _analysis_text(
    text: str, entities: Entities, media: tuple[XMedia, ...], *, quoted_id: str | None
) -> str:
    """The customer's own words: links expanded, embed links and leading mentions removed."""
    for item in media:
        text = _replace_link(text, item.url, "")
    quoted = re.compile(rf"/status/{quoted_id}(?:[/?#]|$)") if quoted_id else None
    for link in entities.urls:
        target = link.expanded_url
        if quoted and quoted.search(target):
            text = _replace_link(text, link.url, "")
        elif target.startswith(("https://", "http://")):
            text = _replace_link(text, link.url, target)
    return _LEADING_MENTIONS.sub("", text).strip()


def _replace_link(text: str, url: str, replacement: str) -> str:
    if not url.startswith("http"):
        return text
    # A t.co link must not match the start of a longer one.
    return re.sub(re.escape(url) + r"(?![A-Za-z0-9])", lambda _: replacement, text)


def _unique(*ids: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in ids if i))
