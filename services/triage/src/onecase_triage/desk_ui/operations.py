"""The operations view's facts: service health, consumer lag, dead letters and quarantine.

Read straight from the services' health endpoints and from Kafka; nothing here carries a
message's content, only its type, error and time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from onecase_shared.events import Topic
from onecase_shared.kafka.connection import client_options
from onecase_shared.kafka.dead_letters import DLQ_HEADERS
from onecase_shared.redaction import redact_personal_data
from onecase_shared.settings import KafkaSettings

LATEST = 5
REDRIVEN_HEADER = "onecase-redriven-from"
REDRIVE_READ_MS = 5000


@dataclass(frozen=True)
class ServiceHealth:
    """One service's answer to /healthz and /readyz."""

    name: str
    url: str
    healthy: bool
    ready: bool
    detail: str


@dataclass(frozen=True)
class GroupLag:
    """How far one consumer group is behind on one topic."""

    group: str
    topic: str
    lag: int


@dataclass(frozen=True)
class ParkedItem:
    """A dead-lettered or quarantined message, without its content."""

    topic: str
    partition: int
    offset: int
    kind: str
    error: str
    at: datetime


@dataclass(frozen=True)
class ParkedTopic:
    """A DLQ or the quarantine: how many messages it holds and the latest few."""

    topic: str
    count: int
    latest: list[ParkedItem]


async def service_health(services: dict[str, str]) -> list[ServiceHealth]:
    """Ask each service (name → base URL) whether it is alive and ready."""
    async with httpx.AsyncClient(timeout=2.0) as client:
        return list(await asyncio.gather(*(_probe(client, n, u) for n, u in services.items())))


async def _probe(client: httpx.AsyncClient, name: str, url: str) -> ServiceHealth:
    try:
        healthy = (await client.get(f"{url}/healthz")).status_code == 200
        ready = await client.get(f"{url}/readyz")
    except httpx.HTTPError as error:
        return ServiceHealth(name, url, False, False, type(error).__name__)
    return ServiceHealth(name, url, healthy, ready.status_code == 200, ready.text[:300])


class KafkaOperations:
    """Lag, dead letters, quarantine and redrive, on the cluster `kafka` names."""

    def __init__(self, kafka: KafkaSettings) -> None:
        self._options = client_options(kafka)

    @contextlib.asynccontextmanager
    async def _clients(self) -> AsyncIterator[tuple[AIOKafkaAdminClient, AIOKafkaConsumer]]:
        admin = AIOKafkaAdminClient(**self._options)
        consumer = AIOKafkaConsumer(**self._options, enable_auto_commit=False)
        await admin.start()
        await consumer.start()
        try:
            yield admin, consumer
        finally:
            await consumer.stop()
            await admin.close()

    async def lag(self, *, prefix: str = "") -> list[GroupLag]:
        """Every consumer group's lag per topic (groups named `prefix…`), largest first."""
        async with self._clients() as (admin, consumer):
            groups = [g for g, *_ in await admin.list_consumer_groups() if g.startswith(prefix)]
            found: dict[tuple[str, str], int] = {}
            for group in groups:
                committed = await admin.list_consumer_group_offsets(group)
                ends = await consumer.end_offsets(list(committed)) if committed else {}
                for tp, meta in committed.items():
                    behind = max(0, ends.get(tp, meta.offset) - max(meta.offset, 0))
                    found[(group, tp.topic)] = found.get((group, tp.topic), 0) + behind
        return sorted(
            (GroupLag(g, t, n) for (g, t), n in found.items()), key=lambda x: (-x.lag, x.group)
        )

    async def parked(self) -> list[ParkedTopic]:
        """Every `.dlq` topic and the quarantine, with counts and the latest items."""
        async with self._clients() as (admin, consumer):
            topics = sorted(
                t
                for t in await admin.list_topics()
                if t.endswith(".dlq") or t == Topic.INTAKE_QUARANTINE.value
            )
            return [await self._parked_topic(consumer, topic) for topic in topics]

    async def _parked_topic(self, consumer: AIOKafkaConsumer, topic: str) -> ParkedTopic:
        partitions = consumer.partitions_for_topic(topic) or set()
        if not partitions:
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        if not tps:
            return ParkedTopic(topic, 0, [])
        starts = await consumer.beginning_offsets(tps)
        ends = await consumer.end_offsets(tps)
        count = sum(ends[tp] - starts[tp] for tp in tps)
        items: list[ParkedItem] = []
        consumer.assign([tp for tp in tps if ends[tp] > starts[tp]])
        for tp in consumer.assignment():
            consumer.seek(tp, max(starts[tp], ends[tp] - LATEST))
        for _ in range(LATEST * len(tps)):
            positions = [await consumer.position(tp) for tp in consumer.assignment()]
            if not any(
                p < ends[tp] for p, tp in zip(positions, consumer.assignment(), strict=True)
            ):
                break
            batch = await consumer.getmany(timeout_ms=1000)
            if not batch:
                break
            items.extend(_parked_item(record) for records in batch.values() for record in records)
        consumer.assign([])
        items.sort(key=lambda item: item.at, reverse=True)
        return ParkedTopic(topic, count, items[:LATEST])

    async def redrive(self, topic: str, partition: int, offset: int) -> str:
        """Publish a dead-lettered message again on its original topic; that topic's name.

        As `onecase redrive` does: the same key and value, the message's own headers without
        the dead-letter ones, and `onecase-redriven-from` naming where it was parked.
        """
        if not topic.endswith(".dlq"):
            raise LookupError("only dead-lettered messages can be redriven")
        consumer = AIOKafkaConsumer(**self._options, enable_auto_commit=False)
        producer = AIOKafkaProducer(**self._options, acks="all", enable_idempotence=True)
        await consumer.start()
        await producer.start()
        try:
            record = await _record_at(consumer, TopicPartition(topic, partition), offset)
            original = dict(_headers(record)).get("onecase-original-topic")
            if not original:
                raise LookupError("only dead-lettered messages can be redriven")
            kept = [(k, v) for k, v in record.headers if k not in DLQ_HEADERS]
            kept.append((REDRIVEN_HEADER, f"{topic}[{partition}]@{offset}".encode()))
            await producer.send_and_wait(original, record.value, key=record.key, headers=kept)
            return original
        finally:
            await producer.stop()
            await consumer.stop()


