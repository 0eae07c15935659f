"""Triage's product metrics: cases opened, SLA alerts, open cases by level, and the queue.

Counters are counted where case events are published (a decorator on the publisher port);
gauges come from the store through the small `CaseStatsSource` port, refreshed on an interval.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from prometheus_client import CollectorRegistry, Counter

from onecase_shared.events import CaseEventKind, CaseEventV1
from onecase_shared.refreshed_metrics import GaugeFamily, Refresh
from onecase_triage.ports import CaseEventPublisher


@dataclass(frozen=True)
class CaseStats:
    """What the store says now about open cases and the unowned queue."""

    open_by_level: dict[str, int] = field(default_factory=dict)
    queue_depth: int = 0
    oldest_queued_at: datetime | None = None


class CaseStatsSource(Protocol):
    """Reads the counts behind triage's gauges."""

    async def case_stats(self) -> CaseStats:
        """Open cases by urgency level, unowned open cases, and the oldest one's queue time."""


def case_gauges(stats: CaseStats, now: datetime) -> Sequence[GaugeFamily]:
    """The gauges for one reading of the store (the queue's age is 0 when it is empty)."""
    oldest_age = 0.0
    if stats.oldest_queued_at is not None:
        # A client without tz_aware reads naive UTC dates back.
        queued_at = stats.oldest_queued_at
        if queued_at.tzinfo is None:
            queued_at = queued_at.replace(tzinfo=UTC)
        oldest_age = max((now - queued_at).total_seconds(), 0.0)
    return (
        GaugeFamily(
            "onecase_open_cases",
            "Open cases, by urgency level.",
            ("level",),
            {(level,): float(count) for level, count in sorted(stats.open_by_level.items())},
        ),
        GaugeFamily(
            "onecase_queue_depth",
            "Open cases waiting for an owner.",
            (),
            {(): float(stats.queue_depth)},
        ),
        GaugeFamily(
            "onecase_queue_oldest_age_seconds",
            "How long the longest-waiting unowned case has been queued (0 when none is).",
            (),
            {(): oldest_age},
        ),
    )


def case_stats_source(source: CaseStatsSource, clock: Callable[[], datetime]) -> Refresh:
    """A refresh for `RefreshedGauges`: read the store once, turn it into gauges."""

    async def refresh() -> Sequence[GaugeFamily]:
        return case_gauges(await source.case_stats(), clock())

    return refresh


class CountingCaseEventPublisher:
    """The CaseEventPublisher port, counting cases opened and SLA alerts as they are published.

    A case event republished after a crash is counted again: these count publications, which
    is what a rate alert needs.
    """

    def __init__(self, inner: CaseEventPublisher, registry: CollectorRegistry) -> None:
        self._inner = inner
        self._events = Counter(
            "onecase_case_events",
            "Case events published on the routed-case stream, by kind.",
            ["kind"],
            registry=registry,
        )
        self._opened = Counter(
            "onecase_cases_opened", "Cases opened (one per customer issue).", registry=registry
        )
        self._sla = Counter(
            "onecase_sla_alerts",
            "SLA clocks that reached their warning or ran out, by clock and alert.",
            ["clock", "alert"],
            registry=registry,
        )

    async def publish_case_event(self, event: CaseEventV1) -> None:
        """Publish through the wrapped port, then count the event."""
        await self._inner.publish_case_event(event)
        self._events.labels(event.kind.value).inc()
        if event.kind is CaseEventKind.OPENED:
            self._opened.inc()
        elif event.kind in (CaseEventKind.SLA_WARNING, CaseEventKind.SLA_BREACHED):
            clock = event.sla.clock if event.sla is not None else "unknown"
            alert = "warning" if event.kind is CaseEventKind.SLA_WARNING else "breached"
            self._sla.labels(clock, alert).inc()
