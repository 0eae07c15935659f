"""The queue of cases nobody can take yet, drained the moment capacity frees."""

from __future__ import annotations

import structlog

from onecase_shared.events import CaseEventKind
from onecase_triage.case_events import CaseEvents
from onecase_triage.case_router import CaseRouter
from onecase_triage.case_timing import CaseTiming
from onecase_triage.ports import CaseStore

log = structlog.get_logger(__name__)

DRAIN_BATCH = 200


class CaseQueue:
    """Assigns queued cases, most urgent and longest waiting first."""

    def __init__(
        self, *, cases: CaseStore, router: CaseRouter, timing: CaseTiming, events: CaseEvents
    ) -> None:
        self._cases = cases
        self._router = router
        self._timing = timing
        self._events = events

    async def drain(self) -> int:
        """Try every queued case once; how many found an owner.

        A case nobody can take does not block the ones behind it: they may need other
        skills or languages.
        """
        assigned = 0
        for case in await self._cases.queued(DRAIN_BATCH):
            owner, assigned_here = await self._router.route(
                case,
                preferred_agent=await self._router.keeper_of(
                    case.customer_id, exclude=case.case_id
                ),
            )
            if owner is None or not assigned_here:
                continue  # queued still, or the complaint that opened it assigned it first
            owned = await self._timing.on_assigned(case.model_copy(update={"owner": owner}))
            await self._events.emit(owned, CaseEventKind.ASSIGNED, cause="queue")
            assigned += 1
        if assigned:
            log.info("queued cases assigned", count=assigned)
        return assigned
