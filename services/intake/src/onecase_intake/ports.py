"""What intake's service needs from the outside world, as small Protocols."""

from __future__ import annotations

from typing import Protocol

from onecase_intake.domain.outcomes import Normalized
from onecase_shared.events import Event, RawDeliveryReceivedV1


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


class DeliveryNormalizer(Protocol):
    """Turns a raw delivery into its outcomes, somewhere the event loop is not blocked."""

    async def normalize(self, raw: RawDeliveryReceivedV1) -> list[Normalized]:
        """The delivery's outcomes; MalformedDeliveryError (or OverBudgetError) if it can't be."""
