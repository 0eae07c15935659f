"""The bare-producer publisher (intake's webhook path) sends what the broker publisher sends.

Same payload, key and headers (the AsyncAPI document's), the same producer guarantees, and
the same PublishFailedError when Kafka does not acknowledge. On a real broker it runs in the
intake integration tests (test_pipeline, test_kafka_outage).
"""

from __future__ import annotations

from typing import Any, ClassVar, cast
from uuid import uuid4

import jsonschema_rs
import pytest
from aiokafka.errors import KafkaConnectionError
from faststream.kafka import KafkaBroker

from onecase_shared.asyncapi import asyncapi_document
from onecase_shared.events import Channel, RawDeliveryReceivedV1, utc_now
from onecase_shared.kafka import (
    KafkaEventPublisher,
    ProducerEventPublisher,
    PublishFailedError,
    producer_publisher,
)
from onecase_shared.kafka.partitioning import default_partition
from onecase_shared.settings import KafkaSettings


class FakeProducer:
    """aiokafka's producer, as far as the publisher uses it."""

    made: ClassVar[list[FakeProducer]] = []

    def __init__(self, **options: Any) -> None:
        self.options = options
        self.sent: list[dict[str, Any]] = []
        self.fail: Exception | None = None
        FakeProducer.made.append(self)

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass

    async def send_and_wait(
        self, topic: str, value: bytes, *, key: bytes, headers: list[tuple[str, bytes]]
    ) -> None:
        if self.fail is not None:
            raise self.fail
        self.sent.append({"topic": topic, "value": value, "key": key, "headers": headers})


class CapturingBroker:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def publish(self, payload: bytes, **kwargs: Any) -> None:
        self.sent.append({"payload": payload, **kwargs})


@pytest.fixture
async def publisher(monkeypatch: pytest.MonkeyPatch) -> ProducerEventPublisher:
    FakeProducer.made.clear()
    monkeypatch.setattr(producer_publisher, "AIOKafkaProducer", FakeProducer)
    started = ProducerEventPublisher(
        KafkaSettings(bootstrap="kafka:9092"), client_id="onecase-intake"
    )
    await started.start()
    return started


def a_raw_delivery() -> RawDeliveryReceivedV1:
    return RawDeliveryReceivedV1(
        correlation_id=uuid4(),
        delivery_id="msg_1",
        channel=Channel.EMAIL,
        provider="standard-webhooks-email",
        content_type="message/rfc822",
        body=b"Subject: lid\r\n\r\nThe lid broke.",
        received_at=utc_now(),
    )


async def test_it_sends_the_payload_key_and_headers_the_broker_publisher_sends(
    publisher: ProducerEventPublisher,
) -> None:
    event = a_raw_delivery()
    await publisher.publish(event, topic="onecase.intake.raw.v1", key="msg_1")
    broker = CapturingBroker()
    await KafkaEventPublisher(cast(KafkaBroker, broker), timeout_s=1).publish(
        event, topic="onecase.intake.raw.v1", key="msg_1"
    )
    (ours,) = FakeProducer.made[0].sent
    (theirs,) = broker.sent
    assert ours["value"] == theirs["payload"]
    assert ours["key"] == theirs["key"] == b"msg_1"
    # FastStream turns `correlation_id` into the header of that name.
    expected = {**theirs["headers"], "correlation_id": theirs["correlation_id"]}
    headers = {name: value.decode() for name, value in ours["headers"]}
    assert headers == expected
    schema = asyncapi_document()["components"]["messages"]["RawDeliveryReceivedV1"]["headers"]
    assert set(headers) == set(schema["properties"])
    assert jsonschema_rs.validator_for(schema).is_valid(headers)


async def test_its_producer_waits_for_all_replicas_and_never_duplicates(
    publisher: ProducerEventPublisher,
) -> None:
    options = FakeProducer.made[0].options
    assert options["acks"] == "all"
    assert options["enable_idempotence"] is True
    assert options["bootstrap_servers"] == ["kafka:9092"]
    assert options["partitioner"] is default_partition  # Kafka's default placement of keys


async def test_its_producer_connects_as_the_settings_say(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeProducer.made.clear()
    monkeypatch.setattr(producer_publisher, "AIOKafkaProducer", FakeProducer)
    settings = KafkaSettings(
        bootstrap="kafka-1:9093,kafka-2:9093",
        security_protocol="SASL_PLAINTEXT",
        sasl_username="onecase",
        sasl_password="Vq3k-9Zr_TmWx7Lp2Nc8Hd5Ys-kafka",
    )
    await ProducerEventPublisher(settings, client_id="onecase-intake").start()
    options = FakeProducer.made[0].options
    assert options["bootstrap_servers"] == ["kafka-1:9093", "kafka-2:9093"]
    assert options["security_protocol"] == "SASL_PLAINTEXT"
    assert options["sasl_plain_username"] == "onecase"
    assert options["client_id"] == "onecase-intake"


async def test_a_send_kafka_does_not_acknowledge_is_a_publish_failure(
    publisher: ProducerEventPublisher,
) -> None:
    FakeProducer.made[0].fail = KafkaConnectionError()
    with pytest.raises(PublishFailedError):
        await publisher.publish(a_raw_delivery(), topic="t", key="k")


async def test_publishing_before_start_is_a_publish_failure() -> None:
    unstarted = ProducerEventPublisher(KafkaSettings(bootstrap="kafka:9092"), client_id="x")
    with pytest.raises(PublishFailedError):
        await unstarted.publish(a_raw_delivery(), topic="t", key="k")
    assert await unstarted.ping() is False
