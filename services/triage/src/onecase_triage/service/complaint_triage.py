"""Triage's use case: a complaint joins the customer's case, reopens it, or opens one.

Whatever it does is one decision on one case, stored with one compare-and-set together
with its events (see case_relay). A redelivered complaint finds its id on the case and
only publishes what may still be unpublished.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

import structlog

from onecase_shared.events import (
    AgentRefV1,
    CategoryV1,
    ComplaintReceivedV1,
    UrgencyV1,
    utc_now,
)
from onecase_shared.kafka import RetryLaterError
from onecase_triage.domain.case_aggregate import Decision, has_applied, with_message
from onecase_triage.domain.case_conversation import (
    add_message,
    open_case,
    record_incidents,
    reopen_with_message,
    suggest_links,
)
from onecase_triage.domain.case_incidents import incidents_in
from onecase_triage.domain.case_opening import (
    STAFF_CONDUCT,
    assess,
    case_id_for,
    new_case,
    reply_target_for,
)
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.case_threading import (
    follows_up,
    is_clearly_another_issue,
    reply_chain_keys,
    slot_for,
    thread_keys_of,
)
from onecase_triage.domain.roster import lead_for
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.domain.urgency import CustomerContext
from onecase_triage.ports import CaseRepository
from onecase_triage.service.assignment import KEEPER_MEMORY, CaseAssignment, agent_ref
from onecase_triage.service.case_relay import CaseRelay, ConflictRetriesExhaustedError
from onecase_triage.service.contact_verification import ContactVerification
from onecase_triage.service.identity_service import CustomerIdentity, ResolvedAuthor

log = structlog.get_logger(__name__)

_ATTEMPTS = 8


class Outcome(StrEnum):
    """What a complaint did to the customer's cases."""

    OPENED = "opened"
    JOINED = "joined"
    REOPENED = "reopened"


@dataclass(frozen=True)
class _Target:
    case: CaseRecord
    outcome: Outcome
    keeper: str | None = None


class _SlotChangedError(Exception):
    """The open slot pointed at a case resolved since: look again."""


