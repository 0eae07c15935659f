"""Decisions the sweeps take when a case comes due: SLA alerts, updates, follow-ups, escalations.

The escalation is of a team lead's staff-conduct follow-up left unsent past its due time.
Pure. Each alert is remembered on the case under its key (clock, kind, due time), so a due
case swept twice, by one instance or two, alerts once: the second write loses its
compare-and-set and finds nothing left to do.
"""

from __future__ import annotations

from datetime import datetime

from onecase_shared.events import AgentRefV1, CaseEventKind, SlaAlertV1
from onecase_triage.domain.case_aggregate import Decision, emit, settled, unchanged
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.case_schedule import alert_key
from onecase_triage.domain.lead_alerts import EVERY_LEAD_ALERT, LeadAlert
from onecase_triage.domain.lead_follow_up import escalate_overdue
from onecase_triage.domain.sla import ClockName, SlaClock, due_alerts


def scheduled_update(case: CaseRecord, *, now: datetime, restarted: SlaClock) -> Decision:
    """When an owned case's update comes due, ask for a progress update and restart the clock."""
    clock = case.clock(ClockName.NEXT_UPDATE)
    if not case.is_open or case.owner is None or clock is None:
        return unchanged(case)
    if clock.met_at is not None or clock.due_at > now:
        return unchanged(case)
    clocks = tuple(restarted if c.name is ClockName.NEXT_UPDATE else c for c in case.sla)
    return emit(
        case.model_copy(update={"sla": clocks}),
        CaseEventKind.UPDATE_REQUESTED,
        at=now,
        note="scheduled: the update cadence came due",
    )


def sla_alerts(
    case: CaseRecord,
    *,
    now: datetime,
    lead: AgentRefV1 | None = None,
    alerts: frozenset[LeadAlert] = EVERY_LEAD_ALERT,
) -> Decision:
    """A warning before each SLA breach and an event at the breach, once each.

    A critical case's warning also alerts `lead` when `alerts` holds `critical_sla`: someone
    must act within the hour, and the owner alone has not.
    """
    decision = unchanged(case)
    if not case.is_open:
        return decision
    for alert in due_alerts(case.sla, now=now):
        if alert.clock is ClockName.NEXT_UPDATE and alert.kind == "breach":
            continue  # the scheduled update goes out at that moment instead
        key = alert_key(alert.clock, alert.kind, alert.due_at)
        current = decision.case
        if key in current.alerts_sent:
            continue
        kind = CaseEventKind.SLA_WARNING if alert.kind == "warning" else CaseEventKind.SLA_BREACHED
        remembered = current.model_copy(update={"alerts_sent": (*current.alerts_sent, key)})
        decision = decision.then(
            emit(
                remembered,
                kind,
                at=now,
                sla=SlaAlertV1(clock=alert.clock.value, due_at=alert.due_at),
            )
        )
        if alert.kind == "warning" and _alerts_lead(current, lead, alerts):
            decision = decision.then(
                emit(
                    decision.case,
                    CaseEventKind.LEAD_ALERTED,
                    at=now,
                    lead=lead,
                    sla=SlaAlertV1(clock=alert.clock.value, due_at=alert.due_at),
                    note=f"a critical case nearing its SLA: {alert.clock.value.replace('_', ' ')} "
                    f"due {alert.due_at:%Y-%m-%d %H:%M} UTC",
                )
            )
    return decision


def _alerts_lead(case: CaseRecord, lead: AgentRefV1 | None, alerts: frozenset[LeadAlert]) -> bool:
    return (
        lead is not None and case.urgency.level == "critical" and (LeadAlert.CRITICAL_SLA in alerts)
    )


def follow_up(case: CaseRecord, *, now: datetime) -> Decision:
    """A resolved case's follow-up ("is it really fixed?") when it is due, once."""
    due = case.follow_up_due_at
    if case.is_open or case.follow_up_done or due is None or due > now:
        return unchanged(case)
    done = case.model_copy(update={"follow_up_done": True})
    return emit(done, CaseEventKind.FOLLOW_UP_DUE, at=now)


def clocks_due(
    case: CaseRecord,
    *,
    now: datetime,
    restarted: SlaClock,
    lead: AgentRefV1 | None,
    escalate_to: AgentRefV1 | None = None,
    alerts: frozenset[LeadAlert] = EVERY_LEAD_ALERT,
) -> Decision:
    """Everything due on the case at `now`, in one decision, with its next due time.

    `lead` is the case's team lead, `escalate_to` who hears when their follow-up is late.
    """
    decision = scheduled_update(case, now=now, restarted=restarted)
    decision = decision.then(sla_alerts(decision.case, now=now, lead=lead, alerts=alerts))
    decision = decision.then(follow_up(decision.case, now=now))
    decision = decision.then(
        escalate_overdue(decision.case, now=now, lead=lead, escalate_to=escalate_to)
    )
    final = settled(decision)
    if not final.events and final.case.next_due_at == case.next_due_at:
        return unchanged(case)  # nothing due after all: nothing to store
    return final
