"""Notification events onto the notifications topic, keyed by case."""

from __future__ import annotations

from onecase_shared.events import NotificationFailedV1, NotificationSentV1, Topic
from onecase_shared.kafka import KafkaEventPublisher


class KafkaNotificationPublisher:
    """The NotificationPublisher port on Kafka."""

    def __init__(self, publisher: KafkaEventPublisher) -> None:
        self._publisher = publisher

    async def publish_sent(self, sent: NotificationSentV1) -> None:
        """Send one NotificationSent event; raise unless Kafka acknowledged it."""
        await self._publisher.publish(sent, topic=Topic.NOTIFICATIONS, key=str(sent.case_id))

    async def publish_failed(self, failed: NotificationFailedV1) -> None:
        """Send one NotificationFailed event; raise unless Kafka acknowledged it."""
        await self._publisher.publish(failed, topic=Topic.NOTIFICATIONS, key=str(failed.case_id))
