"""Intake's use cases: accept an authenticated delivery, then normalize it into complaints."""

from __future__ import annotations

from enum import StrEnum

import structlog

from onecase_intake.domain.normalizers import NORMALIZERS
from onecase_intake.domain.outcomes import (
    Ignored,
    MalformedDeliveryError,
    Normalized,
    OverBudgetError,
)
from onecase_intake.metrics import IntakeMetrics
from onecase_intake.ports import (
    Claim,
    DeliveryLog,
    DeliveryLogUnavailableError,
    DeliveryNormalizer,
    EventPublisher,
)
from onecase_shared.events import Channel, QuarantinedDeliveryV1, RawDeliveryReceivedV1, Topic
from onecase_shared.events.envelope import utc_now
from onecase_shared.ids import derived_id

log = structlog.get_logger(__name__)


class Acceptance(StrEnum):
    """What became of a delivery at the edge."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"


class DeliveryIntake:
    """Turns webhook deliveries into events on Kafka, and raw deliveries into complaints."""

    def __init__(
        self,
        *,
        publisher: EventPublisher,
        deliveries: DeliveryLog,
        metrics: IntakeMetrics,
        normalizer: DeliveryNormalizer | None = None,
    ) -> None:
        self._publisher = publisher
        self._deliveries = deliveries
        self._metrics = metrics
        self._normalizer = normalizer or InlineNormalizer()

    async def accept(
        self, *, delivery_id: str, channel: Channel, provider: str, content_type: str, body: bytes
    ) -> Acceptance:
        """Publish a delivery not seen before; returns only once Kafka has it.

        The delivery log only saves work: when it is unavailable, or cannot prove an earlier
        claim of this delivery reached Kafka, the delivery is published (again), because
        downstream ids are deterministic and a duplicate changes nothing there.
        """
        key = f"{channel}:{delivery_id}"
        try:
            claim = await self._deliveries.claim(key)
        except DeliveryLogUnavailableError:
            log.warning("delivery log unavailable", delivery_id=delivery_id, channel=channel)
            claim = None
        if claim is Claim.PUBLISHED:
            return Acceptance.DUPLICATE
        event = RawDeliveryReceivedV1(
            correlation_id=derived_id("delivery", channel, delivery_id),
            delivery_id=delivery_id,
            channel=channel,
            provider=provider,
            content_type=content_type,
            body=body,
            received_at=utc_now(),
        )
        published = False
        try:
            await self._publisher.publish(event, topic=Topic.INTAKE_RAW, key=delivery_id)
            published = True
        finally:
            if claim is not None:
                await self._settle(key, published=published)
        log.info("delivery accepted", delivery_id=delivery_id, channel=channel, size=len(body))
        return Acceptance.ACCEPTED

    async def _settle(self, key: str, *, published: bool) -> None:
        try:
            await self._deliveries.settle(key, published=published)
        except DeliveryLogUnavailableError:
            log.warning("delivery claim not settled", key_kind=key.split(":", 1)[0])

    async def normalize(self, raw: RawDeliveryReceivedV1) -> None:
        """Publish the complaints in one raw delivery, or quarantine it if it can't be read."""
        try:
            outcomes = await self._normalizer.normalize(raw)
        except MalformedDeliveryError as malformed:
            if isinstance(malformed, OverBudgetError):
                self._metrics.over_budget.labels(raw.channel).inc()
            await self._quarantine(raw, str(malformed))
            return
        for outcome in outcomes:
            if isinstance(outcome, Ignored):
                self._metrics.ignored.labels(raw.channel, outcome.reason).inc()
                log.info("event ignored", delivery_id=raw.delivery_id, reason=outcome.reason)
                continue
            await self._publisher.publish(outcome, topic=Topic.COMPLAINTS, key=outcome.author.key())
            log.info(
                "complaint normalized",
                delivery_id=raw.delivery_id,
                complaint_id=str(outcome.complaint_id),
                channel=outcome.channel,
            )

    async def _quarantine(self, raw: RawDeliveryReceivedV1, reason: str) -> None:
        event = QuarantinedDeliveryV1(
            correlation_id=raw.correlation_id,
            delivery_id=raw.delivery_id,
            channel=raw.channel,
            reason=reason[:500],
        )
        await self._publisher.publish(event, topic=Topic.INTAKE_QUARANTINE, key=raw.delivery_id)
        self._metrics.quarantined.labels(raw.channel).inc()
        log.warning("delivery quarantined", delivery_id=raw.delivery_id, channel=raw.channel)


class NoDeliveryLog:
    """For tools that only normalize, or check the edge: every delivery is new, nothing stored."""

    async def claim(self, key: str) -> Claim:
        """Always new."""
        return Claim.NEW

    async def settle(self, key: str, *, published: bool) -> None:
        """Nothing to store."""


class InlineNormalizer:
    """Normalizes on the calling thread: for tools and tests, not the service's consumer.

    The service runs `adapters.normalizer_pool.ProcessPoolNormalizer`, so that a hostile
    delivery cannot hold the event loop.
    """

    async def normalize(self, raw: RawDeliveryReceivedV1) -> list[Normalized]:
        """The delivery's outcomes, computed right here."""
        return normalize_delivery(raw)


def normalize_delivery(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    """The pure step: the provider's normalizer applied to one raw delivery."""
    normalizer = NORMALIZERS.get(raw.provider)
    if normalizer is None:
        msg = f"no normalizer for provider {raw.provider}"
        raise MalformedDeliveryError(msg)
    return normalizer(raw)
