"""Intake and end-to-end measurements on the real stack, each with its figures' context.

Intake: signed webhooks per second at saturation, next to a bare endpoint that only does an
aiokafka `send_and_wait` of the same bytes. End to end: complaints per second from webhook to
the acknowledgment the SMTP receiver gets, latency at 50% and 90% of that, the Mongo round
trips per complaint (from the services' `onecase_mongo_commands_total`), peak memory, and the
same with two triage consumers and two notify instances.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.bench_stack import Servers, Services, free_port
from bench.complaint_load import (
    EMAIL_SECRET,
    X_SECRET,
    Sent,
    SignedRequest,
    closed_loop,
    email_requests,
    open_loop,
    percentile,
    x_requests,
)
from onecase_localinfra.processes import start_process, stop_pid_file, wait_until_ready

ALWAYS = {"timezone": "UTC", "days": [0, 1, 2, 3, 4, 5, 6], "start": "00:00", "end": "00:00"}
INTAKE_CONCURRENCY = 32
E2E_CONCURRENCY = 16


@dataclass(frozen=True)
class RateFigure:
    """Requests per second at saturation and the latency of each request."""

    label: str
    per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


@dataclass(frozen=True)
class EndToEndFigure:
    """Complaints per second from webhook to acknowledgment, and what it cost."""

    triage: int
    notify: int
    complaints: int
    per_second: float
    mongo_round_trips: float
    peak_rss_mib: dict[str, float]
    round_trips_by: dict[str, float]  # per complaint, by "service:command"


@dataclass(frozen=True)
class LatencyFigure:
    """Webhook-to-acknowledgment latency at a fixed offered rate."""

    share_of_max: float
    rate_per_s: float
    complaints: int
    acknowledged: int
    p50_ms: float
    p95_ms: float
    p99_ms: float


def _rate(label: str, sent: list[Sent], seconds: float) -> RateFigure:
    latencies = [s.latency_s * 1000 for s in sent if s.status == 202]
    return RateFigure(
        label=label,
        per_second=len(sent) / seconds,
        p50_ms=percentile(latencies, 0.50),
        p99_ms=percentile(latencies, 0.99),
        errors=sum(1 for s in sent if s.status != 202),
    )


async def intake_rates(servers: Servers, work_dir: Path, *, requests: int) -> list[RateFigure]:
    """The raw email and X endpoints at saturation, and the send_and_wait baseline."""
    services = Services(
        servers,
        work_dir,
        ONECASE_EMAIL_WEBHOOK_SECRET=EMAIL_SECRET,
        ONECASE_X_CONSUMER_SECRET=X_SECRET,
    )
    baseline_port = free_port()
    pid_file = work_dir / "baseline.pid"
    try:
        intake = services.start("intake")
        process = start_process(
            [
                *(sys.executable, "-m", "bench.intake_baseline", "--port", str(baseline_port)),
                *("--bootstrap", servers.kafka.address, "--topic", "bench.intake.baseline"),
            ],
            env=services.env,
            log_file=work_dir / "baseline.log",
            pid_file=pid_file,
        )
        baseline_url = f"http://127.0.0.1:{baseline_port}"
        wait_until_ready(f"{baseline_url}/healthz", process=process, timeout=60)
        run = uuid.uuid4().hex[:6]
        emails = email_requests(requests + 200, run=run)
        tweets = x_requests(requests + 200, run=run)
        figures = []
        for label, url, batch, path in (
            ("baseline: aiokafka send_and_wait only", baseline_url, emails, "/baseline"),
            ("POST /webhooks/email/raw", intake.url, emails, None),
            ("POST /webhooks/x", intake.url, tweets, None),
        ):
            await closed_loop(
                url, batch[:200], concurrency=INTAKE_CONCURRENCY, path=path
            )  # warm-up
            sent, seconds = await closed_loop(
                url, batch[200:], concurrency=INTAKE_CONCURRENCY, path=path
            )
            figures.append(_rate(label, sent, seconds))
        return figures
    finally:
        stop_pid_file(pid_file)
        services.stop_all()


def _roster(work_dir: Path) -> Path:
    roster = work_dir / "bench-roster.json"
    agents = [
        {"agent_id": f"agent-{n}", "display_name": f"Agent {n}", "capacity": 200, "shift": ALWAYS}
        for n in range(8)
    ]
    roster.write_text(
        json.dumps({"teams": [{"name": "support", "hours": ALWAYS}], "agents": agents})
    )
    return roster


@contextmanager
def pipeline(servers: Servers, work_dir: Path, *, triage: int, notify: int) -> Iterator[Services]:
    """Intake and its normalizer, `triage` triage and `notify` notify instances; then stopped.

    Use fresh servers for each pipeline: consumer groups start from the earliest offset, so a
    new pipeline on old topics would first work through the previous run's backlog.
    """
    services = Services(
        servers,
        work_dir,
        ONECASE_EMAIL_WEBHOOK_SECRET=EMAIL_SECRET,
        ONECASE_ROSTER_FILE=str(_roster(work_dir)),
    )
    try:
        services.start("intake")
        services.start("normalizer")
        for n in range(triage):
            services.start("triage", n)
        for n in range(notify):
            services.start("notify", n)
        yield services
    finally:
        services.stop_all()


async def _mongo_commands(services: Services) -> dict[str, float]:
    """Mongo commands sent so far, by `service:command`, from every instance's /metrics."""
    counts: dict[str, float] = defaultdict(float)
    async with httpx.AsyncClient(trust_env=False) as client:
        for service in services.running:
            text = (await client.get(f"{service.url}/metrics")).text
            for line in text.splitlines():
                if line.startswith("onecase_mongo_commands_total{"):
                    command = line.split('command="', 1)[1].split('"', 1)[0]
                    counts[f"{service.name}:{command}"] += float(line.rsplit(" ", 1)[1])
    return counts


