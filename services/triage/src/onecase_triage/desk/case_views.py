"""The desk's read side: cases with their clocks, timeline, owner history and sent messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from onecase_shared.events import utc_now
from onecase_triage.desk.schemas import AgentView, CaseView, ClockView, OwnerChange, TimelineEntry
from onecase_triage.domain.case_aggregate import OWNERSHIP_KINDS
from onecase_triage.domain.case_contacts import unverified_messages
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.ports import CaseRepository
from onecase_triage.service.assignment import CaseAssignment


class SentMessages(Protocol):
    """What notify sent on a case."""

    async def sent_for(self, case_id: UUID) -> list[dict[str, Any]]:
        """The messages sent on a case, oldest first."""


class DeskViews:
    """Assembles what the desk reads; no writes here."""

    def __init__(
        self,
        *,
        cases: CaseRepository,
        sent: SentMessages,
        assignment: CaseAssignment,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._cases = cases
        self._sent = sent
        self._assignment = assignment
        self._clock = clock

    async def find_case(self, reference: str) -> CaseRecord | None:
        """A case by its id or its customer-facing number (OC-…)."""
        if reference.upper().startswith("OC-"):
            return await self._cases.find_by_number(reference)
        try:
            return await self._cases.load(UUID(reference))
        except ValueError:
            return None

    async def case_view(self, case: CaseRecord) -> CaseView:
        """Everything about one case."""
        now = self._clock()
        # The one-time code is for the customer's eyes: the desk sees that one was sent.
        events = [event.model_copy(update={"verification_code": None}) for event in case.events]
        unverified = unverified_messages(case.contacts)
        return CaseView(
            case=case,
            clocks=[ClockView(**clock.model_dump(), state=clock.state(now)) for clock in case.sla],
            timeline=[
                TimelineEntry.of(m, unverified=m.complaint_id in unverified)
                for m in await self._cases.messages_of(case)
            ],
            owner_history=[
                OwnerChange(
                    at=event.occurred_at,
                    kind=event.kind.value,
                    owner=event.owner,
                    previous_owner=event.previous_owner,
                    note=event.note,
                )
                for event in events
                if event.kind in OWNERSHIP_KINDS
            ],
            events=events,
            messages_sent=await self._sent.sent_for(case.case_id),
            incidents=list(case.incidents),
        )

    async def cases(
        self,
        *,
        status: str | None,
        owner: str | None,
        level: str | None,
        category: str | None,
        limit: int,
    ) -> list[CaseRecord]:
        """Cases matching the filters, most urgent first."""
        filters: dict[str, Any] = {}
        if status:
            filters["status"] = status
        if owner:
            filters["owner.agent_id"] = owner
        if level:
            filters["urgency.level"] = level
        if category:
            filters["category.name"] = category
        return await self._cases.search(filters, limit)

    async def queue(self, limit: int) -> list[CaseRecord]:
        """Cases waiting for an owner, in the order they will be assigned."""
        return await self._cases.queued(limit)

    async def agents(self) -> list[AgentView]:
        """The roster with each agent's load and whether they are online now."""
        now = self._clock()
        return [
            AgentView(agent=agent, load=load, online=agent.is_online(now))
            for agent, load in await self._assignment.agents()
        ]
