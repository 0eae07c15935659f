"""The parts of a Meta `object=page` delivery the normalizer reads: a tolerant reader.

Scalars are lenient (ids as numbers or strings), structure is strict: a garbled event fails
validation as a whole. Ids are checked against Graph's alphabet because they end up in
Graph API paths (`/{comment_id}/comments`) when we answer.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BeforeValidator, Field

from onecase_intake.domain.json_fields import Flag, Text, WireModel

# Page ids, PSIDs and user ids are decimal; post and comment ids are "<owner>_<object>".
_NUMERIC_ID = re.compile(r"[0-9]{1,32}")
_GRAPH_ID = re.compile(r"[0-9]{1,32}(?:_[0-9]{1,32})?")
# "m_AbC-9_...", "mid.1458668856218:ed81099e15d3f4f233": base64url plus a few separators.
_MESSAGE_ID = re.compile(r"[A-Za-z0-9_.:+/=-]{1,512}")


def _matching(pattern: re.Pattern[str], value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str) and pattern.fullmatch(value):
        return value
    return None


def as_numeric_id(value: object) -> str | None:
    """A page id, PSID or user id as a decimal string, or None when `value` is not one."""
    return _matching(_NUMERIC_ID, value)


def as_graph_id(value: object) -> str | None:
    """A Graph object id such as a post or comment id, or None when `value` is not one."""
    return _matching(_GRAPH_ID, value)


def as_message_id(value: object) -> str | None:
    """A Messenger message id (`mid`), or None when `value` is not one."""
    return _matching(_MESSAGE_ID, value)


def as_urls(value: object) -> tuple[str, ...]:
    """The strings of a list (multi-photo posts list their photo URLs); () otherwise."""
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


NumericId = Annotated[str | None, BeforeValidator(as_numeric_id)]
GraphId = Annotated[str | None, BeforeValidator(as_graph_id)]
MessageId = Annotated[str | None, BeforeValidator(as_message_id)]
Urls = Annotated[tuple[str, ...], BeforeValidator(as_urls)]


class Party(WireModel):
    """The sender or recipient of a Messenger event: a PSID, or a page id."""

    id: NumericId = None


class AttachmentPayload(WireModel):
    """What Messenger says about an attachment; `sticker_id` marks stickers such as 👍."""

    url: Text = ""
    title: Text = ""
    sticker_id: NumericId = None


class MessengerAttachment(WireModel):
    """One attachment: image, video, audio, file, location, fallback, ig_reel, ..."""

    type: Text = ""
    payload: AttachmentPayload | None = None


class ReplyTo(WireModel):
    """The earlier message a Messenger message answers."""

    mid: MessageId = None


class MessengerMessage(WireModel):
    """The `message` of a Messenger event (also the page's own, with `is_echo`)."""

    mid: MessageId = None
    text: Text = ""
    is_echo: Flag = False
    sticker_id: NumericId = None
    attachments: tuple[MessengerAttachment, ...] = ()
    reply_to: ReplyTo | None = None


class MessagingEvent(WireModel):
    """One `entry[].messaging[]` item that carries a message."""

    sender: Party = Party()
    recipient: Party = Party()
    message: MessengerMessage


class FeedAuthor(WireModel):
    """Who wrote a post or comment; Meta omits it when the page may not see the user."""

    id: NumericId = None
    name: Text = ""


class FeedValue(WireModel):
    """The `value` of a `feed` change: a post, comment, reaction, ... being added or removed."""

    item: Text = ""
    verb: Text = ""
    author: FeedAuthor | None = Field(default=None, alias="from")
    post_id: GraphId = None
    comment_id: GraphId = None
    parent_id: GraphId = None
    message: Text = ""
    link: Text = ""
    photo: Text = ""  # a comment's photo URL
    photos: Urls = ()  # a multi-photo post's photo URLs
    video: Text = ""  # a comment's video URL
