"""Issue 15: how the operator metrics are computed, on fakes (the real stack is in integration)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from onecase_notify.adapters.provider_http import DeliveryRefusedError
from onecase_notify.delivery_metrics import CountingNotificationPublisher, timed_senders
from onecase_notify.domain.delivery_plan import PlannedDelivery, Route
from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_shared.events import (
    CaseEventKind,
    Channel,
    NotificationFailedV1,
    NotificationKind,
    NotificationSentV1,
    SlaAlertV1,
    utc_now,
)
from onecase_shared.kafka.consumer_lag import lag_of
from onecase_shared.refreshed_metrics import GaugeFamily, RefreshedGauges, readiness_source
from onecase_shared.service_app import build_service_app, noop_lifespan
from onecase_triage.case_metrics import CaseStats, CountingCaseEventPublisher, case_gauges
from tests.builders import a_case_event, a_target
from tests.fakes import RecordingCasePublisher, RecordingNotificationPublisher, RecordingSender

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def sample(registry: CollectorRegistry, name: str, labels: dict[str, str] | None = None) -> float:
    value = registry.get_sample_value(name, labels or {})
    assert value is not None, f"{name}{labels} is not on the registry"
    return value


def test_lag_counts_from_the_committed_offset_or_from_the_start_when_none() -> None:
    # Partition 0 committed at 7 of 10; partition 1 never committed, retention kept 4..9.
    assert lag_of({0: 7}, {0: 0, 1: 4}, {0: 10, 1: 9}) == 3 + 5
    assert lag_of({0: 10, 1: 9}, {0: 0, 1: 4}, {0: 10, 1: 9}) == 0
    # A committed offset past the end (a truncated topic) is no negative lag.
    assert lag_of({0: 12}, {0: 0}, {0: 10}) == 0


def test_case_gauges_give_levels_queue_depth_and_the_oldest_age() -> None:
    stats = CaseStats(
        open_by_level={"critical": 1, "high": 0, "normal": 4, "low": 2},
        queue_depth=3,
        oldest_queued_at=(NOW - timedelta(minutes=5)).replace(tzinfo=None),  # naive UTC
    )
    gauges = {family.name: family for family in case_gauges(stats, NOW)}
    assert gauges["onecase_open_cases"].samples == {
        ("critical",): 1.0,
        ("high",): 0.0,
        ("low",): 2.0,
        ("normal",): 4.0,
    }
    assert gauges["onecase_queue_depth"].samples == {(): 3.0}
    assert gauges["onecase_queue_oldest_age_seconds"].samples == {(): 300.0}
    empty = {family.name: family for family in case_gauges(CaseStats(), NOW)}
    assert empty["onecase_queue_oldest_age_seconds"].samples == {(): 0.0}


async def test_refreshed_gauges_serve_the_last_reading_and_drop_a_failing_source() -> None:
    registry = CollectorRegistry()
    readings = iter([5.0, None])

    async def depth() -> Sequence[GaugeFamily]:
        reading = next(readings)
        if reading is None:
            raise ConnectionError("mongo went away")
        return (GaugeFamily("onecase_queue_depth", "depth", (), {(): reading}),)

    async def up() -> bool:
        return True

    async def down() -> bool:
        raise TimeoutError

    gauges = RefreshedGauges(
        registry, {"cases": depth, "readiness": readiness_source({"kafka": up, "mongo": down})}
    )
    await gauges.refresh_once()
    assert sample(registry, "onecase_queue_depth") == 5.0
    assert sample(registry, "onecase_metrics_source_up", {"source": "cases"}) == 1.0
    assert sample(registry, "onecase_ready", {"check": "kafka"}) == 1.0
    assert sample(registry, "onecase_ready", {"check": "mongo"}) == 0.0

    await gauges.refresh_once()
    # A stale count would look healthy: a failed source shows no value, and says it failed.
    assert registry.get_sample_value("onecase_queue_depth") is None
    assert sample(registry, "onecase_metrics_source_up", {"source": "cases"}) == 0.0


class HeldOpen:
    """A source that keeps something open, like the Kafka lag reader's clients."""

    def __init__(self, *, fails_to_close: bool = False) -> None:
        self.closed = False
        self.fails_to_close = fails_to_close

    async def __call__(self) -> Sequence[GaugeFamily]:
        return ()

    async def aclose(self) -> None:
        self.closed = True
        if self.fails_to_close:
            raise ConnectionError("broker went away")


