"""The team lead's follow-up on a staff-conduct complaint: a task with a due time.

Pure. A staff-conduct case gets the task when it opens (`new_case`). The lead reviews a
prefilled message at the desk, may edit it, and sends it: it reaches the customer as an
update (the owner stays the owner), recorded as the lead's. If it is not sent by its due
time, the sweep escalates it, once, to the team's escalation contact.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from onecase_shared.events import AgentRefV1, CaseEventKind
from onecase_triage.domain.case_aggregate import Decision, emit, settled, unchanged
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.sla import SlaClock

SENT_NOTE = "the team lead's own follow-up on a staff-conduct complaint"


class LeadFollowUpState(StrEnum):
    """Where the task stands."""

    PENDING = "pending"  # not sent, not yet due
    OVERDUE = "overdue"  # not sent by its due time (escalated once the sweep sees it)
    SENT = "sent"


def follow_up_state(case: CaseRecord, *, now: datetime) -> LeadFollowUpState | None:
    """The state of the case's lead follow-up at `now`; None if the case has no such task."""
    if case.lead_follow_up_due_at is None:
        return None
    if case.lead_follow_up_done:
        return LeadFollowUpState.SENT
    if case.lead_follow_up_overdue_at is not None or case.lead_follow_up_due_at <= now:
        return LeadFollowUpState.OVERDUE
    return LeadFollowUpState.PENDING


def awaits_lead(case: CaseRecord) -> bool:
    """Whether the case has a lead follow-up that has not been sent (due or not)."""
    return case.lead_follow_up_due_at is not None and not case.lead_follow_up_done


def send_lead_follow_up(
    case: CaseRecord,
    *,
    lead: AgentRefV1,
    text: str,
    clocks: tuple[SlaClock, ...],
    at: datetime,
) -> Decision:
    """The lead's message goes to the customer as an update, and the task is done.

    `clocks` are the case's clocks after an update (the next update is due afresh). The
    owner does not change; the event names the lead as the writer. A task already done, or
    a case without one, is left unchanged.
    """
    if not awaits_lead(case):
        return unchanged(case)
    done = case.model_copy(
        update={
            "sla": clocks,
            "lead_follow_up_done": True,
            "lead_follow_up_sent_at": at,
            "lead_follow_up_sent_by": lead.agent_id,
        }
    )
    return settled(
        emit(
            done,
            CaseEventKind.UPDATE_REQUESTED,
            at=at,
            update_text=text,
            lead=lead,
            note=f"{SENT_NOTE}, sent by {lead.display_name}",
        )
    )


def escalate_overdue(
    case: CaseRecord,
    *,
    now: datetime,
    lead: AgentRefV1 | None,
    escalate_to: AgentRefV1 | None,
) -> Decision:
    """An unsent follow-up past its due time is escalated: one event, ever, per case.

    The event is recorded even when nobody can be told (no escalation contact): the case
    and the lead view show it.
    """
    due = case.lead_follow_up_due_at
    if due is None or due > now or not awaits_lead(case):
        return unchanged(case)
    if case.lead_follow_up_overdue_at is not None:
        return unchanged(case)
    overdue = case.model_copy(update={"lead_follow_up_overdue_at": now})
    whose = f" ({lead.display_name})" if lead else ""
    return emit(
        overdue,
        CaseEventKind.LEAD_FOLLOW_UP_OVERDUE,
        at=now,
        lead=lead,
        escalated_to=escalate_to,
        note=f"the team lead's follow-up on a staff-conduct complaint{whose} was due "
        f"{due.strftime('%Y-%m-%d %H:%M')} UTC and has not been sent",
    )
