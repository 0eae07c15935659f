"""Erasures onto the privacy topic, keyed by customer id."""

from __future__ import annotations

from onecase_shared.events import CustomerErasedV1, Topic
from onecase_shared.kafka import KafkaEventPublisher


class KafkaErasurePublisher:
    """The ErasurePublisher port on Kafka."""

    def __init__(self, publisher: KafkaEventPublisher) -> None:
        self._publisher = publisher

    async def publish_erasure(self, event: CustomerErasedV1) -> None:
        """Send one erasure; raise unless Kafka acknowledged it."""
        key = event.customer_ids[0] if event.customer_ids else str(event.erasure_id)
        await self._publisher.publish(event, topic=Topic.PRIVACY, key=key)
