"""Intake's part of a customer's erasure: the delivery ids it keeps for deduplication.

The raw deliveries themselves are Kafka records on `onecase.intake.raw.v1`, which cannot be
deleted one by one: they go when the topic's retention (ONECASE_RETENTION_RAW_DELIVERIES_DAYS)
is up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import structlog

from onecase_shared.events import CustomerErasedV1, DeliveryRefV1

log = structlog.get_logger(__name__)


class ErasableDeliveryLog(Protocol):
    """The delivery log, as far as erasure needs it."""

    async def forget(self, keys: Sequence[str]) -> int:
        """Delete the ids under `keys`; how many went."""


def delivery_key(delivery: DeliveryRefV1) -> str:
    """The delivery log's key of a delivery, as `DeliveryIntake.accept` writes it."""
    return f"{delivery.channel.value}:{delivery.delivery_id}"


class IntakePrivacy:
    """Erases what intake holds about a customer when triage announces an erasure."""

    def __init__(self, *, deliveries: ErasableDeliveryLog) -> None:
        self._deliveries = deliveries

    async def on_customer_erased(self, event: CustomerErasedV1) -> None:
        """Forget the erased customer's delivery ids; a redelivered event changes nothing."""
        removed = await self._deliveries.forget([delivery_key(d) for d in event.deliveries])
        log.info("customer erased", event_id=str(event.erasure_id), count=removed)
