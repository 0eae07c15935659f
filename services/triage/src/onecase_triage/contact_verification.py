"""Claimed links: a writer who reaches another customer's case is a contact to verify, not them."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime

import structlog

from onecase_shared.events import CaseEventKind, ComplaintReceivedV1, utc_now
from onecase_shared.kafka import RetryLaterError
from onecase_triage.case_events import CaseEvents
from onecase_triage.domain.case_contacts import (
    CODE_DIGITS,
    CaseContact,
    ContactState,
    LinkSuggestion,
    after_message,
    confirmed,
    contact_of,
    new_contact,
    proves_control,
    tries_a_code,
    with_contact,
)
from onecase_triage.domain.case_opening import reply_target_for, with_reply_target
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.identity_evidence import EvidenceKind
from onecase_triage.identity_service import CustomerIdentity, MergeRefusedError, ResolvedAuthor
from onecase_triage.ports import CaseStore

log = structlog.get_logger(__name__)

# Claims that name a way to reach someone: they lead to that person's open case as a contact.
_CONTACT_CLAIMS = frozenset(
    {EvidenceKind.TYPED_HANDLE, EvidenceKind.EMAIL_IN_TEXT, EvidenceKind.PHONE_IN_TEXT}
)
_SAVE_ATTEMPTS = 5


class ContactRefusedError(Exception):
    """The desk asked to confirm a contact the case does not have, or one already verified."""


def _at_revision(revision: int) -> dict[str, object]:
    # Cases stored before contacts existed have no revision field: that is revision 0.
    if revision:
        return {"contact_revision": revision}
    return {"$or": [{"contact_revision": 0}, {"contact_revision": {"$exists": False}}]}


def _draw_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


class ContactVerification:
    """Keeps claimed writers apart from a case's customer until they prove it or a person does."""

    def __init__(
        self,
        *,
        cases: CaseStore,
        identity: CustomerIdentity,
        events: CaseEvents,
        clock: Callable[[], datetime] = utc_now,
        draw_code: Callable[[], str] = _draw_code,
    ) -> None:
        self._cases = cases
        self._identity = identity
        self._events = events
        self._clock = clock
        self._draw_code = draw_code

    async def claimed_case(
        self, author: ResolvedAuthor, linked: CaseRecord | None
    ) -> tuple[CaseRecord, str] | None:
        """Another customer's open case this message reaches only by a claim, and which claim.

        `linked` is the case the message's reply chain or quoted case number points into.
        """
        if linked is not None:
            if await self._identity.root_of(linked.customer_id) == author.customer_id:
                return None
            if linked.is_open:
                return (linked, "replied in the case's thread or quoted its number")
        for claim in author.claims:
            if claim.verified and claim.evidence.kind in _CONTACT_CLAIMS:
                open_cases = await self._cases.open_cases_of(claim.holder)
                if open_cases:
                    return open_cases[-1], claim.evidence.detail
        return None

    async def on_message(
        self, case: CaseRecord, complaint: ComplaintReceivedV1, writer: str, claim: str
    ) -> tuple[CaseRecord, bool]:
        """Record the writer's message on `case` as an unverified contact's; True once proved.

        The first message sends a one-time code to the case's own channel. A later message
        carrying that code proves the writer controls both, and their customers are merged.
        """
        cause = str(complaint.complaint_id)
        target = reply_target_for(complaint)
        existing = contact_of(case.contacts, writer)
        if existing is None:
            # The event is stored first, under a key of this message: a redelivery gets the
            # same event back, so the code it sent and the digest kept always agree.
            event = await self._events.emit(
                case,
                CaseEventKind.CONTACT_UNVERIFIED,
                cause=cause,
                correlation_id=complaint.correlation_id,
                complaint_id=complaint.complaint_id,
                reply_target=target,
                verification_code=self._draw_code(),
                summary=None,
                facts=None,
            )
            contact = new_contact(
                customer_id=writer,
                handle=complaint.author,
                claim=claim,
                reply_target=target,
                complaint_id=complaint.complaint_id,
                code=event.verification_code or "",
                at=self._clock(),
            )
            log.info("unverified contact on a case", case_id=str(case.case_id), claim=claim)
            return await self._save(case, contact), False
        now = self._clock()
        unverified = existing.state is ContactState.UNVERIFIED
        proved = unverified and proves_control(existing, complaint.text, now=now)
        updated = after_message(
            existing, complaint.complaint_id, proved=proved, tried=tries_a_code(complaint.text)
        )
        if proved:
            await self._link(writer, case, reason="proved with a one-time code", by="customer")
            return await self._save(case, updated), True
        case = await self._save(case, updated)
        await self._events.emit(
            case,
            CaseEventKind.CONTACT_UNVERIFIED,
            cause=cause,
            correlation_id=complaint.correlation_id,
            complaint_id=complaint.complaint_id,
            reply_target=target,
            summary=None,
            facts=None,
        )
        return case, False

    async def confirm(self, case: CaseRecord, writer: str, *, by: str, note: str) -> CaseRecord:
        """A person vouches that the contact is the case's customer: merge, and answer there."""
        contact = contact_of(case.contacts, writer)
        if contact is None or contact.is_verified:
            msg = f"case {case.number} has no unverified contact {writer}"
            raise ContactRefusedError(msg)
        await self._link(writer, case, reason=f"confirmed at the desk: {note}", by=by)
        case = await self._save(case, confirmed(contact, by=by, note=note))
        targets = with_reply_target(case.reply_targets, contact.reply_target)
        if await self._cases.update(
            case.case_id,
            {"reply_targets": [t.model_dump(mode="json") for t in targets]},
            expect={},
        ):
            case = case.model_copy(update={"reply_targets": targets})
        await self._events.emit(
            case,
            CaseEventKind.CONTACT_VERIFIED,
            cause=f"confirm:{writer}",
            reply_target=contact.reply_target,
            note=f"confirmed by {by}: {note}",
        )
        return case

    async def suggest_links(self, case: CaseRecord, author: ResolvedAuthor) -> CaseRecord:
        """Note the other customers the message's claims point at, for a lead to merge or not.

        A shared order number, or an address given in the customer's own thread.
        """
        found = [
            LinkSuggestion(
                customer_id=claim.holder,
                evidence=claim.evidence.kind.value,
                detail=claim.evidence.detail,
            )
            for claim in author.claims
            if claim.holder != case.customer_id
        ]
        new = [item for item in found if item not in case.link_suggestions]
        if not new:
            return case
        suggestions = (*case.link_suggestions, *new)
        await self._cases.update(
            case.case_id,
            {"link_suggestions": [item.model_dump(mode="json") for item in suggestions]},
            expect={},
        )
        log.info("link suggested for a lead", case_id=str(case.case_id), count=len(new))
        return case.model_copy(update={"link_suggestions": suggestions})

    async def _link(self, writer: str, case: CaseRecord, *, reason: str, by: str) -> None:
        try:
            await self._identity.merge(writer, case.customer_id, reason=reason, by=by)
        except MergeRefusedError:
            log.info("contact already linked", case_id=str(case.case_id))

    async def _save(self, case: CaseRecord, contact: CaseContact) -> CaseRecord:
        """Store the contact with a compare-and-set on the case's contact revision."""
        for _ in range(_SAVE_ATTEMPTS):
            contacts = with_contact(case.contacts, contact)
            revision = case.contact_revision + 1
            if await self._cases.update(
                case.case_id,
                {
                    "contacts": [item.stored() for item in contacts],
                    "contact_revision": revision,
                },
                expect=_at_revision(case.contact_revision),
            ):
                return case.model_copy(update={"contacts": contacts, "contact_revision": revision})
            fresh = await self._cases.get(case.case_id)
            if fresh is None:
                break
            case = fresh
        msg = f"the contacts of case {case.number} keep changing"
        raise RetryLaterError(msg)
