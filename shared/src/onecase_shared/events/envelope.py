"""The envelope every event on the bus carries."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar
from uuid import UUID, uuid4

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class Event(BaseModel):
    """Base of every message on the bus: frozen, versioned, tolerant of unknown fields.

    Within a schema version only optional fields are added; a breaking change is a new
    class with a new version and a new `.vN` topic.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    event_type: ClassVar[str]
    schema_version: int = 1
    event_id: UUID = Field(default_factory=uuid4)
    occurred_at: AwareDatetime = Field(default_factory=utc_now)
    # Follows one customer message from webhook to acknowledgment, across services.
    correlation_id: UUID
