"""Periodic work every triage instance runs: SLA alerts, off-shift handoffs, the queue.

Running it on several instances at once is safe: each alert and handoff is an event under
a deterministic key, stored once, and ownership changes are conditional writes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import structlog

from onecase_shared.events import CaseEventKind, SlaAlertV1, utc_now
from onecase_shared.periodic import repeat_every
from onecase_triage.case_desk import CaseDesk, DeskError
from onecase_triage.case_events import CaseEvents
from onecase_triage.case_queue import CaseQueue
from onecase_triage.case_router import agent_ref, need_of
from onecase_triage.case_timing import CaseTiming
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.roster import Agent, Role
from onecase_triage.domain.routing import rank_candidates
from onecase_triage.domain.sla import ClockName, due_alerts
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.ports import AgentDirectory, CaseStore

log = structlog.get_logger(__name__)

SWEEP_BATCH = 1000
URGENT_LEVELS = frozenset({"critical", "high"})


class CaseSweeps:
    """The periodic duties of triage, one method each, and a loop that runs them all."""

    def __init__(
        self,
        *,
        cases: CaseStore,
        agents: AgentDirectory,
        queue: CaseQueue,
        desk: CaseDesk,
        events: CaseEvents,
        timing: CaseTiming,
        rules: TriageRules,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._timing = timing
        self._cases = cases
        self._agents = agents
        self._queue = queue
        self._desk = desk
        self._events = events
        self._rules = rules
        self._clock = clock

    async def run_forever(self, interval_s: float) -> None:
        """Sweep every `interval_s` seconds until cancelled; a failed sweep is logged and retried."""
        await repeat_every(interval_s, self.sweep_once, name="case sweeps")

    async def sweep_once(self) -> None:
        """Run every duty once."""
        await self._events.flush_unpublished()
        await self._queue.drain()
        open_cases = await self._cases.open_cases(SWEEP_BATCH)
        await self.send_scheduled_updates(open_cases)
        open_cases = await self._cases.open_cases(SWEEP_BATCH)
        await self.send_sla_alerts(open_cases)
        await self.send_follow_ups()
        await self.hand_over_from_off_shift_owners(open_cases)
        await self.reconcile_loads()

    async def send_sla_alerts(self, open_cases: list[CaseRecord]) -> int:
        """A warning before each SLA breach and an event at the breach, each once."""
        sent = 0
        now = self._clock()
        for case in open_cases:
            for alert in due_alerts(case.sla, now=now):
                if alert.clock is ClockName.NEXT_UPDATE and alert.kind == "breach":
                    continue  # the scheduled update goes out at that moment instead
                kind = (
                    CaseEventKind.SLA_WARNING
                    if alert.kind == "warning"
                    else CaseEventKind.SLA_BREACHED
                )
                event = await self._events.emit_once(
                    case,
                    kind,
                    cause=f"sla:{alert.key()}",
                    sla=SlaAlertV1(clock=alert.clock.value, due_at=alert.due_at),
                )
                sent += event is not None
        return sent

    async def send_scheduled_updates(self, open_cases: list[CaseRecord]) -> int:
        """When a case's update is due, ask for an honest progress update, once per due time.

        The update clock starts again from now; an agent's own update (desk API) resets it too.
        """
        now = self._clock()
        sent = 0
        for case in open_cases:
            clock = case.clock(ClockName.NEXT_UPDATE)
            if case.owner is None or clock is None or clock.met_at or clock.due_at > now:
                continue
            restarted = self._timing.with_update_restarted(
                case, at=now, team=await self._timing.team_of(case)
            )
            event = await self._events.emit_once(
                restarted,
                CaseEventKind.UPDATE_REQUESTED,
                cause=f"scheduled-update:{clock.due_at.isoformat()}",
                note="scheduled: the update cadence came due",
            )
            # Stored even when the event already existed: a crash may have come in between.
            await self._timing.store_clocks(restarted)
            sent += event is not None
        return sent

    async def send_follow_ups(self) -> int:
        """Follow-ups on resolved cases, and the team lead's own follow-up on staff conduct."""
        now = self._clock()
        sent = 0
        for case in await self._cases.follow_ups_due(now, SWEEP_BATCH):
            event = await self._events.emit_once(
                case, CaseEventKind.FOLLOW_UP_DUE, cause="follow-up"
            )
            await self._cases.update(case.case_id, {"follow_up_done": True}, expect={})
            sent += event is not None
        roster = await self._agents.agents()
        for case in await self._cases.lead_follow_ups_due(now, SWEEP_BATCH):
            lead = lead_for(case, [agent for agent, _ in roster], now=now)
            if lead is None:
                continue  # no lead on the roster: nobody to write it
            event = await self._events.emit_once(
                case, CaseEventKind.LEAD_FOLLOW_UP_DUE, cause="lead-follow-up", lead=agent_ref(lead)
            )
            await self._cases.update(case.case_id, {"lead_follow_up_done": True}, expect={})
            sent += event is not None
        return sent

    async def hand_over_from_off_shift_owners(self, open_cases: list[CaseRecord]) -> int:
        """Urgent cases whose owner went off shift more than the grace period ago move on."""
        now = self._clock()
        roster = await self._agents.agents()
        agents = {agent.agent_id: agent for agent, _ in roster}
        loads = {load.agent_id: load for _, load in roster}
        moved = 0
        for case in open_cases:
            if case.owner is None or case.urgency.level not in URGENT_LEVELS:
                continue
            owner = agents.get(case.owner.agent_id)
            if owner is None or owner.is_online(now):
                continue
            off_since = owner.shift.closed_since(now) if owner.available else None
            if owner.available and (
                off_since is None or now - off_since < self._rules.off_shift_grace
            ):
                continue
            others = [agent for agent in agents.values() if agent.agent_id != owner.agent_id]
            ranked = rank_candidates(others, loads, need_of(case), now=now)
            if not ranked.agents:
                continue
            reason = "went off shift" if owner.available else "became unavailable"
            try:
                await self._desk.hand_over(
                    case,
                    ranked.agents[0],
                    note=f"{owner.display_name} {reason} with an urgent case open",
                    cause=f"off-shift:{owner.agent_id}:{off_since.isoformat() if off_since else 'away'}",
                )
            except DeskError:
                continue  # moved meanwhile by someone else
            moved += 1
        return moved

    async def reconcile_loads(self) -> int:
        """Free load counted for cases an agent does not own (a claim cut short by a crash).

        Two reads whatever the number of cases: every claim, then every claimed case.
        """
        claims = await self._agents.claims()
        cases = await self._cases.get_many({case_id for _, case_id in claims})
        freed = 0
        for agent_id, case_id in claims:
            case = cases.get(case_id)
            if case is not None and case.is_open:
                if case.owner is None:
                    continue  # a claim in progress: its consumer will finish or redo it
                if case.owner.agent_id == agent_id:
                    continue
            await self._agents.release(agent_id, case_id, case.weight if case else 1.0)
            freed += 1
        return freed


def lead_for(case: CaseRecord, agents: list[Agent], *, now: datetime) -> Agent | None:
    """The lead who follows up a case: of the owner's team if possible, online first."""
    owner_team = next(
        (a.team for a in agents if case.owner and a.agent_id == case.owner.agent_id), None
    )
    leads = [a for a in agents if a.role is Role.LEAD]
    leads.sort(key=lambda a: (a.team != owner_team, not a.is_online(now), a.agent_id))
    return leads[0] if leads else None
