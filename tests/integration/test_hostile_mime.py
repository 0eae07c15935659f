"""Issue 11: a 5 MiB email of half a million MIME parts took 24 s to normalize on the event loop.

Intake and its normalizer run as real processes on a broker of their own (so no other test's
normalizer re-reads the hostile delivery): while the delivery is normalized, the normalizer's
`/healthz` answers within a second, again and again; the delivery is quarantined once over budget; the next email is normalized.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from onecase_localinfra.demo import DEMO_COMPLAINTS, build_mail
from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_server import LocalKafka
from onecase_shared import standard_webhooks
from onecase_shared.events import ComplaintReceivedV1, Event, QuarantinedDeliveryV1, Topic
from tests.integration.conftest import RunningServices, service_env

pytestmark = pytest.mark.integration

SECRET = "whsec_" + "dGVzdC1zZWNyZXQtZm9yLXRoZS1waXBlbGluZQ=="
BUDGET_S = 3.0
FIVE_MIB = 5 * 1024 * 1024


def pathological_mail(size: int = FIVE_MIB) -> bytes:
    """A multipart email of `size` bytes whose parts are each a few bytes long."""
    head = (
        b"From: Ana <ana@example.com>\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
    )
    part, close = b"--b\r\n\r\nx\r\n", b"--b--\r\n"
    return head + part * ((size - len(head) - len(close)) // len(part)) + close


@pytest.fixture
def intake(own_kafka: LocalKafka, mongo: Endpoint, tmp_path: Path) -> Iterator[RunningServices]:
    env = service_env(
        own_kafka.bootstrap,
        mongo.address,
        ONECASE_EMAIL_WEBHOOK_SECRET=SECRET,
        ONECASE_NORMALIZE_BUDGET_S=str(BUDGET_S),
    )
    running = RunningServices(tmp_path, env)
    try:
        running.start("intake")
        running.start("normalizer")
        yield running
    finally:
        running.stop_all()


def post_mail(base: str, raw: bytes) -> str:
    webhook_id = f"msg_{uuid.uuid4().hex}"
    headers = standard_webhooks.signed_headers(SECRET, webhook_id, raw)
    response = httpx.post(f"{base}/webhooks/email/raw", content=raw, headers=headers, timeout=30)
    assert response.status_code == 202, response.text
    return webhook_id


def over_budget_count(base: str) -> float:
    for line in httpx.get(f"{base}/metrics", timeout=5).text.splitlines():
        if line.startswith('onecase_intake_normalization_over_budget_total{channel="email"}'):
            return float(line.split()[-1])
    return 0.0


async def first_event(
    bootstrap: str, topic: str, parse: Callable[[bytes], Event], match: Callable[[Event], bool]
) -> Event:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=f"reader-{uuid.uuid4().hex}",
    )
    await consumer.start()
    try:
        async with asyncio.timeout(60):
            while True:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for record in records:
                        event = parse(record.value)
                        if match(event):
                            return event
    finally:
        await consumer.stop()


def test_healthz_answers_within_a_second_while_a_hostile_mime_is_normalized(
    intake: RunningServices, own_kafka: LocalKafka
) -> None:
    base, normalizer = intake.url("intake"), intake.url("normalizer")
    raw = pathological_mail()
    assert len(raw) <= FIVE_MIB
    assert raw.count(b"--b\r\n") > 500_000

    hostile_id = post_mail(base, raw)
    posted = time.monotonic()
    slowest, checks = 0.0, 0
    deadline = posted + 120
    # Health is checked until the worker has been stopped by the budget, so the checks span
    # the whole time the hostile delivery was being normalized.
    while over_budget_count(normalizer) < 1:
        assert time.monotonic() < deadline, "the hostile delivery was never stopped"
        started = time.monotonic()
        response = httpx.get(f"{normalizer}/healthz", timeout=10)
        slowest = max(slowest, time.monotonic() - started)
        checks += 1
        assert response.status_code == 200
        time.sleep(0.1)
    # The worker spun for the whole budget, all of it after the post: checked throughout.
    assert time.monotonic() - posted >= BUDGET_S
    assert checks >= 3
    assert slowest < 1.0, f"/healthz took {slowest:.2f} s while the MIME was parsed"

    quarantined = asyncio.run(
        first_event(
            own_kafka.bootstrap,
            Topic.INTAKE_QUARANTINE,
            QuarantinedDeliveryV1.model_validate_json,
            lambda e: isinstance(e, QuarantinedDeliveryV1) and e.delivery_id == hostile_id,
        )
    )
    assert isinstance(quarantined, QuarantinedDeliveryV1)
    assert f"budget of {BUDGET_S:g} s" in quarantined.reason

    # The worker that spun was replaced: the next email is normalized as usual.
    normal_id = post_mail(base, build_mail(DEMO_COMPLAINTS[0]))
    complaint = asyncio.run(
        first_event(
            own_kafka.bootstrap,
            Topic.COMPLAINTS,
            ComplaintReceivedV1.model_validate_json,
            lambda e: isinstance(e, ComplaintReceivedV1) and e.raw_delivery_id == normal_id,
        )
    )
    assert isinstance(complaint, ComplaintReceivedV1)
    assert complaint.author.value == DEMO_COMPLAINTS[0].address
