"""Every tunable rule of triage in one value, built from settings by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from onecase_triage.domain.business_hours import WeeklyHours
from onecase_triage.domain.judgment_model import Judgment, default_judgment
from onecase_triage.domain.lead_alerts import EVERY_LEAD_ALERT, LeadAlert
from onecase_triage.domain.roster import EscalationContact
from onecase_triage.domain.routing import RoutingWeights
from onecase_triage.domain.sla import DEFAULT_SLA_POLICY, SlaPolicy
from onecase_triage.domain.urgency import DEFAULT_WEIGHTS, UrgencyWeights


@dataclass(frozen=True)
class TriageRules:
    """How triage threads, scores, routes and times cases."""

    reopen_window: timedelta = timedelta(days=7)
    other_issue_min_confidence: float = 0.65
    angry_exchanges_before_flag: int = 3
    off_shift_grace: timedelta = timedelta(minutes=30)
    follow_up_after: timedelta = timedelta(days=3)
    # Staff conduct: the team lead's follow-up is due this long after the case opens, and is
    # escalated to the team's escalation contact (else the head of support) when it is late.
    lead_follow_up_after: timedelta = timedelta(days=3)
    escalation_contacts: dict[str, EscalationContact] = field(default_factory=dict)
    head_of_support: EscalationContact | None = None
    lead_alerts: frozenset[LeadAlert] = EVERY_LEAD_ALERT
    urgency_weights: UrgencyWeights = DEFAULT_WEIGHTS
    judgment: Judgment = field(default_factory=default_judgment)
    routing_weights: RoutingWeights = field(default_factory=RoutingWeights)
    sla_policy: SlaPolicy = DEFAULT_SLA_POLICY
    team_hours: dict[str, WeeklyHours] = field(default_factory=dict)
    default_hours: WeeklyHours = field(default_factory=WeeklyHours)

    def hours_of(self, team: str | None) -> WeeklyHours:
        """The business hours SLA clocks run in for `team` (its owner's team)."""
        return self.team_hours.get(team, self.default_hours) if team else self.default_hours

    def escalation_contact_for(self, team: str | None) -> EscalationContact | None:
        """Who hears of `team`'s overdue lead duties: its own contact, else the head of support."""
        own = self.escalation_contacts.get(team) if team else None
        return own or self.head_of_support