async def test_stopping_the_gauges_closes_every_source_that_holds_something_open() -> None:
    failing, held = HeldOpen(fails_to_close=True), HeldOpen()

    async def plain() -> Sequence[GaugeFamily]:
        return ()

    gauges = RefreshedGauges(CollectorRegistry(), {"a": failing, "b": plain, "c": held})
    await gauges.aclose()

    assert failing.closed
    assert held.closed  # one failing to close does not keep the next open


def test_every_service_registry_has_process_gc_and_platform_collectors() -> None:
    registry = CollectorRegistry()
    build_service_app(title="t", lifespan=noop_lifespan, registry=registry, readiness={})
    text = generate_latest(registry).decode()
    for name in ("process_resident_memory_bytes", "python_gc_collections_total", "python_info"):
        assert name in text, name


async def test_case_events_are_counted_by_kind_with_cases_opened_and_sla_alerts() -> None:
    registry = CollectorRegistry()
    inner = RecordingCasePublisher()
    publisher = CountingCaseEventPublisher(inner, registry)
    target = a_target(Channel.EMAIL, "email")
    due = SlaAlertV1(clock="first_response", due_at=utc_now())
    await publisher.publish_case_event(a_case_event(CaseEventKind.OPENED, target))
    await publisher.publish_case_event(a_case_event(CaseEventKind.SLA_WARNING, target, sla=due))
    await publisher.publish_case_event(a_case_event(CaseEventKind.SLA_BREACHED, target, sla=due))
    await publisher.publish_case_event(a_case_event(CaseEventKind.SLA_BREACHED, target, sla=due))

    assert len(inner.published) == 4
    assert sample(registry, "onecase_cases_opened_total") == 1.0
    assert sample(registry, "onecase_case_events_total", {"kind": "sla_breached"}) == 2.0
    warning = {"clock": "first_response", "alert": "warning"}
    breached = {"clock": "first_response", "alert": "breached"}
    assert sample(registry, "onecase_sla_alerts_total", warning) == 1.0
    assert sample(registry, "onecase_sla_alerts_total", breached) == 2.0


async def test_notifications_are_counted_by_channel_and_kind() -> None:
    registry = CollectorRegistry()
    publisher = CountingNotificationPublisher(RecordingNotificationPublisher(), registry)
    event = a_case_event(CaseEventKind.OPENED, a_target(Channel.EMAIL, "email"))
    common = {"correlation_id": event.correlation_id, "case_id": event.case_id}
    await publisher.publish_sent(
        NotificationSentV1(
            **common,
            notification_key="k1",
            kind=NotificationKind.ACKNOWLEDGMENT,
            channel=Channel.EMAIL,
            provider_message_id="<1@x>",
            sent_at=utc_now(),
        )
    )
    await publisher.publish_failed(
        NotificationFailedV1(
            **common,
            notification_key="k2",
            kind=NotificationKind.ACKNOWLEDGMENT,
            channel=None,
            reason="no channel",
            failed_at=utc_now(),
        )
    )
    sent = {"channel": "email", "kind": "acknowledgment"}
    assert sample(registry, "onecase_notifications_sent_total", sent) == 1.0
    failed = {"channel": "none", "kind": "acknowledgment"}
    assert sample(registry, "onecase_notifications_failed_total", failed) == 1.0


async def test_provider_calls_are_timed_by_route_and_outcome() -> None:
    registry = CollectorRegistry()
    sender = RecordingSender()
    timed = timed_senders({Route.EMAIL: sender}, registry)[Route.EMAIL]
    event = a_case_event(CaseEventKind.OPENED, a_target(Channel.EMAIL, "email"))
    planned = PlannedDelivery(
        kind=NotificationKind.ACKNOWLEDGMENT, route=Route.EMAIL, target=event.reply_target
    )
    message = OutboundMessage(
        notification_key="k", kind=NotificationKind.ACKNOWLEDGMENT, subject="s", text="t"
    )
    await timed.send(planned, message, event)
    sender.refuse_with = "mailbox unavailable"
    with pytest.raises(DeliveryRefusedError):
        await timed.send(planned, message, event)
    count = "onecase_provider_request_duration_seconds_count"
    assert sample(registry, count, {"route": "email", "outcome": "sent"}) == 1.0
    assert sample(registry, count, {"route": "email", "outcome": "refused"}) == 1.0
