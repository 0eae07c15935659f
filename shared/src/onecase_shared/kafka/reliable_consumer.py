"""The one way every Onecase consumer reads Kafka: at least once, bounded retries, then a DLQ.

FastStream's Kafka defaults either commit before the handler runs (at most once), commit
after a failure (the message is lost), or seek back forever (the partition stalls). This
subscriber commits only after the handler's effects are stored, retries a failing message a
bounded number of times, then parks it on `<topic>.dlq` with the error in its headers and
moves on. Infrastructure outages are not the message's fault: they pause the partition
instead of filling the DLQ, but only for a bounded time: a message whose "temporary" error
has repeated for `max_retry_s` is dead-lettered too (reason `retry_time_exceeded`), so no
partition is paused forever. The clock is kept in memory, per partition: a restart or a
rebalance starts it again, which only lengthens the wait, never loses the message.

Records are handled in batches (partition_batches): the record FastStream hands over,
plus whatever the consumer has fetched already. A batch's partitions run concurrently, each
in offset order (a key maps to one partition, so per-key order holds), their sends share
Kafka requests, and commits never go past a record left undone. Records fetched while a batch
runs join it (a partition goes on without waiting for the batch's slowest one), what is done
is committed every `COMMIT_EVERY_S`, and a batch ends when none of its partitions has work
left, or after `MAX_BATCH_RECORDS` records or `MAX_BATCH_S` seconds.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

import structlog
from aiokafka import AIOKafkaConsumer
from fast_depends.library import CustomField
from faststream.kafka import KafkaBroker
from faststream.kafka.message import KafkaMessage as KafkaStreamMessage
from faststream.middlewares import AckPolicy
from prometheus_client import CollectorRegistry, Counter
from pydantic import ValidationError
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential

from onecase_shared.events import Event, dlq_topic
from onecase_shared.kafka.consumer_failures import PermanentError, RetryPolicy, is_transient
from onecase_shared.kafka.dead_letters import dead_letter_headers
from onecase_shared.kafka.event_publisher import EVENT_TYPE_HEADER, KafkaEventPublisher
from onecase_shared.kafka.partition_batches import BatchFeed, run_partitions

EventT = TypeVar("EventT", bound=Event)

# At most this many records, or this long, per batch; a batch's partitions run concurrently.
# Well within FastStream's graceful stop (10 s), which waits for the batch in hand.
MAX_BATCH_RECORDS = 1000
MAX_BATCH_S = 5.0
# While a batch runs, what is done is committed this often.
COMMIT_EVERY_S = 1.0


class _MessageOnLoop(CustomField):
    """The message being handled, as FastStream's `Context("message")` gives it, on the loop.

    fast_depends runs a custom field's synchronous `use` in a worker thread, so faststream's
    own `KafkaMessage` annotation costs a thread hop (and GIL handovers) on every message;
    an async `use` is awaited in place.
    """

    def __init__(self) -> None:
        super().__init__(cast=False, required=True)

    async def use(self, /, **kwargs: Any) -> dict[str, Any]:  # type: ignore[override]
        """The handler's arguments with the current message added."""
        assert self.param_name is not None  # set by fast_depends when it reads the signature
        kwargs[self.param_name] = kwargs["context__"].resolve("message")
        return kwargs


# Annotate a subscriber's parameter with this instead of faststream's `KafkaMessage`.
KafkaMessage = Annotated[KafkaStreamMessage, _MessageOnLoop()]

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class EventHandler(Generic[EventT]):
    """What a consumer does with one event type: validate as `model`, then `handle`."""

    model: type[EventT]
    handle: Callable[[EventT], Awaitable[None]]


