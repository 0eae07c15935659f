"""How triage's cost grows with open cases: one full sweep and the desk's `GET /cases`.

For each size a fresh database on the MongoDB-wire server is filled with that many open cases
as triage stores them: each built by triage's own code (the complaint assessed, `new_case`,
`open_case` with an owner and SLA clocks, its message kept, its events published) and written
with the repository's `opened_document`, in bulk (the fill is not measured). Open times are
chosen so that 1% of the cases are due at the sweep (past their first SLA warning) and the
rest later. Then: one `CaseSweeps.sweep_once` at that moment, with Kafka replaced by an
in-memory publisher (the sweep's cost is its Mongo work), against the sweep interval; and
`GET /cases` (the desk's JSON API, in process through httpx's ASGI transport, with a desk
token) timed over DESK_REQUESTS requests.

`python bench/case_scale.py` runs only this part and writes its section into
docs/benchmarks.md; `make bench` runs it with the rest.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
from fastapi import FastAPI
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from bench.bench_stack import free_port
from bench.complaint_load import percentile
from onecase_localinfra.discovery import find_mongo
from onecase_shared.events import (
    CaseEventV1,
    CategoryV1,
    Channel,
    ComplaintReceivedV1,
    HandleKind,
    HandleV1,
    UrgencyV1,
)
from onecase_shared.ids import derived_id
from onecase_shared.mongo import Document, ensure_indexes, stamp
from onecase_triage.adapters.mongo_case_slots import OPEN_CASES
from onecase_triage.adapters.mongo_case_store import CASES, opened_document
from onecase_triage.components import INDEXES, TriageComponents, build_components
from onecase_triage.config import TriageSettings
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk.routes import mount_desk
from onecase_triage.domain.business_hours import ALWAYS_OPEN
from onecase_triage.domain.case_aggregate import mark_published, with_message
from onecase_triage.domain.case_conversation import open_case
from onecase_triage.domain.case_opening import assess, case_id_for, new_case
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.case_threading import slot_for, thread_keys_of
from onecase_triage.domain.identity_evidence import EvidencePolicy
from onecase_triage.domain.roster import Agent
from onecase_triage.domain.sla import start_clocks
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.service.assignment import agent_ref
from tests.category_samples import LABELLED_COMPLAINTS

SIZES = (1_000, 10_000, 100_000)
DUE_SHARE = 0.01
AGENTS = 200
DESK_REQUESTS = 50
DESK_WARM_UP = 5
FILL_BATCH = 1_000
DESK_TOKEN = "bench-lead-token"  # noqa: S105 -- a throwaway token for an in-process app
# The sweep's moment: a Monday morning (the desk runs 24/7 here, so only the ages matter).
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
REPORT = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
TITLE = "Open cases: sweep and desk cost"


@dataclass(frozen=True)
class ScaleFigure:
    """One size: what the sweep and the desk cost with that many open cases."""

    open_cases: int
    due: int
    fill_s: float
    sweep_s: float
    sweep_events: int
    idle_sweep_s: float
    interval_s: float
    desk_p50_ms: float
    desk_p95_ms: float


class InMemoryCasePublisher:
    """Stands in for Kafka: keeps the events the sweep publishes."""

    def __init__(self) -> None:
        self.published: list[CaseEventV1] = []

    async def publish_case_event(self, event: CaseEventV1) -> None:
        """Keep the event."""
        self.published.append(event)


def _agents() -> tuple[Agent, ...]:
    return tuple(
        Agent(
            agent_id=f"agent-{i:03d}",
            display_name=f"Agent {i:03d}",
            email=f"agent-{i:03d}@onecase.example",
            capacity=200,
            shift=ALWAYS_OPEN,
        )
        for i in range(AGENTS)
    )


def _complaint(index: int, *, received_at: datetime) -> ComplaintReceivedV1:
    """Customer `index`'s complaint: one of the labelled texts, by email."""
    sample = LABELLED_COMPLAINTS[index % len(LABELLED_COMPLAINTS)]
    handle = HandleV1(kind=HandleKind.EMAIL, value=f"customer-{index}@example.com")
    message_id = f"<scale-{index}@example.com>"
    return ComplaintReceivedV1(
        correlation_id=derived_id("correlation", message_id),
        complaint_id=derived_id("complaint", "email", message_id),
        channel=Channel.EMAIL,
        provider_message_id=message_id,
        author=handle,
        author_handles=(handle,),
        author_name=f"Customer {index}",
        subject=sample.subject,
        text=sample.text,
        original_length=len(sample.text),
        received_at=received_at,
        raw_delivery_id=f"scale-{index}",
        message_kind="email",
    )


