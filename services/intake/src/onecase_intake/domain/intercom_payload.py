"""Intercom `notification_event` webhooks about conversations, as far as intake reads them.

Both shapes Intercom has sent are accepted: API 2.x puts the opening message in `source`,
API 1.x (and the corpus deliveries) in `conversation_message` with the customer in `user`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

CUSTOMER_AUTHOR_TYPES = frozenset({"user", "lead", "contact"})


class IntercomModel(BaseModel):
    """Base of the Intercom wire models: frozen, tolerant, ids as strings whatever their JSON."""

    model_config = ConfigDict(frozen=True, extra="ignore", coerce_numbers_to_str=True)


class IntercomAuthor(IntercomModel):
    """Who wrote a message: a user or lead (the customer), an admin, a bot, a team."""

    type: str | None = None
    id: str | None = Field(default=None, max_length=128)
    name: str | None = None
    email: str | None = None

    @property
    def is_customer(self) -> bool:
        """True when a customer, not the support side, wrote it."""
        return (self.type or "").lower() in CUSTOMER_AUTHOR_TYPES


class IntercomAttachment(IntercomModel):
    """An uploaded file: metadata only."""

    name: str | None = None
    content_type: str | None = None
    filesize: int | None = None


class IntercomMessage(IntercomModel):
    """The opening message of a conversation, or one conversation part."""

    id: str | None = Field(default=None, max_length=128)
    part_type: str | None = None  # parts only: "comment", "note", "assignment", "close", ...
    subject: str | None = None
    body: str | None = None
    author: IntercomAuthor | None = None
    attachments: tuple[IntercomAttachment, ...] | None = None


class IntercomPartList(IntercomModel):
    """The `conversation_parts` wrapper: the parts new since the last notification."""

    conversation_parts: tuple[IntercomMessage, ...] | None = None


class IntercomConversation(IntercomModel):
    """`data.item` of a conversation topic."""

    type: Literal["conversation"]
    id: str = Field(min_length=1, max_length=128)
    user: IntercomAuthor | None = None  # API 1.x: the customer of the conversation
    source: IntercomMessage | None = None  # API 2.x opening message
    conversation_message: IntercomMessage | None = None  # API 1.x opening message
    conversation_parts: IntercomPartList | None = None

    @property
    def opening_message(self) -> IntercomMessage | None:
        """The message that started the conversation, whichever API version sent it."""
        return self.source or self.conversation_message

    @property
    def parts(self) -> tuple[IntercomMessage, ...]:
        """The parts this notification carries, oldest first."""
        return (self.conversation_parts and self.conversation_parts.conversation_parts) or ()


class IntercomNotificationData(IntercomModel):
    """`data`: the item is read by topic, so it stays untyped here."""

    item: dict[str, Any] | None = None


class IntercomNotification(IntercomModel):
    """The envelope of every Intercom webhook."""

    type: Literal["notification_event"]
    id: str | None = Field(default=None, max_length=128)
    topic: str = Field(min_length=1, max_length=200)
    data: IntercomNotificationData | None = None
