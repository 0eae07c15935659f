"""Consumer lag and topic sizes, read from the broker: committed offsets against end offsets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from onecase_shared.kafka.connection import client_options
from onecase_shared.refreshed_metrics import GaugeFamily
from onecase_shared.settings import KafkaSettings


@dataclass(frozen=True)
class GroupLag:
    """How far one consumer group is behind on one topic, summed over its partitions."""

    group: str
    topic: str
    lag: int
    partitions: int


def lag_of(
    committed: Mapping[int, int], beginning: Mapping[int, int], end: Mapping[int, int]
) -> int:
    """Messages not yet consumed: end minus committed, per partition.

    A partition the group never committed on lags by everything still on it (end minus the
    first offset retention kept), which is what the group reads first with `earliest`.
    """
    total = 0
    for partition, last in end.items():
        done = committed.get(partition, -1)
        start = done if done >= 0 else beginning.get(partition, 0)
        total += max(last - start, 0)
    return total


class BrokerOffsets:
    """Reads group offsets and topic offsets with one admin client and one group-less consumer.

    Both clients are started at the first read and kept for the next ones: a service reads
    every few seconds, and a new pair each time meant new connections (a TLS and SASL
    handshake each in production) and about half a second of CPU. A failed read closes them,
    so the next read starts afresh; `close` stops them for good.
    """

    def __init__(self, settings: KafkaSettings) -> None:
        self._settings = settings
        self._clients: tuple[AIOKafkaAdminClient, AIOKafkaConsumer] | None = None

    async def read(
        self, groups: Mapping[str, str], topics: Iterable[str]
    ) -> tuple[list[GroupLag], dict[str, int]]:
        """Lag of each (group -> topic), and how many messages each of `topics` holds now."""
        admin, consumer = await self._connected()
        try:
            return await self._read(admin, consumer, groups, topics)
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        """Stop both clients; a later read starts new ones."""
        clients, self._clients = self._clients, None
        if clients is None:
            return
        admin, consumer = clients
        try:
            await consumer.stop()
        finally:
            await admin.close()

    async def _connected(self) -> tuple[AIOKafkaAdminClient, AIOKafkaConsumer]:
        if self._clients is None:
            admin = AIOKafkaAdminClient(**client_options(self._settings))
            consumer = AIOKafkaConsumer(**client_options(self._settings), enable_auto_commit=False)
            await admin.start()
            try:
                await consumer.start()
            except BaseException:
                await admin.close()
                raise
            self._clients = (admin, consumer)
        return self._clients

    @staticmethod
    async def _read(
        admin: AIOKafkaAdminClient,
        consumer: AIOKafkaConsumer,
        groups: Mapping[str, str],
        topics: Iterable[str],
    ) -> tuple[list[GroupLag], dict[str, int]]:
        wanted = sorted(set(groups.values()) | set(topics))
        existing = set(await admin.list_topics())
        present = [t for t in wanted if t in existing]
        descriptions = await admin.describe_topics(present) if present else []
        parts = [
            TopicPartition(str(d["topic"]), int(p["partition"]))
            for d in descriptions
            for p in d.get("partitions", [])
        ]
        end = await consumer.end_offsets(parts) if parts else {}
        beginning = await consumer.beginning_offsets(parts) if parts else {}
        lags = []
        for group, topic in sorted(groups.items()):
            on_topic = [tp for tp in parts if tp.topic == topic]
            if not on_topic:
                continue
            offsets = await admin.list_consumer_group_offsets(group, partitions=on_topic)
            lags.append(
                GroupLag(
                    group=group,
                    topic=topic,
                    lag=lag_of(
                        {tp.partition: meta.offset for tp, meta in offsets.items()},
                        {tp.partition: beginning[tp] for tp in on_topic},
                        {tp.partition: end[tp] for tp in on_topic},
                    ),
                    partitions=len(on_topic),
                )
            )
        sizes = {
            topic: sum(end[tp] - beginning[tp] for tp in parts if tp.topic == topic)
            for topic in topics
            if topic in existing
        }
        return lags, sizes


class KafkaGauges:
    """A `Refresh` of the consumer-lag and topic-size gauges that keeps its clients open."""

    def __init__(
        self, settings: KafkaSettings, *, groups: Mapping[str, str], counted_topics: Sequence[str]
    ) -> None:
        self._offsets = BrokerOffsets(settings)
        self._groups = dict(groups)
        self._counted = tuple(counted_topics)

    async def __call__(self) -> Sequence[GaugeFamily]:
        """Read the broker once and turn it into gauge families."""
        lags, sizes = await self._offsets.read(self._groups, self._counted)
        return _families(lags, sizes)

    async def aclose(self) -> None:
        """Stop the Kafka clients (the service is stopping)."""
        await self._offsets.close()


def kafka_source(
    settings: KafkaSettings, *, groups: Mapping[str, str], counted_topics: Sequence[str]
) -> KafkaGauges:
    """`onecase_consumer_lag{group,topic}`, `onecase_topic_partitions` and topic sizes.

    `groups` maps each consumer group the service runs to the topic it reads; `counted_topics`
    (dead-letter and quarantine topics) are reported as `onecase_topic_messages{topic}`.
    """
    return KafkaGauges(settings, groups=groups, counted_topics=counted_topics)


def _families(lags: Sequence[GroupLag], sizes: Mapping[str, int]) -> Sequence[GaugeFamily]:
    return (
        GaugeFamily(
            "onecase_consumer_lag",
            "Messages the consumer group has not committed yet (end offset - committed).",
            ("group", "topic"),
            {(lag.group, lag.topic): float(lag.lag) for lag in lags},
        ),
        GaugeFamily(
            "onecase_topic_partitions",
            "Partitions of the topic a group reads: the most replicas that can share it.",
            ("topic",),
            {(lag.topic,): float(lag.partitions) for lag in lags},
        ),
        GaugeFamily(
            "onecase_topic_messages",
            "Messages on the topic now (end - beginning offsets): DLQ and quarantine sizes.",
            ("topic",),
            {(topic,): float(size) for topic, size in sizes.items()},
        ),
    )
