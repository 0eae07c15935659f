"""What people do at the desk: answer, resolve, transfer, escalate, merge, manage the roster."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from uuid import UUID

import structlog

from onecase_shared.events import CaseEventV1, utc_now
from onecase_triage.domain.case_aggregate import (
    Decision,
    add_note,
    decide_link,
    escalate,
    record_update_sent,
    resolve,
    transfer,
)
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.desk_permissions import (
    DeskRole,
    DeskUser,
    may_manage_roster,
    may_merge_customers,
    may_set_availability,
    may_work_on,
)
from onecase_triage.domain.lead_follow_up import awaits_lead, send_lead_follow_up
from onecase_triage.domain.roster import Agent, Role
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.ports import AgentDirectory, CaseRepository
from onecase_triage.service.assignment import CaseAssignment, agent_ref
from onecase_triage.service.case_queue import CaseQueue
from onecase_triage.service.case_relay import CaseRelay
from onecase_triage.service.contact_verification import ContactRefusedError, ContactVerification
from onecase_triage.service.identity_service import CustomerIdentity, MergeRefusedError

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
    """The desk's use cases; every change is one decision, and its events reach Kafka."""

    def __init__(
        self,
        *,
        cases: CaseRepository,
        roster: AgentDirectory,
        assignment: CaseAssignment,
        queue: CaseQueue,
        relay: CaseRelay,
        identity: CustomerIdentity,
        contacts: ContactVerification,
        rules: TriageRules,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._cases = cases
        self._roster = roster
        self._assignment = assignment
        self._queue = queue
        self._relay = relay
        self._identity = identity
        self._contacts = contacts
        self._rules = rules
        self._clock = clock

    async def post_update(self, case_id: UUID, user: DeskUser, text: str) -> CaseEventV1:
        """Send the customer a progress update now; the update clock starts again."""
        await self._workable(case_id, user)

        def decide(case: CaseRecord) -> Decision:
            _still_open(case)
            now = self._clock()
            clocks = self._assignment.clocks_after_update(case, at=now)
            return record_update_sent(case, text=text, clocks=clocks, at=now)

        return await self._decided(case_id, decide)

    async def send_lead_follow_up(self, case_id: UUID, user: DeskUser, text: str) -> CaseEventV1:
        """A team lead sends their staff-conduct follow-up to the customer; the task is done.

        It goes out as an update signed by the lead; the owner stays the owner. Only a desk
        user with the lead role who is a lead on the roster (their name signs it). A resolved
        case may still get it: its clocks are left as they are.
        """
        if user.role is not DeskRole.LEAD:
            raise ForbiddenError("only a team lead sends a lead's follow-up")
        lead = await self._roster.get(user.user_id)
        if lead is None or lead.role is not Role.LEAD:
            raise ForbiddenError(f"{user.user_id} is not a team lead on the roster")
        if await self._cases.load(case_id) is None:
            raise NotFoundError(f"no case {case_id}")

        def decide(case: CaseRecord) -> Decision:
            if not awaits_lead(case):
                raise ConflictError(f"case {case.number} has no lead follow-up waiting to be sent")
            now = self._clock()
            clocks = (
                self._assignment.clocks_after_update(case, at=now) if case.is_open else case.sla
            )
            return send_lead_follow_up(case, lead=agent_ref(lead), text=text, clocks=clocks, at=now)

        return await self._decided(case_id, decide)

    async def resolve(
        self, case_id: UUID, user: DeskUser, *, text: str | None, note: str | None
    ) -> CaseEventV1:
        """Resolve the case: its owner's load frees and the queue moves."""
        workable = await self._workable(case_id, user)

        def decide(case: CaseRecord) -> Decision:
            _still_open(case)
            now = self._clock()
            return resolve(
                case, text=text, note=note, at=now, follow_up_at=now + self._rules.follow_up_after
            )

        event = await self._decided(case_id, decide)
        # After the decision: a crash here leaves a slot on a resolved case, which the next
        # message of the customer frees (see complaint_triage._held_case).
        await self._cases.release_slots(case_id)
        if event.owner is not None:
            self._assignment.uncount(event.owner.agent_id, workable.weight)
        await self._queue.drain()
        return event

    async def transfer(
        self, case_id: UUID, user: DeskUser, *, to_agent: str, note: str
    ) -> CaseEventV1:
        """Hand the case to another agent who is online, with a note; the customer is told."""
        case = await self._workable(case_id, user)
        agent = await self._roster.get(to_agent)
        if agent is None:
            raise NotFoundError(f"no agent {to_agent}")
        if not agent.is_online(self._clock()):
            raise ConflictError(
                f"{agent.display_name} is offline: cases never go to offline agents"
            )
        if case.owner is not None and case.owner.agent_id == to_agent:
            raise ConflictError(f"{agent.display_name} already owns case {case.number}")
        return await self.hand_over(case, agent, note=note)

    async def hand_over(self, case: CaseRecord, agent: Agent, *, note: str) -> CaseEventV1:
        """Move the case to `agent` and record it (a transfer, or the owner going off shift).

        Refused if the owner changed since `case` was read: the person (or sweep) decided
        on an owner that is no longer there.
        """
        expected_owner = case.owner.agent_id if case.owner else None

        def decide(current: CaseRecord) -> Decision:
            _still_open(current)
            current_owner = current.owner.agent_id if current.owner else None
            if current_owner != expected_owner:
                raise ConflictError(f"case {case.number} changed owner meanwhile")
            clocks = self._assignment.rebased_clocks(current, agent)
            return transfer(current, agent_ref(agent), note=note, clocks=clocks, at=self._clock())

        event = await self._decided(case.case_id, decide)
        self._assignment.count(agent.agent_id, case.weight, at=self._clock())
        if expected_owner is not None:
            self._assignment.uncount(expected_owner, case.weight)
        log.info("case transferred", case_id=str(case.case_id), to=agent.agent_id)
        return event

    async def escalate(self, case_id: UUID, user: DeskUser, *, team: str, note: str) -> CaseEventV1:
        """Add a team as collaborator; the owner stays the customer's one contact."""
        await self._workable(case_id, user)

        def decide(case: CaseRecord) -> Decision:
            _still_open(case)
            return escalate(case, team=team, note=note, at=self._clock())

        return await self._decided(case_id, decide)

    async def add_note(self, case_id: UUID, user: DeskUser, text: str) -> CaseEventV1:
        """An internal note from the owner or a lead."""
        await self._workable(case_id, user)
        return await self._decided(
            case_id, lambda case: add_note(case, by=user.user_id, text=text, at=self._clock())
        )

    async def decide_link(
        self, case_id: UUID, customer_id: str, user: DeskUser, *, accept: bool, note: str
    ) -> CaseEventV1:
        """A lead accepts (the two customers merge) or rejects a suggested link."""
        case = await self._cases.load(case_id)
        if case is None:
            raise NotFoundError(f"no case {case_id}")
        if not may_merge_customers(user):
            raise ForbiddenError("only leads decide whether two customers are one person")
        if accept:
            await self.merge_customers(case.customer_id, customer_id, user, reason=note)

        def decide(current: CaseRecord) -> Decision:
            return decide_link(
                current, customer_id, by=user.user_id, accepted=accept, note=note, at=self._clock()
            )

        return await self._decided(case_id, decide)

    async def confirm_contact(
        self, case_id: UUID, contact_customer_id: str, user: DeskUser, *, note: str
    ) -> CaseRecord:
        """The owner or a lead vouches for an unverified contact: it becomes the customer's."""
        await self._workable(case_id, user)
        try:
            return await self._contacts.confirm(
                case_id, contact_customer_id, by=user.user_id, note=note
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
        await self._roster.save(agent)
        await self._assignment.refresh()
        await self._queue.drain()

    async def set_availability(self, agent_id: str, available: bool, user: DeskUser) -> Agent:
        """An agent goes available or away; going available drains the queue."""
        if not may_set_availability(user, agent_id):
            raise ForbiddenError("agents set only their own availability")
        current = await self._roster.get(agent_id)
        if current is None:
            raise NotFoundError(f"no agent {agent_id}")
        agent = current.model_copy(update={"available": available})
        await self._roster.save(agent)
        await self._assignment.refresh()
        if available:
            await self._queue.drain()
        return agent

    async def _decided(
        self, case_id: UUID, decide: Callable[[CaseRecord], Decision]
    ) -> CaseEventV1:
        decision = await self._relay.decide(case_id, decide)
        if decision is None:
            raise NotFoundError(f"no case {case_id}")
        return decision.events[-1]

    async def _workable(self, case_id: UUID, user: DeskUser) -> CaseRecord:
        case = await self._cases.load(case_id)
        if case is None:
            raise NotFoundError(f"no case {case_id}")
        if not may_work_on(user, case):
            raise ForbiddenError(f"case {case.number} belongs to another agent; ask a lead")
        _still_open(case)
        return case


def _still_open(case: CaseRecord) -> None:
    if not case.is_open:
        raise ConflictError(f"case {case.number} is resolved")
