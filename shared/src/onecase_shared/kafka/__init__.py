"""Kafka plumbing with safe defaults: one broker factory, one publisher, one consumer."""

from onecase_shared.kafka.broker_factory import ensure_topics, make_broker, topic_partitions
from onecase_shared.kafka.connection import broker_security, client_options, kafka_ssl_context
from onecase_shared.kafka.consumer_failures import PermanentError, RetryLaterError, RetryPolicy
from onecase_shared.kafka.event_publisher import KafkaEventPublisher, PublishFailedError
from onecase_shared.kafka.producer_publisher import ProducerEventPublisher
from onecase_shared.kafka.reliable_consumer import EventHandler, KafkaMessage, subscribe_reliably

__all__ = [
    "EventHandler",
    "KafkaEventPublisher",
    "KafkaMessage",
    "PermanentError",
    "ProducerEventPublisher",
    "PublishFailedError",
    "RetryLaterError",
    "RetryPolicy",
    "broker_security",
    "client_options",
    "ensure_topics",
    "kafka_ssl_context",
    "make_broker",
    "subscribe_reliably",
    "topic_partitions",
]
