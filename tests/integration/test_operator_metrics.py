"""Issue 15: the metrics operators watch are on each running service's /metrics, with values.

Lag is read from the broker (committed against end offsets), checked here on a topic of the
test's own; the services' gauges are checked after one complaint went all the way through.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import OffsetAndMetadata
from prometheus_client.parser import text_string_to_metric_families

from onecase_localinfra.demo import DEMO_COMPLAINTS, build_mail
from onecase_localinfra.discovery import Endpoint
from onecase_shared import standard_webhooks
from onecase_shared.kafka.consumer_lag import BrokerOffsets
from onecase_shared.settings import KafkaSettings
from tests.integration.conftest import MailCatcher, RunningServices, service_env
from tests.integration.sandbox_fixture import ChannelSandbox

pytestmark = pytest.mark.integration

SECRET = "whsec_" + "b3BlcmF0b3ItbWV0cmljcy10ZXN0LXNlY3JldA=="
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def test_lag_is_end_offsets_minus_what_the_group_committed(kafka: Endpoint) -> None:
    topic, group = f"lag-{uuid.uuid4().hex[:8]}", f"group-{uuid.uuid4().hex[:8]}"
    await _create_topic(kafka, topic, partitions=2)
    producer = AIOKafkaProducer(bootstrap_servers=kafka.address, acks="all")
    await producer.start()
    try:
        for _ in range(5):
            await producer.send_and_wait(topic, b"m", partition=0)
        for _ in range(2):
            await producer.send_and_wait(topic, b"m", partition=1)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        bootstrap_servers=kafka.address, group_id=group, enable_auto_commit=False
    )
    await consumer.start()
    try:
        consumer.assign([TopicPartition(topic, 0), TopicPartition(topic, 1)])
        await consumer.commit({TopicPartition(topic, 0): OffsetAndMetadata(3, "")})
    finally:
        await consumer.stop()

    lags, sizes = await BrokerOffsets(KafkaSettings(bootstrap=kafka.address)).read(
        {group: topic}, [topic]
    )

    # Partition 0: 5 written, 3 committed; partition 1: never committed, 2 waiting.
    assert [(lag.group, lag.topic, lag.lag, lag.partitions) for lag in lags] == [
        (group, topic, 4, 2)
    ]
    assert sizes == {topic: 7}


async def test_the_lag_reader_keeps_its_clients_and_sees_what_came_later(kafka: Endpoint) -> None:
    first, later = f"lag-{uuid.uuid4().hex[:8]}", f"lag-{uuid.uuid4().hex[:8]}"
    await _create_topic(kafka, first)
    await _produce(kafka, first, 2)
    offsets = BrokerOffsets(KafkaSettings(bootstrap=kafka.address))
    try:
        _, sizes = await offsets.read({}, [first, later])
        assert sizes == {first: 2}  # `later` does not exist yet
        clients = offsets._clients

        await _create_topic(kafka, later)
        await _produce(kafka, later, 3)
        await _produce(kafka, first, 1)
        _, sizes = await offsets.read({}, [first, later])

        assert sizes == {first: 3, later: 3}
        assert clients is not None
        assert offsets._clients is clients  # the same connections, not a new pair
    finally:
        await offsets.close()
    assert offsets._clients is None


async def _create_topic(kafka: Endpoint, topic: str, *, partitions: int = 1) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.address)
    await admin.start()
    try:
        await admin.create_topics(
            [NewTopic(topic, num_partitions=partitions, replication_factor=1)]
        )
    finally:
        await admin.close()


async def _produce(kafka: Endpoint, topic: str, count: int) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=kafka.address, acks="all")
    await producer.start()
    try:
        for _ in range(count):
            await producer.send_and_wait(topic, b"m")
    finally:
        await producer.stop()


@pytest.fixture
def services(
    kafka: Endpoint,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> Iterator[RunningServices]:
    env = service_env(
        kafka.address,
        mongo.address,
        ONECASE_EMAIL_WEBHOOK_SECRET=SECRET,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(smtp[1]),
        ONECASE_METRICS_REFRESH_S="0.5",
        **channel_sandbox.env(),
    )
    running = RunningServices(tmp_path, env)
    try:
        for name in ("intake", "normalizer", "triage", "notify"):
            running.start(name)
        yield running
    finally:
        running.stop_all()


def scrape(base: str) -> Samples:
    """Every sample on /metrics, keyed by name and labels."""
    text = httpx.get(f"{base}/metrics", timeout=10).text
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float | None:
    """The sample with exactly these labels, if present."""
    return samples.get((name, frozenset(labels.items())))


def total(samples: Samples, name: str, **labels: str) -> float:
    """The sum of every sample of `name` whose labels include `labels`."""
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= ls)


def wait_for(base: str, ready: Callable[[Samples], bool]) -> Samples:
    """Scrape until `ready` holds (the gauges refresh in the background); the last scrape."""
    deadline = time.monotonic() + 120
    samples = scrape(base)
    while not ready(samples) and time.monotonic() < deadline:
        time.sleep(0.5)
        samples = scrape(base)
    return samples


def test_operator_metrics_after_a_complaint(
    services: RunningServices, smtp: tuple[MailCatcher, int]
) -> None:
    catcher, _ = smtp
    complaint = DEMO_COMPLAINTS[0]
    raw = build_mail(complaint)
    headers = standard_webhooks.signed_headers(SECRET, f"msg_{uuid.uuid4().hex}", raw)
    url = f"{services.url('intake')}/webhooks/email/raw"
    assert httpx.post(url, content=raw, headers=headers, timeout=30).status_code == 202
    deadline = time.monotonic() + 120
    while not [m for m in catcher.messages if m["To"] == complaint.address]:
        assert time.monotonic() < deadline, "no acknowledgment reached the customer"
        time.sleep(0.2)
    env = services.env

    for name in ("intake", "normalizer", "triage", "notify"):
        samples = wait_for(
            services.url(name), lambda s: value(s, "onecase_ready", check="kafka") == 1.0
        )
        assert value(samples, "onecase_ready", check="kafka") == 1.0, name
        assert value(samples, "onecase_metrics_source_up", source="kafka") == 1.0, name
        assert (value(samples, "process_resident_memory_bytes") or 0) > 0, name
        assert (value(samples, "process_open_fds") or 0) > 0, name
        assert value(samples, "python_gc_collections_total", generation="0") is not None, name
        assert any(n == "python_info" for (n, _) in samples), name

    # The groups are new for this test and read the shared topics from the start: other
    # tests' messages may still be waiting, so the lag is only known to be there and sane.
    # The normalizer process reads the raw topic, so it reports that group's lag.
    intake = wait_for(
        services.url("normalizer"),
        lambda s: (
            value(s, "onecase_topic_messages", topic="onecase.intake.quarantine.v1") is not None
        ),
    )
    raw_lag = value(
        intake,
        "onecase_consumer_lag",
        group=env["ONECASE_NORMALIZER_GROUP"],
        topic="onecase.intake.raw.v1",
    )
    assert raw_lag is not None
    assert raw_lag >= 0
    assert (value(intake, "onecase_topic_partitions", topic="onecase.intake.raw.v1") or 0) >= 1
    for topic in ("onecase.intake.raw.v1.dlq", "onecase.intake.quarantine.v1"):
        size = value(intake, "onecase_topic_messages", topic=topic)
        assert size is not None, topic
        assert size >= 0, topic

    triage = wait_for(services.url("triage"), lambda s: total(s, "onecase_open_cases") >= 1)
    assert (value(triage, "onecase_cases_opened_total") or 0) >= 1
    assert (value(triage, "onecase_case_events_total", kind="opened") or 0) >= 1
    assert total(triage, "onecase_open_cases") >= 1
    assert {dict(ls)["level"] for (n, ls) in triage if n == "onecase_open_cases"} == {
        "critical",
        "high",
        "normal",
        "low",
    }
    depth = value(triage, "onecase_queue_depth")
    oldest_age = value(triage, "onecase_queue_oldest_age_seconds")
    assert depth is not None
    assert depth >= 0
    assert oldest_age is not None
    assert oldest_age >= 0
    assert (depth == 0) == (oldest_age == 0), "an age only while something is queued"
    complaints_lag = value(
        triage,
        "onecase_consumer_lag",
        group=env["ONECASE_TRIAGE_GROUP"],
        topic="onecase.complaints.v1",
    )
    assert complaints_lag is not None
    assert complaints_lag >= 0
    assert value(triage, "onecase_topic_messages", topic="onecase.complaints.v1.dlq") is not None

    notify = wait_for(
        services.url("notify"),
        lambda s: total(s, "onecase_notifications_sent_total", channel="email") >= 1,
    )
    assert (
        value(notify, "onecase_notifications_sent_total", channel="email", kind="acknowledgment")
        or 0
    ) >= 1
    assert (
        total(
            notify, "onecase_provider_request_duration_seconds_count", route="email", outcome="sent"
        )
        >= 1
    )
    assert total(notify, "onecase_provider_request_duration_seconds_sum", route="email") > 0
    cases_lag = value(
        notify, "onecase_consumer_lag", group=env["ONECASE_NOTIFY_GROUP"], topic="onecase.cases.v1"
    )
    assert cases_lag is not None
    assert cases_lag >= 0
