"""Triage's use case: a complaint joins the customer's case, reopens it, or opens one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from uuid import UUID

import structlog

from onecase_shared.events import (
    CaseEventKind,
    CategoryV1,
    ComplaintReceivedV1,
    UrgencyV1,
    utc_now,
)
from onecase_shared.kafka import RetryLaterError
from onecase_triage.case_events import CaseEvents
from onecase_triage.case_router import CaseRouter
from onecase_triage.case_timing import CaseTiming
from onecase_triage.contact_verification import ContactVerification
from onecase_triage.domain.case_opening import (
    assess,
    case_id_for,
    is_angry,
    new_case,
    raised_urgency,
    reply_target_for,
    with_reply_target,
)
from onecase_triage.domain.case_record import CaseRecord, CaseStatus
from onecase_triage.domain.case_threading import (
    follows_up,
    is_clearly_another_issue,
    reply_chain_keys,
    slot_for,
    thread_keys_of,
)
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.domain.urgency import CustomerContext
from onecase_triage.identity_service import CustomerIdentity
from onecase_triage.ports import CaseStore

log = structlog.get_logger(__name__)


class Outcome(StrEnum):
    """What a complaint did to the customer's cases."""

    OPENED = "opened"
    JOINED = "joined"
    REOPENED = "reopened"


