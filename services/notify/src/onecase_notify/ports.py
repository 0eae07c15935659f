"""What notify's service needs from the outside world, as small Protocols."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from uuid import UUID

from onecase_notify.domain.delivery_plan import PlannedDelivery
from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_shared.events import CaseEventV1, NotificationFailedV1, NotificationSentV1


@dataclass(frozen=True)
class Delivery:
    """A message the provider accepted: its id there, and when."""

    provider_message_id: str
    sent_at: datetime


class Outbox(Protocol):
    """Outbound messages under unique keys: each is sent at most once after it succeeded."""

    async def add(self, message: OutboundMessage, event: CaseEventV1, route: str | None) -> None:
        """Record a message as pending; a second call with the same key is a no-op."""

    async def add_and_claim(
        self,
        message: OutboundMessage,
        event: CaseEventV1,
        route: str | None,
        *,
        now: datetime,
        lease_s: float,
    ) -> str | None:
        """`add`, then `claim`: one round trip when the message is new or was given back."""

    async def claim(self, notification_key: str, *, now: datetime, lease_s: float) -> str | None:
        """Take the right to send a pending message for `lease_s`.

        Returns the lease's fencing token, or None if the message is sent or leased elsewhere.
        """

    async def release(self, notification_key: str, token: str) -> None:
        """Give up the lease `token` names, so the message can be claimed again."""

    async def delivery_of(self, notification_key: str) -> Delivery | None:
        """The recorded delivery of this key, or None while it is not sent."""

    async def mark_sent(self, notification_key: str, delivery: Delivery, token: str) -> bool:
        """Record a delivery; from now on the key is never sent again.

        False if the lease `token` names was lost before the delivery was recorded (another
        instance may have claimed the key); the delivery is recorded all the same.
        """

    async def mark_failed(self, notification_key: str, reason: str, token: str) -> None:
        """Record a permanent failure under lease `token`, releasing it for a later replay."""


class CaseSequences(Protocol):
    """The highest event sequence applied per case, so an older state never follows a newer."""

    async def advance(self, case_id: UUID, sequence: int, *, now: datetime) -> bool:
        """Record `sequence` for the case; False (nothing recorded) if a higher one was applied.

        The same sequence again (a redelivery) is not older: True.
        """


class ChannelSender(Protocol):
    """Delivers one message by one provider call."""

    async def send(
        self, delivery: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        """Deliver `message` as planned; return the provider's message id."""


class NotificationPublisher(Protocol):
    """Announces deliveries on the notifications topic."""

    async def publish_sent(self, sent: NotificationSentV1) -> None:
        """Send one NotificationSent event; raise unless Kafka acknowledged it."""

    async def publish_failed(self, failed: NotificationFailedV1) -> None:
        """Send one NotificationFailed event; raise unless Kafka acknowledged it."""
