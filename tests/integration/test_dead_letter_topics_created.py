"""Each service, started on a broker of its own, creates the DLQ of every topic it reads."""

from __future__ import annotations

import uuid
from types import ModuleType

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from pydantic_settings import BaseSettings

import onecase_intake.normalizer.main
import onecase_notify.main
import onecase_triage.main
from onecase_intake.config import NormalizerSettings
from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_server import LocalKafka
from onecase_notify.config import NotifySettings
from onecase_shared.events import dlq_topic
from onecase_shared.settings import KafkaSettings, MongoSettings
from onecase_triage.config import TriageSettings
from tests.unit.test_dead_letter_topics import topics_read_by

pytestmark = pytest.mark.integration

SERVICES: list[tuple[ModuleType, type[BaseSettings]]] = [
    (onecase_intake.normalizer.main, NormalizerSettings),
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


async def test_every_service_creates_the_dlq_of_each_topic_it_reads_when_it_starts(
    own_kafka: LocalKafka, mongo: Endpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    kafka = KafkaSettings(bootstrap=own_kafka.bootstrap, topic_partitions=1)
    database = MongoSettings(uri=mongo.address, database=f"onecase_test_{uuid.uuid4().hex[:8]}")
    for service, settings_cls in SERVICES:
        name = service.__name__
        dead_letters = {dlq_topic(t) for t in topics_read_by(service, monkeypatch)}
        monkeypatch.undo()
        # Several services read the privacy topic: its DLQ is proven by the first of them.
        # Each service must still be the first to need at least one DLQ, or its check would
        # prove nothing.
        assert dead_letters - await topics_on(own_kafka.bootstrap), (
            f"other services created all of {name}'s DLQ topics first: the check would prove "
            "nothing"
        )
        app = service.create_app(settings_cls(kafka=kafka, mongo=database))
        async with app.router.lifespan_context(app):
            missing = dead_letters - await topics_on(own_kafka.bootstrap)
        assert not missing, f"{name} started without {sorted(missing)}"
