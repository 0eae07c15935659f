"""Channels customers write on, and the handles that identify them there."""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Channel(StrEnum):
    """Where a message came from and where the answer goes."""

    EMAIL = "email"
    X = "x"
    FACEBOOK = "facebook"
    CHAT = "chat"


class HandleKind(StrEnum):
    """The kinds of identifier that can point at one customer."""

    EMAIL = "email"
    X_ID = "x_id"
    FACEBOOK_ID = "facebook_id"
    CHAT_VISITOR = "chat_visitor"
    PHONE = "phone"


class HandleV1(BaseModel):
    """One identifier of a customer on one channel, e.g. an email address."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    kind: HandleKind
    value: str

    def key(self) -> str:
        """A stable string for indexes and Kafka keys: `kind:value`."""
        return f"{self.kind.value}:{self.value}"
