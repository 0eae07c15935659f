"""Hostile bytes never crash a normalizer: they become a quarantine entry with a reason."""

from __future__ import annotations

import uuid

import pytest
from prometheus_client import CollectorRegistry

from onecase_intake.domain.normalizers import NORMALIZERS
from onecase_intake.domain.outcomes import MalformedDeliveryError
from onecase_intake.metrics import IntakeMetrics
from onecase_intake.service import DeliveryIntake, normalize_delivery
from onecase_shared.events import (
    Channel,
    QuarantinedDeliveryV1,
    RawDeliveryReceivedV1,
    Topic,
    utc_now,
)
from tests.fakes import InMemoryDeliveryLog, RecordingEventPublisher

HOSTILE_BODIES = {
    "empty": b"",
    "invalid utf-8": b"\xff\xfe\xfa{\x00",
    "truncated json": b'{"object": "page", "entry": [',
    "json array": b"[1, 2, 3]",
    "json string": b'"hello"',
    "json null": b"null",
    "deep json": b"[" * 5000 + b"]" * 5000,
    "lone surrogate": b'{"text": "\\ud800"}',
    "huge number": b'{"id": 1' + b"0" * 5000 + b"}",
    "nul bytes": b"\x00" * 64,
    "deep mime": b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
    + b"--b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" * 3000,
}


def raw(provider: str, body: bytes) -> RawDeliveryReceivedV1:
    content_type = (
        "multipart/form-data; boundary=b" if provider == "sendgrid" else "application/json"
    )
    return RawDeliveryReceivedV1(
        correlation_id=uuid.uuid4(),
        delivery_id="d-1",
        channel=Channel.EMAIL,
        provider=provider,
        content_type=content_type,
        body=body,
        received_at=utc_now(),
    )


@pytest.mark.parametrize("provider", sorted(NORMALIZERS))
@pytest.mark.parametrize("body", HOSTILE_BODIES.values(), ids=HOSTILE_BODIES.keys())
def test_no_hostile_body_escapes_as_anything_but_malformed(provider: str, body: bytes) -> None:
    try:
        outcomes = normalize_delivery(raw(provider, body))
    except MalformedDeliveryError:
        return
    for outcome in outcomes:  # whatever was made of it must survive serialization to Kafka
        outcome_json = getattr(outcome, "model_dump_json", None)
        if outcome_json is not None:
            outcome_json()


async def test_an_unreadable_delivery_is_quarantined_with_its_reason_and_counted() -> None:
    publisher = RecordingEventPublisher()
    registry = CollectorRegistry()
    intake = DeliveryIntake(
        publisher=publisher, deliveries=InMemoryDeliveryLog(), metrics=IntakeMetrics(registry)
    )
    await intake.normalize(raw("meta", b"not json at all"))
    ((topic, key, event),) = publisher.published
    assert topic == Topic.INTAKE_QUARANTINE
    assert key == "d-1"
    assert isinstance(event, QuarantinedDeliveryV1)
    assert event.reason
    assert (
        registry.get_sample_value("onecase_intake_quarantined_total", {"channel": "email"}) == 1.0
    )