class ComplaintTriage:
    """Threads each complaint into one case with exactly one owner, then announces it."""

    def __init__(
        self,
        *,
        cases: CaseStore,
        identity: CustomerIdentity,
        contacts: ContactVerification,
        router: CaseRouter,
        events: CaseEvents,
        timing: CaseTiming,
        rules: TriageRules,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._cases = cases
        self._identity = identity
        self._contacts = contacts
        self._router = router
        self._events = events
        self._timing = timing
        self._rules = rules
        self._clock = clock

    async def on_complaint_received(self, complaint: ComplaintReceivedV1) -> None:
        """Store the complaint's effects, then publish the events it caused.

        The message is attached last: once it is stored, every effect before it is too, so
        a redelivery only publishes the stored events again (same event ids).
        """
        cause = str(complaint.complaint_id)
        if await self._cases.message_case(complaint.complaint_id) is not None:
            await self._events.republish(cause)
            return
        author = await self._identity.resolve(complaint)
        customer_id = author.customer_id
        linked = await self._linked_case(complaint)
        claimed = await self._contacts.claimed_case(author, linked)
        if claimed is not None:
            await self._as_contact(*claimed, complaint, customer_id)
            return
        if linked is not None and await self._identity.root_of(linked.customer_id) != customer_id:
            linked = None  # another customer's closed case: the claim leads nowhere
        case, outcome = await self._case_for(complaint, customer_id, linked)
        if outcome is Outcome.OPENED:
            case = await self._open(case, complaint)
        elif outcome is Outcome.REOPENED:
            case = await self._record_exchange(case, complaint)
            await self._router.reclaim(case)
            await self._events.emit(
                case,
                CaseEventKind.REOPENED,
                cause=cause,
                correlation_id=complaint.correlation_id,
                complaint_id=complaint.complaint_id,
                reply_target=reply_target_for(complaint),
            )
        else:
            case = await self._join(case, complaint)
        await self._contacts.suggest_links(case, author)
        await self._cases.add_message(case.case_id, complaint, thread_keys_of(complaint))
        log.info(
            "complaint triaged",
            complaint_id=cause,
            case_id=str(case.case_id),
            customer_id=customer_id,
            outcome=outcome.value,
        )

    async def _linked_case(self, complaint: ComplaintReceivedV1) -> CaseRecord | None:
        """The case the message's reply chain, or else its quoted case number, points into."""
        linked = await self._cases.case_for_thread(reply_chain_keys(complaint))
        if linked is None and complaint.case_reference:
            linked = await self._cases.case_by_number(complaint.case_reference)
        return linked

    async def _as_contact(
        self, case: CaseRecord, claim: str, complaint: ComplaintReceivedV1, writer: str
    ) -> None:
        """A message that reached another customer's case by a claim: kept and marked.

        It is answered generically; once the writer proves the link, it joins the case.
        """
        case, proved = await self._contacts.on_message(case, complaint, writer, claim)
        if proved:
            case = await self._join(case, complaint)
            await self._events.emit(
                case,
                CaseEventKind.CONTACT_VERIFIED,
                cause=str(complaint.complaint_id),
                correlation_id=complaint.correlation_id,
                complaint_id=complaint.complaint_id,
                reply_target=reply_target_for(complaint),
            )
        await self._cases.add_message(case.case_id, complaint, thread_keys_of(complaint))
        log.info(
            "complaint triaged",
            complaint_id=str(complaint.complaint_id),
            case_id=str(case.case_id),
            outcome="verified_contact" if proved else "unverified_contact",
        )

    async def _case_for(
        self, complaint: ComplaintReceivedV1, customer_id: str, linked: CaseRecord | None
    ) -> tuple[CaseRecord, Outcome]:
        if linked is not None:
            if linked.is_open:
                return linked, Outcome.JOINED
            if self._within_reopen_window(linked):
                return await self._reopen(linked)
        open_cases = await self._cases.open_cases_of(customer_id)
        candidate = case_id_for(complaint)
        own = next((case for case in open_cases if case.case_id == candidate), None)
        if own is not None:
            # This complaint opened the case before a crash cut its work short: finish the
            # opening (owner, events), rather than treat it as the customer writing again.
            return own, Outcome.OPENED
        assessment = assess(
            complaint, weights=self._rules.urgency_weights, judgment=self._rules.judgment
        )
        category = assessment[1]
        slot = slot_for(customer_id)
        if open_cases:
            if not is_clearly_another_issue(
                message_category=category.name,
                message_confidence=category.confidence,
                open_categories=tuple(case.category.name for case in open_cases),
                min_confidence=self._rules.other_issue_min_confidence,
                following_up=follows_up(complaint),
            ):
                return open_cases[-1], Outcome.JOINED
            slot = slot_for(customer_id, category.name)
        elif (
            recent := await self._cases.last_resolved_case(
                customer_id, self._clock() - self._rules.reopen_window
            )
        ) is not None:
            return await self._reopen(recent)
        holder = await self._cases.claim_slot(
            slot, customer_id=customer_id, case_id=candidate, category=category.name
        )
        if holder == candidate:
            return self._new_case(complaint, customer_id, assessment), Outcome.OPENED
        return await self._held_case(holder), Outcome.JOINED

    async def _held_case(self, case_id: UUID) -> CaseRecord:
        """The case that won an open slot; its winner may not have stored it yet."""
        existing = await self._cases.get(case_id)
        if existing is None:
            msg = f"case {case_id} is being opened by another consumer"
            raise RetryLaterError(msg)
        return existing

    def _within_reopen_window(self, case: CaseRecord) -> bool:
        resolved_at = case.resolved_at or case.opened_at
        return self._clock() - resolved_at <= self._rules.reopen_window

    async def _reopen(self, case: CaseRecord) -> tuple[CaseRecord, Outcome]:
        holder = await self._cases.claim_slot(
            slot_for(case.customer_id),
            customer_id=case.customer_id,
            case_id=case.case_id,
            category=case.category.name,
        )
        if holder != case.case_id:
            return await self._held_case(holder), Outcome.JOINED
        now = self._clock()
        await self._cases.update(
            case.case_id,
            {"status": CaseStatus.OPEN.value, "resolved_at": None},
            expect={},
        )
        reopened = case.model_copy(update={"status": CaseStatus.OPEN, "resolved_at": None})
        reopened = await self._timing.restart(reopened, at=now)
        return reopened, Outcome.REOPENED

    def _new_case(
        self,
        complaint: ComplaintReceivedV1,
        customer_id: str,
        assessment: tuple[UrgencyV1, CategoryV1],
    ) -> CaseRecord:
        now = self._clock()
        level = assessment[0].level
        return new_case(
            complaint,
            case_id=case_id_for(complaint),
            customer_id=customer_id,
            assessment=assessment,
            weight=self._rules.routing_weights.weight_for(level),
            sla=self._timing.clocks_for(level, team=None, at=now),
            opened_at=now,
            lead_follow_up_after=self._rules.lead_follow_up_after,
        )

    async def _open(self, case: CaseRecord, complaint: ComplaintReceivedV1) -> CaseRecord:
        cause = str(complaint.complaint_id)
        redelivered_owned = False
        if not await self._cases.create(case):
            # A redelivery after a crash: the stored case (maybe owned by now) is the truth.
            case = await self._cases.get(case.case_id) or case
            redelivered_owned = case.owner is not None
        keeper = await self._router.keeper_of(case.customer_id, exclude=case.case_id)
        owner, assigned_here = await self._router.route(case, preferred_agent=keeper)
        if owner is not None:
            case = await self._timing.on_assigned(case.model_copy(update={"owner": owner}))
        correlation = complaint.correlation_id
        first = complaint.complaint_id
        await self._events.emit(
            case, CaseEventKind.OPENED, cause=cause, correlation_id=correlation, complaint_id=first
        )
        # The queue may have assigned it between our insert and our routing: then it announced
        # the owner. A redelivery announces (again, under the same key) what it finds assigned.
        if owner is not None and (assigned_here or redelivered_owned):
            await self._events.emit(
                case,
                CaseEventKind.ASSIGNED,
                cause=cause,
                correlation_id=correlation,
                complaint_id=first,
            )
        return case

    async def _join(self, case: CaseRecord, complaint: ComplaintReceivedV1) -> CaseRecord:
        cause = str(complaint.complaint_id)
        case = await self._record_exchange(case, complaint)
        await self._events.emit(
            case,
            CaseEventKind.MESSAGE_ADDED,
            cause=cause,
            correlation_id=complaint.correlation_id,
            complaint_id=complaint.complaint_id,
            reply_target=reply_target_for(complaint),
        )
        if (
            case.flagged_for_lead
            and case.angry_exchanges == self._rules.angry_exchanges_before_flag
        ):
            await self._events.emit(
                case,
                CaseEventKind.FLAGGED_FOR_LEAD,
                cause=cause,
                correlation_id=complaint.correlation_id,
                note=f"{case.angry_exchanges} angry messages: a lead should offer another contact",
            )
        return case

    async def _record_exchange(
        self, case: CaseRecord, complaint: ComplaintReceivedV1
    ) -> CaseRecord:
        """Count the message, rescore with the repeats and the wait so far, count anger."""
        waited_h = max((self._clock() - case.opened_at).total_seconds() / 3600, 0.0)
        context = CustomerContext(prior_contacts=case.message_count, hours_waiting=waited_h)
        urgency, _ = assess(
            complaint,
            weights=self._rules.urgency_weights,
            context=context,
            judgment=self._rules.judgment,
        )
        angry = case.angry_exchanges + (1 if is_angry(urgency) else 0)
        raised = raised_urgency(case.urgency, urgency)
        flagged = case.flagged_for_lead or angry >= self._rules.angry_exchanges_before_flag
        targets = with_reply_target(case.reply_targets, reply_target_for(complaint))
        counts = {"message_count": case.message_count + 1, "angry_exchanges": angry}
        if not await self._cases.update(
            case.case_id,
            {
                **counts,
                "flagged_for_lead": flagged,
                "urgency": raised.model_dump(mode="json"),
                "reply_targets": [t.model_dump(mode="json") for t in targets],
            },
            expect={"message_count": case.message_count},
        ):
            # Another message of this case was counted at the same moment: keep its count.
            return case
        return case.model_copy(
            update={
                **counts,
                "flagged_for_lead": flagged,
                "urgency": raised,
                "reply_targets": targets,
            }
        )