class CaseFactory:
    """Open cases as triage's first decision stores them, opened at a chosen time."""

    def __init__(self, rules: TriageRules, agents: tuple[Agent, ...]) -> None:
        self._rules = rules
        self._agents = agents
        # Scoring is the costly part and depends on the text only: once per labelled text.
        self._assessments: list[tuple[UrgencyV1, CategoryV1]] = [
            assess(_complaint(i, received_at=NOW), weights=rules.urgency_weights)
            for i in range(len(LABELLED_COMPLAINTS))
        ]

    def case(self, index: int, *, opened_at: datetime) -> tuple[CaseRecord, ComplaintReceivedV1]:
        """Case `index`, owned by an agent in turn, its events already published."""
        complaint = _complaint(index, received_at=opened_at)
        urgency, category = self._assessments[index % len(self._assessments)]
        owner = self._agents[index % len(self._agents)]
        # As triage: clocks from the opening, re-based on the owner's team hours (the same here).
        clocks = start_clocks(
            opened_at=opened_at,
            level=urgency.level,
            hours=self._rules.hours_of(owner.team),
            policy=self._rules.sla_policy,
        )
        opened = new_case(
            complaint,
            case_id=case_id_for(complaint),
            customer_id=f"cus-{index}",
            assessment=(urgency, category),
            weight=self._rules.routing_weights.weight_for(urgency.level),
            sla=clocks,
            opened_at=opened_at,
            lead_follow_up_after=self._rules.lead_follow_up_after,
        )
        decision = open_case(
            opened,
            complaint_id=complaint.complaint_id,
            correlation_id=complaint.correlation_id,
            owner=agent_ref(owner),
            owned_clocks=clocks,
            at=opened_at,
        )
        case = with_message(decision.case, complaint.complaint_id, thread_keys_of(complaint))
        case = case.model_copy(update={"events": decision.events})
        return mark_published(case, case.last_sequence), complaint

    def first_due_after(self, index: int) -> timedelta:
        """How long after opening case `index` first has something for the sweep."""
        case, _ = self.case(index, opened_at=NOW)
        assert case.next_due_at is not None
        return case.next_due_at - NOW


def _opened_at(index: int, due_after: timedelta, *, due: bool, rng: Random) -> datetime:
    """When case `index` opened: past its first due time if `due`, else short of it."""
    if due:
        return NOW - due_after - timedelta(minutes=rng.uniform(0.1, 60))
    return NOW - due_after * rng.uniform(0.0, 0.95)


async def fill(db: AsyncDatabase[Document], factory: CaseFactory, count: int) -> int:
    """`count` open cases, every 1/DUE_SHARE-th one due at NOW; how many are due."""
    rng = Random(count)
    every = round(1 / DUE_SHARE)
    due_after = {i: factory.first_due_after(i) for i in range(len(LABELLED_COMPLAINTS))}
    due = 0
    cases: list[Document] = []
    slots: list[Document] = []
    for index in range(count):
        is_due = index % every == every // 2
        after = due_after[index % len(LABELLED_COMPLAINTS)]
        case, complaint = factory.case(
            index, opened_at=_opened_at(index, after, due=is_due, rng=rng)
        )
        assert case.next_due_at is not None
        due += case.next_due_at <= NOW
        cases.append(opened_document(case, complaint))
        slots.append(
            {
                "_id": slot_for(case.customer_id),
                "customer_id": case.customer_id,
                "case_id": str(case.case_id),
                "category": case.category.name,
                "claimed_at": stamp(case.opened_at),
            }
        )
        if len(cases) == FILL_BATCH:
            await db[CASES].insert_many(cases, ordered=False)
            await db[OPEN_CASES].insert_many(slots, ordered=False)
            cases, slots = [], []
    if cases:
        await db[CASES].insert_many(cases, ordered=False)
        await db[OPEN_CASES].insert_many(slots, ordered=False)
    return due


