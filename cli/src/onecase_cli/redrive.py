"""Redrive a dead-letter topic: republish parked messages to the topic they came from.

The DLQ is read from its start up to its end as it was when the command started (no consumer
group: the DLQ keeps every message, for a later look or another redrive). Each message that
passes the filter is republished with its original key, so it lands on the same partition as
the first time, with its headers minus the dead-letter ones. Every consumer is idempotent (a
redelivered message is a no-op), so redriving a message twice is harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition

from onecase_shared.kafka import client_options, topic_partitions
from onecase_shared.kafka.dead_letters import DLQ_HEADERS
from onecase_shared.settings import KafkaSettings


@dataclass(frozen=True)
class RedriveFilter:
    """Which parked messages to send back; every given field must match."""

    reason: str | None = None  # onecase-dlq-reason, e.g. handler_failed
    error_type: str | None = None  # onecase-error-type, e.g. ValidationError
    key: str | None = None
    limit: int | None = None

    def matches(self, headers: dict[str, str], key: str | None) -> bool:
        """Whether a parked message with these headers and key is selected."""
        return (
            (self.reason is None or headers.get("onecase-dlq-reason") == self.reason)
            and (self.error_type is None or headers.get("onecase-error-type") == self.error_type)
            and (self.key is None or key == self.key)
        )


@dataclass(frozen=True)
class RedriveOutcome:
    """What one run did: messages examined, republished (or, dry, that would be), skipped."""

    examined: int
    redriven: int
    skipped: int


def source_topic(dlq: str, headers: dict[str, str]) -> str:
    """Where a parked message came from: its header, or the DLQ's name without `.dlq`."""
    return headers.get("onecase-original-topic") or dlq.removesuffix(".dlq")


async def redrive(
    settings: KafkaSettings,
    dlq: str,
    *,
    only: RedriveFilter,
    dry_run: bool,
    report: Callable[[str], None] = print,
) -> RedriveOutcome:
    """Republish the selected messages of `dlq` to their source topic; see the module doc."""
    if not dlq.endswith(".dlq"):
        msg = f"{dlq} is not a dead-letter topic (<topic>.dlq)"
        raise ValueError(msg)
    # TLS and SASL as the services connect: a managed cluster refuses a bare bootstrap address.
    # "earliest" up front, as replay does: seek_to_beginning can lose a race with the offset
    # reset a new assignment triggers, and start at the end (examining nothing).
    consumer = AIOKafkaConsumer(
        **client_options(settings), enable_auto_commit=False, auto_offset_reset="earliest"
    )
    producer = AIOKafkaProducer(**client_options(settings), acks="all", enable_idempotence=True)
    await consumer.start()
    await producer.start()
    examined = redriven = skipped = 0
    try:
        partitions = [TopicPartition(dlq, p) for p in await topic_partitions(settings, dlq)]
        if not partitions:
            msg = f"topic {dlq} does not exist"
            raise LookupError(msg)
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        pending = {tp for tp in partitions if await consumer.position(tp) < ends[tp]}
        while pending and (only.limit is None or redriven < only.limit):
            batches = await consumer.getmany(*pending, timeout_ms=1000)
            for tp, records in batches.items():
                for record in records:
                    if record.offset >= ends[tp] or (
                        only.limit is not None and redriven >= only.limit
                    ):
                        pending.discard(tp)
                        break
                    examined += 1
                    if await _handle(record, dlq, only, dry_run, producer, report):
                        redriven += 1
                    else:
                        skipped += 1
                    if record.offset + 1 >= ends[tp]:
                        pending.discard(tp)
    finally:
        await producer.stop()
        await consumer.stop()
    return RedriveOutcome(examined=examined, redriven=redriven, skipped=skipped)


async def _handle(
    record: ConsumerRecord[bytes, bytes],
    dlq: str,
    only: RedriveFilter,
    dry_run: bool,
    producer: AIOKafkaProducer,
    report: Callable[[str], None],
) -> bool:
    headers = {name: value.decode(errors="replace") for name, value in record.headers}
    key = record.key.decode(errors="replace") if record.key is not None else None
    where = f"{dlq}[{record.partition}]@{record.offset}"
    if not only.matches(headers, key):
        return False
    target = source_topic(dlq, headers)
    reason = headers.get("onecase-dlq-reason", "?")
    if dry_run:
        report(f"would redrive {where} -> {target} (reason {reason})")
        return True
    kept = [(name, value) for name, value in record.headers if name not in DLQ_HEADERS]
    kept.append(("onecase-redriven-from", where.encode()))
    await producer.send_and_wait(target, record.value, key=record.key, headers=kept)
    report(f"redrove {where} -> {target} (reason {reason})")
    return True
