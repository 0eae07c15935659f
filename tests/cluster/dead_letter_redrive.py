"""A complaint parked in the raw-delivery DLQ, and `onecase redrive` sending it back over SASL_SSL.

The raw delivery is written to `onecase.intake.raw.v1.dlq` exactly as the normalizer's consumer
dead-letters one (the event's own headers plus the dead-letter headers), so only a redrive can
turn it into a case. The command runs as an operator runs it: the `onecase` console script in a
process of its own, configured only by the `ONECASE_KAFKA_*` environment the services use.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaProducer

from onecase_localinfra.demo_social import build_chat
from onecase_shared.events import Channel, RawDeliveryReceivedV1, Topic
from onecase_shared.events.envelope import utc_now
from onecase_shared.ids import derived_id
from onecase_shared.kafka import client_options
from onecase_shared.kafka.dead_letters import dead_letter_headers
from onecase_shared.kafka.event_publisher import event_headers
from onecase_shared.settings import KafkaSettings
from tests.cluster import traffic

RAW_DLQ = Topic.INTAKE_RAW.dlq()


@dataclass(frozen=True)
class RedriveRun:
    """What `onecase redrive` printed and how it exited."""

    exit_code: int
    output: str


def parked_chat_complaint() -> traffic.Complaint:
    """A web chat complaint from a customer of its own, never posted to intake."""
    session = f"s_redrive_{uuid.uuid4().hex[:10]}"
    return traffic.Complaint("chat", f"chat_visitor:v_{session}", build_chat(session), session)


async def park_in_raw_dlq(settings: KafkaSettings, complaint: traffic.Complaint) -> str:
    """Dead-letter `complaint`'s raw delivery as the normalizer would; returns its delivery id."""
    delivery_id = f"msg_{uuid.uuid4().hex}"
    raw = RawDeliveryReceivedV1(
        correlation_id=derived_id("delivery", Channel.CHAT, delivery_id),
        delivery_id=delivery_id,
        channel=Channel.CHAT,
        provider="onecase-chat",
        content_type="application/json",
        body=complaint.body,
        received_at=utc_now(),
    )
    headers = event_headers(raw) | dead_letter_headers(
        reason="handler_failed",
        error=ConnectionError("MongoDB unreachable"),
        topic=Topic.INTAKE_RAW.value,
        partition=0,
        offset=0,
        group_id="normalizer",
    )
    producer = AIOKafkaProducer(**client_options(settings), acks="all", enable_idempotence=True)
    await producer.start()
    try:
        await producer.send_and_wait(
            RAW_DLQ,
            raw.model_dump_json().encode(),
            key=delivery_id.encode(),
            headers=[(name, value.encode()) for name, value in headers.items()],
        )
    finally:
        await producer.stop()
    return delivery_id


def park(settings: KafkaSettings, complaint: traffic.Complaint) -> str:
    """`park_in_raw_dlq`, from synchronous test code."""
    return asyncio.run(park_in_raw_dlq(settings, complaint))


def run_redrive(env: dict[str, str], delivery_id: str) -> RedriveRun:
    """`onecase redrive onecase.intake.raw.v1.dlq --key <delivery id>` with `env` only."""
    command = Path(sys.executable).with_name("onecase")
    result = subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [str(command), "redrive", RAW_DLQ, "--reason", "handler_failed", "--key", delivery_id],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    return RedriveRun(result.returncode, result.stdout + result.stderr)
