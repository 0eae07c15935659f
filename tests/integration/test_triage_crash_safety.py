"""Triage crashes between every pair of writes and publishes of a decision (issue 12).

Real MongoDB-wire server, real Kafka. A crash is raised at a named point of the relay
(before the compare-and-set, after it, after each publish, after marking the outbox); then a
fresh triage on the same store takes over, as a restarted instance would: the complaint is
redelivered, the sweep flushes outboxes, and the desk retries what it never stored. Each
decision's event must reach `onecase.cases.v1` once (a copy re-sent after a crash between
Kafka's acknowledgment and the outbox mark carries the same event id and sequence), and the
first copies must come in sequence order per case.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import pytest
import pytest_asyncio
from aiokafka import AIOKafkaConsumer
from prometheus_client import CollectorRegistry
from pymongo import AsyncMongoClient

from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import CaseEventKind, ComplaintReceivedV1, Topic
from onecase_shared.kafka import KafkaEventPublisher, make_broker
from onecase_shared.mongo import Document, ensure_indexes
from onecase_shared.settings import KafkaSettings
from onecase_triage.adapters.kafka_case_publisher import KafkaCaseEventPublisher
from onecase_triage.components import INDEXES, TriageComponents, build_components
from onecase_triage.domain.identity_evidence import EvidencePolicy
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.service.case_desk import ConflictError
from tests.builders import email_from
from tests.integration.triage_world import LEAD_USER, MONDAY_10, Clock, an_agent

pytestmark = pytest.mark.integration

PARCEL = "My parcel never arrived and the tracking has not moved for a week."
AGAIN = "It is broken again, the replacement parcel arrived damaged."


class CrashError(Exception):
    """Triage dying at an injection point."""


class CrashAt:
    """Raises once at `point`, then lets everything through (the restarted instance)."""

    def __init__(self, point: str) -> None:
        self.point = point
        self.fired = False

    def __call__(self, point: str) -> None:
        if point == self.point and not self.fired:
            self.fired = True
            raise CrashError(point)


Build = Callable[[Callable[[str], None]], TriageComponents]


@pytest_asyncio.fixture
async def store_and_kafka(mongo: Endpoint, kafka: Endpoint) -> AsyncIterator[tuple[Build, Clock]]:
    """Builds triage instances on one fresh database, publishing to the real Kafka."""
    client: AsyncMongoClient[Document] = AsyncMongoClient(
        mongo.address, tz_aware=True, uuidRepresentation="standard"
    )
    db = client[f"crash_{uuid4().hex[:10]}"]
    await ensure_indexes(db, INDEXES)
    broker = make_broker(
        KafkaSettings(bootstrap=kafka.address), client_id="crash-test", registry=CollectorRegistry()
    )
    await broker.start()
    publisher = KafkaCaseEventPublisher(KafkaEventPublisher(broker, timeout_s=30))
    clock = Clock(MONDAY_10)

    def build(fault: Callable[[str], None]) -> TriageComponents:
        return build_components(
            db,
            publisher=publisher,
            rules=TriageRules(),
            evidence=EvidencePolicy(own_email_domains=frozenset({"onecase.example"})),
            clock=clock,
            fault=fault,
        )

    await build(lambda _p: None).roster.seed((an_agent("ann.ames"), an_agent("bob.burns")))
    yield build, clock
    await broker.stop()
    await client.drop_database(db.name)
    await client.close()


async def _survive(action: Awaitable[object]) -> bool:
    """Run an action that may crash; whether it finished."""
    try:
        await action
    except CrashError:
        return False
    return True


async def _open(parts: TriageComponents, complaint: ComplaintReceivedV1) -> UUID:
    await parts.triage.on_complaint_received(complaint)
    customer = (await parts.identity.resolve(complaint)).customer_id
    open_cases, _ = await parts.cases.find_open_for_customer(
        customer, resolved_since=datetime.now(UTC)
    )
    return open_cases[-1].case_id


DeskAction = Callable[[TriageComponents, UUID], Awaitable[object]]

DESK_ACTIONS: dict[CaseEventKind, DeskAction] = {
    CaseEventKind.RESOLVED: lambda p, c: p.desk.resolve(c, LEAD_USER, text="Refunded.", note=None),
    CaseEventKind.TRANSFERRED: lambda p, c: p.desk.transfer(
        c, LEAD_USER, to_agent="bob.burns", note="Bob knows couriers"
    ),
    CaseEventKind.ESCALATED: lambda p, c: p.desk.escalate(
        c, LEAD_USER, team="logistics", note="courier lost it"
    ),
}


def _points(*kinds: CaseEventKind) -> list[str]:
    return ["before-save", "after-save", *(f"published:{k.value}" for k in kinds), "after-mark"]


CASES = [
    (CaseEventKind.OPENED, point) for point in _points(CaseEventKind.OPENED, CaseEventKind.ASSIGNED)
] + [
    (kind, point)
    for kind in (
        CaseEventKind.REOPENED,
        CaseEventKind.RESOLVED,
        CaseEventKind.TRANSFERRED,
        CaseEventKind.ESCALATED,
    )
    for point in _points(kind)
]


@pytest.mark.parametrize(("decision", "point"), CASES, ids=[f"{d.value}-{p}" for d, p in CASES])
async def test_a_crash_anywhere_in_a_decision_publishes_its_events_once_and_in_order(
    store_and_kafka: tuple[Build, Clock], kafka: Endpoint, decision: CaseEventKind, point: str
) -> None:
    build, clock = store_and_kafka
    healthy = build(lambda _p: None)
    customer = f"ana.{uuid4().hex[:8]}@example.com"
    first = email_from(customer, PARCEL)
    crash = CrashAt(point)
    expected = [CaseEventKind.OPENED, CaseEventKind.ASSIGNED]

    if decision is CaseEventKind.OPENED:
        assert not await _survive(build(crash).triage.on_complaint_received(first))
        restarted = build(crash)
        await restarted.triage.on_complaint_received(first)  # Kafka redelivers it
        case_id = await _open(restarted, first)
    else:
        case_id = await _open(healthy, first)
        restarted = build(crash)
        if decision is CaseEventKind.REOPENED:
            await healthy.desk.resolve(case_id, LEAD_USER, text="Sent again.", note=None)
            clock.advance(timedelta(days=1))
            again = email_from(customer, AGAIN)
            expected += [CaseEventKind.RESOLVED, CaseEventKind.REOPENED]
            assert not await _survive(build(crash).triage.on_complaint_received(again))
            await restarted.triage.on_complaint_received(again)  # redelivered
        else:
            act = DESK_ACTIONS[decision]
            assert not await _survive(act(build(crash), case_id))
            stored = await restarted.cases.load(case_id)
            assert stored is not None
            if decision not in {e.kind for e in stored.events}:
                await act(restarted, case_id)  # nothing was stored: the person tries again
            elif decision is CaseEventKind.RESOLVED:
                with pytest.raises(ConflictError):  # stored: trying again changes nothing
                    await act(restarted, case_id)
            expected.append(decision)
    clock.advance(timedelta(seconds=1))
    await restarted.relay.flush_unpublished(grace=timedelta(0))  # the sweep's job

    stored = await restarted.cases.load(case_id)
    assert stored is not None
    assert stored.outbox == ()
    kinds = [e.kind for e in stored.events]
    assert kinds == expected, kinds
    seen = await _published(kafka.address, case_id, stored.last_sequence)
    first_copies: dict[UUID, dict[str, object]] = {}
    for event in seen:
        copy = first_copies.setdefault(UUID(str(event["event_id"])), event)
        assert copy == event, "a re-sent event must be the same event"
    sequences = [int(str(e["sequence"])) for e in first_copies.values()]
    assert sequences == list(range(1, stored.last_sequence + 1)), sequences
    assert [e["kind"] for e in first_copies.values()] == [k.value for k in expected]


async def _published(bootstrap: str, case_id: UUID, last: int) -> list[dict[str, object]]:
    """The case's events on the routed-case stream, in partition order, up to `last`."""
    consumer = AIOKafkaConsumer(
        Topic.CASES.value,
        bootstrap_servers=bootstrap,
        group_id=f"crash-{uuid4().hex}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    found: list[dict[str, object]] = []
    try:
        while not any(int(str(e["sequence"])) == last for e in found):
            batch = await asyncio.wait_for(consumer.getmany(timeout_ms=500), 60)
            for records in batch.values():
                for record in records:
                    if record.key == str(case_id).encode():
                        found.append(json.loads(record.value))
        # Anything published after the last sequence (a late duplicate) is read too.
        extra = await consumer.getmany(timeout_ms=1000)
        for records in extra.values():
            found += [json.loads(r.value) for r in records if r.key == str(case_id).encode()]
    finally:
        await consumer.stop()
    return found
