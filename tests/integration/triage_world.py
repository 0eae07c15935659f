"""Triage's real stores and services on a fresh database of the real MongoDB-wire server.

Only the Kafka publisher is replaced (by a recorder): these tests are about cases, owners,
identities and clocks in the store. The pipeline tests run the same code behind Kafka.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from uuid import UUID, uuid4

import pytest_asyncio
from pymongo import AsyncMongoClient

from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import CaseEventKind, CaseEventV1
from onecase_shared.mongo import Document, ensure_indexes
from onecase_triage.components import INDEXES, TriageComponents, build_components
from onecase_triage.domain.business_hours import ALWAYS_OPEN, WeeklyHours
from onecase_triage.domain.desk_permissions import DeskRole, DeskUser
from onecase_triage.domain.identity_evidence import EvidencePolicy
from onecase_triage.domain.roster import Agent, Role
from onecase_triage.domain.triage_rules import TriageRules
from tests.fakes import RecordingCasePublisher

# A Monday morning in London: office shifts are on.
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
OFFICE = WeeklyHours(timezone="Europe/London", start=time(9), end=time(17))

LEAD_USER = DeskUser(user_id="lena.lead", role=DeskRole.LEAD)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def an_agent(agent_id: str, **fields: object) -> Agent:
    """An always-on English-speaking generalist unless told otherwise."""
    values: dict[str, object] = {
        "agent_id": agent_id,
        "display_name": agent_id.replace(".", " ").title(),
        "email": f"{agent_id}@onecase.example",
        "shift": ALWAYS_OPEN,
        "capacity": 10,
    }
    return Agent.model_validate(values | fields)


LEAD_AGENT = an_agent("lena.lead", role=Role.LEAD, capacity=0)


@dataclass
class TriageWorld:
    """Triage on a fresh database, with a hand-moved clock and recorded events."""

    parts: TriageComponents
    published: RecordingCasePublisher
    clock: Clock

    def events(self, case_id: UUID | None = None) -> list[CaseEventV1]:
        """Published events, optionally of one case, in publication order."""
        return [e for e in self.published.published if case_id is None or e.case_id == case_id]

    def kinds(self, case_id: UUID) -> list[CaseEventKind]:
        """The distinct kinds published for a case, in first-publication order."""
        seen: dict[UUID, CaseEventKind] = {}
        for event in self.events(case_id):
            seen.setdefault(event.event_id, event.kind)
        return list(seen.values())

    def agent(self, agent_id: str) -> DeskUser:
        """The desk user of an agent."""
        return DeskUser(user_id=agent_id, role=DeskRole.AGENT)


WorldFactory = Callable[..., Awaitable[TriageWorld]]


@pytest_asyncio.fixture
async def world_factory(mongo: Endpoint) -> AsyncIterator[WorldFactory]:
    """Builds worlds with a given roster and rules; drops their databases afterwards."""
    client: AsyncMongoClient[Document] = AsyncMongoClient(
        mongo.address, tz_aware=True, uuidRepresentation="standard"
    )
    names: list[str] = []

    async def build(agents: tuple[Agent, ...], rules: TriageRules | None = None) -> TriageWorld:
        db = client[f"triage_{uuid4().hex[:10]}"]
        names.append(db.name)
        await ensure_indexes(db, INDEXES)
        clock = Clock(MONDAY_10)
        published = RecordingCasePublisher()
        parts = build_components(
            db,
            publisher=published,
            rules=rules or TriageRules(),
            evidence=EvidencePolicy(own_email_domains=frozenset({"onecase.example"})),
            clock=clock,
        )
        await parts.roster.seed(agents)
        return TriageWorld(parts=parts, published=published, clock=clock)

    yield build
    for name in names:
        await client.drop_database(name)
    await client.close()
