"""Replay: a raw delivery on Kafka is normalized again into the same complaint."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from aiokafka import AIOKafkaConsumer
from prometheus_client import CollectorRegistry

from onecase_intake.config import NormalizerSettings
from onecase_intake.replay import replay
from onecase_localinfra.demo import DEMO_COMPLAINTS, build_mail
from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import (
    Channel,
    ComplaintReceivedV1,
    RawDeliveryReceivedV1,
    Topic,
    utc_now,
)
from onecase_shared.kafka import KafkaEventPublisher, ensure_topics, make_broker
from onecase_shared.settings import KafkaSettings

pytestmark = pytest.mark.integration


async def complaints_from(bootstrap: str, delivery_id: str, want: int) -> list[ComplaintReceivedV1]:
    consumer = AIOKafkaConsumer(
        Topic.COMPLAINTS,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=f"reader-{uuid.uuid4().hex}",
    )
    await consumer.start()
    found: list[ComplaintReceivedV1] = []
    try:
        async with asyncio.timeout(30):
            while len(found) < want:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for record in records:
                        complaint = ComplaintReceivedV1.model_validate_json(record.value)
                        if complaint.raw_delivery_id == delivery_id:
                            found.append(complaint)
    finally:
        await consumer.stop()
    return found


async def test_replaying_a_delivery_yields_the_same_complaint_again(kafka: Endpoint) -> None:
    settings = NormalizerSettings(kafka=KafkaSettings(bootstrap=kafka.address))
    await ensure_topics(
        settings.kafka, [Topic.INTAKE_RAW, Topic.COMPLAINTS, Topic.INTAKE_QUARANTINE]
    )
    delivery_id = f"msg_replay_{uuid.uuid4().hex}"
    raw = RawDeliveryReceivedV1(
        correlation_id=uuid.uuid4(),
        delivery_id=delivery_id,
        channel=Channel.EMAIL,
        provider="standard-webhooks-email",
        content_type="message/rfc822",
        body=build_mail(DEMO_COMPLAINTS[2]),
        received_at=utc_now(),
    )
    broker = make_broker(settings.kafka, client_id="test", registry=CollectorRegistry())
    await broker.start()
    try:
        await KafkaEventPublisher(broker, timeout_s=10).publish(
            raw, topic=Topic.INTAKE_RAW, key=delivery_id
        )
    finally:
        await broker.stop()

    assert await replay(settings, delivery_ids={delivery_id}, since=None, dry_run=False) == 1
    assert await replay(settings, delivery_ids={delivery_id}, since=None, dry_run=False) == 1
    first, second = await complaints_from(kafka.address, delivery_id, want=2)
    assert first.complaint_id == second.complaint_id
    assert first.author.value == DEMO_COMPLAINTS[2].address