def desk_app(parts: TriageComponents) -> FastAPI:
    """The desk API alone on triage's components, with one lead's token."""
    app = FastAPI()
    mount_desk(app, parts=parts, tokens=TokenTable(f"{DESK_TOKEN}=bench.lead:lead"))
    return app


async def desk_latencies(app: FastAPI, requests: int) -> list[float]:
    """Milliseconds per `GET /cases` (open cases, most urgent first, 50 of them)."""
    transport = httpx.ASGITransport(app=app)
    headers = {"Authorization": f"Bearer {DESK_TOKEN}"}
    took: list[float] = []
    async with httpx.AsyncClient(
        transport=transport, base_url="http://desk", headers=headers
    ) as client:
        for attempt in range(DESK_WARM_UP + requests):
            started = time.perf_counter()
            response = await client.get("/cases")
            elapsed = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            assert len(response.json()) == 50
            if attempt >= DESK_WARM_UP:
                took.append(elapsed)
    return took


async def measure_size(
    client: AsyncMongoClient[Document], count: int, *, interval_s: float
) -> ScaleFigure:
    """Fill a fresh database with `count` open cases; time one sweep and the desk's list."""
    db = client[f"scale_{count}_{uuid.uuid4().hex[:8]}"]
    rules = TriageRules(default_hours=ALWAYS_OPEN)
    agents = _agents()
    try:
        await ensure_indexes(db, INDEXES)
        publisher = InMemoryCasePublisher()
        parts = build_components(
            db,
            publisher=publisher,
            rules=rules,
            evidence=EvidencePolicy(own_email_domains=frozenset({"onecase.example"})),
            clock=lambda: NOW,
        )
        await parts.roster.seed(agents)
        started = time.perf_counter()
        due = await fill(db, CaseFactory(rules, agents), count)
        fill_s = time.perf_counter() - started
        print(f"  {count:,} open cases filled in {fill_s:.0f} s, {due:,} due", flush=True)
        started = time.perf_counter()
        await parts.sweeps.sweep_once(lease=timedelta(seconds=interval_s))
        sweep_s = time.perf_counter() - started
        events = len(publisher.published)
        # The same moment again: the due cases are decided or leased, so this is what a sweep
        # costs with nothing due, the part that grows with open cases whatever their clocks.
        started = time.perf_counter()
        await parts.sweeps.sweep_once(lease=timedelta(seconds=interval_s))
        idle_sweep_s = time.perf_counter() - started
        took = await desk_latencies(desk_app(parts), DESK_REQUESTS)
        return ScaleFigure(
            open_cases=count,
            due=due,
            fill_s=fill_s,
            sweep_s=sweep_s,
            sweep_events=events,
            idle_sweep_s=idle_sweep_s,
            interval_s=interval_s,
            desk_p50_ms=percentile(took, 0.5),
            desk_p95_ms=percentile(took, 0.95),
        )
    finally:
        await client.drop_database(db.name)


async def measure(mongo_address: str, sizes: Sequence[int]) -> list[ScaleFigure]:
    """Every size in turn, each on its own fresh database."""
    interval_s = TriageSettings().sweep_interval_s
    client: AsyncMongoClient[Document] = AsyncMongoClient(
        mongo_address, tz_aware=True, uuidRepresentation="standard"
    )
    try:
        figures = []
        for count in sizes:
            figures.append(await measure_size(client, count, interval_s=interval_s))
            print("\n".join(rows(figures[-1:], base=figures[0])[2:]), flush=True)
        return figures
    finally:
        await client.close()


