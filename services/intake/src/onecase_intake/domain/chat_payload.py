"""The Onecase chat webhook (`type: chat.messages`) as the widget backend sends it.

docs/chat-webhook.md is the human-readable contract; these models are the executable one.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

MAX_MESSAGES = 100
MAX_MESSAGE_CHARS = 10_000
MAX_ATTACHMENTS = 20

# No ":" on purpose: ids are joined with ":" into derived complaint ids and must not blur.
ChatId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")]


class ChatModel(BaseModel):
    """Base of the chat wire models: frozen, and tolerant of fields added later."""

    model_config = ConfigDict(frozen=True, extra="ignore")


class ChatSession(ChatModel):
    """One conversation in the widget; its id is where answers are posted back."""

    id: ChatId
    started_at: AwareDatetime
    page_url: str | None = Field(default=None, max_length=2048)


class ChatVisitor(ChatModel):
    """The person on the website, as far as the widget knows them."""

    id: ChatId
    name: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    language: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
    # The browser's IANA zone (Intl.DateTimeFormat().resolvedOptions().timeZone).
    timezone: str | None = Field(
        default=None, max_length=64, pattern=r"^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$"
    )


class ChatAttachment(ChatModel):
    """What the visitor uploaded: metadata only, the file stays with the widget backend."""

    filename: str | None = Field(default=None, max_length=255)
    content_type: str = Field(max_length=255, pattern=r"^[\w.+-]+/[\w.+-]+$")
    size: int = Field(ge=0)


class ChatMessage(ChatModel):
    """One line of the conversation, by the visitor, an agent or a bot."""

    id: ChatId
    author: Literal["visitor", "agent", "bot"]
    text: str = Field(max_length=MAX_MESSAGE_CHARS)
    sent_at: AwareDatetime
    attachments: tuple[ChatAttachment, ...] = Field(default=(), max_length=MAX_ATTACHMENTS)

    @model_validator(mode="after")
    def _says_something(self) -> ChatMessage:
        if not self.text.strip() and not self.attachments:
            raise ValueError("a message needs text or an attachment")
        return self


class ChatMessagesDelivery(ChatModel):
    """One webhook delivery: new messages of one session, oldest first."""

    type: Literal["chat.messages"]
    session: ChatSession
    visitor: ChatVisitor
    messages: tuple[ChatMessage, ...] = Field(min_length=1, max_length=MAX_MESSAGES)

    @model_validator(mode="after")
    def _distinct_message_ids(self) -> ChatMessagesDelivery:
        if len({message.id for message in self.messages}) != len(self.messages):
            raise ValueError("message ids repeat within one delivery")
        return self
