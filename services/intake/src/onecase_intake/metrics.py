"""Intake's own Prometheus metrics: what happened to each webhook delivery."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter


class IntakeMetrics:
    """Counters by channel; the HTTP latency histogram lives in the shared service shell."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.deliveries = Counter(
            "onecase_webhook_deliveries",
            "Webhook deliveries by channel and outcome "
            "(accepted, duplicate, unauthorized, rate_limited, too_large, bad_length, overloaded, "
            "too_deep, unavailable).",
            ["channel", "outcome"],
            registry=registry,
        )
        self.quarantined = Counter(
            "onecase_intake_quarantined",
            "Authentic deliveries that could not be understood, kept on the quarantine topic.",
            ["channel"],
            registry=registry,
        )
        self.over_budget = Counter(
            "onecase_intake_normalization_over_budget",
            "Deliveries whose normalization outran its time budget (worker killed, quarantined).",
            ["channel"],
            registry=registry,
        )
        self.ignored = Counter(
            "onecase_intake_ignored_events",
            "Authentic events that are not complaints (own posts, receipts, auto-replies).",
            ["channel", "reason"],
            registry=registry,
        )