class _StallClock:
    """When each partition's current message first failed with a temporary error."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._since: dict[int, tuple[int, float]] = {}

    def stalled_for(self, partition: int, offset: int) -> float:
        """Seconds this message has been failing; the first failure starts the clock."""
        now = self._clock()
        first_offset, since = self._since.get(partition, (offset, now))
        if first_offset != offset:
            since = now  # a different message: the previous one got through
        self._since[partition] = (offset, since)
        return now - since

    def clear(self, partition: int) -> None:
        """The partition moved on."""
        self._since.pop(partition, None)


class _ConsumerMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.outcomes = Counter(
            "onecase_consumer_messages",
            "Messages consumed, by outcome (processed, skipped, dead_lettered, paused).",
            ["topic", "group", "outcome"],
            registry=registry,
        )
        self.dead_letters = Counter(
            "onecase_consumer_dead_letters",
            "Messages put on a dead-letter topic, by reason (invalid_event, handler_failed, "
            "permanent_failure, retry_time_exceeded).",
            ["topic", "group", "reason"],
            registry=registry,
        )


# Keyed by the registry itself, weakly: an `id()` can be reused once a registry is gone, and
# a new registry would then be handed counters registered in the old one.
_metrics_by_registry: weakref.WeakKeyDictionary[CollectorRegistry, _ConsumerMetrics] = (
    weakref.WeakKeyDictionary()
)


def _metrics(registry: CollectorRegistry) -> _ConsumerMetrics:
    # A counter can be registered once per registry; several consumers share it.
    metrics = _metrics_by_registry.get(registry)
    if metrics is None:
        metrics = _metrics_by_registry[registry] = _ConsumerMetrics(registry)
    return metrics


def subscribe_reliably(
    broker: KafkaBroker,
    *,
    topic: str,
    group_id: str,
    model: type[EventT],
    handle: Callable[[EventT], Awaitable[None]],
    publisher: KafkaEventPublisher,
    policy: RetryPolicy,
    registry: CollectorRegistry,
    also: Sequence[EventHandler[Any]] = (),
) -> None:
    """Register `handle` for `topic`: commit after success, DLQ after bounded retries.

    `also` handles other event types of the same topic in the same consumer (one fetch and
    one commit for all of them, where a consumer per type would each read every record).
    A record without an event-type header is read as `model`; other types are skipped.
    """
    handlers: dict[str, EventHandler[Any]] = {
        h.model.event_type: h for h in (*also, EventHandler(model, handle))
    }
    metrics = _metrics(registry)
    counter = metrics.outcomes
    stalls = _StallClock()

    async def dead_letter(record: Any, reason: str, error: BaseException) -> None:
        headers = dead_letter_headers(
            reason=reason,
            error=error,
            topic=topic,
            partition=record.partition,
            offset=record.offset,
            group_id=group_id,
        )
        await publisher.publish_raw(
            record.value or b"", topic=dlq_topic(topic), key=record.key, headers=headers
        )
        counter.labels(topic, group_id, "dead_lettered").inc()
        metrics.dead_letters.labels(topic, group_id, reason).inc()
        log.warning(
            "message dead-lettered",
            topic=topic,
            partition=record.partition,
            offset=record.offset,
            reason=reason,
            error_type=type(error).__name__,
        )

    async def run_with_retries(handler: EventHandler[Any], event: Event) -> None:
        async for attempt in AsyncRetrying(
            stop=stop_after_attempt(policy.max_attempts),
            wait=wait_exponential(multiplier=policy.backoff_s, max=30),
            retry=retry_if_exception(
                lambda e: not is_transient(e) and not isinstance(e, PermanentError)
            ),
            reraise=True,
        ):
            with attempt:
                await handler.handle(event)

    async def settle(record: Any) -> None:
        """Handle one record until it is done: processed, skipped or dead-lettered."""
        # A topic may carry several event types: each subscriber takes those it has handlers for.
        handler = handlers.get(_header(record, EVENT_TYPE_HEADER) or model.event_type)
        if handler is None:
            counter.labels(topic, group_id, "skipped").inc()
            return
        try:
            event = handler.model.model_validate_json(record.value or b"")
        except ValidationError as exc:
            await dead_letter(record, "invalid_event", exc)
            return
        try:
            await run_with_retries(handler, event)
            counter.labels(topic, group_id, "processed").inc()
        except Exception as exc:
            if is_transient(exc):
                if stalls.stalled_for(record.partition, record.offset) < policy.max_retry_s:
                    raise
                reason = "retry_time_exceeded"
            elif isinstance(exc, PermanentError):
                reason = "permanent_failure"
            else:
                reason = "handler_failed"
            await dead_letter(record, reason, exc)

    async def process(record: Any) -> bool:
        """True once the record is done; False after an outage (read it again later)."""
        try:
            await settle(record)
        except Exception as exc:
            # An outage, or a dead letter that could not be written: nothing is committed
            # past this record, and its partition reads it again after a pause.
            counter.labels(topic, group_id, "paused").inc()
            log.warning("consumer paused", topic=topic, error_type=type(exc).__name__)
            return False
        stalls.clear(record.partition)
        return True

    @broker.subscriber(
        topic,
        group_id=group_id,
        ack_policy=AckPolicy.MANUAL,
        auto_offset_reset="earliest",
    )
    async def consume(message: KafkaMessage) -> None:
        # FastStream hands over one record as soon as it arrives; whatever else the consumer
        # has fetched already joins it. (A FastStream batch subscriber would sleep blindly
        # after every empty poll, adding that much latency to a lone record.)
        consumer: AIOKafkaConsumer = message.consumer
        # The record in hand is already past the consumer's position: it must be handled (or
        # rewound) here, whatever a fetch does. A fetch error comes back at the next poll.
        feed = BatchFeed(
            consumer,
            topic,
            records=MAX_BATCH_RECORDS - 1,
            seconds=MAX_BATCH_S,
            commit_every_s=COMMIT_EVERY_S,
        )
        records = [message.raw_message, *(await feed.fetched({}, wait_ms=0) or ())]
        outcome = await run_partitions(records, process, feed.fetched, feed.still_ours)
        # A rebalance may have taken partitions away meanwhile: their new reader starts
        # from the last commit, so at worst it handles some records again.
        rewind = outcome.rewind if await feed.commit(outcome.commit) else outcome.started
        for partition, offset in rewind.items():
            if partition in consumer.assignment():
                consumer.seek(partition, offset)
        if rewind:
            await asyncio.sleep(policy.outage_pause_s)


def _header(record: Any, name: str) -> str | None:
    for key, value in record.headers or ():
        if key == name:
            return bytes(value).decode()
    return None
