"""What intake's service needs from the outside world, as small Protocols."""

from __future__ import annotations

from enum import StrEnum
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


class Claim(StrEnum):
    """What the delivery log knew of a delivery when intake claimed it."""

    NEW = "new"  # first sight: this process publishes it
    PUBLISHED = "published"  # proven on Kafka already: publish nothing
    UNCONFIRMED = "unconfirmed"  # claimed before, but maybe never published: publish again


class DeliveryLog(Protocol):
    """Provider delivery ids already accepted, so a redelivered webhook publishes nothing new."""

    async def claim(self, key: str) -> Claim:
        """Claim the delivery under `key`: one round trip when it is new."""

    async def settle(self, key: str, *, published: bool) -> None:
        """The claimed delivery reached Kafka (or did not: the claim is given back)."""


class DeliveryNormalizer(Protocol):
    """Turns a raw delivery into its outcomes, somewhere the event loop is not blocked."""

    async def normalize(self, raw: RawDeliveryReceivedV1) -> list[Normalized]:
        """The delivery's outcomes; MalformedDeliveryError (or OverBudgetError) if it can't be."""
