"""Every topic a service reads has its dead-letter topic created at start (issue 11).

The topics read are not listed here by hand: each service is built, and every subscription
it registers is recorded, so a new consumer without its DLQ in the service's TOPICS fails.
The integration twin (tests/integration/test_dead_letter_topics_created.py) starts the
services on a broker of their own and lists what they created.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from faststream.kafka import KafkaBroker

import onecase_intake.main
import onecase_intake.normalizer.main
import onecase_notify.main
import onecase_shared.kafka.broker_factory
import onecase_triage.main
from onecase_shared.events import dlq_topic

# Intake's HTTP process consumes nothing: its normalizer reads intake's topics.
SERVICES = [onecase_intake.normalizer.main, onecase_triage.main, onecase_notify.main]


def topics_read_by(service: ModuleType, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Build the service's app and record the topic of every reliable subscription."""
    read: set[str] = set()
    subscribe = service.subscribe_reliably

    def recording(*args: Any, topic: str, **kwargs: Any) -> None:
        read.add(topic)
        subscribe(*args, topic=topic, **kwargs)

    monkeypatch.setattr(service, "subscribe_reliably", recording)
    service.create_app()
    return read


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.__name__.removesuffix(".main"))
def test_every_topic_a_service_reads_has_its_dlq_created_with_it(
    service: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = topics_read_by(service, monkeypatch)
    assert read, "the service subscribes to something"
    created = set(service.TOPICS)
    assert read <= created
    assert {dlq_topic(t) for t in read} <= created


def test_intakes_http_process_consumes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Its answer is the provider's latency: normalizing is the normalizer process's job.
    brokers: list[KafkaBroker] = []

    class RecordedBroker(KafkaBroker):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            brokers.append(self)

    monkeypatch.setattr(onecase_shared.kafka.broker_factory, "KafkaBroker", RecordedBroker)
    onecase_intake.main.create_app()
    # It only publishes, on a bare producer: no FastStream broker, so no subscriber either.
    assert brokers == []
    onecase_intake.normalizer.main.create_app()
    (broker,) = brokers
    assert len(broker.subscribers) == 2
