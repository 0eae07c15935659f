"""The whole pipeline on a 3-broker SASL_SSL cluster that loses a broker mid-flow.

Topics have 3 replicas and need 2 in sync. A few hundred complaints arrive by email, web chat
and X; a third of the way in, the broker leading the raw-delivery topic's first partition is
SIGKILLed, and it comes back once every complaint is in. In the end every complaint has one
case with an owner, every customer got exactly one acknowledgment, and no DLQ holds anything.
Then a raw delivery parked in the DLQ is sent back with `onecase redrive` over SASL_SSL, and
becomes one owned case with one acknowledgment.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from pymongo import AsyncMongoClient

from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_cluster import ClusterNode, LocalKafkaCluster
from onecase_shared.events import Topic
from onecase_shared.kafka import client_options, ensure_topics
from onecase_shared.settings import KafkaSettings
from tests.cluster import dead_letter_redrive, traffic
from tests.cluster.conftest import REPORT
from tests.integration.conftest import MailCatcher, RunningServices, service_env
from tests.integration.sandbox_fixture import ChannelSandbox

pytestmark = pytest.mark.integration

PER_CHANNEL = 100
KILL_AFTER = PER_CHANNEL  # of 3 * PER_CHANNEL posted
SETTLE_S = 5.0  # after the last answer, for a duplicate to show up if the pipeline made one
ALWAYS = {"timezone": "UTC", "days": [0, 1, 2, 3, 4, 5, 6], "start": "00:00", "end": "00:00"}


def _roster(path: Path) -> Path:
    """Two always-on generalists with room for every complaint, in both languages sent."""
    agents = [
        {
            "agent_id": f"agent-{n}",
            "display_name": f"Agent {n}",
            "languages": ["en", "fr"],
            "capacity": 200,
            "shift": ALWAYS,
        }
        for n in (1, 2)
    ]
    path.write_text(json.dumps({"agents": agents}))
    return path


@pytest.fixture
def services(
    kafka_cluster: LocalKafkaCluster,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> Iterator[RunningServices]:
    env = service_env(
        kafka_cluster.layout.bootstrap,
        mongo.address,
        **kafka_cluster.client_env(),
        ONECASE_KAFKA_REPLICATION_FACTOR="3",
        ONECASE_KAFKA_MIN_INSYNC_REPLICAS="2",
        ONECASE_ROSTER_FILE=str(_roster(tmp_path / "roster.json")),
        # Three brokers and five services share the machine's cores: an email can wait for a
        # CPU longer than the 10 s normalizing budget, and would be quarantined for it.
        ONECASE_NORMALIZE_BUDGET_S="60",
        ONECASE_EMAIL_WEBHOOK_SECRET=traffic.EMAIL_SECRET,
        ONECASE_X_CONSUMER_SECRET=traffic.X_SECRET,
        ONECASE_CHAT_WEBHOOK_SECRET=traffic.CHAT_SECRET,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(smtp[1]),
        ONECASE_SMTP_PER_SECOND="50",
        ONECASE_PROVIDER_RATE_LIMITS='{"x": 50, "facebook": 5, "intercom": 5, "chat": 50}',
        **channel_sandbox.env(),
    )
    running = RunningServices(tmp_path / "services", env)
    running.run_dir.mkdir()
    try:
        # The normalizer is its own process (issue 12): without it no raw delivery becomes a
        # complaint, and the test waits for acknowledgments that cannot come.
        for name in ("intake", "normalizer", "triage", "notify"):
            running.start(name)
        yield running
    finally:
        running.stop_all()


@pytest.mark.timeout(1500)
def test_the_pipeline_loses_no_complaint_and_answers_once_when_a_broker_dies(
    kafka_cluster: LocalKafkaCluster,
    services: RunningServices,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
) -> None:
    started = time.monotonic()
    settings = kafka_cluster.settings()
    with pytest.raises(KafkaError):
        # The listeners really want the login: a wrong password gets nowhere.
        asyncio.run(ensure_topics(kafka_cluster.settings(sasl_password="wrong"), ["refused"]))
    topics = asyncio.run(_describe(settings))
    ours = {name: t for name, t in topics.items() if name.startswith("onecase.")}
    assert Topic.INTAKE_RAW.value in ours
    for name, partitions in ours.items():
        assert {len(p["replicas"]) for p in partitions} == {3}, name
    min_isr = asyncio.run(_min_insync_replicas(settings, sorted(ours)))
    assert set(min_isr.values()) == {"2"}, min_isr

    REPORT.append(
        f"protocol: {settings.security_protocol} ({settings.sasl_mechanism}), "
        f"{len(kafka_cluster.nodes)} brokers at {kafka_cluster.layout.bootstrap}; "
        f"{len(ours)} topics, RF 3, min.insync.replicas 2"
    )
    victim = _leader_of(kafka_cluster, ours[Topic.INTAKE_RAW.value], partition=0)
    complaints = [
        traffic.make_complaint(channel, n)
        for n in range(PER_CHANNEL)
        for channel in traffic.CHANNELS
    ]
    intake = services.url("intake")
    redeliveries = 0
    killed_at = restarted_at = 0.0
    for sent, complaint in enumerate(complaints, start=1):
        redeliveries += traffic.post_until_accepted(intake, complaint) - 1
        if sent == KILL_AFTER:
            victim.kill()
            killed_at = time.monotonic() - started
    posted_at = time.monotonic() - started
    victim.start()
    restarted_at = time.monotonic() - started
    REPORT.append(
        f"complaints: {len(complaints)} ({PER_CHANNEL} each by email, chat and X), all posted "
        f"at {posted_at:.1f}s; {redeliveries} redeliveries after an intake 5xx"
    )
    REPORT.append(
        f"broker {victim.node_id} (leader of {Topic.INTAKE_RAW.value}/0) SIGKILLed at "
        f"{killed_at:.1f}s after complaint {KILL_AFTER}, back at {restarted_at:.1f}s"
    )

    catcher, _ = smtp
    database = services.env["ONECASE_MONGO_DATABASE"]
    handles = {c.handle for c in complaints}

    def all_answered() -> bool:
        counts = traffic.answers(complaints, catcher, channel_sandbox)
        return all(n >= 1 for n in counts.values())

    traffic.wait_for(all_answered, timeout=600)
    answered_at = time.monotonic() - started
    REPORT.append(f"last acknowledgment (or gave up waiting) at {answered_at:.1f}s")
    time.sleep(SETTLE_S)

    cases = asyncio.run(_cases(mongo.address, database))
    per_customer = Counter(_handle(c) for c in cases if _handle(c) in handles)
    assert {h: per_customer[h] for h in handles if per_customer[h] != 1} == {}, (
        "every complaint has exactly one case"
    )
    unowned = [c["number"] for c in cases if _handle(c) in handles and not _owner(c)]
    assert unowned == [], "every case has an owner"
    counts = traffic.answers(complaints, catcher, channel_sandbox)
    assert {h: n for h, n in counts.items() if n != 1} == {}, (
        "every customer gets exactly one acknowledgment"
    )
    dead = asyncio.run(_records_in(settings, [t for t in topics if _is_dead_letter(t)]))
    assert dead == {}, "nothing in any DLQ or the quarantine"
    assert traffic.wait_for(lambda: _fully_replicated(settings), timeout=120), (
        "the restarted broker is back in every partition's ISR"
    )

    REPORT.append(
        f"cases {len(handles)}, each with an owner; acknowledgments {sum(counts.values())}, "
        f"one per customer; DLQ and quarantine records 0"
    )

    # A complaint only the raw-delivery DLQ holds becomes a case once `onecase redrive`,
    # configured by the same SASL_SSL environment as the services, sends it back.
    parked = dead_letter_redrive.parked_chat_complaint()
    delivery_id = dead_letter_redrive.park(settings, parked)
    redriven = dead_letter_redrive.run_redrive(services.env, delivery_id)
    assert redriven.exit_code == 0, redriven.output
    assert f"redrove 1 of 1 messages examined on {dead_letter_redrive.RAW_DLQ}" in redriven.output
    assert traffic.wait_for(
        lambda: traffic.answers([parked], catcher, channel_sandbox)[parked.handle] >= 1,
        timeout=120,
    ), "the redriven complaint was acknowledged"
    time.sleep(SETTLE_S)
    assert traffic.answers([parked], catcher, channel_sandbox) == {parked.handle: 1}
    redriven_cases = [
        c for c in asyncio.run(_cases(mongo.address, database)) if _handle(c) == parked.handle
    ]
    assert [bool(_owner(c)) for c in redriven_cases] == [True], "one owned case, redriven"
    REPORT.append(
        f"redrive over {settings.security_protocol}: `onecase redrive {dead_letter_redrive.RAW_DLQ}"
        f" --key <id>` republished 1 parked raw delivery; it became case "
        f"{redriven_cases[0]['number']} with an owner and one acknowledgment; whole test "
        f"{time.monotonic() - started:.1f}s"
    )


def _handle(case: dict[str, Any]) -> str:
    handle = case["reply_target"]["handle"]
    return f"{handle['kind']}:{handle['value']}"


def _owner(case: dict[str, Any]) -> str | None:
    owner = case.get("owner") or {}
    return owner.get("agent_id")


def _is_dead_letter(topic: str) -> bool:
    return topic.endswith(".dlq") or topic == Topic.INTAKE_QUARANTINE.value


def _leader_of(
    cluster: LocalKafkaCluster, partitions: list[dict[str, Any]], partition: int
) -> ClusterNode:
    leader = next(p["leader"] for p in partitions if p["partition"] == partition)
    return next(node for node in cluster.nodes if node.node_id == leader)


async def _describe(settings: KafkaSettings) -> dict[str, list[dict[str, Any]]]:
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        return {t["topic"]: t["partitions"] for t in await admin.describe_topics()}
    finally:
        await admin.close()


async def _min_insync_replicas(settings: KafkaSettings, topics: list[str]) -> dict[str, str]:
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        responses = await admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, t) for t in topics]
        )
    finally:
        await admin.close()
    found: dict[str, str] = {}
    for response in responses:
        for _code, _message, _type, name, entries in response.resources:
            for entry in entries:
                if entry[0] == "min.insync.replicas":
                    found[name] = entry[1]
    return found


def _fully_replicated(settings: KafkaSettings) -> bool:
    topics = asyncio.run(_describe(settings))
    return all(len(p["isr"]) == len(p["replicas"]) for parts in topics.values() for p in parts)


async def _records_in(settings: KafkaSettings, topics: list[str]) -> dict[str, Any]:
    """Records held by each of `topics` that holds any, with the first one's headers."""
    if not topics:
        return {}
    consumer = AIOKafkaConsumer(**client_options(settings), enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [
            TopicPartition(t, p)
            for t in topics
            for p in sorted(consumer.partitions_for_topic(t) or await _partitions(consumer, t))
        ]
        starts = await consumer.beginning_offsets(partitions)
        ends = await consumer.end_offsets(partitions)
    finally:
        await consumer.stop()
    held = Counter({tp.topic: ends[tp] - starts[tp] for tp in partitions})
    return {t: (n, await _first_headers(settings, t)) for t, n in held.items() if n}


async def _first_headers(settings: KafkaSettings, topic: str) -> dict[str, str]:
    """The headers of a dead letter: why it was dead-lettered, to say so in the failure."""
    consumer = AIOKafkaConsumer(
        topic, **client_options(settings), auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    try:
        record = await asyncio.wait_for(consumer.getone(), timeout=30)
    finally:
        await consumer.stop()
    return {key: value.decode(errors="replace")[:300] for key, value in record.headers}


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    topics = await consumer.topics()
    assert topic in topics
    return consumer.partitions_for_topic(topic) or set()


async def _cases(uri: str, database: str) -> list[dict[str, Any]]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri)
    try:
        return await client[database]["cases"].find({}).to_list()
    finally:
        await client.close()
