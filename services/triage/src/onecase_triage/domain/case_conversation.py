"""Decisions a customer's message takes on a case: open it, add to it, reopen it, and contacts.

Pure. The service assesses the message (urgency, category) and picks the owner; these
functions say what the case becomes and which events that causes.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from onecase_shared.events import AgentRefV1, CaseEventKind, ReplyTargetV1, UrgencyV1
from onecase_triage.domain.case_aggregate import Decision, assign, emit, reopen, settled
from onecase_triage.domain.case_contacts import CaseContact, LinkSuggestion, with_contact
from onecase_triage.domain.case_incidents import Incident, IncidentKind, with_incidents
from onecase_triage.domain.case_opening import is_angry, raised_urgency, with_reply_target
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.lead_alerts import EVERY_LEAD_ALERT, LeadAlert
from onecase_triage.domain.sla import SlaClock


def open_case(
    case: CaseRecord,
    *,
    complaint_id: UUID,
    correlation_id: UUID,
    owner: AgentRefV1 | None,
    owned_clocks: tuple[SlaClock, ...],
    at: datetime,
) -> Decision:
    """A new case from its first message, owned at once when someone can take it."""
    decision = emit(
        case, CaseEventKind.OPENED, at=at, correlation_id=correlation_id, complaint_id=complaint_id
    )
    if owner is not None:
        decision = decision.then(
            assign(
                decision.case,
                owner,
                clocks=owned_clocks,
                at=at,
                correlation_id=correlation_id,
                complaint_id=complaint_id,
            )
        )
    else:
        decision = decision.then(
            emit(
                decision.case,
                CaseEventKind.QUEUED,
                at=at,
                correlation_id=correlation_id,
                complaint_id=complaint_id,
            )
        )
    return settled(decision)


def record_exchange(
    case: CaseRecord, *, urgency: UrgencyV1, reply_target: ReplyTargetV1, angry_limit: int
) -> CaseRecord:
    """Count the message, keep the higher urgency, count anger, remember the channel."""
    angry = case.angry_exchanges + (1 if is_angry(urgency) else 0)
    return case.model_copy(
        update={
            "message_count": case.message_count + 1,
            "angry_exchanges": angry,
            "flagged_for_lead": case.flagged_for_lead or angry >= angry_limit,
            "urgency": raised_urgency(case.urgency, urgency),
            "reply_targets": with_reply_target(case.reply_targets, reply_target),
        }
    )


def add_message(
    case: CaseRecord,
    *,
    complaint_id: UUID,
    correlation_id: UUID,
    urgency: UrgencyV1,
    reply_target: ReplyTargetV1,
    angry_limit: int,
    at: datetime,
    lead: AgentRefV1 | None = None,
    alerts: frozenset[LeadAlert] = EVERY_LEAD_ALERT,
) -> Decision:
    """Another message on an open case; the case is flagged for a lead at the angry limit."""
    counted = record_exchange(
        case, urgency=urgency, reply_target=reply_target, angry_limit=angry_limit
    )
    decision = emit(
        counted,
        CaseEventKind.MESSAGE_ADDED,
        at=at,
        correlation_id=correlation_id,
        complaint_id=complaint_id,
        reply_target=reply_target,
    )
    latest = decision.case
    if latest.flagged_for_lead and latest.angry_exchanges == angry_limit:
        decision = decision.then(
            flag_for_lead(latest, correlation_id=correlation_id, at=at, lead=lead, alerts=alerts)
        )
    return settled(decision)


def flag_for_lead(
    case: CaseRecord,
    *,
    correlation_id: UUID | None,
    at: datetime,
    lead: AgentRefV1 | None = None,
    alerts: frozenset[LeadAlert] = EVERY_LEAD_ALERT,
) -> Decision:
    """Anger persists: the customer is offered `lead` as another contact, and the lead is told.

    The lead is told by a `lead_alerted` event when `alerts` holds persistent anger.
    """
    flagged = case.model_copy(update={"flagged_for_lead": True})
    decision = emit(
        flagged,
        CaseEventKind.FLAGGED_FOR_LEAD,
        at=at,
        correlation_id=correlation_id,
        note=f"{case.angry_exchanges} angry messages: the customer is offered the team lead",
        lead=lead,
    )
    if lead is None or LeadAlert.PERSISTENT_ANGER not in alerts:
        return decision
    return decision.then(
        emit(
            decision.case,
            CaseEventKind.LEAD_ALERTED,
            at=at,
            correlation_id=correlation_id,
            lead=lead,
            note=f"anger that persists: {case.angry_exchanges} angry messages; the customer "
            "was offered you as another contact",
        )
    )


def reopen_with_message(
    case: CaseRecord,
    *,
    complaint_id: UUID,
    correlation_id: UUID,
    urgency: UrgencyV1,
    reply_target: ReplyTargetV1,
    angry_limit: int,
    clocks: tuple[SlaClock, ...],
    at: datetime,
) -> Decision:
    """The customer writes again about a recently resolved case: it reopens, same owner."""
    counted = record_exchange(
        case, urgency=urgency, reply_target=reply_target, angry_limit=angry_limit
    )
    return reopen(
        counted,
        clocks=clocks,
        at=at,
        correlation_id=correlation_id,
        complaint_id=complaint_id,
        reply_target=reply_target,
    )


def contact_unverified(
    case: CaseRecord,
    *,
    contact: CaseContact,
    complaint_id: UUID,
    correlation_id: UUID,
    verification_code: str | None,
    at: datetime,
) -> Decision:
    """A writer who reached the case by a claim: kept apart, answered generically.

    A new contact's event carries the one-time code for the case's own channel.
    """
    updated = case.model_copy(
        update={
            "contacts": with_contact(case.contacts, contact),
            "contact_revision": case.contact_revision + 1,
        }
    )
    return emit(
        updated,
        CaseEventKind.CONTACT_UNVERIFIED,
        at=at,
        correlation_id=correlation_id,
        complaint_id=complaint_id,
        reply_target=contact.reply_target,
        verification_code=verification_code,
        summary=None,
        facts=None,
    )


def contact_verified(
    case: CaseRecord,
    *,
    contact: CaseContact,
    at: datetime,
    note: str | None = None,
    complaint_id: UUID | None = None,
    correlation_id: UUID | None = None,
) -> Decision:
    """The contact proved the link or a person confirmed it: the case answers there too."""
    targets = with_reply_target(case.reply_targets, contact.reply_target)
    updated = case.model_copy(
        update={
            "contacts": with_contact(case.contacts, contact),
            "contact_revision": case.contact_revision + 1,
            "reply_targets": targets,
        }
    )
    return emit(
        updated,
        CaseEventKind.CONTACT_VERIFIED,
        at=at,
        correlation_id=correlation_id,
        complaint_id=complaint_id,
        reply_target=contact.reply_target,
        note=note,
    )


def suggest_links(case: CaseRecord, found: list[LinkSuggestion]) -> CaseRecord:
    """The case with other customers a claim points at, for a lead to merge or not."""
    new = [item for item in found if item not in case.link_suggestions]
    if not new:
        return case
    return case.model_copy(update={"link_suggestions": (*case.link_suggestions, *new)})


def record_incidents(
    case: CaseRecord,
    found: tuple[Incident, ...],
    *,
    staff_conduct_opened: bool,
    lead: AgentRefV1 | None,
    at: datetime,
    correlation_id: UUID,
    alerts: frozenset[LeadAlert] = EVERY_LEAD_ALERT,
) -> Decision:
    """Threats and abuse go on the case; each new one, and a staff-conduct case, alert the lead.

    Only the moments `alerts` names alert; every incident is kept on the case regardless. The
    alert names the kind and the terms, never the customer's sentences: those stay on the
    case, for the lead to read at the desk.
    """
    kept = with_incidents(case.incidents, found)
    added = kept[len(case.incidents) :]
    updated = case.model_copy(update={"incidents": kept})
    reasons = [_reason(incident) for incident in added if _ALERT_FOR[incident.kind] in alerts]
    if staff_conduct_opened and LeadAlert.STAFF_CONDUCT in alerts:
        reasons.insert(0, "a complaint about how our staff treated the customer")
    if not reasons or lead is None:
        return Decision(updated)
    return emit(
        updated,
        CaseEventKind.LEAD_ALERTED,
        at=at,
        correlation_id=correlation_id,
        lead=lead,
        note="; ".join(reasons),
    )


_ALERT_FOR = {IncidentKind.THREAT: LeadAlert.THREAT, IncidentKind.ABUSE: LeadAlert.ABUSE}


def _reason(incident: Incident) -> str:
    terms = f" ({', '.join(incident.terms)})" if incident.terms else ""
    if incident.kind is IncidentKind.THREAT:
        return f"a threat{terms}"
    return f"abusive language{terms}"
