"""Normalize raw deliveries again, e.g. after a normalizer bug fix.

    python -m onecase_intake.replay --all
    python -m onecase_intake.replay --delivery-id sha256:… --delivery-id msg_…
    python -m onecase_intake.replay --since 2026-11-20T00:00:00Z --dry-run

Reads `onecase.intake.raw.v1` (from the start, or from `--since`) up to its current end, and
runs each matching delivery through the same normalizer the service uses. Complaint ids are
deterministic, so a delivery normalized twice changes nothing downstream.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import AsyncIterator
from datetime import datetime

from aiokafka import AIOKafkaConsumer, TopicPartition
from prometheus_client import CollectorRegistry

from onecase_intake.adapters.normalizer_pool import ProcessPoolNormalizer
from onecase_intake.config import NormalizerSettings
from onecase_intake.domain.outcomes import MalformedDeliveryError
from onecase_intake.metrics import IntakeMetrics
from onecase_intake.ports import DeliveryLog
from onecase_intake.service import DeliveryIntake, NoDeliveryLog
from onecase_shared.events import RawDeliveryReceivedV1, Topic
from onecase_shared.kafka import (
    KafkaEventPublisher,
    client_options,
    make_broker,
    topic_partitions,
)
from onecase_shared.settings import KafkaSettings
from onecase_shared.structured_logging import configure_logging


async def raw_deliveries(
    settings: KafkaSettings, since: datetime | None
) -> AsyncIterator[RawDeliveryReceivedV1]:
    """Every raw delivery on the topic from `since` (or the start) up to the end as of now."""
    partitions = [
        TopicPartition(Topic.INTAKE_RAW, p)
        for p in await topic_partitions(settings, Topic.INTAKE_RAW)
    ]
    if not partitions:
        return
    # "earliest" up front: an explicit seek_to_beginning can lose a race with the reset a new
    # assignment triggers, and start at the end.
    consumer = AIOKafkaConsumer(
        **client_options(settings),
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        consumer.assign(partitions)
        ends = await consumer.end_offsets(partitions)
        if since is not None:
            starts = await consumer.offsets_for_times(
                {tp: int(since.timestamp() * 1000) for tp in partitions}
            )
            for tp in partitions:
                found = starts.get(tp)
                consumer.seek(tp, found.offset if found else ends[tp])
        remaining = {tp for tp in partitions if await consumer.position(tp) < ends[tp]}
        while remaining:
            batches = await consumer.getmany(*remaining, timeout_ms=1000)
            for tp, records in batches.items():
                for record in records:
                    if record.offset < ends[tp]:
                        yield RawDeliveryReceivedV1.model_validate_json(record.value)
                if await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        await consumer.stop()


async def replay(
    settings: NormalizerSettings, *, delivery_ids: set[str], since: datetime | None, dry_run: bool
) -> int:
    """Re-normalize matching deliveries; returns how many were replayed."""
    registry = CollectorRegistry()
    broker = make_broker(settings.kafka, client_id="onecase-intake-replay", registry=registry)
    deliveries: DeliveryLog = NoDeliveryLog()
    normalizer = ProcessPoolNormalizer(
        workers=settings.normalize_workers, budget_s=settings.normalize_budget_s
    )
    intake = DeliveryIntake(
        publisher=KafkaEventPublisher(broker, timeout_s=settings.kafka.publish_timeout_s),
        deliveries=deliveries,
        metrics=IntakeMetrics(registry),
        normalizer=normalizer,
    )
    await broker.start()
    replayed = 0
    try:
        async for raw in raw_deliveries(settings.kafka, since):
            if delivery_ids and raw.delivery_id not in delivery_ids:
                continue
            replayed += 1
            if dry_run:
                try:
                    outcomes = await normalizer.normalize(raw)
                except MalformedDeliveryError as malformed:
                    print(raw.delivery_id, "quarantine:", malformed)
                    continue
                print(raw.delivery_id, [type(o).__name__ for o in outcomes])
            else:
                await intake.normalize(raw)
    finally:
        await broker.stop()
        normalizer.close()
    return replayed


def main() -> None:
    """Parse arguments and replay."""
    parser = argparse.ArgumentParser(prog="python -m onecase_intake.replay", description=__doc__)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every delivery still on the topic")
    which.add_argument("--delivery-id", action="append", default=[], help="repeatable")
    parser.add_argument("--since", type=datetime.fromisoformat, help="ISO-8601 timestamp")
    parser.add_argument("--dry-run", action="store_true", help="print outcomes, publish nothing")
    args = parser.parse_args()
    settings = NormalizerSettings()
    configure_logging("intake-replay", settings.log_level)
    count = asyncio.run(
        replay(settings, delivery_ids=set(args.delivery_id), since=args.since, dry_run=args.dry_run)
    )
    print(f"replayed {count} deliveries")


if __name__ == "__main__":
    main()
