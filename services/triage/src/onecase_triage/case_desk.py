"""What people do at the desk: answer, resolve, transfer, escalate, merge, manage the roster."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from uuid import UUID, uuid4

import structlog

from onecase_shared.events import CaseEventKind, CaseEventV1, utc_now
from onecase_triage.case_events import CaseEvents
from onecase_triage.case_queue import CaseQueue
from onecase_triage.case_router import CaseRouter
from onecase_triage.case_timing import CaseTiming
from onecase_triage.contact_verification import ContactRefusedError, ContactVerification
from onecase_triage.domain.case_record import CaseRecord, CaseStatus
from onecase_triage.domain.desk_permissions import (
    DeskUser,
    may_manage_roster,
    may_merge_customers,
    may_set_availability,
    may_work_on,
)
from onecase_triage.domain.roster import Agent
from onecase_triage.identity_service import CustomerIdentity, MergeRefusedError
from onecase_triage.ports import AgentDirectory, CaseStore

log = structlog.get_logger(__name__)


class DeskError(Exception):
    """A desk request that cannot be done; the message says why."""


class NotFoundError(DeskError):
    """No such case, agent, customer or merge."""


class ForbiddenError(DeskError):
    """The user's role does not allow this."""


class ConflictError(DeskError):
    """The case is not in a state that allows this (resolved, owner changed, offline agent)."""


