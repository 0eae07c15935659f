"""An in-memory CaseRepository and AgentDirectory, for fast tests of triage's service rules.

They keep the same promises as the Mongo store (tests/contract/…): a decision is stored only
at the version it was taken on, an open slot has one holder, cases come back as stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from onecase_shared.events import ComplaintReceivedV1
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.roster import Agent


class InMemoryCaseRepository:
    """The CaseRepository port in a dict; filters in `search` support equality on dotted paths."""

    def __init__(self) -> None:
        self.cases: dict[UUID, CaseRecord] = {}
        self.slots: dict[str, tuple[str, UUID]] = {}
        self.texts: dict[UUID, ComplaintReceivedV1] = {}
        self.leases: dict[UUID, datetime] = {}
        self.writes = 0

    async def load(self, case_id: UUID) -> CaseRecord | None:
        return self.cases.get(case_id)

    async def load_many(self, case_ids: set[UUID]) -> dict[UUID, CaseRecord]:
        return {c: self.cases[c] for c in case_ids if c in self.cases}

    async def save_decision(
        self,
        case: CaseRecord,
        *,
        expected_version: int,
        message: ComplaintReceivedV1 | None = None,
    ) -> bool:
        current = self.cases.get(case.case_id)
        if (current.version if current else 0) != expected_version:
            return False
        if current is None and expected_version != 0:
            return False
        published = max(case.published_sequence, current.published_sequence if current else 0)
        self.cases[case.case_id] = case.model_copy(
            update={"version": expected_version + 1, "published_sequence": published}
        )
        if message is not None:
            self.texts.setdefault(message.complaint_id, message)
        self.writes += 1
        return True

    async def mark_published(self, case: CaseRecord, through: int) -> None:
        current = self.cases[case.case_id]
        if through > current.published_sequence:
            self.cases[case.case_id] = current.model_copy(update={"published_sequence": through})

    async def with_unpublished(self, decided_before: datetime, limit: int) -> list[CaseRecord]:
        pending = [
            c for c in self.cases.values() if c.outbox and c.events[-1].occurred_at < decided_before
        ]
        return sorted(pending, key=lambda c: c.events[-1].occurred_at)[:limit]

    async def claim_due(self, now: datetime, *, lease_until: datetime) -> CaseRecord | None:
        due = [
            c
            for c in self.cases.values()
            if c.next_due_at is not None
            and c.next_due_at <= now
            and self.leases.get(c.case_id, datetime.min.replace(tzinfo=now.tzinfo)) < now
        ]
        if not due:
            return None
        case = min(due, key=lambda c: c.next_due_at or now)
        self.leases[case.case_id] = lease_until
        return case

    async def find_open_for_customer(
        self, customer_id: str, *, resolved_since: datetime
    ) -> tuple[list[CaseRecord], CaseRecord | None]:
        mine = [c for c in self.cases.values() if c.customer_id == customer_id]
        open_cases = sorted((c for c in mine if c.is_open), key=lambda c: c.opened_at)
        resolved = [
            c for c in mine if not c.is_open and c.resolved_at and c.resolved_at >= resolved_since
        ]
        return open_cases, max(resolved, key=lambda c: c.resolved_at or c.opened_at, default=None)

    async def find_by_thread(self, keys: Sequence[str]) -> CaseRecord | None:
        return next((c for c in self.cases.values() if set(keys) & set(c.thread_keys)), None)

    async def find_by_number(self, number: str) -> CaseRecord | None:
        return next((c for c in self.cases.values() if c.number == number.upper()), None)

    async def messages_of(self, case: CaseRecord) -> list[ComplaintReceivedV1]:
        return [self.texts[c] for c in case.applied if c in self.texts]

    async def queued(self, limit: int) -> list[CaseRecord]:
        waiting = [c for c in self.cases.values() if c.is_open and c.owner is None]
        return sorted(waiting, key=lambda c: (-c.urgency.score, c.queued_at))[:limit]

    async def open_owned_by(
        self, agent_ids: Sequence[str], levels: Sequence[str]
    ) -> list[CaseRecord]:
        return [
            c
            for c in self.cases.values()
            if c.is_open and c.owner and c.owner.agent_id in agent_ids and c.urgency.level in levels
        ]

    async def loads(self) -> dict[str, tuple[int, float]]:
        counted: dict[str, tuple[int, float]] = {}
        for case in self.cases.values():
            if case.is_open and case.owner is not None:
                cases, weight = counted.get(case.owner.agent_id, (0, 0.0))
                counted[case.owner.agent_id] = (cases + 1, weight + case.weight)
        return counted

    async def search(self, filters: dict[str, Any], limit: int) -> list[CaseRecord]:
        def matches(case: CaseRecord) -> bool:
            document = case.model_dump(mode="json")
            for path, wanted in filters.items():
                value: Any = document
                for part in path.split("."):
                    value = value.get(part) if isinstance(value, dict) else None
                if value != wanted:
                    return False
            return True

        found = [c for c in self.cases.values() if matches(c)]
        return sorted(found, key=lambda c: (-c.urgency.score, c.queued_at))[:limit]

    async def claim_slot(
        self, slot: str, *, customer_id: str, case_id: UUID, category: str
    ) -> UUID:
        return self.slots.setdefault(slot, (customer_id, case_id))[1]

    async def release_slots(self, case_id: UUID) -> None:
        for slot in [s for s, (_, held) in self.slots.items() if held == case_id]:
            del self.slots[slot]

    async def release_slot_held_by(self, slot: str, case_id: UUID) -> None:
        if self.slots.get(slot, ("", None))[1] == case_id:
            del self.slots[slot]

    async def move_slots(self, absorbed: str, surviving: str) -> list[UUID]:
        for slot, (customer, case_id) in list(self.slots.items()):
            if customer == absorbed:
                del self.slots[slot]
                key = surviving if surviving not in self.slots else f"{surviving}:{case_id}"
                self.slots[key] = (surviving, case_id)
        moved = [c.case_id for c in self.cases.values() if c.customer_id == absorbed]
        for case_id in moved:
            case = self.cases[case_id]
            self.cases[case_id] = case.model_copy(
                update={"customer_id": surviving, "version": case.version + 1}
            )
        return moved

    async def move_back(self, case_ids: Sequence[UUID], *, to: str, source: str) -> None:
        for case_id in case_ids:
            case = self.cases.get(case_id)
            if case is None or case.customer_id != source:
                continue
            self.cases[case_id] = case.model_copy(
                update={"customer_id": to, "version": case.version + 1}
            )
            for slot, (_, held) in list(self.slots.items()):
                if held == case_id:
                    del self.slots[slot]
                    key = to if to not in self.slots else f"{to}:{case_id}"
                    self.slots[key] = (to, case_id)


class InMemoryRoster:
    """The AgentDirectory port in a dict."""

    def __init__(self, agents: Sequence[Agent] = ()) -> None:
        self.agents_by_id = {agent.agent_id: agent for agent in agents}

    async def agents(self) -> list[Agent]:
        return sorted(self.agents_by_id.values(), key=lambda a: a.agent_id)

    async def get(self, agent_id: str) -> Agent | None:
        return self.agents_by_id.get(agent_id)

    async def save(self, agent: Agent) -> None:
        self.agents_by_id[agent.agent_id] = agent
