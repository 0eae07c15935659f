"""Notify's product metrics: sends and failures by channel and kind, and provider latency.

Both are decorators around notify's ports, wired in `main.py`, so the use case stays unaware.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from prometheus_client import CollectorRegistry, Counter, Histogram

from onecase_notify.adapters.provider_http import DeliveryRefusedError
from onecase_notify.domain.delivery_plan import PlannedDelivery, Route
from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_notify.ports import ChannelSender, NotificationPublisher
from onecase_shared.events import CaseEventV1, NotificationFailedV1, NotificationSentV1

# Provider calls take from tens of milliseconds to the send budget (tens of seconds).
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class CountingNotificationPublisher:
    """The NotificationPublisher port, counting each announced send and failure."""

    def __init__(self, inner: NotificationPublisher, registry: CollectorRegistry) -> None:
        self._inner = inner
        self._sent = Counter(
            "onecase_notifications_sent",
            "Messages delivered to the customer, by channel and kind.",
            ["channel", "kind"],
            registry=registry,
        )
        self._failed = Counter(
            "onecase_notifications_failed",
            "Messages a provider refused for good (or no channel was open), by channel and kind.",
            ["channel", "kind"],
            registry=registry,
        )

    async def publish_sent(self, sent: NotificationSentV1) -> None:
        """Announce the send, then count it."""
        await self._inner.publish_sent(sent)
        self._sent.labels(sent.channel.value, sent.kind.value).inc()

    async def publish_failed(self, failed: NotificationFailedV1) -> None:
        """Announce the failure, then count it (channel `none` when no channel was open)."""
        await self._inner.publish_failed(failed)
        channel = failed.channel.value if failed.channel is not None else "none"
        self._failed.labels(channel, failed.kind.value).inc()


class TimedSender:
    """A ChannelSender whose provider calls are timed, by route and outcome."""

    def __init__(self, inner: ChannelSender, route: Route, latency: Histogram) -> None:
        self._inner = inner
        self._route = route.value
        self._latency = latency

    async def send(
        self, delivery: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        """Send through the wrapped sender and observe how long the provider took."""
        started = time.perf_counter()
        outcome = "error"
        try:
            provider_id = await self._inner.send(delivery, message, event)
            outcome = "sent"
            return provider_id
        except DeliveryRefusedError:
            outcome = "refused"
            raise
        finally:
            self._latency.labels(self._route, outcome).observe(time.perf_counter() - started)


def timed_senders(
    senders: Mapping[Route, ChannelSender], registry: CollectorRegistry
) -> dict[Route, ChannelSender]:
    """Every sender wrapped in a TimedSender sharing one latency histogram."""
    latency = Histogram(
        "onecase_provider_request_duration_seconds",
        "Time a provider took to take one message (retries included), by route and outcome.",
        ["route", "outcome"],
        buckets=LATENCY_BUCKETS,
        registry=registry,
    )
    return {route: TimedSender(sender, route, latency) for route, sender in senders.items()}
