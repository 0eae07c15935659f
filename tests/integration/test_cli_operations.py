"""`onecase redrive` on a real broker and `onecase erase` against a real desk on MongoDB-wire."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from click.testing import CliRunner
from fastapi import FastAPI

from onecase_cli.erase import EraseFailedError, erase_customer
from onecase_cli.main import cli
from onecase_cli.redrive import RedriveFilter, redrive
from onecase_localinfra.discovery import Endpoint
from onecase_shared.kafka import topic_partitions
from onecase_shared.settings import KafkaSettings
from onecase_triage.adapters.mongo_customer_records import MongoCustomerRecords
from onecase_triage.adapters.mongo_privacy_audit import MongoPrivacyAudit
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk.customer_routes import mount_customer_privacy
from onecase_triage.service.customer_privacy import CustomerPrivacy
from tests.builders import email_from
from tests.integration.test_customer_privacy import ErasureRecorder, database_of
from tests.integration.triage_world import LEAD_AGENT, WorldFactory, an_agent

pytestmark = pytest.mark.integration


def parked(reason: str, n: int) -> list[tuple[str, str]]:
    return [
        ("onecase-dlq-reason", reason),
        ("onecase-error-type", "KeyError"),
        ("onecase-error", "boom"),
        ("onecase-event-type", "test.event"),
        ("onecase-original-offset", str(n)),
    ]


async def read_all(bootstrap: str, topic: str) -> list[tuple[bytes | None, bytes, dict[str, str]]]:
    """Every message on `topic` now: key, value, headers."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        numbers = await topic_partitions(KafkaSettings(bootstrap=bootstrap), topic)
        partitions = [TopicPartition(topic, p) for p in numbers]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        found = []

        async def behind() -> bool:
            return any([await consumer.position(tp) < ends[tp] for tp in partitions])

        while await behind():
            for records in (await consumer.getmany(timeout_ms=1000)).values():
                for r in records:
                    headers = {k: v.decode() for k, v in r.headers}
                    found.append((r.key, r.value, headers))
        return found
    finally:
        await consumer.stop()


async def park_six(bootstrap: str, source: str, dlq: str) -> None:
    """Create `source` and `dlq`; park six messages, every other one for handler_failed."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics(
            [NewTopic(t, num_partitions=2, replication_factor=1) for t in (source, dlq)]
        )
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for n in range(6):
            reason = "handler_failed" if n % 2 == 0 else "invalid_event"
            await producer.send_and_wait(
                dlq,
                f"payload-{n}".encode(),
                key=f"case-{n}".encode(),
                headers=[(k, v.encode()) for k, v in parked(reason, n)],
            )
    finally:
        await producer.stop()


async def test_redrive_republishes_the_selected_messages_to_the_source_topic(
    kafka: Endpoint,
) -> None:
    source = f"onecase.redrive-{uuid.uuid4().hex[:8]}.v1"
    dlq = f"{source}.dlq"
    await park_six(kafka.address, source, dlq)
    settings = KafkaSettings(bootstrap=kafka.address)
    lines: list[str] = []

    dry = await redrive(
        settings,
        dlq,
        only=RedriveFilter(reason="handler_failed"),
        dry_run=True,
        report=lines.append,
    )
    assert (dry.examined, dry.redriven, dry.skipped) == (6, 3, 3)
    assert len(lines) == 3
    assert all(line.startswith("would redrive") for line in lines)
    assert await read_all(kafka.address, source) == [], "a dry run publishes nothing"

    done = await redrive(
        settings,
        dlq,
        only=RedriveFilter(reason="handler_failed", limit=2),
        dry_run=False,
        report=lines.append,
    )
    assert done.redriven == 2
    back = await read_all(kafka.address, source)
    assert len(back) == 2
    for key, value, headers in back:
        assert key is not None
        n = int(key.decode().removeprefix("case-"))
        assert n % 2 == 0, "only handler_failed messages"
        assert value == f"payload-{n}".encode()
        assert headers["onecase-event-type"] == "test.event", "the event's own headers stay"
        assert "onecase-dlq-reason" not in headers, "the dead-letter headers go"
        assert headers["onecase-redriven-from"].startswith(f"{dlq}[")
    assert len(await read_all(kafka.address, dlq)) == 6, "the DLQ keeps its messages"


def test_the_redrive_command_says_what_it_did(kafka: Endpoint) -> None:
    source = f"onecase.redrive-{uuid.uuid4().hex[:8]}.v1"
    dlq = f"{source}.dlq"
    asyncio.run(park_six(kafka.address, source, dlq))
    result = CliRunner().invoke(
        cli,
        ["redrive", dlq, "--key", "case-1", "--dry-run"],
        env={"ONECASE_KAFKA_BOOTSTRAP": kafka.address},
    )
    assert result.exit_code == 0, result.output
    assert "would redrive 1 of 6 messages examined" in result.output
    assert f"would redrive {dlq}[" in result.output
    done = CliRunner().invoke(
        cli, ["redrive", dlq, "--limit", "1"], env={"ONECASE_KAFKA_BOOTSTRAP": kafka.address}
    )
    assert done.exit_code == 0, done.output
    assert "redrove 1 of " in done.output
    assert len(asyncio.run(read_all(kafka.address, source))) == 1
    missing = CliRunner().invoke(
        cli, ["redrive", "nope.dlq"], env={"ONECASE_KAFKA_BOOTSTRAP": kafka.address}
    )
    assert missing.exit_code == 1
    assert "topic nope.dlq does not exist" in missing.output


async def test_erase_calls_the_desk_and_reports_its_refusals(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"), LEAD_AGENT))
    recorder = ErasureRecorder()
    db = database_of(world)
    app = FastAPI(title="desk")
    mount_customer_privacy(
        app,
        CustomerPrivacy(
            records=MongoCustomerRecords(db),
            audit=MongoPrivacyAudit(db),
            publisher=recorder,
            clock=world.clock,
        ),
        tokens=TokenTable("admin-secret=root:admin ann-secret=ann.ames:agent"),
    )
    await world.parts.triage.on_complaint_received(
        email_from("ivy.erase@example.org", "My kettle 5512 leaks, please help.")
    )
    (customer,) = {event.customer_id for event in world.events()}
    transport = httpx.ASGITransport(app=app)

    with pytest.raises(EraseFailedError, match="403"):
        await erase_customer("http://desk", customer, "ann-secret", transport=transport)
    entry = await erase_customer("http://desk", customer, "admin-secret", transport=transport)
    assert entry["customer_id"] == customer
    assert [e.customer_ids for e in recorder.erasures] == [(customer,)]
    with pytest.raises(EraseFailedError, match="404"):
        await erase_customer("http://desk", customer, "admin-secret", transport=transport)
