"""What each page lists, and in which order: pure functions over cases, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from onecase_triage.desk.schemas import ClockState
from onecase_triage.domain.case_incidents import Incident
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.desk_permissions import DeskUser

LEVELS = ("critical", "high", "normal", "low")
STAFF_CONDUCT = "staff_conduct"


@dataclass(frozen=True)
class CaseFilter:
    """The inbox's filters and search, as the form sends them (empty means any)."""

    level: str = ""
    category: str = ""
    channel: str = ""
    visibility: str = ""  # "public", "private" or any
    flagged: bool = False
    query: str = ""

    def matches(self, case: CaseRecord) -> bool:
        """Whether `case` passes every filter and the search."""
        return (
            (not self.level or case.urgency.level == self.level)
            and (not self.category or case.category.name == self.category)
            and (not self.channel or self.channel in channels_of(case))
            and (not self.visibility or (self.visibility == "public") == is_public(case))
            and (not self.flagged or case.flagged_for_lead)
            and (not self.query or _found(case, self.query))
        )


def _found(case: CaseRecord, query: str) -> bool:
    needle = query.strip().lower()
    haystack = [
        case.number,
        case.customer_name or "",
        case.facts.order_number or "",
        case.facts.account_number or "",
        *(target.handle.value for target in (case.reply_target, *case.reply_targets)),
    ]
    return any(needle in value.lower() for value in haystack)


def channels_of(case: CaseRecord) -> list[str]:
    """Every channel the customer used on the case, first used first."""
    targets = case.reply_targets or (case.reply_target,)
    return list(dict.fromkeys(target.channel.value for target in targets))


def is_public(case: CaseRecord) -> bool:
    """Whether the customer wrote in public on this case (a tweet, a page comment)."""
    return any(target.public for target in (case.reply_target, *case.reply_targets))


def moved_private(case: CaseRecord) -> bool:
    """Whether the customer went on, after a public post, on a private channel."""
    targets = case.reply_targets or (case.reply_target,)
    first_public = next((i for i, t in enumerate(targets) if t.public), None)
    return first_public is not None and any(not t.public for t in targets[first_public:])


@dataclass(frozen=True)
class Inbox:
    """The agent's home: their own cases, then the queue, then the rest of the team's."""

    mine: list[CaseRecord]
    queue: list[CaseRecord]
    others: list[CaseRecord]


def inbox_of(
    user: DeskUser, open_cases: list[CaseRecord], queue: list[CaseRecord], chosen: CaseFilter
) -> Inbox:
    """Split and filter the open cases for `user`, each part most urgent first."""
    queued_ids = {case.case_id for case in queue}
    mine = [c for c in open_cases if c.owner is not None and c.owner.agent_id == user.user_id]
    others = [
        c
        for c in open_cases
        if c.case_id not in queued_ids and (c.owner is None or c.owner.agent_id != user.user_id)
    ]
    return Inbox(
        mine=_urgent_first([c for c in mine if chosen.matches(c)]),
        queue=[c for c in queue if chosen.matches(c)],  # already in assignment order
        others=_urgent_first([c for c in others if chosen.matches(c)]),
    )


def _urgent_first(cases: list[CaseRecord]) -> list[CaseRecord]:
    return sorted(cases, key=lambda c: (-c.urgency.score, c.queued_at))


def exposure(reach: int, case: CaseRecord) -> int:
    """How much a public case can hurt: the reach of its posts times its urgency score."""
    return max(reach, 1) * case.urgency.score


def clock_states(case: CaseRecord, now: datetime) -> dict[str, ClockState]:
    """Each SLA clock's state now, by clock name."""
    return {clock.name: clock.state(now) for clock in case.sla}


@dataclass(frozen=True)
class LeadBoard:
    """Everything that needs a lead."""

    flagged: list[CaseRecord]
    staff_conduct: list[CaseRecord]
    incidents: list[tuple[CaseRecord, Incident]]  # the log: newest first
    sla_alerts: list[tuple[CaseRecord, str, ClockState]]


def lead_board(open_cases: list[CaseRecord], now: datetime) -> LeadBoard:
    """Flagged cases, staff-conduct follow-ups, threats and abuse, SLA warnings and breaches."""
    return LeadBoard(
        flagged=[c for c in open_cases if c.flagged_for_lead],
        staff_conduct=sorted(
            (c for c in open_cases if c.category.name == STAFF_CONDUCT),
            key=lambda c: (c.lead_follow_up_due_at is None, c.lead_follow_up_due_at or now),
        ),
        incidents=sorted(
            ((case, incident) for case in open_cases for incident in case.incidents),
            key=lambda entry: entry[1].at,
            reverse=True,
        ),
        sla_alerts=[
            (case, clock.name, state)
            for case in open_cases
            for clock in case.sla
            if (state := clock.state(now)) in {"warning", "breached"}
        ],
    )
