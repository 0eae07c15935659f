"""Build a FastStream Kafka broker that never loses an acknowledged message."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import TopicAlreadyExistsError
from faststream.kafka import KafkaBroker
from faststream.kafka.prometheus import KafkaPrometheusMiddleware
from prometheus_client import CollectorRegistry

from onecase_shared.settings import KafkaSettings


def make_broker(
    settings: KafkaSettings, *, client_id: str, registry: CollectorRegistry
) -> KafkaBroker:
    """A broker whose producer waits for all in-sync replicas and never duplicates on retry."""
    return KafkaBroker(
        settings.bootstrap,
        client_id=client_id,
        # aiokafka defaults to acks=1 without idempotence: a leader crash could lose a
        # webhook we already answered 2xx.
        acks="all",
        enable_idempotence=True,
        request_timeout_ms=int(settings.publish_timeout_s * 1000),
        max_request_size=settings.max_message_bytes,
        middlewares=[KafkaPrometheusMiddleware(registry=registry, app_name=client_id)],
        graceful_timeout=10.0,
    )


async def ensure_topics(settings: KafkaSettings, topics: Iterable[str]) -> None:
    """Create the topics (and their partitions) a service needs; existing ones are kept.

    Every topic takes records up to `max_message_bytes`, set per topic so that a broker's
    default (1 MiB) does not refuse a large email; topics that exist already are updated.
    """
    limit = {"max.message.bytes": str(settings.max_message_bytes)}
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(
                name=t,
                num_partitions=settings.topic_partitions,
                replication_factor=1,
                topic_configs=limit,
            )
            for t in sorted(set(topics) - existing)
        ]
        if wanted:
            # Another service may create them between our list and our create.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(wanted)
        older = sorted(set(topics) & existing)
        if older:
            await admin.alter_configs(
                [ConfigResource(ConfigResourceType.TOPIC, t, configs=limit) for t in older]
            )
    finally:
        await admin.close()


async def topic_partitions(settings: KafkaSettings, topic: str) -> list[int]:
    """The partition numbers of `topic` (empty when it does not exist)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap)
    await admin.start()
    try:
        (description,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return sorted(int(p["partition"]) for p in description.get("partitions", []))
