"""A fetched batch: partitions side by side, each in offset order, never committed past undone."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from aiokafka import TopicPartition

from onecase_shared.kafka.partition_batches import by_partition, run_partitions


@dataclass(frozen=True)
class Record:
    topic: str
    partition: int
    offset: int


def batch(*spec: tuple[int, int]) -> list[Record]:
    return [Record("t", partition, offset) for partition, offset in spec]


def test_records_are_grouped_by_partition_in_offset_order() -> None:
    parts = by_partition(batch((1, 11), (0, 5), (1, 10), (0, 4)))
    assert {tp: [r.offset for r in rs] for tp, rs in parts.items()} == {
        TopicPartition("t", 0): [4, 5],
        TopicPartition("t", 1): [10, 11],
    }


async def test_each_partition_runs_in_order_while_partitions_run_side_by_side() -> None:
    started: list[tuple[int, int]] = []
    partition_one_started = asyncio.Event()

    async def process(record: Record) -> bool:
        started.append((record.partition, record.offset))
        if record.partition == 1:
            partition_one_started.set()
        if (record.partition, record.offset) == (0, 1):
            # Partition 0 waits on partition 1: only possible if they run concurrently.
            await asyncio.wait_for(partition_one_started.wait(), timeout=1)
        return True

    outcome = await run_partitions(batch((0, 1), (0, 2), (1, 7), (1, 8)), process)

    assert [o for p, o in started if p == 0] == [1, 2]
    assert [o for p, o in started if p == 1] == [7, 8]
    assert outcome.commit == {TopicPartition("t", 0): 3, TopicPartition("t", 1): 9}
    assert outcome.rewind == {}


async def test_an_undone_record_stops_its_partition_and_nothing_is_committed_past_it() -> None:
    handled: list[tuple[int, int]] = []

    async def process(record: Record) -> bool:
        if (record.partition, record.offset) == (0, 6):
            return False  # an outage: read it again later
        handled.append((record.partition, record.offset))
        return True

    outcome = await run_partitions(batch((0, 5), (0, 6), (0, 7), (1, 3), (1, 4)), process)

    assert (0, 7) not in handled, "a partition stops at its first undone record"
    assert sorted(handled) == [(0, 5), (1, 3), (1, 4)]
    assert outcome.commit == {TopicPartition("t", 0): 6, TopicPartition("t", 1): 5}
    assert outcome.rewind == {TopicPartition("t", 0): 6}
