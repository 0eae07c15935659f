"""Build a FastStream Kafka broker that never loses an acknowledged message."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from typing import Literal, TypedDict

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import TopicAlreadyExistsError
from faststream.kafka import KafkaBroker
from faststream.kafka.prometheus import KafkaPrometheusMiddleware
from prometheus_client import CollectorRegistry

from onecase_shared.events import Topic
from onecase_shared.kafka.connection import broker_security, client_options
from onecase_shared.settings import KafkaSettings, RetentionSettings

# Topics that carry raw deliveries (whole emails and payloads): the raw-delivery retention.
RAW_TOPICS = frozenset(
    {
        Topic.INTAKE_RAW.value,
        Topic.INTAKE_RAW.dlq(),
        Topic.INTAKE_QUARANTINE.value,
        Topic.INTAKE_QUARANTINE.dlq(),
    }
)
_DAY_MS = 24 * 3600 * 1000
# FastStream's own logger prints two coloured, non-JSON lines per message ("Received",
# "Processed") at INFO, whatever the service's log level. Ours propagates to the root handler
# (JSON, redacted, the service's level), and the per-message lines move to DEBUG.
_BROKER_LOGGER = logging.getLogger("onecase.kafka")


class DurableProducerOptions(TypedDict):
    """What every Onecase producer is built with, FastStream's or a bare aiokafka one."""

    acks: Literal["all"]
    enable_idempotence: bool
    request_timeout_ms: int
    max_request_size: int


def durable_producer_options(settings: KafkaSettings) -> DurableProducerOptions:
    """Wait for all in-sync replicas and never duplicate on retry, bounded by the settings."""
    return DurableProducerOptions(
        # aiokafka defaults to acks=1 without idempotence: a leader crash could lose a
        # webhook we already answered 2xx.
        acks="all",
        enable_idempotence=True,
        request_timeout_ms=int(settings.publish_timeout_s * 1000),
        max_request_size=settings.max_message_bytes,
    )


def make_broker(
    settings: KafkaSettings, *, client_id: str, registry: CollectorRegistry
) -> KafkaBroker:
    """A broker whose producer waits for all in-sync replicas and never duplicates on retry.

    It connects as the settings say (TLS, SASL: see `broker_security`).
    """
    return KafkaBroker(
        # FastStream would take "a,b,c" for one host name.
        settings.bootstrap_servers,
        client_id=client_id,
        security=broker_security(settings),
        **durable_producer_options(settings),
        middlewares=[KafkaPrometheusMiddleware(registry=registry, app_name=client_id)],
        graceful_timeout=10.0,
        logger=_BROKER_LOGGER,
        log_level=logging.DEBUG,
    )


def topic_configs(
    settings: KafkaSettings, topic: str, retention: RetentionSettings | None
) -> dict[str, str]:
    """A topic's configuration: record size limit, min in-sync replicas, retention if given."""
    configs = {
        "max.message.bytes": str(settings.max_message_bytes),
        "min.insync.replicas": str(settings.min_insync_replicas),
    }
    if retention is not None:
        days = retention.raw_deliveries_days if topic in RAW_TOPICS else retention.event_topics_days
        configs["retention.ms"] = str(days * _DAY_MS)
    return configs


async def ensure_topics(
    settings: KafkaSettings, topics: Iterable[str], *, retention: RetentionSettings | None = None
) -> None:
    """Create the topics (partitions, replicas) a service needs; existing ones are kept.

    Every topic takes records up to `max_message_bytes`, set per topic so that a broker's
    default (1 MiB) does not refuse a large email; with `retention`, every topic also gets its
    `retention.ms` (raw-delivery topics the raw-delivery retention, the others the event
    topics'), and `min.insync.replicas`. Topics that exist already are updated with the same
    values; their replication factor stays what it was.
    """
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(
                name=t,
                num_partitions=settings.topic_partitions,
                replication_factor=settings.replication_factor,
                topic_configs=topic_configs(settings, t, retention),
            )
            for t in sorted(set(topics) - existing)
        ]
        if wanted:
            # Another service may create them between our list and our create.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(wanted)
        older = sorted(set(topics) & existing)
        if older:
            # AlterConfigs replaces a topic's whole configuration: every value is sent each time.
            await admin.alter_configs(
                [
                    ConfigResource(
                        ConfigResourceType.TOPIC, t, configs=topic_configs(settings, t, retention)
                    )
                    for t in older
                ]
            )
    finally:
        await admin.close()


async def topic_partitions(settings: KafkaSettings, topic: str) -> list[int]:
    """The partition numbers of `topic` (empty when it does not exist)."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        (description,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return sorted(int(p["partition"]) for p in description.get("partitions", []))
