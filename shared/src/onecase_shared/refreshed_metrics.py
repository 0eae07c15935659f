"""Gauges computed on an interval and served from memory, so a scrape never queries anything.

Counting open cases or reading consumer offsets from the broker costs a round trip: doing it on
every scrape, per replica, multiplies that by the scrape rate. Each source here is refreshed
every `interval_s` in the background; `/metrics` serves the last result.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import structlog
from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from onecase_shared.periodic import repeat_every

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class GaugeFamily:
    """One gauge and its samples, keyed by label values in the order of `labels`."""

    name: str
    documentation: str
    labels: tuple[str, ...] = ()
    samples: Mapping[tuple[str, ...], float] = field(default_factory=dict)


Refresh = Callable[[], Awaitable[Sequence[GaugeFamily]]]


@runtime_checkable
class ClosingRefresh(Protocol):
    """A refresh that keeps something open between refreshes, released by `aclose`."""

    async def __call__(self) -> Sequence[GaugeFamily]:
        """The source's gauge families now."""

    async def aclose(self) -> None:
        """Release what the source holds open."""


ReadinessCheck = Callable[[], Awaitable[bool]]


class RefreshedGauges(Collector):
    """A collector whose gauges come from named sources refreshed in the background."""

    def __init__(self, registry: CollectorRegistry, sources: Mapping[str, Refresh]) -> None:
        self._sources = dict(sources)
        self._families: dict[str, Sequence[GaugeFamily]] = {}
        self._succeeded: dict[str, float] = {}
        self._last_success: dict[str, float] = {}
        registry.register(self)

    async def refresh_once(self) -> None:
        """Ask every source once; a failing source has its gauges dropped, not kept stale."""
        for name, refresh in self._sources.items():
            try:
                self._families[name] = await refresh()
            except Exception as error:  # a metrics source must never take the service down
                self._families.pop(name, None)
                self._succeeded[name] = 0.0
                log.warning("metrics source failed", source=name, error_type=type(error).__name__)
            else:
                self._succeeded[name] = 1.0
                self._last_success[name] = time.time()

    async def run_forever(self, interval_s: float) -> None:
        """Refresh every `interval_s` until cancelled."""
        await repeat_every(interval_s, self.refresh_once, name="metrics refresh")

    async def aclose(self) -> None:
        """Release what the sources hold open (Kafka clients), each on its own."""
        for name, refresh in self._sources.items():
            if isinstance(refresh, ClosingRefresh):
                try:
                    await refresh.aclose()
                except Exception as error:  # stopping goes on whatever one source says
                    log.warning(
                        "metrics source did not close", source=name, error_type=type(error).__name__
                    )

    def collect(self) -> Iterable[GaugeMetricFamily]:
        """The last refreshed values, plus whether each source answered."""
        for families in list(self._families.values()):
            for family in families:
                gauge = GaugeMetricFamily(
                    family.name, family.documentation, labels=list(family.labels)
                )
                for labels, value in family.samples.items():
                    gauge.add_metric(list(labels), value)
                yield gauge
        ok = GaugeMetricFamily(
            "onecase_metrics_source_up",
            "1 if the metrics source answered at its last refresh, 0 if it failed.",
            labels=["source"],
        )
        last = GaugeMetricFamily(
            "onecase_metrics_source_last_success_timestamp_seconds",
            "When the metrics source last answered (Unix time).",
            labels=["source"],
        )
        for name, value in sorted(self._succeeded.items()):
            ok.add_metric([name], value)
        for name, at in sorted(self._last_success.items()):
            last.add_metric([name], at)
        yield ok
        yield last


def readiness_source(checks: Mapping[str, ReadinessCheck], timeout_s: float = 2.0) -> Refresh:
    """`onecase_ready{check}`: the /readyz checks, run on the interval (1 ready, 0 not)."""

    async def refresh() -> Sequence[GaugeFamily]:
        samples: dict[tuple[str, ...], float] = {}
        for name, check in checks.items():
            try:
                ok = await asyncio.wait_for(check(), timeout=timeout_s)
            except Exception:  # any failure is "not ready"
                ok = False
            samples[(name,)] = 1.0 if ok else 0.0
        return (
            GaugeFamily(
                "onecase_ready",
                "1 while the dependency answers the readiness check, 0 while it does not.",
                ("check",),
                samples,
            ),
        )

    return refresh
