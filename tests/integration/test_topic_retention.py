"""Topics get their retention.ms from the retention settings, at creation and at every start."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import Topic
from onecase_shared.kafka import ensure_topics
from onecase_shared.settings import KafkaSettings, RetentionSettings

pytestmark = pytest.mark.integration

DAY_MS = 24 * 3600 * 1000


async def configs_of(bootstrap: str, topic: str) -> dict[str, str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        responses = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
    finally:
        await admin.close()
    entries = [entry for r in responses for resource in r.resources for entry in resource[4]]
    return {str(entry[0]): str(entry[1]) for entry in entries}


async def settled_configs(bootstrap: str, topic: str, want: str) -> dict[str, str]:
    """The topic's configs once its retention reads `want`: brokers apply changes shortly after."""
    deadline = time.monotonic() + 15
    configs = await configs_of(bootstrap, topic)
    while configs.get("retention.ms") != want and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        configs = await configs_of(bootstrap, topic)
    return configs


async def test_raw_and_event_topics_get_their_retention_and_keep_it_when_updated(
    kafka: Endpoint,
) -> None:
    settings = KafkaSettings(bootstrap=kafka.address)
    event_topic = f"privacy-retention-{uuid.uuid4().hex[:8]}"
    topics = [Topic.INTAKE_RAW.value, event_topic]

    # Created (or, for the shared raw topic, updated) with one retention...
    await ensure_topics(
        settings, topics, retention=RetentionSettings(raw_deliveries_days=2, event_topics_days=9)
    )
    raw = await settled_configs(kafka.address, topics[0], str(2 * DAY_MS))
    event = await settled_configs(kafka.address, topics[1], str(9 * DAY_MS))
    assert raw["retention.ms"] == str(2 * DAY_MS)
    assert event["retention.ms"] == str(9 * DAY_MS)

    # ...and a later start with other settings updates both, size limit included.
    await ensure_topics(
        settings, topics, retention=RetentionSettings(raw_deliveries_days=5, event_topics_days=3)
    )
    raw = await settled_configs(kafka.address, topics[0], str(5 * DAY_MS))
    event = await settled_configs(kafka.address, topics[1], str(3 * DAY_MS))
    assert raw["retention.ms"] == str(5 * DAY_MS)
    assert event["retention.ms"] == str(3 * DAY_MS)
    assert event["max.message.bytes"] == str(settings.max_message_bytes)
