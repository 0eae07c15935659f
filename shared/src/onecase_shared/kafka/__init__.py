"""Kafka plumbing with safe defaults: one broker factory, one publisher, one consumer."""

from onecase_shared.kafka.broker_factory import ensure_topics, make_broker, topic_partitions
from onecase_shared.kafka.event_publisher import KafkaEventPublisher, PublishFailedError
from onecase_shared.kafka.reliable_consumer import (
    PermanentError,
    RetryLaterError,
    RetryPolicy,
    subscribe_reliably,
)

__all__ = [
    "KafkaEventPublisher",
    "PermanentError",
    "PublishFailedError",
    "RetryLaterError",
    "RetryPolicy",
    "ensure_topics",
    "make_broker",
    "subscribe_reliably",
    "topic_partitions",
]