async def _record_at(
    consumer: AIOKafkaConsumer, tp: TopicPartition, offset: int
) -> ConsumerRecord[bytes, bytes]:
    """The record at `offset`, or LookupError (rather than waiting for one that never comes)."""
    missing = LookupError(f"no message at {tp.topic}/{tp.partition}/{offset}")
    known = consumer.partitions_for_topic(tp.topic)
    if not known:
        await consumer._client.force_metadata_update()
        known = consumer.partitions_for_topic(tp.topic)
    if offset < 0 or tp.partition not in (known or set()):
        raise missing
    consumer.assign([tp])
    if offset >= (await consumer.end_offsets([tp]))[tp]:
        raise missing
    consumer.seek(tp, offset)
    batch = await consumer.getmany(tp, timeout_ms=REDRIVE_READ_MS, max_records=1)
    found = [record for record in batch.get(tp, []) if record.offset == offset]
    if not found:
        raise missing
    return found[0]


def _headers(record: object) -> list[tuple[str, str]]:
    raw: list[tuple[str, bytes]] = list(getattr(record, "headers", None) or [])
    return [(key, value.decode(errors="replace")) for key, value in raw]


def _parked_item(record: object) -> ParkedItem:
    headers = dict(_headers(record))
    topic: str = getattr(record, "topic", "")
    at = datetime.fromtimestamp(getattr(record, "timestamp", 0) / 1000, tz=UTC)
    partition: int = getattr(record, "partition", 0)
    offset: int = getattr(record, "offset", 0)
    if topic.endswith(".dlq"):
        kind = headers.get("onecase-event-type") or headers.get("onecase-error-type", "?")
        error = f"{headers.get('onecase-dlq-reason', '')}: {headers.get('onecase-error', '')}"
        return ParkedItem(topic, partition, offset, kind, error, at)
    try:
        body = json.loads(getattr(record, "value", b"") or b"{}")
    except ValueError:
        body = {}
    return ParkedItem(
        topic,
        partition,
        offset,
        f"{body.get('channel', '?')} delivery",
        redact_personal_data(str(body.get("reason", "")))[:300],
        at,
    )
