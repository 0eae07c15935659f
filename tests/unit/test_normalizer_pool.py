"""Normalization runs in worker processes with a time budget (issue 11: MIME on the event loop).

Real worker processes, no servers: the same pool inside the running service is proven in
tests/integration/test_hostile_mime.py.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time
import uuid
from collections.abc import AsyncIterator

import pytest
from prometheus_client import CollectorRegistry

from onecase_intake.adapters.normalizer_pool import ProcessPoolNormalizer
from onecase_intake.domain.outcomes import (
    Ignored,
    MalformedDeliveryError,
    Normalized,
    OverBudgetError,
)
from onecase_intake.metrics import IntakeMetrics
from onecase_intake.service import DeliveryIntake, normalize_delivery
from onecase_shared.events import (
    Channel,
    ComplaintReceivedV1,
    QuarantinedDeliveryV1,
    RawDeliveryReceivedV1,
    Topic,
    utc_now,
)
from tests.fakes import InMemoryDeliveryLog, RecordingEventPublisher

MAIL = b"From: Ana <ana@example.com>\r\nSubject: Broken lid\r\nMessage-ID: <a@example.com>\r\n\r\nThe lid broke.\r\n"


def raw(body: bytes, provider: str = "standard-webhooks-email") -> RawDeliveryReceivedV1:
    return RawDeliveryReceivedV1(
        correlation_id=uuid.uuid4(),
        delivery_id=f"d-{uuid.uuid4().hex[:6]}",
        channel=Channel.EMAIL,
        provider=provider,
        content_type="message/rfc822",
        body=body,
        received_at=utc_now(),
    )


def pid_or_misbehave(delivery: RawDeliveryReceivedV1) -> list[Normalized]:
    """Runs in a worker: spins on b"spin", dies on b"die", else names the worker's pid."""
    if delivery.body == b"spin":
        while True:  # pure CPU, like a pathological MIME: holds the worker's GIL
            pass
    if delivery.body == b"die":
        os._exit(3)
    return [Ignored(reason=str(os.getpid()))]


@pytest.fixture
async def pool() -> AsyncIterator[ProcessPoolNormalizer]:
    normalizer = ProcessPoolNormalizer(workers=1, budget_s=1.0, normalize=pid_or_misbehave)
    await normalizer.start()
    yield normalizer
    normalizer.close()


async def worker_pid(pool: ProcessPoolNormalizer) -> int:
    (outcome,) = await pool.normalize(raw(b"who"))
    assert isinstance(outcome, Ignored)
    return int(outcome.reason)


async def test_the_service_normalizer_gives_what_the_pure_function_gives() -> None:
    normalizer = ProcessPoolNormalizer(workers=1, budget_s=30.0)
    try:
        delivery = raw(MAIL)
        (outcome,) = await normalizer.normalize(delivery)
        assert isinstance(outcome, ComplaintReceivedV1)
        (inline,) = normalize_delivery(delivery)
        assert isinstance(inline, ComplaintReceivedV1)
        fresh_per_event = {"event_id", "occurred_at"}
        assert outcome.model_dump(exclude=fresh_per_event) == inline.model_dump(
            exclude=fresh_per_event
        )
        with pytest.raises(MalformedDeliveryError, match="no normalizer"):
            await normalizer.normalize(raw(MAIL, provider="nobody"))
    finally:
        normalizer.close()


async def test_normalizing_runs_in_another_process(pool: ProcessPoolNormalizer) -> None:
    assert await worker_pid(pool) != os.getpid()


async def test_a_delivery_over_budget_is_refused_its_worker_killed_and_replaced(
    pool: ProcessPoolNormalizer,
) -> None:
    first = await worker_pid(pool)
    ticks: list[float] = []

    async def heartbeat() -> None:  # what /healthz and Kafka heartbeats need: a free loop
        while True:
            ticks.append(time.monotonic())
            await asyncio.sleep(0.05)

    beating = asyncio.create_task(heartbeat())
    started = time.monotonic()
    with pytest.raises(OverBudgetError, match="budget of 1 s"):
        await pool.normalize(raw(b"spin"))
    elapsed = time.monotonic() - started
    beating.cancel()
    assert 1.0 <= elapsed < 5.0
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.5, "the event loop stalled while the worker spun"

    replacement = await worker_pid(pool)
    assert replacement != first
    with pytest.raises(ProcessLookupError):
        os.kill(first, 0)  # the spinning worker is gone, not left running


async def test_a_worker_that_dies_on_a_delivery_quarantines_it(pool: ProcessPoolNormalizer) -> None:
    with pytest.raises(MalformedDeliveryError, match="exit code 3"):
        await pool.normalize(raw(b"die"))
    assert await worker_pid(pool) != os.getpid()


class OverBudgetNormalizer:
    async def normalize(self, delivery: RawDeliveryReceivedV1) -> list[Normalized]:
        raise OverBudgetError("normalizing took longer than its budget of 1 s")


async def test_a_delivery_over_budget_is_quarantined_with_the_reason_and_counted() -> None:
    publisher = RecordingEventPublisher()
    registry = CollectorRegistry()
    intake = DeliveryIntake(
        publisher=publisher,
        deliveries=InMemoryDeliveryLog(),
        metrics=IntakeMetrics(registry),
        normalizer=OverBudgetNormalizer(),
    )
    await intake.normalize(raw(MAIL))
    ((topic, _, event),) = publisher.published
    assert topic == Topic.INTAKE_QUARANTINE
    assert isinstance(event, QuarantinedDeliveryV1)
    assert "budget of 1 s" in event.reason
    labels = {"channel": "email"}
    assert registry.get_sample_value("onecase_intake_quarantined_total", labels) == 1.0
    assert (
        registry.get_sample_value("onecase_intake_normalization_over_budget_total", labels) == 1.0
    )
