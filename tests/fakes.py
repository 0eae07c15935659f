"""Hand-written fakes of the service ports, for unit tests of the use cases only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from onecase_intake.ports import Claim
from onecase_notify.adapters.provider_http import DeliveryRefusedError
from onecase_notify.domain.delivery_plan import PlannedDelivery
from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_notify.ports import Delivery
from onecase_shared.events import (
    CaseEventV1,
    Event,
    NotificationFailedV1,
    NotificationSentV1,
)
from onecase_shared.kafka import PublishFailedError


class RecordingCasePublisher:
    def __init__(self) -> None:
        self.published: list[CaseEventV1] = []
        self.failing = False  # Kafka down: nothing is acknowledged

    async def publish_case_event(self, event: CaseEventV1) -> None:
        if self.failing:
            raise ConnectionError("Kafka is down")
        self.published.append(event)


class InMemoryOutbox:
    def __init__(self) -> None:
        self.pending: dict[str, datetime] = {}
        self.sent: dict[str, Delivery] = {}
        self.failed: dict[str, str] = {}
        self.tokens: dict[str, str] = {}
        self.claims = 0

    async def add(self, message: OutboundMessage, event: CaseEventV1, route: str | None) -> None:
        if message.notification_key not in self.sent:
            self.pending.setdefault(message.notification_key, datetime.min.replace(tzinfo=UTC))

    async def add_and_claim(
        self,
        message: OutboundMessage,
        event: CaseEventV1,
        route: str | None,
        *,
        now: datetime,
        lease_s: float,
    ) -> str | None:
        await self.add(message, event, route)
        return await self.claim(message.notification_key, now=now, lease_s=lease_s)

    async def claim(self, notification_key: str, *, now: datetime, lease_s: float) -> str | None:
        lease = self.pending.get(notification_key)
        if lease is None or lease >= now:
            return None
        self.pending[notification_key] = now + timedelta(seconds=lease_s)
        self.claims += 1
        self.tokens[notification_key] = f"t{self.claims}"
        return self.tokens[notification_key]

    async def release(self, notification_key: str, token: str) -> None:
        if notification_key in self.pending and self.tokens.get(notification_key) == token:
            self.pending[notification_key] = datetime.min.replace(tzinfo=UTC)

    async def delivery_of(self, notification_key: str) -> Delivery | None:
        return self.sent.get(notification_key)

    async def mark_sent(self, notification_key: str, delivery: Delivery, token: str) -> bool:
        self.pending.pop(notification_key, None)
        self.sent[notification_key] = delivery
        return self.tokens.get(notification_key) == token

    async def mark_failed(self, notification_key: str, reason: str, token: str) -> None:
        self.pending[notification_key] = datetime.min.replace(tzinfo=UTC)
        self.failed[notification_key] = reason


class InMemoryCaseSequences:
    """The highest sequence applied per case, with the same rule as MongoCaseSequences."""

    def __init__(self) -> None:
        self.applied: dict[UUID, int] = {}

    async def advance(self, case_id: UUID, sequence: int, *, now: datetime) -> bool:
        if self.applied.get(case_id, sequence) > sequence:
            return False
        self.applied[case_id] = sequence
        return True


class RecordingSender:
    def __init__(self) -> None:
        self.sent: list[tuple[PlannedDelivery, OutboundMessage]] = []
        self.failures_left = 0
        self.refuse_with: str | None = None

    async def send(
        self, delivery: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        if self.failures_left:
            self.failures_left -= 1
            raise ConnectionError("SMTP server went away")
        if self.refuse_with:
            raise DeliveryRefusedError(self.refuse_with)
        self.sent.append((delivery, message))
        return f"<{len(self.sent)}@test>"


class RecordingNotificationPublisher:
    def __init__(self) -> None:
        self.published: list[NotificationSentV1] = []
        self.failed: list[NotificationFailedV1] = []

    async def publish_sent(self, sent: NotificationSentV1) -> None:
        self.published.append(sent)

    async def publish_failed(self, failed: NotificationFailedV1) -> None:
        self.failed.append(failed)


class RecordingEventPublisher:
    """Kafka stand-in for unit tests: keeps what was published, or fails like a dead broker."""

    def __init__(self) -> None:
        self.published: list[tuple[str, str, Event]] = []
        self.down = False

    async def publish(
        self, event: Event, *, topic: str, key: str, headers: dict[str, str] | None = None
    ) -> None:
        if self.down:
            raise PublishFailedError("broker down")
        self.published.append((topic, key, event))


class InMemoryDeliveryLog:
    """Claims by key; a claim counts as published once settled so (no crash to model here)."""

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.in_flight: set[str] = set()

    async def claim(self, key: str) -> Claim:
        if key in self.keys:
            return Claim.PUBLISHED
        if key in self.in_flight:
            return Claim.UNCONFIRMED
        self.in_flight.add(key)
        return Claim.NEW

    async def settle(self, key: str, *, published: bool) -> None:
        self.in_flight.discard(key)
        if published:
            self.keys.add(key)
