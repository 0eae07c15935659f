"""One reliable consumer for several event types of a topic: each to its own handler, in order."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable

import pytest
from faststream.kafka import KafkaBroker
from prometheus_client import CollectorRegistry

from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import Event, dlq_topic
from onecase_shared.kafka import (
    EventHandler,
    KafkaEventPublisher,
    make_broker,
)
from onecase_shared.settings import KafkaSettings
from tests.integration.test_reliable_consumer import (
    Ping,
    consumer,
    fresh_topic,
    ping,
    read_all,
    wait_until,
)

pytestmark = pytest.mark.integration


class Pong(Event):
    event_type = "test.pong"
    word: str


def both_types_consumer(
    settings: KafkaSettings,
    topic: str,
    group: str,
    on_ping: Callable[[Ping], Awaitable[None]],
    on_pong: Callable[[Pong], Awaitable[None]],
) -> KafkaBroker:
    """One reliable consumer of `topic` for Ping (its main model) and Pong."""
    return consumer(
        settings, topic, group, on_ping, also=[EventHandler(Pong, on_pong)], max_attempts=2
    )


async def test_one_consumer_gives_each_event_type_to_its_handler_in_order_and_commits(
    kafka: Endpoint,
) -> None:
    settings, topic, group = await fresh_topic(kafka, partitions=1)
    producer = make_broker(settings, client_id="producer", registry=CollectorRegistry())
    await producer.start()
    try:
        publisher = KafkaEventPublisher(producer, timeout_s=10)
        await publisher.publish(Ping(correlation_id=uuid.uuid4(), n=1), topic=topic, key="k")
        await publisher.publish(Pong(correlation_id=uuid.uuid4(), word="a"), topic=topic, key="k")
        await publisher.publish_raw(
            ping(2), topic=topic, key=b"k", headers={"onecase-event-type": "test.other"}
        )
        await publisher.publish_raw(
            b'{"n": 4}', topic=topic, key=b"k", headers={"onecase-event-type": "test.pong"}
        )
        await publisher.publish(Pong(correlation_id=uuid.uuid4(), word="b"), topic=topic, key="k")
        await publisher.publish_raw(ping(3), topic=topic, key=b"k", headers={})  # no type header
    finally:
        await producer.stop()
    handled: list[str] = []

    async def on_ping(event: Ping) -> None:
        handled.append(f"ping {event.n}")

    async def on_pong(event: Pong) -> None:
        handled.append(f"pong {event.word}")

    first = both_types_consumer(settings, topic, group, on_ping, on_pong)
    await first.start()
    try:
        await wait_until(lambda: len(handled) == 4)
    finally:
        await first.stop()
    assert handled == ["ping 1", "pong a", "pong b", "ping 3"], (
        "each type to its handler, in offset order; an unknown type is skipped, and a record "
        "without a type header is read as the consumer's main model"
    )
    [(body, headers)] = await read_all(settings.bootstrap, dlq_topic(topic), 1)
    assert body == b'{"n": 4}'
    assert headers["onecase-dlq-reason"] == "invalid_event", "validated as its own type"

    again: list[str] = []

    async def count(event: Event) -> None:
        again.append(event.event_type)

    second = both_types_consumer(settings, topic, group, count, count)
    await second.start()
    await asyncio.sleep(3)  # time to read anything left uncommitted
    await second.stop()
    assert again == [], "every record, of either type, was committed"
