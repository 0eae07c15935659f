"""The parts of an X Account Activity delivery the normalizer reads: a tolerant reader.

Scalars are lenient because real deliveries vary (ids as JSON numbers or strings, flags as
booleans or "true"); structure is strict, so a garbled event fails validation as a whole.
"""

from __future__ import annotations

import math
import re
from typing import Annotated

from pydantic import BeforeValidator

from onecase_intake.domain.json_fields import Flag, Text, WireModel

# ASCII only: `\d` would also accept other scripts' digits, which X never sends.
_X_ID = re.compile(r"[0-9]{1,20}")
# JavaScript consumers and BSON int64 both hold this exactly.
MAX_COUNT = 2**53 - 1
MAX_NAME_CHARS = 200
_VIDEO_TYPE = re.compile(r"video/[a-z0-9.+-]{1,50}")


def as_x_id(value: object) -> str | None:
    """An X id as a decimal string, or None when `value` is not one.

    Ids are 64-bit: `id_str` is a string, but YAML-derived and older payloads carry numbers.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str) and _X_ID.fullmatch(value):
        return value
    return None


def as_count(value: object) -> int:
    """A non-negative counter such as followers_count, clamped; 0 when unreadable."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 16:
        value = int(value)
    if isinstance(value, float) and math.isfinite(value):
        value = int(value)
    if isinstance(value, int):
        return min(max(value, 0), MAX_COUNT)
    return 0


XId = Annotated[str | None, BeforeValidator(as_x_id)]
Count = Annotated[int, BeforeValidator(as_count)]


class XUser(WireModel):
    """A user object, as embedded in a tweet or in the `users` map of a DM delivery."""

    id: XId = None
    id_str: XId = None
    name: Text = ""
    screen_name: Text = ""
    followers_count: Count = 0
    protected: Flag = False

    @property
    def user_id(self) -> str | None:
        """The id, preferring the exact string form."""
        return self.id_str or self.id

    @property
    def display_name(self) -> str | None:
        """How agents see the user: "Ana Lima (@analima)"."""
        name, screen_name = self.name.strip(), self.screen_name.strip()
        if name and screen_name:
            return f"{name} (@{screen_name})"[:MAX_NAME_CHARS]
        if screen_name:
            return f"@{screen_name}"[:MAX_NAME_CHARS]
        return name[:MAX_NAME_CHARS] or None


class MediaVariant(WireModel):
    """One encoding of a video or GIF."""

    content_type: Text = ""


class VideoInfo(WireModel):
    """The encodings X offers for a video or GIF."""

    variants: tuple[MediaVariant, ...] = ()


class XMedia(WireModel):
    """A photo, video or GIF attached to a tweet or DM; `url` is its t.co link in the text."""

    type: Text = ""
    url: Text = ""
    video_info: VideoInfo | None = None

    @property
    def media_type(self) -> str:
        """Its MIME type, as precise as the payload allows."""
        if self.type == "photo":
            return "image/*"
        if self.type in ("video", "animated_gif"):
            variants = self.video_info.variants if self.video_info else ()
            videos = [v.content_type for v in variants if _VIDEO_TYPE.fullmatch(v.content_type)]
            return videos[0] if videos else "video/*"
        return "application/octet-stream"


class UrlEntity(WireModel):
    """A t.co link in the text and where it really points."""

    url: Text = ""
    expanded_url: Text = ""


class Entities(WireModel):
    """The links and media X found in a text."""

    urls: tuple[UrlEntity, ...] = ()
    media: tuple[XMedia, ...] = ()


class ExtendedTweet(WireModel):
    """The untruncated text of a tweet longer than 140 characters, with its own entities."""

    full_text: Text = ""
    entities: Entities = Entities()
    extended_entities: Entities = Entities()


class StatusRef(WireModel):
    """A tweet referred to by another (retweeted or quoted): only its identity matters here."""

    id: XId = None
    id_str: XId = None

    @property
    def status_id(self) -> str | None:
        """The id, preferring the exact string form."""
        return self.id_str or self.id


class Tweet(WireModel):
    """One `tweet_create_events` item (a v1.1 tweet object)."""

    id: XId = None
    id_str: XId = None
    text: Text = ""
    full_text: Text = ""
    user: XUser | None = None
    in_reply_to_status_id: XId = None
    in_reply_to_status_id_str: XId = None
    entities: Entities = Entities()
    extended_entities: Entities = Entities()
    extended_tweet: ExtendedTweet | None = None
    retweeted_status: StatusRef | None = None
    quoted_status: StatusRef | None = None
    quoted_status_id: XId = None
    quoted_status_id_str: XId = None

    @property
    def tweet_id(self) -> str | None:
        """The id, preferring the exact string form."""
        return self.id_str or self.id

    @property
    def in_reply_to(self) -> str | None:
        """The id of the tweet this one answers, if any."""
        return self.in_reply_to_status_id_str or self.in_reply_to_status_id

    @property
    def quoted_id(self) -> str | None:
        """The id of the tweet this one quotes, if any."""
        quoted = self.quoted_status.status_id if self.quoted_status else None
        return self.quoted_status_id_str or self.quoted_status_id or quoted


class DmAttachment(WireModel):
    """What a DM carries besides text: media (a location or other kinds have no `media`)."""

    type: Text = ""
    media: XMedia | None = None


class MessageData(WireModel):
    """The content of a DM."""

    text: Text = ""
    entities: Entities = Entities()
    attachment: DmAttachment | None = None


class DmTarget(WireModel):
    """Who a DM was sent to."""

    recipient_id: XId = None


class MessageCreate(WireModel):
    """A sent DM: sender, recipient and content."""

    sender_id: XId = None
    target: DmTarget = DmTarget()
    message_data: MessageData = MessageData()


class DirectMessageEvent(WireModel):
    """One `direct_message_events` item."""

    type: Text = ""
    id: XId = None
    message_create: MessageCreate | None = None
