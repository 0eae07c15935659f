"""When a case next needs the sweeps: the earliest SLA alert, scheduled update or follow-up.

A staff-conduct case also needs them when its lead follow-up comes due unsent.

Pure. The sweeps page through cases by this time (indexed), so their cost grows with the
work due, not with the number of open cases.
"""

from __future__ import annotations

from datetime import datetime

from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.sla import ClockName, SlaAlert


def alert_key(clock: ClockName, kind: str, due_at: datetime) -> str:
    """The key an SLA alert is remembered under on the case: sent once per due time."""
    return SlaAlert(
        clock=clock, kind="warning" if kind == "warning" else "breach", due_at=due_at
    ).key()


def next_due(case: CaseRecord) -> datetime | None:
    """The earliest moment a sweep has something to do on `case`, if ever."""
    times: list[datetime] = []
    if case.is_open:
        for clock in case.sla:
            if clock.met_at is not None:
                continue
            if alert_key(clock.name, "warning", clock.due_at) not in case.alerts_sent:
                times.append(clock.warn_at)
            if clock.name is ClockName.NEXT_UPDATE:
                # The scheduled update goes out at the due time, if someone owns the case.
                if case.owner is not None:
                    times.append(clock.due_at)
            elif alert_key(clock.name, "breach", clock.due_at) not in case.alerts_sent:
                times.append(clock.due_at)
    elif case.follow_up_due_at is not None and not case.follow_up_done:
        times.append(case.follow_up_due_at)
    # Staff conduct: the lead's follow-up is escalated once at its due time if still unsent.
    lead_due = case.lead_follow_up_due_at
    if lead_due and not case.lead_follow_up_done and case.lead_follow_up_overdue_at is None:
        times.append(lead_due)
    return min(times) if times else None
