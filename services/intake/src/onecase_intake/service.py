"""Intake's use cases: accept an authenticated delivery, then normalize it into a complaint."""

from __future__ import annotations

import structlog
from onecase_shared.events import (
    Channel,
    ComplaintReceivedV1,
    QuarantinedDeliveryV1,
    RawDeliveryReceivedV1,
    Topic,
)
from onecase_shared.events.envelope import utc_now
from onecase_shared.ids import derived_id

from onecase_intake.domain.email_normalizer import NotAComplaint, normalize_email
from onecase_intake.ports import EventPublisher

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
        """Turn one raw delivery into a complaint, an ignore decision, or a quarantine entry."""
        try:
            complaint = self._normalize(raw)
        except NotAComplaint as skipped:
            log.info("delivery ignored", delivery_id=raw.delivery_id, reason=skipped.reason)
            return
        except ValueError as malformed:
            await self._quarantine(raw, str(malformed))
            return
        await self._publisher.publish(complaint, topic=Topic.COMPLAINTS, key=complaint.author.key())
        log.info(
            "complaint normalized",
            delivery_id=raw.delivery_id,
            complaint_id=str(complaint.complaint_id),
            channel=complaint.channel,
        )

    def _normalize(self, raw: RawDeliveryReceivedV1) -> ComplaintReceivedV1:
        if raw.channel is Channel.EMAIL:
            return normalize_email(
                raw.body,
                raw_delivery_id=raw.delivery_id,
                correlation_id=raw.correlation_id,
                received_at=raw.received_at,
            )
        msg = f"no normalizer for channel {raw.channel}"
        raise ValueError(msg)

    async def _quarantine(self, raw: RawDeliveryReceivedV1, reason: str) -> None:
        event = QuarantinedDeliveryV1(
            correlation_id=raw.correlation_id,
            delivery_id=raw.delivery_id,
            channel=raw.channel,
            reason=reason[:500],
        )
        await self._publisher.publish(event, topic=Topic.INTAKE_QUARANTINE, key=raw.delivery_id)
        log.warning("delivery quarantined", delivery_id=raw.delivery_id, channel=raw.channel)
