"""A fetched batch of Kafka records: partitions run side by side, each one in offset order.

A consumer that handles one record at a time pays a fetch, a commit and its own produce
round trips per record, and waits on each. Running a batch's partitions concurrently keeps
every guarantee of one-at-a-time consumption (a key always maps to one partition, so per-key
order holds; nothing is committed past a record that is not done) while the records of
different partitions share produce requests, store round trips and one commit.

A batch is not a barrier: while any of its partitions is still running, records fetched
meanwhile join it (`refill`), so a partition goes on with its next record, and a partition
that had none starts as soon as one arrives, instead of waiting for the batch's slowest chain
to end (docs/performance.md measured what that wait cost). What is done is committed while
the batch runs (`BatchFeed`), so a long batch does not hold commits back.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

log = structlog.get_logger(__name__)

# (topic, partition, offset): all that deciding what to commit needs from a ConsumerRecord.
Record = Any
# Given what may be committed so far: the records fetched since the last call (any partitions,
# each in offset order), after a short wait at most; None once the batch may take no more.
Refill = Callable[[Mapping[TopicPartition, int]], Awaitable[Sequence[Record] | None]]
# How long a refill waits for records before the batch checks whether it is done.
REFILL_WAIT_MS = 10


@dataclass(frozen=True)
class BatchOutcome:
    """What may be committed after a batch, and where to read again."""

    # The next offset to read, per partition: past every record done, never past one undone.
    commit: dict[TopicPartition, int]
    # Partitions whose record at this offset was left undone (an outage): read it again.
    rewind: dict[TopicPartition, int]
    # Each partition's first offset in the batch: where to read again if the commit fails.
    started: dict[TopicPartition, int]


def by_partition(records: Sequence[Record]) -> dict[TopicPartition, list[Record]]:
    """The records of each partition, in offset order."""
    parts: dict[TopicPartition, list[Record]] = {}
    for record in records:
        parts.setdefault(TopicPartition(record.topic, record.partition), []).append(record)
    for chain in parts.values():
        chain.sort(key=lambda record: record.offset)
    return parts


async def _nothing_more(_committable: Mapping[TopicPartition, int]) -> Sequence[Record] | None:
    return None


def _always(_partition: TopicPartition) -> bool:
    return True


async def run_partitions(
    records: Sequence[Record],
    process: Callable[[Record], Awaitable[bool]],
    refill: Refill = _nothing_more,
    still_ours: Callable[[TopicPartition], bool] = _always,
) -> BatchOutcome:
    """Run `process` on every record, partitions concurrently, each partition in order.

    `process` returns False when a record could not be done (and must be read again); its
    partition stops there, later records of it are dropped (reading again from the rewind
    offset brings them back), and the outcome rewinds it to that record. While any partition
    runs and none is undone, `refill` is asked for more records; the batch ends when none
    runs. A partition that is no longer `still_ours` (a rebalance gave it to another
    consumer) stops before its next record.
    """
    queues: dict[TopicPartition, deque[Record]] = {}
    started: dict[TopicPartition, int] = {}
    done: dict[TopicPartition, int] = {}
    undone: dict[TopicPartition, int] = {}
    running: set[TopicPartition] = set()

    async def run(partition: TopicPartition) -> None:
        queue = queues[partition]
        while queue and still_ours(partition):
            record = queue.popleft()
            if not await process(record):
                undone[partition] = record.offset
                break
            done[partition] = record.offset + 1
        queue.clear()
        running.discard(partition)

    def take(more: Sequence[Record], group: asyncio.TaskGroup) -> None:
        for partition, chain in by_partition(more).items():
            if partition in undone:
                continue
            started.setdefault(partition, chain[0].offset)
            queues.setdefault(partition, deque()).extend(chain)
            if partition not in running:
                running.add(partition)
                group.create_task(run(partition))

    async with asyncio.TaskGroup() as group:
        take(records, group)
        # Once a partition is undone, the batch ends soon, so that it is rewound and read again.
        while running and not undone:
            more = await refill({**done, **undone})
            if more is None:
                break
            take(more, group)
    return BatchOutcome(commit={**done, **undone}, rewind=undone, started=started)


class BatchFeed:
    """A batch's refill from a consumer: what it has fetched, and a commit every so often.

    It takes records while the batch has room and time left, and commits what is done at
    most every `commit_every_s` while the batch runs.
    """

    def __init__(
        self,
        consumer: AIOKafkaConsumer,
        topic: str,
        *,
        records: int,
        seconds: float,
        commit_every_s: float,
    ) -> None:
        self._consumer = consumer
        self._topic = topic
        self._room = records
        self._until = time.monotonic() + seconds
        self._commit_every_s = commit_every_s
        self._committed_at = time.monotonic()

    def still_ours(self, partition: TopicPartition) -> bool:
        """Whether the consumer is still assigned `partition`."""
        return partition in self._consumer.assignment()

    async def fetched(
        self, committable: Mapping[TopicPartition, int], *, wait_ms: int = REFILL_WAIT_MS
    ) -> list[Record] | None:
        """What is fetched within `wait_ms` (sooner if records arrive), up to the room left.

        None once the batch is full or old. `committable` is committed first when the last
        commit is `commit_every_s` old.
        """
        if committable and time.monotonic() - self._committed_at >= self._commit_every_s:
            await self.commit(committable)
        if self._room <= 0 or time.monotonic() >= self._until:
            return None
        try:
            fetched = await self._consumer.getmany(timeout_ms=wait_ms, max_records=self._room)
        except KafkaError as exc:
            log.warning("batch fetch failed", topic=self._topic, error_type=type(exc).__name__)
            return None
        records = [record for chain in fetched.values() for record in chain]
        self._room -= len(records)
        return records

    async def commit(self, offsets: Mapping[TopicPartition, int]) -> bool:
        """Commit `offsets` of the partitions still assigned; False if Kafka refused."""
        self._committed_at = time.monotonic()
        ours = {tp: offset for tp, offset in offsets.items() if self.still_ours(tp)}
        try:
            if ours:
                await self._consumer.commit(ours)
        except KafkaError as exc:
            log.warning("commit failed", topic=self._topic, error_type=type(exc).__name__)
            return False
        return True
