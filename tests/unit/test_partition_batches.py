"""A fetched batch: partitions side by side, each in offset order, never committed past undone."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from aiokafka import TopicPartition

from onecase_shared.kafka.partition_batches import (
    BatchFeed,
    Refill,
    by_partition,
    run_partitions,
)


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


def refills(*rounds: tuple[Callable[[], bool], list[Record]]) -> Refill:
    """A consumer's fetch: each round's records once its condition holds, else nothing yet."""
    pending = list(rounds)

    async def refill(_committable: Mapping[TopicPartition, int]) -> Sequence[Record] | None:
        await asyncio.sleep(0.001)  # a fetch waits a little when nothing has arrived
        if pending and pending[0][0]():
            return pending.pop(0)[1]
        return []

    return refill


def always() -> bool:
    return True


async def test_a_partition_goes_on_with_records_fetched_meanwhile_past_a_slow_one() -> None:
    late_record_handled = asyncio.Event()
    handled: list[tuple[int, int]] = []

    async def process(record: Record) -> bool:
        if (record.partition, record.offset) == (1, 7):
            # Partition 1 is slow: it finishes only once records that arrived after partition
            # 0 had run out were handled, which a barrier at the batch's end would forbid.
            await asyncio.wait_for(late_record_handled.wait(), timeout=1)
        handled.append((record.partition, record.offset))
        if (record.partition, record.offset) == (2, 40):
            late_record_handled.set()
        return True

    def partition_zero_ran_out() -> bool:
        return (0, 1) in handled

    outcome = await run_partitions(
        batch((0, 1), (1, 7)),
        process,
        refill=refills((partition_zero_ran_out, batch((0, 2), (2, 40)))),
    )

    assert sorted(handled) == [(0, 1), (0, 2), (1, 7), (2, 40)]
    assert outcome.commit == {
        TopicPartition("t", 0): 3,
        TopicPartition("t", 1): 8,
        TopicPartition("t", 2): 41,
    }
    assert outcome.started == {
        TopicPartition("t", 0): 1,
        TopicPartition("t", 1): 7,
        TopicPartition("t", 2): 40,
    }
    assert outcome.rewind == {}


async def test_refilled_records_keep_offset_order_within_their_partition() -> None:
    handled: list[tuple[int, int]] = []

    async def process(record: Record) -> bool:
        handled.append((record.partition, record.offset))
        await asyncio.sleep(0.002)
        return True

    await run_partitions(
        batch((0, 1), (0, 2)),
        process,
        refill=refills((always, batch((0, 4), (0, 3))), (always, batch((0, 5), (0, 6)))),
    )

    assert [o for p, o in handled if p == 0] == [1, 2, 3, 4, 5, 6]


async def test_a_batch_ends_when_no_partition_runs_or_when_it_may_take_no_more() -> None:
    calls = 0

    async def refill(_committable: Mapping[TopicPartition, int]) -> Sequence[Record] | None:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.001)
        return None if calls == 2 else []

    async def slow(record: Record) -> bool:
        await asyncio.sleep(0.05)
        return True

    outcome = await run_partitions(batch((0, 1), (0, 2)), slow, refill=refill)

    assert calls == 2, "no more refills once it said the batch is full"
    assert outcome.commit == {TopicPartition("t", 0): 3}


async def test_records_refilled_after_an_undone_one_are_dropped_and_it_rewinds() -> None:
    handled: list[tuple[int, int]] = []
    partition_zero_stopped = asyncio.Event()

    async def process(record: Record) -> bool:
        if (record.partition, record.offset) == (0, 6):
            partition_zero_stopped.set()
            return False  # an outage: read it again later
        if (record.partition, record.offset) == (1, 3):
            await asyncio.wait_for(partition_zero_stopped.wait(), timeout=1)
        handled.append((record.partition, record.offset))
        return True

    outcome = await run_partitions(
        batch((0, 5), (0, 6), (1, 3)),
        process,
        refill=refills((partition_zero_stopped.is_set, batch((0, 7), (1, 4)))),
    )

    assert sorted(handled) == [(0, 5), (1, 3), (1, 4)], "nothing of partition 0 after 6 ran"
    assert outcome.commit == {TopicPartition("t", 0): 6, TopicPartition("t", 1): 5}
    assert outcome.rewind == {TopicPartition("t", 0): 6}


async def test_an_undone_record_ends_the_feeding_so_the_batch_ends_and_rewinds_soon() -> None:
    calls = 0

    async def refill(_committable: Mapping[TopicPartition, int]) -> Sequence[Record] | None:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.001)
        return []

    async def process(record: Record) -> bool:
        if record.partition == 0:
            return False
        await asyncio.sleep(0.05)  # partition 1 is still running after 0 stopped
        return True

    outcome = await run_partitions(batch((0, 1), (1, 1)), process, refill=refill)

    assert calls <= 1, "no fetching after a partition was left undone"
    assert outcome.rewind == {TopicPartition("t", 0): 1}


async def test_a_partition_given_to_another_consumer_stops_before_its_next_record() -> None:
    handled: list[tuple[int, int]] = []
    ours = {TopicPartition("t", 0), TopicPartition("t", 1)}

    async def process(record: Record) -> bool:
        handled.append((record.partition, record.offset))
        if (record.partition, record.offset) == (0, 1):
            ours.discard(TopicPartition("t", 0))  # a rebalance while it ran
        return True

    outcome = await run_partitions(
        batch((0, 1), (0, 2), (1, 5)), process, still_ours=lambda tp: tp in ours
    )

    assert sorted(handled) == [(0, 1), (1, 5)]
    assert outcome.commit == {TopicPartition("t", 0): 2, TopicPartition("t", 1): 6}


class FakeConsumer:
    """getmany, commit and assignment, as AIOKafkaConsumer has them."""

    def __init__(self, *fetches: list[Record]) -> None:
        self.fetches = list(fetches)
        self.commits: list[dict[TopicPartition, int]] = []
        self.assigned = {TopicPartition("t", 0), TopicPartition("t", 1)}

    async def getmany(
        self, *, timeout_ms: int, max_records: int
    ) -> dict[TopicPartition, list[Record]]:
        await asyncio.sleep(0)
        records = self.fetches.pop(0)[:max_records] if self.fetches else []
        return by_partition(records)

    async def commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.commits.append(offsets)

    def assignment(self) -> set[TopicPartition]:
        return self.assigned


def a_feed(consumer: FakeConsumer, *, records: int = 10, commit_every_s: float = 60) -> BatchFeed:
    return BatchFeed(
        consumer,  # the three methods of AIOKafkaConsumer the feed uses
        "t",
        records=records,
        seconds=60,
        commit_every_s=commit_every_s,
    )


async def test_a_feed_commits_what_is_done_mid_batch_once_the_last_commit_is_old() -> None:
    consumer = FakeConsumer()
    done_so_far = {TopicPartition("t", 0): 4, TopicPartition("t", 2): 9}

    assert await a_feed(consumer, commit_every_s=60).fetched(done_so_far) == []
    assert consumer.commits == [], "not yet: the last commit is recent"
    assert await a_feed(consumer, commit_every_s=0).fetched(done_so_far) == []
    assert consumer.commits == [{TopicPartition("t", 0): 4}], "only partitions still assigned"


async def test_a_feed_takes_no_more_than_its_room_then_ends_the_batch() -> None:
    consumer = FakeConsumer(batch((0, 1), (0, 2), (1, 1)), batch((1, 2)))
    feed = a_feed(consumer, records=2)

    assert [(r.partition, r.offset) for r in await feed.fetched({}) or []] == [(0, 1), (0, 2)]
    assert await feed.fetched({}) is None
