"""The floors Onecase is compared with, measured in the same run on the same servers.

- `kafka_passthrough`: one bare aiokafka consumer that, per record, publishes it to another
  topic and commits, as our consumers do: the Kafka limit of consume-and-produce.
- `mongo_insert_rate`: single-document inserts into a fresh collection: the store limit.
- `intake_baseline_app`: an endpoint that only hands the request body to Kafka: the floor of
  intake's design (served by `python -m bench.intake_baseline`).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from fastapi import FastAPI, Request, Response

from onecase_shared.kafka import client_options, ensure_topics
from onecase_shared.mongo import create_mongo_client
from onecase_shared.settings import KafkaSettings, MongoSettings

DEFAULT_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class PassthroughFigure:
    """Records consumed, re-published and committed per second by one consumer."""

    messages_per_s: float
    seconds: float


@dataclass(frozen=True)
class InsertFigure:
    """Single-document inserts acknowledged per second."""

    inserts_per_s: float
    seconds: float


def _connection(bootstrap: str) -> dict[str, Any]:
    """Client options for `bootstrap`, TLS and SASL as ONECASE_KAFKA_* say, like the services."""
    return client_options(KafkaSettings(bootstrap=bootstrap))


def _producer(bootstrap: str) -> AIOKafkaProducer:
    # The same guarantees as onecase_shared.kafka.make_broker, so the floor pays what we pay.
    return AIOKafkaProducer(**_connection(bootstrap), acks="all", enable_idempotence=True)


async def kafka_passthrough(
    bootstrap: str,
    *,
    messages: int,
    payload: bytes,
    partitions: int = 6,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> PassthroughFigure:
    """Time one consumer reading `messages` records and, one at a time, publishing and committing.

    The records are produced beforehand; the clock starts at the first record consumed, so
    group join and fetch warm-up are left out. The two topics are fresh and deleted after.
    """
    if messages < 1:
        msg = f"messages must be at least 1, got {messages}"
        raise ValueError(msg)
    run = uuid.uuid4().hex[:12]
    source, sink = f"bench.passthrough.{run}.in", f"bench.passthrough.{run}.out"
    await ensure_topics(
        KafkaSettings(bootstrap=bootstrap, topic_partitions=partitions), [source, sink]
    )
    try:
        async with asyncio.timeout(timeout_s), _started(_producer(bootstrap)) as producer:
            pending = [await producer.send(source, payload) for _ in range(messages)]
            await asyncio.gather(*pending)
            consumer = AIOKafkaConsumer(
                source,
                **_connection(bootstrap),
                group_id=f"bench.passthrough.{run}",
                auto_offset_reset="earliest",
                enable_auto_commit=False,
            )
            async with _started(consumer):
                seconds = await _pass_through(consumer, producer, sink, messages)
    finally:
        await _delete_topics(bootstrap, [source, sink])
    return PassthroughFigure(messages_per_s=messages / seconds, seconds=seconds)


async def _pass_through(
    consumer: AIOKafkaConsumer, producer: AIOKafkaProducer, sink: str, messages: int
) -> float:
    """Seconds from the first record consumed until the last one is published and committed."""
    started: float | None = None
    done = 0
    async for record in consumer:
        if started is None:
            started = time.perf_counter()
        await producer.send_and_wait(sink, record.value)
        await consumer.commit()
        done += 1
        if done == messages:
            break
    assert started is not None
    return time.perf_counter() - started


class _Startable(Protocol):
    async def start(self) -> None: ...
    async def stop(self) -> None: ...


_S = TypeVar("_S", bound=_Startable)


@contextlib.asynccontextmanager
async def _started(client: _S) -> AsyncIterator[_S]:
    await client.start()
    try:
        yield client
    finally:
        await client.stop()


async def _delete_topics(bootstrap: str, topics: list[str]) -> None:
    admin = AIOKafkaAdminClient(**_connection(bootstrap))
    await admin.start()
    try:
        # Leftover topics only cost disk on a throwaway broker; never fail a measurement on it.
        with contextlib.suppress(Exception):
            await admin.delete_topics(topics)
    finally:
        await admin.close()


def _document(n: int) -> dict[str, object]:
    """About 1 KB in BSON, shaped like a stored complaint."""
    return {
        "complaint_id": f"cmp_{uuid.uuid4().hex}",
        "n": n,
        "channel": "email",
        "received_at": datetime.now(UTC),
        "subject": "Order 48213 arrived damaged and nobody answers",
        "text": (
            "My parcel arrived with the box crushed and the blender inside cracked. I wrote "
            "twice last week and have not had a reply. I would like a replacement or a refund. "
        )
        * 5,
    }


async def mongo_insert_rate(
    uri: str, *, documents: int, concurrency: int = 16, timeout_s: float = DEFAULT_TIMEOUT_S
) -> InsertFigure:
    """Time `documents` single-document `insert_one`s from `concurrency` tasks at once.

    Runs in a fresh database, dropped at the end. Connections are opened and the collection
    created before the clock starts, so the figure is the steady insert rate.
    """
    if documents < 1 or concurrency < 1:
        msg = f"documents and concurrency must be at least 1, got {documents}, {concurrency}"
        raise ValueError(msg)
    client = create_mongo_client(MongoSettings(uri=uri))
    db = client[f"bench_insert_{uuid.uuid4().hex[:12]}"]
    try:
        async with asyncio.timeout(timeout_s):
            collection = await db.create_collection("complaints")
            await asyncio.gather(*(db.command("ping") for _ in range(concurrency)))
            numbers: Iterator[int] = iter(range(documents))

            async def insert_until_done() -> None:
                # One shared iterator: the event loop hands each number to exactly one task.
                for n in numbers:
                    await collection.insert_one(_document(n))

            started = time.perf_counter()
            await asyncio.gather(*(insert_until_done() for _ in range(concurrency)))
            seconds = time.perf_counter() - started
    finally:
        with contextlib.suppress(Exception):
            await client.drop_database(db.name)
        await client.close()
    return InsertFigure(inserts_per_s=documents / seconds, seconds=seconds)


def intake_baseline_app(bootstrap: str, topic: str) -> FastAPI:
    """`POST /baseline`: the raw body to Kafka with `send_and_wait`, then 202; nothing else.

    No signature check, no dedupe, no parsing and no service middleware: the least any
    webhook endpoint that answers only once Kafka holds the bytes must do.
    """
    producers: list[AIOKafkaProducer] = []

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Created like intake's topics (same partition count), so both publish alike.
        await ensure_topics(KafkaSettings(bootstrap=bootstrap), [topic])
        async with _started(_producer(bootstrap)) as producer:
            producers.append(producer)
            yield

    app = FastAPI(title="Onecase intake baseline", lifespan=lifespan)

    @app.post("/baseline", status_code=202)
    async def baseline(request: Request) -> Response:
        """Hand the body to Kafka and answer once it is acknowledged."""
        await producers[0].send_and_wait(topic, await request.body())
        return Response(status_code=202)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        """Up, with the producer started."""
        return {"status": "ok"}

    return app
