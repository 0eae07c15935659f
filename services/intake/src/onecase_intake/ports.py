"""What intake's service needs from the outside world, as small Protocols."""

from __future__ import annotations

from typing import Protocol

from onecase_shared.events import Event


class EventPublisher(Protocol):
    """Publishes an event and returns only once Kafka acknowledged it."""

    async def publish(
        self, event: Event, *, topic: str, key: str, headers: dict[str, str] | None = None
    ) -> None:
        """Send `event` to `topic` under `key`; raise if Kafka did not acknowledge it."""


class DeliveryLogUnavailableError(Exception):
    """The delivery log cannot be read or written right now."""


class DeliveryLog(Protocol):
    """Provider delivery ids already accepted, so a redelivered webhook publishes nothing new."""

    async def seen(self, key: str) -> bool:
        """Whether the delivery under `key` was already published."""

    async def record(self, key: str) -> None:
        """Remember that the delivery under `key` was published; a second call is a no-op."""
