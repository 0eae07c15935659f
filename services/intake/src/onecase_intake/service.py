"""Intake's use cases: accept an authenticated delivery, then normalize it into complaints."""

from __future__ import annotations

import structlog

from onecase_intake.domain.normalizers import NORMALIZERS
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_intake.ports import EventPublisher
from onecase_shared.events import Channel, QuarantinedDeliveryV1, RawDeliveryReceivedV1, Topic
from onecase_shared.events.envelope import utc_now
from onecase_shared.ids import derived_id

log = structlog.get_logger(__name__)


class DeliveryIntake:
    """Turns webhook deliveries into events on Kafka, and raw deliveries into complaints."""

    def __init__(self, *, publisher: EventPublisher) -> None:
        self._publisher = publisher

    async def accept(
        self, *, delivery_id: str, channel: Channel, provider: str, content_type: str, body: bytes
    ) -> RawDeliveryReceivedV1:
        """Publish the raw delivery; returns only once Kafka has it (then the caller says 2xx)."""
        event = RawDeliveryReceivedV1(
            correlation_id=derived_id("delivery", channel, delivery_id),
            delivery_id=delivery_id,
            channel=channel,
            provider=provider,
            content_type=content_type,
            body=body,
            received_at=utc_now(),
        )
        await self._publisher.publish(event, topic=Topic.INTAKE_RAW, key=delivery_id)
        log.info("delivery accepted", delivery_id=delivery_id, channel=channel, size=len(body))
        return event

    async def normalize(self, raw: RawDeliveryReceivedV1) -> None:
        """Publish the complaints in one raw delivery, or quarantine it if it can't be read."""
        try:
            outcomes = normalize_delivery(raw)
        except MalformedDeliveryError as malformed:
            await self._quarantine(raw, str(malformed))
            return
        for outcome in outcomes:
            if isinstance(outcome, Ignored):
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
        log.warning("delivery quarantined", delivery_id=raw.delivery_id, channel=raw.channel)


def normalize_delivery(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    """The pure step: the provider's normalizer applied to one raw delivery."""
    normalizer = NORMALIZERS.get(raw.provider)
    if normalizer is None:
        msg = f"no normalizer for provider {raw.provider}"
        raise MalformedDeliveryError(msg)
    return normalizer(raw)
