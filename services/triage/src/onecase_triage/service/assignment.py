"""Who owns a case: the roster and every agent's load, kept in memory, and SLA clocks by team.

The roster and the loads are read once, then refreshed when the desk changes the roster
and every `refresh_s` seconds (other instances assign too). Loads are counted from the
cases themselves, so nothing can drift: a case counts against its owner while it is open.
Within an instance, choosing an owner reserves the load at once, so concurrent messages
do not all pick the same agent; across instances the refresh catches up.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from uuid import UUID

import structlog

from onecase_shared.events import AgentRefV1, utc_now
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.roster import Agent
from onecase_triage.domain.routing import AgentLoad, CaseNeed, rank_candidates
from onecase_triage.domain.sla import ClockName, SlaClock, meet, restart_update_clock, start_clocks
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.ports import AgentDirectory, CaseRepository

log = structlog.get_logger(__name__)

# How long a customer stays "theirs" for the agent who resolved their last case.
KEEPER_MEMORY = timedelta(days=90)


def agent_ref(agent: Agent) -> AgentRefV1:
    """How an agent is named to customers and on events."""
    return AgentRefV1(
        agent_id=agent.agent_id,
        display_name=agent.display_name,
        email=agent.email,
        timezone=agent.shift.timezone,
    )


def need_of(case: CaseRecord) -> CaseNeed:
    """What an owner of `case` must be able to do."""
    return CaseNeed(
        category=case.category.name,
        language=case.language,
        level=case.urgency.level,
        urgency_score=case.urgency.score,
    )


class CaseAssignment:
    """Picks owners from the cached roster and loads, and computes clocks in team hours."""

    def __init__(
        self,
        *,
        roster: AgentDirectory,
        cases: CaseRepository,
        rules: TriageRules,
        clock: Callable[[], datetime] = utc_now,
        refresh_s: float = 5.0,
    ) -> None:
        self._roster = roster
        self._cases = cases
        self._rules = rules
        self._clock = clock
        self._refresh = timedelta(seconds=refresh_s)
        self._agents: dict[str, Agent] = {}
        self._loads: dict[str, AgentLoad] = {}
        self._refreshed_at: datetime | None = None
        # Owners chosen in this instance whose decision is not stored yet: counted on top of
        # what the cases say, so a refresh in between cannot forget them.
        self._pending: dict[UUID, tuple[str, float]] = {}
        self._lock = asyncio.Lock()

    async def refresh(self) -> None:
        """Read the roster and count the loads from the open cases again."""
        async with self._lock:
            await self._refresh_now()

    async def _refresh_now(self) -> None:
        agents = await self._roster.agents()
        counted = dict(await self._cases.loads())
        for agent_id, weight in self._pending.values():
            cases, total = counted.get(agent_id, (0, 0.0))
            counted[agent_id] = (cases + 1, total + weight)
        self._agents = {agent.agent_id: agent for agent in agents}
        self._loads = {
            agent.agent_id: AgentLoad(
                agent_id=agent.agent_id,
                open_cases=counted.get(agent.agent_id, (0, 0.0))[0],
                weighted_load=max(counted.get(agent.agent_id, (0, 0.0))[1], 0.0),
                last_assigned_at=self._last_assigned(agent.agent_id),
            )
            for agent in agents
        }
        self._refreshed_at = self._clock()

    async def agents(self) -> list[tuple[Agent, AgentLoad]]:
        """Every agent with their load, counted now (the desk's roster view)."""
        await self.refresh()
        return [(a, self._loads[a.agent_id]) for a in sorted(self._agents.values(), key=_id)]

    async def agent(self, agent_id: str) -> Agent | None:
        """One agent as the cache knows them."""
        await self._fresh()
        return self._agents.get(agent_id)

    async def roster(self) -> list[Agent]:
        """Every agent as the cache knows them."""
        await self._fresh()
        return list(self._agents.values())

    async def choose_owner(self, case: CaseRecord, *, keeper: str | None) -> Agent | None:
        """The customer's own agent if online, else the least-loaded eligible one, or nobody.

        The chosen agent's load counts the case at once (reserved in this instance).
        """
        await self._fresh()
        now = self._clock()
        chosen: Agent | None = None
        kept = self._agents.get(keeper) if keeper else None
        # The customer's owner keeps them, even when busy: one person, every channel.
        if kept is not None and kept.is_online(now):
            chosen = kept
        else:
            ranked = rank_candidates(
                list(self._agents.values()), self._loads, need_of(case), now=now
            )
            chosen = ranked.agents[0] if ranked.agents else None
        if chosen is not None:
            self.count(chosen.agent_id, case.weight, at=now)
            self._pending[case.case_id] = (chosen.agent_id, case.weight)
        return chosen

    def settle(self, case_id: UUID, *, stored: bool) -> None:
        """The decision that gave `case_id` its owner was stored, or not (then uncounted)."""
        pending = self._pending.pop(case_id, None)
        if pending is not None and not stored:
            self.uncount(*pending)

    def count(self, agent_id: str, weight: float, *, at: datetime) -> None:
        """Count a case against an agent's cached load (it was just given to them)."""
        load = self._loads.get(agent_id) or AgentLoad(agent_id=agent_id)
        self._loads[agent_id] = load.model_copy(
            update={
                "open_cases": load.open_cases + 1,
                "weighted_load": load.weighted_load + weight,
                "last_assigned_at": at,
            }
        )

    def uncount(self, agent_id: str, weight: float) -> None:
        """Stop counting a case against an agent's cached load (resolved, moved on)."""
        load = self._loads.get(agent_id)
        if load is not None:
            self._loads[agent_id] = load.model_copy(
                update={
                    "open_cases": max(load.open_cases - 1, 0),
                    "weighted_load": max(load.weighted_load - weight, 0.0),
                }
            )

    def clocks_for_level(
        self, level: str, *, at: datetime, owner: Agent | None = None
    ) -> tuple[SlaClock, ...]:
        """Fresh clocks for a case of `level` from `at`, in the hours of the owner's team."""
        return start_clocks(
            opened_at=at,
            level=level,
            hours=self._rules.hours_of(owner.team if owner else None),
            policy=self._rules.sla_policy,
        )

    def clocks_for(
        self, case: CaseRecord, owner: Agent | None, *, at: datetime
    ) -> tuple[SlaClock, ...]:
        """Fresh clocks for `case` from `at`, in the business hours of the owner's team."""
        return self.clocks_for_level(case.urgency.level, at=at, owner=owner)

    def rebased_clocks(self, case: CaseRecord, owner: Agent) -> tuple[SlaClock, ...]:
        """The case's clocks re-based on the new owner's team hours, keeping their start."""
        started = case.clock(ClockName.FIRST_RESPONSE)
        return self.clocks_for(case, owner, at=started.started_at if started else case.opened_at)

    def restarted_update_clock(self, case: CaseRecord, *, at: datetime) -> SlaClock:
        """The update clock started again at `at`, in the owner's team hours."""
        owner = self._agents.get(case.owner.agent_id) if case.owner else None
        return restart_update_clock(
            at=at,
            level=case.urgency.level,
            hours=self._rules.hours_of(owner.team if owner else None),
            policy=self._rules.sla_policy,
        )

    def clocks_after_update(self, case: CaseRecord, *, at: datetime) -> tuple[SlaClock, ...]:
        """An agent answered: first response met, the update cadence starts again."""
        clocks: list[SlaClock] = []
        for clock in case.sla:
            if clock.name == ClockName.FIRST_RESPONSE and clock.met_at is None:
                clocks.append(meet(clock, at))
            elif clock.name == ClockName.NEXT_UPDATE:
                clocks.append(self.restarted_update_clock(case, at=at))
            else:
                clocks.append(clock)
        return tuple(clocks)

    async def _fresh(self) -> None:
        async with self._lock:
            at = self._refreshed_at
            if at is None or not at <= self._clock() < at + self._refresh:
                await self._refresh_now()

    def _last_assigned(self, agent_id: str) -> datetime | None:
        load = self._loads.get(agent_id)
        return load.last_assigned_at if load else None


def _id(agent: Agent) -> str:
    return agent.agent_id
