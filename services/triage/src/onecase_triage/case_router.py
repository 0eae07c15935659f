"""Routing a case to exactly one owner, and moving it only when someone says so.

Exactly one owner holds because the owner is set by one conditional write on the case
(`owner: None` → agent). Load is counted per case on the agent's document, so a claim
made by a consumer that died before setting the owner is found and finished on redelivery.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from uuid import UUID

import structlog

from onecase_shared.events import AgentRefV1, utc_now
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.roster import Agent
from onecase_triage.domain.routing import CaseNeed, rank_candidates
from onecase_triage.ports import AgentDirectory, CaseStore

log = structlog.get_logger(__name__)

# How long a customer stays "theirs" for the agent who resolved their last case.
KEEPER_MEMORY = timedelta(days=90)


def agent_ref(agent: Agent) -> AgentRefV1:
    """How an agent is named to customers and on events."""
    return AgentRefV1(agent_id=agent.agent_id, display_name=agent.display_name, email=agent.email)


def need_of(case: CaseRecord) -> CaseNeed:
    """What an owner of `case` must be able to do."""
    return CaseNeed(
        category=case.category.name,
        language=case.language,
        level=case.urgency.level,
        urgency_score=case.urgency.score,
    )


class CaseRouter:
    """Finds the owner of a case: the customer's existing owner, else the least-loaded fit."""

    def __init__(
        self, *, cases: CaseStore, agents: AgentDirectory, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._cases = cases
        self._agents = agents
        self._clock = clock

    async def route(
        self, case: CaseRecord, *, preferred_agent: str | None = None
    ) -> tuple[AgentRefV1 | None, bool]:
        """Give an unowned case its one owner, or leave it queued.

        The owner it ends up with, and whether this call gave it: the opening and the queue
        may route the same new case at once, and only the one that assigned it announces it.
        """
        if case.owner is not None:
            return case.owner, False
        finished = await self._finish_interrupted_claim(case)
        if finished[0] is not None:
            return finished
        now = self._clock()
        roster = await self._agents.agents()
        if preferred_agent is not None:
            keeper = next((agent for agent, _ in roster if agent.agent_id == preferred_agent), None)
            # The customer's owner keeps them, even when busy: one person, every channel.
            if keeper is not None and keeper.is_online(now):
                routed = await self._try(case, keeper, bypass_capacity=True)
                if routed[0] is not None:
                    return routed
        ranked = rank_candidates(
            [agent for agent, _ in roster],
            {load.agent_id: load for _, load in roster},
            need_of(case),
            now=now,
        )
        for agent in ranked.agents:
            routed = await self._try(case, agent, bypass_capacity=False)
            if routed[0] is not None:
                return routed
        log.info("case queued", case_id=str(case.case_id), level=case.urgency.level)
        return None, False

    async def keeper_of(self, customer_id: str, *, exclude: UUID) -> str | None:
        """The agent who already looks after this customer: on an open case, else the last one."""
        for case in await self._cases.open_cases_of(customer_id):
            if case.case_id != exclude and case.owner is not None:
                return case.owner.agent_id
        recent = await self._cases.last_resolved_case(customer_id, self._clock() - KEEPER_MEMORY)
        return recent.owner.agent_id if recent is not None and recent.owner is not None else None

    async def take_over(self, case: CaseRecord, new_owner: Agent) -> bool:
        """Move an owned case to `new_owner` (a transfer); False if its owner changed meanwhile."""
        if case.owner is None:
            return await self._try(case, new_owner, bypass_capacity=True) is not None
        if not await self._agents.claim(
            new_owner.agent_id, case.case_id, case.weight, bypass_capacity=True
        ):
            return False
        if not await self._cases.replace_owner(
            case.case_id, case.owner.agent_id, agent_ref(new_owner)
        ):
            await self._agents.release(new_owner.agent_id, case.case_id, case.weight)
            return False
        await self._agents.release(case.owner.agent_id, case.case_id, case.weight)
        return True

    async def release(self, case: CaseRecord) -> None:
        """Stop counting a resolved case against its owner's load."""
        if case.owner is not None:
            await self._agents.release(case.owner.agent_id, case.case_id, case.weight)

    async def reclaim(self, case: CaseRecord) -> None:
        """Count a reopened case against its owner again, whatever their capacity."""
        if case.owner is not None:
            await self._agents.claim(
                case.owner.agent_id, case.case_id, case.weight, bypass_capacity=True
            )

    async def _try(
        self, case: CaseRecord, agent: Agent, *, bypass_capacity: bool
    ) -> tuple[AgentRefV1 | None, bool]:
        if not await self._agents.claim(
            agent.agent_id, case.case_id, case.weight, bypass_capacity=bypass_capacity
        ):
            return None, False
        owner = agent_ref(agent)
        if await self._cases.set_owner_if_unowned(case.case_id, owner, self._clock()):
            log.info("case assigned", case_id=str(case.case_id), agent_id=agent.agent_id)
            return owner, True
        # Someone else set the owner first: give the slot back and report theirs.
        await self._agents.release(agent.agent_id, case.case_id, case.weight)
        current = await self._cases.get(case.case_id)
        return (current.owner if current else None), False

    async def _finish_interrupted_claim(self, case: CaseRecord) -> tuple[AgentRefV1 | None, bool]:
        holder = await self._agents.holder_of(case.case_id)
        if holder is None:
            return None, False
        entry = await self._agents.get(holder)
        if entry is None:
            return None, False
        owner = agent_ref(entry[0])
        if await self._cases.set_owner_if_unowned(case.case_id, owner, self._clock()):
            return owner, True
        current = await self._cases.get(case.case_id)
        if current is not None and current.owner is not None and current.owner.agent_id != holder:
            await self._agents.release(holder, case.case_id, case.weight)
        return (current.owner if current else None), False
