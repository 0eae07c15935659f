"""Periodic work every triage instance runs: due cases, off-shift handoffs, the queue, outboxes.

Due cases are paged by their next due time (indexed), each claimed with a short lease by
compare-and-set, so several instances share the work; the decision itself is a
compare-and-set on the case's version, so a case swept twice alerts once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from uuid import UUID

import structlog

from onecase_shared.events import AgentRefV1, utc_now
from onecase_shared.periodic import repeat_every
from onecase_triage.domain.case_duties import clocks_due
from onecase_triage.domain.roster import Agent, lead_for
from onecase_triage.domain.routing import rank_candidates
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.ports import CaseRepository
from onecase_triage.service.assignment import CaseAssignment, agent_ref, need_of
from onecase_triage.service.case_desk import CaseDesk, DeskError
from onecase_triage.service.case_queue import CaseQueue
from onecase_triage.service.case_relay import CaseRelay

log = structlog.get_logger(__name__)

URGENT_LEVELS = ("critical", "high")
# A claimed case another instance may take again if this one has not decided by then; a
# case claimed with nothing to do yet is looked at again after it.
DUE_LEASE = timedelta(seconds=1)


def _agent_id(agent: Agent) -> str:
    return agent.agent_id


class CaseSweeps:
    """The periodic duties of triage, one method each, and a loop that runs them all."""

    def __init__(
        self,
        *,
        cases: CaseRepository,
        assignment: CaseAssignment,
        queue: CaseQueue,
        desk: CaseDesk,
        relay: CaseRelay,
        rules: TriageRules,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._cases = cases
        self._assignment = assignment
        self._queue = queue
        self._desk = desk
        self._relay = relay
        self._rules = rules
        self._clock = clock

    async def run_forever(self, interval_s: float) -> None:
        """Sweep every `interval_s` seconds until cancelled; a failed sweep is logged and retried."""
        lease = max(timedelta(seconds=interval_s), DUE_LEASE)

        async def sweep() -> None:
            await self.sweep_once(lease=lease)

        await repeat_every(interval_s, sweep, name="case sweeps")

    async def sweep_once(self, *, lease: timedelta = DUE_LEASE) -> None:
        """Run every duty once."""
        await self._relay.flush_unpublished()
        await self._assignment.refresh()  # loads recounted from the cases
        await self._queue.drain()
        await self.handle_due_cases(lease=lease)
        await self.hand_over_from_off_shift_owners()

    async def handle_due_cases(self, *, lease: timedelta = DUE_LEASE) -> int:
        """Every case now due gets its alerts, updates and escalations; how many events.

        SLA alerts, scheduled updates, follow-ups, and lead follow-ups gone overdue.

        No cap: cases are claimed one by one, earliest due first, until none is due.
        """
        now = self._clock()
        roster = await self._assignment.roster()
        sent = 0
        seen: set[UUID] = set()
        while (case := await self._cases.claim_due(now, lease_until=now + lease)) is not None:
            if case.case_id in seen:
                break  # decided this sweep and still due: it waits for the next one
            seen.add(case.case_id)
            owner = case.owner.agent_id if case.owner else None
            lead = lead_for(owner, roster, now=now)
            restarted = self._assignment.restarted_update_clock(case, at=now)
            lead_ref: AgentRefV1 | None = agent_ref(lead) if lead else None
            escalate_to = self._escalation_contact(lead, owner, roster)

            decision = await self._relay.decide(
                case.case_id,
                partial(
                    clocks_due,
                    now=now,
                    restarted=restarted,
                    lead=lead_ref,
                    escalate_to=escalate_to,
                    alerts=self._rules.lead_alerts,
                ),
                loaded=case,  # as claimed a moment ago; a stale version only costs a retry
            )
            sent += len(decision.events) if decision else 0
        return sent

    def _escalation_contact(
        self, lead: Agent | None, owner: str | None, roster: list[Agent]
    ) -> AgentRefV1 | None:
        # The lead's team (else the owner's) names who hears of its late duties.
        team = lead.team if lead else next((a.team for a in roster if a.agent_id == owner), None)
        contact = self._rules.escalation_contact_for(team)
        if contact is None:
            return None
        return AgentRefV1(
            agent_id=contact.contact_id, display_name=contact.display_name, email=contact.email
        )

    async def hand_over_from_off_shift_owners(self) -> int:
        """Urgent cases whose owner went off shift more than the grace period ago move on."""
        now = self._clock()
        agents = {a.agent_id: a for a in sorted(await self._assignment.roster(), key=_agent_id)}
        gone: dict[str, str] = {}
        for owner in agents.values():
            if owner.is_online(now):
                continue
            off_since = owner.shift.closed_since(now) if owner.available else None
            if owner.available and (
                off_since is None or now - off_since < self._rules.off_shift_grace
            ):
                continue
            gone[owner.agent_id] = "went off shift" if owner.available else "became unavailable"
        urgent = await self._cases.open_owned_by(list(gone), URGENT_LEVELS)
        if not urgent:
            return 0
        # Counted afresh only when a case has to move: counting reads every open case.
        loads = {load.agent_id: load for _, load in await self._assignment.agents()}
        moved = 0
        for case in urgent:
            assert case.owner is not None
            owner = agents[case.owner.agent_id]
            others = [agent for agent in agents.values() if agent.agent_id != owner.agent_id]
            ranked = rank_candidates(others, loads, need_of(case), now=now)
            if not ranked.agents:
                continue
            try:
                await self._desk.hand_over(
                    case,
                    ranked.agents[0],
                    note=f"{owner.display_name} {gone[owner.agent_id]} with an urgent case open",
                )
            except DeskError:
                continue  # moved meanwhile by someone else
            moved += 1
        return moved