class ComplaintTriage:
    """Threads each complaint into one case with exactly one owner, then announces it."""

    def __init__(
        self,
        *,
        cases: CaseRepository,
        identity: CustomerIdentity,
        contacts: ContactVerification,
        assignment: CaseAssignment,
        relay: CaseRelay,
        rules: TriageRules,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._cases = cases
        self._identity = identity
        self._contacts = contacts
        self._assignment = assignment
        self._relay = relay
        self._rules = rules
        self._clock = clock

    async def on_complaint_received(self, complaint: ComplaintReceivedV1) -> None:
        """Decide what the complaint does to the customer's cases, store it, publish it."""
        author = await self._identity.resolve(complaint)
        for _ in range(_ATTEMPTS):
            try:
                if await self._attempt(complaint, author):
                    return
            except _SlotChangedError:
                continue
        msg = f"the cases of complaint {complaint.complaint_id} kept changing"
        raise ConflictRetriesExhaustedError(msg)

    async def _attempt(self, complaint: ComplaintReceivedV1, author: ResolvedAuthor) -> bool:
        """One try at the decision; False when a concurrent write got there first."""
        linked = await self._linked_case(complaint)
        if linked is not None and has_applied(linked, complaint.complaint_id):
            await self._relay.republish(linked, complaint.complaint_id)  # a redelivery
            return True
        claimed = await self._contacts.claimed_case(author, linked)
        if claimed is not None:
            return await self._as_contact(*claimed, complaint, author.customer_id)
        customer_id = author.customer_id
        if linked is not None and await self._identity.root_of(linked.customer_id) != customer_id:
            linked = None  # another customer's closed case: the claim leads nowhere
        target = await self._target(
            complaint, customer_id, linked, new_customer=author.new_customer
        )
        case = target.case
        if has_applied(case, complaint.complaint_id):
            await self._relay.republish(case, complaint.complaint_id)
            return True
        decision = await self._decide(target, complaint)
        decision = decision.then(await self._incidents(decision.case, complaint, target.outcome))
        updated = suggest_links(
            with_message(decision.case, complaint.complaint_id, thread_keys_of(complaint)),
            self._contacts.link_suggestions(case, author),
        )
        if not await self._store(Decision(updated, decision.events), case, complaint):
            return False
        log.info(
            "complaint triaged",
            complaint_id=str(complaint.complaint_id),
            case_id=str(case.case_id),
            customer_id=customer_id,
            outcome=target.outcome.value,
        )
        return True

    async def _store(
        self, decision: Decision, before: CaseRecord, complaint: ComplaintReceivedV1
    ) -> bool:
        saved = False
        try:
            saved = await self._relay.save(
                decision, expected_version=before.version, message=complaint
            )
        finally:
            self._assignment.settle(before.case_id, stored=saved)
        if not saved:
            return False
        await self._relay.publish(decision.case)
        return True

    async def _as_contact(
        self, case: CaseRecord, claim: str, complaint: ComplaintReceivedV1, writer: str
    ) -> bool:
        """A message that reached another customer's case by a claim: kept and marked."""
        if has_applied(case, complaint.complaint_id):
            await self._relay.republish(case, complaint.complaint_id)
            return True
        lead = await self._lead_of(case)
        decision, proved = await self._contacts.on_message(
            case,
            complaint,
            writer,
            claim,
            join=lambda current: self._join(current, complaint, lead),
        )
        updated = with_message(decision.case, complaint.complaint_id, thread_keys_of(complaint))
        if not await self._store(Decision(updated, decision.events), case, complaint):
            return False
        log.info(
            "complaint triaged",
            complaint_id=str(complaint.complaint_id),
            case_id=str(case.case_id),
            outcome="verified_contact" if proved else "unverified_contact",
        )
        return True

    async def _linked_case(self, complaint: ComplaintReceivedV1) -> CaseRecord | None:
        """The case the message's reply chain, or else its quoted case number, points into."""
        linked = await self._cases.find_by_thread(reply_chain_keys(complaint))
        if linked is None and complaint.case_reference:
            linked = await self._cases.find_by_number(complaint.case_reference)
        return linked

    async def _target(
        self,
        complaint: ComplaintReceivedV1,
        customer_id: str,
        linked: CaseRecord | None,
        *,
        new_customer: bool,
    ) -> _Target:
        now = self._clock()
        if linked is not None:
            if linked.is_open:
                return _Target(linked, Outcome.JOINED)
            if now - (linked.resolved_at or linked.opened_at) <= self._rules.reopen_window:
                return await self._reopen_target(linked)
        open_cases: list[CaseRecord] = []
        recent: CaseRecord | None = None
        if not new_customer:  # a customer created by this complaint has no case to look up
            open_cases, recent = await self._cases.find_open_for_customer(
                customer_id, resolved_since=now - KEEPER_MEMORY
            )
        candidate = case_id_for(complaint)
        own = next((case for case in open_cases if case.case_id == candidate), None)
        if own is not None:
            return _Target(own, Outcome.JOINED)  # already applied: the caller sees it
        urgency, category = self._assess(complaint)
        slot = slot_for(customer_id)
        if open_cases:
            if not is_clearly_another_issue(
                message_category=category.name,
                message_confidence=category.confidence,
                open_categories=tuple(case.category.name for case in open_cases),
                min_confidence=self._rules.other_issue_min_confidence,
                following_up=follows_up(complaint),
            ):
                return _Target(open_cases[-1], Outcome.JOINED)
            slot = slot_for(customer_id, category.name)
        elif (
            recent is not None
            and recent.resolved_at is not None
            and now - recent.resolved_at <= self._rules.reopen_window
        ):
            return await self._reopen_target(recent)
        holder = await self._cases.claim_slot(
            slot, customer_id=customer_id, case_id=candidate, category=category.name
        )
        if holder != candidate:
            return _Target(await self._held_case(slot, holder), Outcome.JOINED)
        keeper = next((c.owner.agent_id for c in open_cases if c.owner is not None), None)
        if keeper is None and recent is not None and recent.owner is not None:
            keeper = recent.owner.agent_id
        case = new_case(
            complaint,
            case_id=candidate,
            customer_id=customer_id,
            assessment=(urgency, category),
            weight=self._rules.routing_weights.weight_for(urgency.level),
            sla=self._assignment.clocks_for_level(urgency.level, at=now),
            opened_at=now,
            lead_follow_up_after=self._rules.lead_follow_up_after,
        )
        return _Target(case, Outcome.OPENED, keeper)

    async def _reopen_target(self, case: CaseRecord) -> _Target:
        slot = slot_for(case.customer_id)
        holder = await self._cases.claim_slot(
            slot, customer_id=case.customer_id, case_id=case.case_id, category=case.category.name
        )
        if holder != case.case_id:
            return _Target(await self._held_case(slot, holder), Outcome.JOINED)
        return _Target(case, Outcome.REOPENED)

    async def _held_case(self, slot: str, holder: UUID) -> CaseRecord:
        """The case that holds an open slot; its winner may not have stored it yet."""
        existing = await self._cases.load(holder)
        if existing is None:
            msg = f"case {holder} is being opened by another consumer"
            raise RetryLaterError(msg)
        if not existing.is_open:
            # Resolved, and a crash kept it from freeing its slot: free it, look again.
            await self._cases.release_slot_held_by(slot, holder)
            raise _SlotChangedError(slot)
        return existing

    async def _decide(self, target: _Target, complaint: ComplaintReceivedV1) -> Decision:
        case, now = target.case, self._clock()
        if target.outcome is Outcome.OPENED:
            owner = await self._assignment.choose_owner(case, keeper=target.keeper)
            return open_case(
                case,
                complaint_id=complaint.complaint_id,
                correlation_id=complaint.correlation_id,
                owner=agent_ref(owner) if owner else None,
                owned_clocks=self._assignment.rebased_clocks(case, owner) if owner else case.sla,
                at=now,
            )
        if target.outcome is Outcome.REOPENED:
            owner = await self._assignment.agent(case.owner.agent_id) if case.owner else None
            if case.owner is not None:
                self._assignment.count(case.owner.agent_id, case.weight, at=now)
            return reopen_with_message(
                case,
                complaint_id=complaint.complaint_id,
                correlation_id=complaint.correlation_id,
                urgency=self._rescore(case, complaint),
                reply_target=reply_target_for(complaint),
                angry_limit=self._rules.angry_exchanges_before_flag,
                clocks=self._assignment.clocks_for(case, owner, at=now),
                at=now,
            )
        return self._join(case, complaint, await self._lead_of(case))

    def _join(
        self, case: CaseRecord, complaint: ComplaintReceivedV1, lead: AgentRefV1 | None
    ) -> Decision:
        return add_message(
            case,
            complaint_id=complaint.complaint_id,
            correlation_id=complaint.correlation_id,
            urgency=self._rescore(case, complaint),
            reply_target=reply_target_for(complaint),
            angry_limit=self._rules.angry_exchanges_before_flag,
            at=self._clock(),
            lead=lead,
            alerts=self._rules.lead_alerts,
        )

    async def _incidents(
        self, case: CaseRecord, complaint: ComplaintReceivedV1, outcome: Outcome
    ) -> Decision:
        """Threats and abuse in the message go on the case; the lead hears of new ones."""
        message_urgency, _ = self._assess(complaint)
        return record_incidents(
            case,
            incidents_in(complaint, message_urgency),
            staff_conduct_opened=outcome is Outcome.OPENED and case.category.name == STAFF_CONDUCT,
            lead=await self._lead_of(case),
            at=self._clock(),
            correlation_id=complaint.correlation_id,
            alerts=self._rules.lead_alerts,
        )

    async def _lead_of(self, case: CaseRecord) -> AgentRefV1 | None:
        """The lead offered to the customer if anger persists (the roster is cached)."""
        owner = case.owner.agent_id if case.owner else None
        lead = lead_for(owner, await self._assignment.roster(), now=self._clock())
        return agent_ref(lead) if lead else None

    def _assess(self, complaint: ComplaintReceivedV1) -> tuple[UrgencyV1, CategoryV1]:
        return assess(complaint, weights=self._rules.urgency_weights, judgment=self._rules.judgment)

    def _rescore(self, case: CaseRecord, complaint: ComplaintReceivedV1) -> UrgencyV1:
        """The message's urgency with the repeats and the wait so far."""
        waited_h = max((self._clock() - case.opened_at).total_seconds() / 3600, 0.0)
        context = CustomerContext(prior_contacts=case.message_count, hours_waiting=waited_h)
        urgency, _ = assess(
            complaint,
            weights=self._rules.urgency_weights,
            context=context,
            judgment=self._rules.judgment,
        )
        return urgency
