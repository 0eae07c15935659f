"""The gauges every service refreshes in the background: readiness, consumer lag, DLQ sizes."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager

from prometheus_client import CollectorRegistry

from onecase_shared.events import dlq_topic
from onecase_shared.kafka.consumer_lag import kafka_source
from onecase_shared.refreshed_metrics import (
    ReadinessCheck,
    Refresh,
    RefreshedGauges,
    readiness_source,
)
from onecase_shared.settings import KafkaSettings


def service_gauges(
    registry: CollectorRegistry,
    *,
    kafka: KafkaSettings,
    groups: Mapping[str, str],
    readiness: Mapping[str, ReadinessCheck],
    counted_topics: Sequence[str] = (),
    extra: Mapping[str, Refresh] | None = None,
) -> RefreshedGauges:
    """Register the service's refreshed gauges; the DLQ of every topic it reads is counted."""
    dlqs = sorted({dlq_topic(topic) for topic in groups.values()} | set(counted_topics))
    sources: dict[str, Refresh] = {
        "readiness": readiness_source(readiness),
        "kafka": kafka_source(kafka, groups=groups, counted_topics=dlqs),
        **(extra or {}),
    }
    return RefreshedGauges(registry, sources)


@asynccontextmanager
async def refreshing(gauges: RefreshedGauges, interval_s: float) -> AsyncIterator[None]:
    """Keep `gauges` refreshed for the life of the block (a service's lifespan)."""
    task = asyncio.create_task(gauges.run_forever(interval_s))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await gauges.aclose()
