"""A fetched batch of Kafka records: partitions run side by side, each one in offset order.

A consumer that handles one record at a time pays a fetch, a commit and its own produce
round trips per record, and waits on each. Running a batch's partitions concurrently keeps
every guarantee of one-at-a-time consumption (a key always maps to one partition, so per-key
order holds; nothing is committed past a record that is not done) while the records of
different partitions share produce requests, store round trips and one commit.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka import TopicPartition

# (topic, partition, offset): all that deciding what to commit needs from a ConsumerRecord.
Record = Any


@dataclass(frozen=True)
class BatchOutcome:
    """What may be committed after a batch, and where to read again."""

    # The next offset to read, per partition: past every record done, never past one undone.
    commit: dict[TopicPartition, int]
    # Partitions whose record at this offset was left undone (an outage): read it again.
    rewind: dict[TopicPartition, int]


def by_partition(records: Sequence[Record]) -> dict[TopicPartition, list[Record]]:
    """The records of each partition, in offset order."""
    parts: dict[TopicPartition, list[Record]] = {}
    for record in records:
        parts.setdefault(TopicPartition(record.topic, record.partition), []).append(record)
    for chain in parts.values():
        chain.sort(key=lambda record: record.offset)
    return parts


async def run_partitions(
    records: Sequence[Record], process: Callable[[Record], Awaitable[bool]]
) -> BatchOutcome:
    """Run `process` on every record, partitions concurrently, each partition in order.

    `process` returns False when a record could not be done (and must be read again); its
    partition stops there, and the outcome rewinds it to that record.
    """
    parts = by_partition(records)
    undone: dict[TopicPartition, int] = {}

    async def run(partition: TopicPartition, chain: list[Record]) -> None:
        for record in chain:
            if not await process(record):
                undone[partition] = record.offset
                return

    async with asyncio.TaskGroup() as group:
        for partition, chain in parts.items():
            group.create_task(run(partition, chain))
    commit = {partition: chain[-1].offset + 1 for partition, chain in parts.items()}
    commit.update(undone)
    return BatchOutcome(commit=commit, rewind=undone)