async def _wait_for_acks(
    servers: Servers, customers: set[str], within_s: float, stall_s: float = 15.0
) -> dict[str, float]:
    """Acknowledgments of `customers` as they arrive; gives up when none came for `stall_s`."""
    deadline = time.monotonic() + within_s
    last_count, last_change = -1, time.monotonic()
    while time.monotonic() < deadline:
        acks = {c: t for c, t in servers.mail.acknowledgments().items() if c in customers}
        if len(acks) == len(customers):
            return acks
        if len(acks) != last_count:
            last_count, last_change = len(acks), time.monotonic()
        elif time.monotonic() - last_change > stall_s:
            break
        await asyncio.sleep(0.1)
    return {c: t for c, t in servers.mail.acknowledgments().items() if c in customers}


async def end_to_end(servers: Servers, services: Services, *, complaints: int) -> EndToEndFigure:
    """Saturate the pipeline with `complaints` new customers' emails; time every acknowledgment."""
    intake = services.of("intake")[0]
    warm = email_requests(20, run=uuid.uuid4().hex[:6])
    await closed_loop(intake.url, warm, concurrency=4)
    await _wait_for_acks(servers, {r.customer for r in warm}, within_s=60)
    requests = email_requests(complaints, run=uuid.uuid4().hex[:6])
    before = await _mongo_commands(services)
    sent, _ = await closed_loop(intake.url, requests, concurrency=E2E_CONCURRENCY)
    acks = await _wait_for_acks(servers, {r.customer for r in requests}, within_s=180)
    after = await _mongo_commands(services)
    if not acks:
        msg = f"none of {complaints} complaints was acknowledged within 180 s"
        raise RuntimeError(msg)
    first = min(s.started for s in sent)
    return EndToEndFigure(
        triage=len(services.of("triage")),
        notify=len(services.of("notify")),
        complaints=len(acks),
        per_second=len(acks) / (max(acks.values()) - first),
        mongo_round_trips=(sum(after.values()) - sum(before.values())) / len(acks),
        round_trips_by={
            key: (after[key] - before.get(key, 0.0)) / len(acks)
            for key in sorted(after)
            if after[key] > before.get(key, 0.0)
        },
        peak_rss_mib={s.key: s.peak_rss_mib() for s in services.running},
    )


async def latency_at(
    servers: Servers,
    services: Services,
    *,
    max_per_s: float,
    shares: tuple[float, ...],
    seconds: float,
) -> list[LatencyFigure]:
    """Offer a fixed share of the maximum rate for `seconds`; acknowledgment latency percentiles."""
    intake = services.of("intake")[0]
    figures = []
    for share in shares:
        rate = max_per_s * share
        requests: list[SignedRequest] = email_requests(
            max(int(rate * seconds), 10), run=uuid.uuid4().hex[:6]
        )
        sent = await open_loop(intake.url, requests, rate_per_s=rate)
        acks = await _wait_for_acks(servers, {r.customer for r in requests}, within_s=120)
        latencies = [(acks[s.customer] - s.started) * 1000 for s in sent if s.customer in acks]
        figures.append(
            LatencyFigure(
                share_of_max=share,
                rate_per_s=rate,
                complaints=len(requests),
                acknowledged=len(acks),
                p50_ms=percentile(latencies, 0.50),
                p95_ms=percentile(latencies, 0.95),
                p99_ms=percentile(latencies, 0.99),
            )
        )
        await asyncio.sleep(2)  # let the pipeline drain between loads
    return figures
