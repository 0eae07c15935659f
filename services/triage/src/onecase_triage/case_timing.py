"""SLA clocks on cases: started at opening, re-based on the owner's team hours, met by work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from onecase_shared.events import utc_now
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.sla import ClockName, SlaClock, meet, restart_update_clock, start_clocks
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.ports import AgentDirectory, CaseStore


def _clocks_document(clocks: tuple[SlaClock, ...]) -> list[dict[str, object]]:
    return [clock.model_dump(mode="json") for clock in clocks]


class CaseTiming:
    """Keeps each case's first-response, update and resolution clocks."""

    def __init__(
        self,
        *,
        cases: CaseStore,
        agents: AgentDirectory,
        rules: TriageRules,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._cases = cases
        self._agents = agents
        self._rules = rules
        self._clock = clock

    def clocks_for(self, level: str, *, team: str | None, at: datetime) -> tuple[SlaClock, ...]:
        """Fresh clocks for a case of `level` handled by `team`, started at `at`."""
        return start_clocks(
            opened_at=at,
            level=level,
            hours=self._rules.hours_of(team),
            policy=self._rules.sla_policy,
        )

    async def on_assigned(self, case: CaseRecord) -> CaseRecord:
        """Re-base the clocks on the owner's team hours, keeping their start."""
        team = await self._team_of(case)
        if team is None:
            return case
        started = case.clock(ClockName.FIRST_RESPONSE)
        at = started.started_at if started else case.opened_at
        return await self._store(case, self.clocks_for(case.urgency.level, team=team, at=at))

    async def restart(self, case: CaseRecord, *, at: datetime) -> CaseRecord:
        """All clocks from `at` (a reopened case owes a new answer)."""
        team = await self._team_of(case)
        return await self._store(case, self.clocks_for(case.urgency.level, team=team, at=at))

    async def on_update_sent(self, case: CaseRecord, *, at: datetime) -> CaseRecord:
        """An agent answered: first response met, the update cadence starts again."""
        hours = self._rules.hours_of(await self._team_of(case))
        clocks: list[SlaClock] = []
        for clock in case.sla:
            if clock.name == ClockName.FIRST_RESPONSE and clock.met_at is None:
                clocks.append(meet(clock, at))
            elif clock.name == ClockName.NEXT_UPDATE:
                clocks.append(
                    restart_update_clock(
                        at=at, level=case.urgency.level, hours=hours, policy=self._rules.sla_policy
                    )
                )
            else:
                clocks.append(clock)
        return await self._store(case, tuple(clocks))

    async def on_resolved(self, case: CaseRecord, *, at: datetime) -> CaseRecord:
        """The case is resolved: every running clock is met, and a follow-up is planned."""
        clocks = tuple(meet(clock, at) if clock.met_at is None else clock for clock in case.sla)
        follow_up = at + self._rules.follow_up_after
        await self._cases.update(
            case.case_id, {"follow_up_due_at": follow_up, "follow_up_done": False}, expect={}
        )
        case = case.model_copy(update={"follow_up_due_at": follow_up, "follow_up_done": False})
        return await self._store(case, clocks)

    def with_update_restarted(
        self, case: CaseRecord, *, at: datetime, team: str | None
    ) -> CaseRecord:
        """The case with its update clock started again at `at` (a scheduled update went out)."""
        hours = self._rules.hours_of(team)
        fresh = restart_update_clock(
            at=at, level=case.urgency.level, hours=hours, policy=self._rules.sla_policy
        )
        clocks = tuple(fresh if c.name == ClockName.NEXT_UPDATE else c for c in case.sla)
        return case.model_copy(update={"sla": clocks})

    async def store_clocks(self, case: CaseRecord) -> None:
        """Persist the case's clocks as they are on `case`."""
        await self._store(case, case.sla)

    async def team_of(self, case: CaseRecord) -> str | None:
        """The team of the case's owner (whose business hours the clocks run in)."""
        return await self._team_of(case)

    async def _team_of(self, case: CaseRecord) -> str | None:
        if case.owner is None:
            return None
        entry = await self._agents.get(case.owner.agent_id)
        return entry[0].team if entry else None

    async def _store(self, case: CaseRecord, clocks: tuple[SlaClock, ...]) -> CaseRecord:
        await self._cases.update(case.case_id, {"sla": _clocks_document(clocks)}, expect={})
        return case.model_copy(update={"sla": clocks})
