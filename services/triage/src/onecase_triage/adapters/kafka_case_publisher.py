"""Case events onto the routed-case stream, keyed by case id so each case stays in order."""

from __future__ import annotations

from onecase_shared.events import CaseEventV1, Topic
from onecase_shared.kafka import KafkaEventPublisher


class KafkaCaseEventPublisher:
    """The CaseEventPublisher port on Kafka."""

    def __init__(self, publisher: KafkaEventPublisher) -> None:
        self._publisher = publisher

    async def publish_case_event(self, event: CaseEventV1) -> None:
        """Send one case event keyed by its case id; raise unless Kafka acknowledged it."""
        await self._publisher.publish(event, topic=Topic.CASES, key=str(event.case_id))
