"""Claimed links: a writer who reaches another customer's case is a contact to verify, not them."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime
from uuid import UUID

import structlog

from onecase_shared.events import ComplaintReceivedV1, utc_now
from onecase_triage.domain.case_aggregate import Decision
from onecase_triage.domain.case_contacts import (
    CODE_DIGITS,
    LinkSuggestion,
    after_message,
    confirmed,
    contact_of,
    new_contact,
    proves_control,
    tries_a_code,
)
from onecase_triage.domain.case_conversation import contact_unverified, contact_verified
from onecase_triage.domain.case_opening import reply_target_for
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.identity_evidence import EvidenceKind
from onecase_triage.ports import CaseRepository
from onecase_triage.service.case_relay import CaseRelay
from onecase_triage.service.identity_service import (
    CustomerIdentity,
    MergeRefusedError,
    ResolvedAuthor,
)

log = structlog.get_logger(__name__)

# Claims that name a way to reach someone: they lead to that person's open case as a contact.
_CONTACT_CLAIMS = frozenset(
    {EvidenceKind.TYPED_HANDLE, EvidenceKind.EMAIL_IN_TEXT, EvidenceKind.PHONE_IN_TEXT}
)


class ContactRefusedError(Exception):
    """The desk asked to confirm a contact the case does not have, or one already verified."""


def _draw_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


class ContactVerification:
    """Keeps claimed writers apart from a case's customer until they prove it or a person does."""

    def __init__(
        self,
        *,
        cases: CaseRepository,
        identity: CustomerIdentity,
        relay: CaseRelay,
        clock: Callable[[], datetime] = utc_now,
        draw_code: Callable[[], str] = _draw_code,
    ) -> None:
        self._cases = cases
        self._identity = identity
        self._relay = relay
        self._clock = clock
        self._draw_code = draw_code

    async def claimed_case(
        self, author: ResolvedAuthor, linked: CaseRecord | None
    ) -> tuple[CaseRecord, str] | None:
        """Another customer's open case this message reaches only by a claim, and which claim.

        `linked` is the case the message's reply chain or quoted case number points into.
        """
        if linked is not None:
            pending = contact_of(linked.contacts, author.customer_id)
            if linked.is_open and pending is not None and not pending.is_verified:
                # Their proof may have merged the two customers already (a retried write).
                return (linked, pending.claim)
            if await self._identity.root_of(linked.customer_id) == author.customer_id:
                return None
            if linked.is_open:
                return (linked, "replied in the case's thread or quoted its number")
        for claim in author.claims:
            if claim.verified and claim.evidence.kind in _CONTACT_CLAIMS:
                now = self._clock()
                open_cases, _ = await self._cases.find_open_for_customer(
                    claim.holder, resolved_since=now
                )
                if open_cases:
                    return open_cases[-1], claim.evidence.detail
        return None

    async def on_message(
        self,
        case: CaseRecord,
        complaint: ComplaintReceivedV1,
        writer: str,
        claim: str,
        *,
        join: Callable[[CaseRecord], Decision],
    ) -> tuple[Decision, bool]:
        """The decision a contact's message takes on `case`; True once the contact proved it.

        The first message sends a one-time code to the case's own channel (on the event,
        stored with the contact's digest of it in the same write). A later message carrying
        that code proves the writer controls both: their customers are merged, and the
        message joins the case (`join`).
        """
        now = self._clock()
        target = reply_target_for(complaint)
        existing = contact_of(case.contacts, writer)
        if existing is None:
            code = self._draw_code()
            contact = new_contact(
                customer_id=writer,
                handle=complaint.author,
                claim=claim,
                reply_target=target,
                complaint_id=complaint.complaint_id,
                code=code,
                at=now,
            )
            log.info("unverified contact on a case", case_id=str(case.case_id), claim=claim)
            decision = contact_unverified(
                case,
                contact=contact,
                correlation_id=complaint.correlation_id,
                verification_code=code,
                complaint_id=complaint.complaint_id,
                at=now,
            )
            return decision, False
        unverified = not existing.is_verified
        proved = unverified and proves_control(existing, complaint.text, now=now)
        updated = after_message(
            existing, complaint.complaint_id, proved=proved, tried=tries_a_code(complaint.text)
        )
        if proved:
            await self._link(writer, case, reason="proved with a one-time code", by="customer")
            joined = join(case)
            return joined.then(
                contact_verified(
                    joined.case,
                    contact=updated,
                    correlation_id=complaint.correlation_id,
                    complaint_id=complaint.complaint_id,
                    at=now,
                )
            ), True
        decision = contact_unverified(
            case,
            contact=updated,
            correlation_id=complaint.correlation_id,
            verification_code=None,
            complaint_id=complaint.complaint_id,
            at=now,
        )
        return decision, False

    async def confirm(self, case_id: UUID, writer: str, *, by: str, note: str) -> CaseRecord:
        """A person vouches that the contact is the case's customer: merge, and answer there."""
        case = await self._cases.load(case_id)
        contact = contact_of(case.contacts, writer) if case else None
        if case is None or contact is None or contact.is_verified:
            msg = f"case {case.number if case else case_id} has no unverified contact {writer}"
            raise ContactRefusedError(msg)
        await self._link(writer, case, reason=f"confirmed at the desk: {note}", by=by)

        def decide(current: CaseRecord) -> Decision:
            latest = contact_of(current.contacts, writer) or contact
            return contact_verified(
                current,
                contact=confirmed(latest, by=by, note=note),
                at=self._clock(),
                note=f"confirmed by {by}: {note}",
            )

        decision = await self._relay.decide(case_id, decide)
        assert decision is not None  # cases are never deleted
        return decision.case

    def link_suggestions(self, case: CaseRecord, author: ResolvedAuthor) -> list[LinkSuggestion]:
        """Other customers the message's claims point at, for a lead to merge or not.

        A shared order number, or an address given in the customer's own thread.
        """
        return [
            LinkSuggestion(
                customer_id=claim.holder,
                evidence=claim.evidence.kind.value,
                detail=claim.evidence.detail,
            )
            for claim in author.claims
            if claim.holder != case.customer_id
        ]

    async def _link(self, writer: str, case: CaseRecord, *, reason: str, by: str) -> None:
        try:
            await self._identity.merge(writer, case.customer_id, reason=reason, by=by)
        except MergeRefusedError:
            log.info("contact already linked", case_id=str(case.case_id))
