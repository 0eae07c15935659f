"""The queue of cases nobody can take yet, drained the moment capacity frees."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

import structlog

from onecase_shared.events import utc_now
from onecase_triage.domain.case_aggregate import Decision, assign, unchanged
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.roster import Agent
from onecase_triage.ports import CaseRepository
from onecase_triage.service.assignment import KEEPER_MEMORY, CaseAssignment, agent_ref
from onecase_triage.service.case_relay import CaseRelay

log = structlog.get_logger(__name__)

DRAIN_BATCH = 200


class CaseQueue:
    """Assigns queued cases, most urgent and longest waiting first."""

    def __init__(
        self,
        *,
        cases: CaseRepository,
        assignment: CaseAssignment,
        relay: CaseRelay,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._cases = cases
        self._assignment = assignment
        self._relay = relay
        self._clock = clock

    async def drain(self) -> int:
        """Try every queued case once; how many found an owner.

        A case nobody can take does not block the ones behind it: they may need other
        skills or languages.
        """
        assigned = 0
        for case in await self._cases.queued(DRAIN_BATCH):
            keeper = await self._keeper(case)
            owner = await self._assignment.choose_owner(case, keeper=keeper)
            if owner is None:
                continue

            decision = None
            try:
                decision = await self._relay.decide(
                    case.case_id, partial(self._assign, owner=owner)
                )
            finally:
                stored = decision is not None and bool(decision.events)
                self._assignment.settle(case.case_id, stored=stored)
            if stored:
                assigned += 1
        if assigned:
            log.info("queued cases assigned", count=assigned)
        return assigned

    def _assign(self, current: CaseRecord, *, owner: Agent) -> Decision:
        if current.owner is not None or not current.is_open:
            return unchanged(current)  # someone assigned it meanwhile
        return assign(
            current,
            agent_ref(owner),
            clocks=self._assignment.rebased_clocks(current, owner),
            at=self._clock(),
            from_queue=True,
        )

    async def _keeper(self, case: CaseRecord) -> str | None:
        """The agent who already looks after this customer, if any."""
        open_cases, recent = await self._cases.find_open_for_customer(
            case.customer_id, resolved_since=self._clock() - KEEPER_MEMORY
        )
        for other in open_cases:
            if other.case_id != case.case_id and other.owner is not None:
                return other.owner.agent_id
        return recent.owner.agent_id if recent is not None and recent.owner else None