INTRO = (
    "For each size a fresh database holds that many open cases, each built by triage's own "
    "code (assessed, opened with an owner among {agents} agents and SLA clocks, its message "
    "kept, its events published) and bulk-inserted; open times are chosen so that {share:.0%} "
    "are due at the sweep (past their first SLA warning). One full sweep (`CaseSweeps."
    "sweep_once`: outbox, loads, queue, due cases, off-shift handoffs) runs at that moment "
    "with Kafka replaced by an in-memory publisher, so its cost is its Mongo work; its goal is "
    "to finish within the sweep interval (`sweep_interval_s`). A second sweep at the same "
    "moment finds nothing due (decided or leased): what a sweep costs whatever the clocks. "
    "`GET /cases` is the desk's JSON "
    "API in process (httpx ASGI transport, a lead's token, the default 50 open cases, most "
    "urgent first), {requests} requests one after another after {warm_up} warm-up ones. "
    "Ratios are against the {base:,}-case row of the same run."
)


def rows(figures: Sequence[ScaleFigure], *, base: ScaleFigure) -> list[str]:
    """The table: one row per size, ratios against `base`."""
    lines = [
        "| open cases | due | sweep s | events | interval s | sweep within interval | "
        "sweep vs base | next sweep, nothing due, s | GET /cases p50 ms | p95 ms | p95 vs base |",
        "|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    for f in figures:
        within = "yes" if f.sweep_s <= f.interval_s else "**no**"
        lines.append(
            f"| {f.open_cases:,} | {f.due:,} | {f.sweep_s:.2f} | {f.sweep_events:,} | "
            f"{f.interval_s:.0f} | {within} | {f.sweep_s / base.sweep_s:.1f} | "
            f"{f.idle_sweep_s:.2f} | "
            f"{f.desk_p50_ms:.1f} | {f.desk_p95_ms:.1f} | {f.desk_p95_ms / base.desk_p95_ms:.1f} |"
        )
    return lines


def section(figures: Sequence[ScaleFigure], *, note: str = "") -> tuple[str, list[str]]:
    """The report's intro and rows for these figures."""
    intro = INTRO.format(
        agents=AGENTS,
        share=DUE_SHARE,
        requests=DESK_REQUESTS,
        warm_up=DESK_WARM_UP,
        base=figures[0].open_cases,
    )
    fills = ", ".join(f"{f.open_cases:,} in {f.fill_s:.0f} s" for f in figures)
    lines = [*rows(figures, base=figures[0]), "", f"Fill times (not measured above): {fills}."]
    if note:
        lines += ["", note]
    return intro, lines


@contextmanager
def mongo_server(work_dir: Path) -> Iterator[str]:
    """The MongoDB-wire server the benches use, alone (this bench needs no Kafka)."""
    cache = Path(os.environ.get("ONECASE_CACHE_DIR") or Path.home() / ".cache" / "onecase")
    mongo = find_mongo(cache_dir=cache, data_dir=work_dir / "mongo", port=free_port())
    try:
        yield mongo.address
    finally:
        mongo.stop()


def replace_section(markdown: str, title: str, body: list[str]) -> str:
    """`markdown` with section `title` replaced by `body`, or added before the goals."""
    lines = markdown.rstrip("\n").split("\n")
    heading = f"## {title}"
    new = [heading, "", *body, ""]
    if heading in lines:
        start = lines.index(heading)
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        lines[start:end] = new
    else:
        at = next((i for i, line in enumerate(lines) if line.startswith("## Goals")), len(lines))
        lines[at:at] = new
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> int:
    """Measure the sizes asked for, print them and write this section of the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="onecase-scale-") as tmp,
        mongo_server(Path(tmp)) as address,
    ):
        figures = asyncio.run(measure(address, args.sizes))
    intro, lines = section(figures)
    print(f"\n{intro}\n\n" + "\n".join(lines))
    if not args.no_write:
        stamped = [
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores by "
            f"`python bench/case_scale.py`, apart from the rest of this file. {intro}"
        ]
        REPORT.write_text(replace_section(REPORT.read_text(), TITLE, [*stamped, "", *lines]))
        print(f"\nWrote the section {TITLE!r} of {REPORT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
