"""The desk's read side: cases with their clocks, timeline, owner history and sent messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from onecase_shared.events import utc_now
from onecase_triage.desk.schemas import (
    AgentView,
    CaseView,
    ClockView,
    LeadFollowUpView,
    OwnerChange,
    TimelineEntry,
)
from onecase_triage.domain.case_aggregate import OWNERSHIP_KINDS
from onecase_triage.domain.case_contacts import unverified_messages
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.lead_follow_up import LeadFollowUpState, follow_up_state
from onecase_triage.domain.lead_follow_up_draft import lead_follow_up_draft
from onecase_triage.domain.roster import lead_for
from onecase_triage.domain.sla import ClockName
from onecase_triage.ports import CaseRepository
from onecase_triage.service.assignment import CaseAssignment, agent_ref


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
            lead_follow_up=await self.lead_follow_up(case),
        )

    async def lead_follow_up(self, case: CaseRecord) -> LeadFollowUpView | None:
        """The case's lead follow-up task, with the prefilled message while it is unsent."""
        now = self._clock()
        state = follow_up_state(case, now=now)
        if state is None or case.lead_follow_up_due_at is None:
            return None
        owner = case.owner.agent_id if case.owner else None
        lead = lead_for(owner, await self._assignment.roster(), now=now)
        view = LeadFollowUpView(
            state=state.value,
            due_at=case.lead_follow_up_due_at,
            lead=agent_ref(lead) if lead else None,
            sent_at=case.lead_follow_up_sent_at,
            sent_by=case.lead_follow_up_sent_by,
            overdue_at=case.lead_follow_up_overdue_at,
        )
        if state is LeadFollowUpState.SENT:
            return view
        draft = lead_follow_up_draft(
            case_number=case.number,
            language=case.language,
            next_contact=self._next_contact(case, now),
            zone=case.reply_target.timezone or (case.owner.timezone if case.owner else None),
        )
        return view.model_copy(update={"draft_language": draft.language, "draft": draft.text})

    def _next_contact(self, case: CaseRecord, now: datetime) -> datetime | None:
        # What the customer is promised is what a clock keeps: the update cadence restarted
        # by the lead's message, or a resolved case's follow-up.
        if case.is_open:
            clocks = self._assignment.clocks_after_update(case, at=now)
            return next((c.due_at for c in clocks if c.name is ClockName.NEXT_UPDATE), None)
        if case.follow_up_due_at is not None and not case.follow_up_done:
            return case.follow_up_due_at
        return None

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