class CaseDesk:
    """The desk's use cases; every change is a case event on `onecase.cases.v1`."""

    def __init__(
        self,
        *,
        cases: CaseStore,
        agents: AgentDirectory,
        router: CaseRouter,
        queue: CaseQueue,
        timing: CaseTiming,
        events: CaseEvents,
        identity: CustomerIdentity,
        contacts: ContactVerification,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._cases = cases
        self._agents = agents
        self._router = router
        self._queue = queue
        self._timing = timing
        self._events = events
        self._identity = identity
        self._contacts = contacts
        self._clock = clock

    async def post_update(self, case_id: UUID, user: DeskUser, text: str) -> CaseEventV1:
        """Send the customer a progress update now; the update clock starts again."""
        case = await self._workable(case_id, user)
        case = await self._timing.on_update_sent(case, at=self._clock())
        return await self._events.emit(
            case, CaseEventKind.UPDATE_REQUESTED, cause=_request(), update_text=text
        )

    async def resolve(
        self, case_id: UUID, user: DeskUser, *, text: str | None, note: str | None
    ) -> CaseEventV1:
        """Resolve the case: its owner's load frees and the queue moves."""
        case = await self._workable(case_id, user)
        now = self._clock()
        if not await self._cases.update(
            case_id,
            {"status": CaseStatus.RESOLVED.value, "resolved_at": now},
            expect={"status": CaseStatus.OPEN.value},
        ):
            raise ConflictError(f"case {case.number} was resolved meanwhile")
        await self._cases.release_slots(case_id)
        await self._router.release(case)
        resolved = case.model_copy(update={"status": CaseStatus.RESOLVED, "resolved_at": now})
        resolved = await self._timing.on_resolved(resolved, at=now)
        event = await self._events.emit(
            resolved, CaseEventKind.RESOLVED, cause=_request(), update_text=text, note=note
        )
        await self._queue.drain()
        return event

    async def transfer(
        self, case_id: UUID, user: DeskUser, *, to_agent: str, note: str
    ) -> CaseEventV1:
        """Hand the case to another agent who is online, with a note; the customer is told."""
        case = await self._workable(case_id, user)
        entry = await self._agents.get(to_agent)
        if entry is None:
            raise NotFoundError(f"no agent {to_agent}")
        agent = entry[0]
        if not agent.is_online(self._clock()):
            raise ConflictError(
                f"{agent.display_name} is offline: cases never go to offline agents"
            )
        if case.owner is not None and case.owner.agent_id == to_agent:
            raise ConflictError(f"{agent.display_name} already owns case {case.number}")
        return await self.hand_over(case, agent, note=note, cause=_request())

    async def hand_over(
        self, case: CaseRecord, agent: Agent, *, note: str, cause: str
    ) -> CaseEventV1:
        """Move the case to `agent` and record it (a transfer, or the owner going off shift)."""
        if not await self._router.take_over(case, agent):
            raise ConflictError(f"case {case.number} changed owner meanwhile")
        moved = await self._cases.get(case.case_id)
        assert moved is not None
        moved = await self._timing.on_assigned(moved)
        log.info("case transferred", case_id=str(case.case_id), to=agent.agent_id)
        return await self._events.emit(
            moved, CaseEventKind.TRANSFERRED, cause=cause, previous_owner=case.owner, note=note
        )

    async def escalate(self, case_id: UUID, user: DeskUser, *, team: str, note: str) -> CaseEventV1:
        """Add a team as collaborator; the owner stays the customer's one contact."""
        case = await self._workable(case_id, user)
        teams = tuple(dict.fromkeys((*case.collaborators, team)))
        await self._cases.update(case_id, {"collaborators": list(teams)}, expect={})
        case = case.model_copy(update={"collaborators": teams})
        return await self._events.emit(
            case, CaseEventKind.ESCALATED, cause=_request(), team=team, note=note
        )

    async def confirm_contact(
        self, case_id: UUID, contact_customer_id: str, user: DeskUser, *, note: str
    ) -> CaseRecord:
        """The owner or a lead vouches for an unverified contact: it becomes the customer's."""
        case = await self._workable(case_id, user)
        try:
            return await self._contacts.confirm(
                case, contact_customer_id, by=user.user_id, note=note
            )
        except ContactRefusedError as refused:
            raise NotFoundError(str(refused)) from refused

    async def merge_customers(self, first: str, second: str, user: DeskUser, *, reason: str) -> str:
        """Merge two customers (a lead's decision); the id that survives."""
        if not may_merge_customers(user):
            raise ForbiddenError("only leads merge customers")
        try:
            return await self._identity.merge(first, second, reason=reason, by=user.user_id)
        except MergeRefusedError as refused:
            raise ConflictError(str(refused)) from refused

    async def undo_merge(self, merge_id: str, user: DeskUser) -> tuple[str, str]:
        """Separate two merged customers again."""
        if not may_merge_customers(user):
            raise ForbiddenError("only leads separate customers")
        separated = await self._identity.undo(merge_id, by=user.user_id)
        if separated is None:
            raise NotFoundError(f"no merge {merge_id} to undo")
        return separated

    async def save_agent(self, agent: Agent, user: DeskUser) -> None:
        """Add or change an agent; queued cases may now fit them."""
        if not may_manage_roster(user):
            raise ForbiddenError("only leads manage the roster")
        await self._agents.save(agent)
        await self._queue.drain()

    async def set_availability(self, agent_id: str, available: bool, user: DeskUser) -> Agent:
        """An agent goes available or away; going available drains the queue."""
        if not may_set_availability(user, agent_id):
            raise ForbiddenError("agents set only their own availability")
        entry = await self._agents.get(agent_id)
        if entry is None:
            raise NotFoundError(f"no agent {agent_id}")
        agent = entry[0].model_copy(update={"available": available})
        await self._agents.save(agent)
        if available:
            await self._queue.drain()
        return agent

    async def _workable(self, case_id: UUID, user: DeskUser) -> CaseRecord:
        case = await self._cases.get(case_id)
        if case is None:
            raise NotFoundError(f"no case {case_id}")
        if not may_work_on(user, case):
            raise ForbiddenError(f"case {case.number} belongs to another agent; ask a lead")
        if not case.is_open:
            raise ConflictError(f"case {case.number} is resolved")
        return case


def _request() -> str:
    # Each desk request is its own cause: two identical updates are two messages.
    return f"desk:{uuid4()}"
