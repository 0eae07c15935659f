"""The one consumer every service uses, on a real broker: commit after effects, bounded retries,
dead letters with the error, and an outage that pauses instead of losing or dead-lettering."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from faststream.kafka import KafkaBroker
from prometheus_client import CollectorRegistry
from pymongo.errors import AutoReconnect

from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import Event, dlq_topic
from onecase_shared.kafka import (
    EventHandler,
    KafkaEventPublisher,
    PermanentError,
    RetryPolicy,
    ensure_topics,
    make_broker,
    subscribe_reliably,
)
from onecase_shared.settings import KafkaSettings

pytestmark = pytest.mark.integration


class Ping(Event):
    event_type = "test.ping"
    n: int


async def read_all(
    bootstrap: str, topic: str, count: int, within: float = 20
) -> list[tuple[bytes, dict[str, str]]]:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=f"reader-{uuid.uuid4().hex}",
    )
    await consumer.start()
    found: list[tuple[bytes, dict[str, str]]] = []
    try:
        async with asyncio.timeout(within):
            async for record in consumer:
                found.append((record.value, {k: v.decode() for k, v in record.headers}))
                if len(found) >= count:
                    break
    finally:
        await consumer.stop()
    return found


async def record_count(bootstrap: str, topic: str) -> int:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        partition = TopicPartition(topic, 0)  # the fixture creates one-partition topics
        return int((await consumer.end_offsets([partition]))[partition])
    finally:
        await consumer.stop()


async def wait_until(condition: Callable[[], bool], within: float = 30) -> None:
    async with asyncio.timeout(within):
        while not condition():  # noqa: ASYNC110 -- the condition is another task's progress
            await asyncio.sleep(0.05)


@pytest.fixture
async def setup(kafka: Endpoint) -> tuple[KafkaSettings, str, str]:
    return await fresh_topic(kafka, partitions=1)


async def fresh_topic(kafka: Endpoint, *, partitions: int) -> tuple[KafkaSettings, str, str]:
    """Settings, a new topic (with its DLQ) of `partitions`, and a new group name."""
    settings = KafkaSettings(bootstrap=kafka.address, topic_partitions=partitions)
    topic = f"test.reliable.{uuid.uuid4().hex[:8]}"
    await ensure_topics(settings, [topic, dlq_topic(topic)])
    return settings, topic, f"group-{uuid.uuid4().hex[:8]}"


async def produce(settings: KafkaSettings, topic: str, payloads: list[bytes]) -> None:
    broker = make_broker(settings, client_id="producer", registry=CollectorRegistry())
    await broker.start()
    try:
        publisher = KafkaEventPublisher(broker, timeout_s=10)
        for payload in payloads:
            await publisher.publish_raw(payload, topic=topic, key=b"k", headers={})
    finally:
        await broker.stop()


def consumer(
    settings: KafkaSettings,
    topic: str,
    group: str,
    handle: Callable[[Ping], Awaitable[None]],
    *,
    also: Sequence[EventHandler[Any]] = (),
    max_attempts: int = 3,
) -> KafkaBroker:
    broker = make_broker(settings, client_id="consumer", registry=CollectorRegistry())
    subscribe_reliably(
        broker,
        topic=topic,
        group_id=group,
        model=Ping,
        handle=handle,
        also=also,
        publisher=KafkaEventPublisher(broker, timeout_s=10),
        policy=RetryPolicy(max_attempts=max_attempts, backoff_s=0.01, outage_pause_s=0.1),
        registry=CollectorRegistry(),
    )
    return broker


def ping(n: int) -> bytes:
    return Ping(correlation_id=uuid.uuid4(), n=n).model_dump_json().encode()


async def test_poison_messages_go_to_the_dlq_after_bounded_tries_and_the_partition_moves_on(
    setup: tuple[KafkaSettings, str, str],
) -> None:
    settings, topic, group = setup
    attempts: Counter[int] = Counter()
    processed: list[int] = []

    async def handle(event: Ping) -> None:
        attempts[event.n] += 1
        if event.n == 2:
            raise ValueError("order number missing")  # a bug or bad data: never succeeds
        if event.n == 3 and attempts[3] < 3:
            raise RuntimeError("flaky")  # succeeds on the last allowed try
        processed.append(event.n)

    await produce(settings, topic, [ping(1), ping(2), b"{not json", ping(3), ping(4)])
    broker = consumer(settings, topic, group, handle)
    await broker.start()
    try:
        await wait_until(lambda: processed == [1, 3, 4])
    finally:
        await broker.stop()

    assert attempts[2] == 3, "bounded: exactly max_attempts tries"
    dead = await read_all(settings.bootstrap, dlq_topic(topic), 2)
    reasons = sorted(
        (headers["onecase-dlq-reason"], headers["onecase-error-type"]) for _, headers in dead
    )
    assert reasons == [("handler_failed", "ValueError"), ("invalid_event", "ValidationError")]
    assert b"{not json" in {body for body, _ in dead}, "a dead letter keeps the original bytes"
    assert await record_count(settings.bootstrap, dlq_topic(topic)) == 2
    assert all(h["onecase-original-topic"] == topic for _, h in dead)


async def test_an_outage_pauses_the_consumer_and_commits_nothing_until_the_effect_is_stored(
    setup: tuple[KafkaSettings, str, str],
) -> None:
    settings, topic, group = setup
    database_up = False
    stored: list[int] = []

    async def handle(event: Ping) -> None:
        if not database_up:
            raise AutoReconnect("mongo is down")
        stored.append(event.n)

    await produce(settings, topic, [ping(7)])
    first = consumer(settings, topic, group, handle)
    await first.start()
    await asyncio.sleep(2)  # many tries while "Mongo" is down
    await first.stop()
    assert stored == []

    # A fresh consumer in the same group must see the message again: nothing was committed.
    database_up = True
    second = consumer(settings, topic, group, handle)
    await second.start()
    try:
        await wait_until(lambda: stored == [7])
    finally:
        await second.stop()
    assert await record_count(settings.bootstrap, dlq_topic(topic)) == 0, "an outage is no poison"


async def test_a_permanent_error_is_dead_lettered_at_once_and_other_event_types_are_skipped(
    setup: tuple[KafkaSettings, str, str],
) -> None:
    settings, topic, group = setup
    attempts: Counter[int] = Counter()
    handled: list[int] = []

    async def handle(event: Ping) -> None:
        attempts[event.n] += 1
        if event.n == 1:
            raise PermanentError("the provider refused the recipient")
        handled.append(event.n)

    broker = make_broker(settings, client_id="producer", registry=CollectorRegistry())
    await broker.start()
    try:
        publisher = KafkaEventPublisher(broker, timeout_s=10)
        await publisher.publish(Ping(correlation_id=uuid.uuid4(), n=1), topic=topic, key="k")
        await publisher.publish_raw(
            ping(2), topic=topic, key=b"k", headers={"onecase-event-type": "test.other"}
        )
        await publisher.publish(Ping(correlation_id=uuid.uuid4(), n=3), topic=topic, key="k")
    finally:
        await broker.stop()
    running = consumer(settings, topic, group, handle)
    await running.start()
    try:
        await wait_until(lambda: handled == [3])
    finally:
        await running.stop()

    assert attempts[1] == 1, "no retries for a permanent error"
    assert attempts[2] == 0, "an event of another type is not this subscriber's"
    [(_, headers)] = await read_all(settings.bootstrap, dlq_topic(topic), 1)
    assert headers["onecase-dlq-reason"] == "permanent_failure"
    assert "refused the recipient" in headers["onecase-error"]


async def test_a_temporary_error_repeating_past_the_time_limit_goes_to_the_dlq_with_a_metric(
    setup: tuple[KafkaSettings, str, str],
) -> None:
    settings, topic, group = setup
    attempts: Counter[int] = Counter()
    handled: list[int] = []

    async def handle(event: Ping) -> None:
        attempts[event.n] += 1
        if event.n == 5:
            raise AutoReconnect("a lease that is never given back, or a store that never answers")
        handled.append(event.n)

    await produce(settings, topic, [ping(5), ping(6)])
    registry = CollectorRegistry()
    broker = make_broker(settings, client_id="consumer", registry=CollectorRegistry())
    subscribe_reliably(
        broker,
        topic=topic,
        group_id=group,
        model=Ping,
        handle=handle,
        publisher=KafkaEventPublisher(broker, timeout_s=10),
        policy=RetryPolicy(max_attempts=3, backoff_s=0.01, outage_pause_s=0.1, max_retry_s=2.0),
        registry=registry,
    )
    started = time.monotonic()
    await broker.start()
    try:
        await wait_until(lambda: handled == [6])
        took = time.monotonic() - started
    finally:
        await broker.stop()

    assert took >= 2.0, "paused for the whole time limit first"
    assert attempts[5] > 3, "temporary errors are retried for a time, not a number of tries"
    [(body, headers)] = await read_all(settings.bootstrap, dlq_topic(topic), 1)
    assert headers["onecase-dlq-reason"] == "retry_time_exceeded"
    assert headers["onecase-error-type"] == "AutoReconnect"
    assert Ping.model_validate_json(body).n == 5
    labels = {"topic": topic, "group": group, "reason": "retry_time_exceeded"}
    assert registry.get_sample_value("onecase_consumer_dead_letters_total", labels) == 1


async def test_a_batch_runs_its_partitions_side_by_side_keeps_each_key_in_order_and_commits(
    kafka: Endpoint,
) -> None:
    settings, topic, group = await fresh_topic(kafka, partitions=3)
    keys = ["ana", "eve", "bo", "fay"]  # Kafka's default partitioner: partitions 1, 2, 1, 2
    producer = make_broker(settings, client_id="producer", registry=CollectorRegistry())
    await producer.start()
    try:
        publisher = KafkaEventPublisher(producer, timeout_s=10)
        for n in range(40):
            event = Ping(correlation_id=uuid.uuid4(), n=n)
            await publisher.publish(event, topic=topic, key=keys[n % len(keys)])
    finally:
        await producer.stop()
    seen: dict[str, list[int]] = {key: [] for key in keys}
    in_flight = 0
    most_in_flight = 0

    async def handle(event: Ping) -> None:
        nonlocal in_flight, most_in_flight
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        await asyncio.sleep(0.02)  # a store round trip
        seen[keys[event.n % len(keys)]].append(event.n)
        in_flight -= 1

    first = consumer(settings, topic, group, handle)
    await first.start()
    try:
        await wait_until(lambda: sum(len(ns) for ns in seen.values()) == 40)
    finally:
        await first.stop()
    assert all(ns == sorted(ns) for ns in seen.values()), "each key in the order it was sent"
    assert most_in_flight > 1, "records of different partitions are handled side by side"

    again: list[int] = []

    async def count(event: Ping) -> None:
        again.append(event.n)

    second = consumer(settings, topic, group, count)
    await second.start()
    await asyncio.sleep(3)  # time to read anything left uncommitted
    await second.stop()
    assert again == [], "everything handled was committed"


async def test_a_record_arriving_while_another_partition_is_slow_does_not_wait_for_it(
    kafka: Endpoint,
) -> None:
    settings, topic, group = await fresh_topic(kafka, partitions=3)
    producer = make_broker(settings, client_id="producer", registry=CollectorRegistry())
    await producer.start()
    publisher = KafkaEventPublisher(producer, timeout_s=10)
    slow_started, late_handled = asyncio.Event(), asyncio.Event()
    handled: list[int] = []
    slow_attempts = 0

    async def handle(event: Ping) -> None:
        nonlocal slow_attempts
        if event.n == 0:
            slow_attempts += 1
            slow_started.set()
            # Ends only once the record published after it started was handled: a batch that
            # waited for its slowest partition before reading on would time out here.
            await asyncio.wait_for(late_handled.wait(), timeout=10)
        else:
            late_handled.set()
        handled.append(event.n)

    subscriber = consumer(settings, topic, group, handle)
    try:
        # Kafka's default partitioner: "ana" and "eve" go to partitions 1 and 2.
        await publisher.publish(Ping(correlation_id=uuid.uuid4(), n=0), topic=topic, key="ana")
        await subscriber.start()
        await asyncio.wait_for(slow_started.wait(), timeout=30)
        await publisher.publish(Ping(correlation_id=uuid.uuid4(), n=1), topic=topic, key="eve")
        await wait_until(lambda: len(handled) == 2)
    finally:
        await subscriber.stop()
        await producer.stop()
    assert handled == [1, 0]
    assert slow_attempts == 1, "the slow record finished on its first try"
