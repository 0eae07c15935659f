"""Each service, started on a broker of its own, creates the DLQ of every topic it reads."""

from __future__ import annotations

import asyncio
import uuid
from types import ModuleType

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from pydantic_settings import BaseSettings

import onecase_intake.main
import onecase_notify.main
import onecase_triage.main
from onecase_intake.config import IntakeSettings
from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_server import LocalKafka
from onecase_notify.config import NotifySettings
from onecase_shared.events import dlq_topic
from onecase_shared.settings import KafkaSettings, MongoSettings
from onecase_triage.config import TriageSettings
from tests.unit.test_dead_letter_topics import topics_read_by

pytestmark = pytest.mark.integration

SERVICES: list[tuple[ModuleType, type[BaseSettings]]] = [
    (onecase_intake.main, IntakeSettings),
    (onecase_triage.main, TriageSettings),
    (onecase_notify.main, NotifySettings),
]


async def topics_on(bootstrap: str) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


async def without_dead_letter_topics(bootstrap: str) -> set[str]:
    """Delete every DLQ topic on the broker (services share topics they read); what is left."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        dead = [topic for topic in await admin.list_topics() if topic.endswith(".dlq")]
        if dead:
            await admin.delete_topics(dead)
        for _ in range(100):
            left = set(await admin.list_topics())
            if not any(topic.endswith(".dlq") for topic in left):
                return left
            await asyncio.sleep(0.1)
        return left
    finally:
        await admin.close()


async def test_every_service_creates_the_dlq_of_each_topic_it_reads_when_it_starts(
    own_kafka: LocalKafka, mongo: Endpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    kafka = KafkaSettings(bootstrap=own_kafka.bootstrap, topic_partitions=1)
    database = MongoSettings(uri=mongo.address, database=f"onecase_test_{uuid.uuid4().hex[:8]}")
    for service, settings_cls in SERVICES:
        name = service.__name__
        dead_letters = {dlq_topic(t) for t in topics_read_by(service, monkeypatch)}
        monkeypatch.undo()
        # Services read some of the same topics: each must create its DLQs itself.
        assert not dead_letters & await without_dead_letter_topics(own_kafka.bootstrap), (
            f"{name}'s DLQ topics are still there: the check would prove nothing"
        )
        app = service.create_app(settings_cls(kafka=kafka, mongo=database))
        async with app.router.lifespan_context(app):
            missing = dead_letters - await topics_on(own_kafka.bootstrap)
        assert not missing, f"{name} started without {sorted(missing)}"
