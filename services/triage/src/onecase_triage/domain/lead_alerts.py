"""Which moments tell a team lead at once (issue 13: "a configurable set of events").

Each is a `lead_alerted` case event that notify turns into an email to the lead with the case
number, the reason and a desk link. The customer-facing side of a moment (the offer of the lead
when anger persists, the incident kept on the case) happens whether or not the lead is alerted.
"""

from __future__ import annotations

from enum import StrEnum


class LeadAlert(StrEnum):
    """A moment that can alert the team lead."""

    STAFF_CONDUCT = "staff_conduct"  # a complaint about how staff treated the customer
    THREAT = "threat"  # legal, regulator, media or physical
    ABUSE = "abuse"  # abusive language aimed at staff
    PERSISTENT_ANGER = "persistent_anger"  # the angry-message limit reached on one case
    CRITICAL_SLA = "critical_sla"  # a critical case's SLA warning (its clock nearly out)


EVERY_LEAD_ALERT: frozenset[LeadAlert] = frozenset(LeadAlert)


def parse_lead_alerts(spec: str) -> frozenset[LeadAlert]:
    """The alerts a setting names, separated by spaces or commas; an unknown name is an error."""
    names = spec.replace(",", " ").split()
    known = {alert.value for alert in LeadAlert}
    unknown = sorted(set(names) - known)
    if unknown:
        msg = f"unknown lead alert(s) {', '.join(unknown)}: choose from {', '.join(sorted(known))}"
        raise ValueError(msg)
    return frozenset(LeadAlert(name) for name in names)
