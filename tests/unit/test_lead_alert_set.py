"""Which moments alert the team lead is configuration; the customer-facing side never changes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError

from onecase_shared.events import AgentRefV1, CaseEventKind, CaseEventV1, UrgencyV1
from onecase_triage.config import TriageSettings
from onecase_triage.domain.business_hours import ALWAYS_OPEN
from onecase_triage.domain.case_conversation import flag_for_lead, record_incidents
from onecase_triage.domain.case_duties import sla_alerts
from onecase_triage.domain.case_incidents import incidents_in
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.lead_alerts import EVERY_LEAD_ALERT, LeadAlert, parse_lead_alerts
from onecase_triage.domain.sla import start_clocks
from tests.builders import email_from
from tests.integration.triage_world import MONDAY_10
from tests.unit.test_case_aggregate import a_case

LEAD = AgentRefV1(agent_id="priya.shah", display_name="Priya Shah", email="priya@onecase.example")
THREAT = "Refund by Friday or I will sue you and go to the press!"
NONE: frozenset[LeadAlert] = frozenset()


def kinds(events: tuple[CaseEventV1, ...]) -> list[CaseEventKind]:
    return [event.kind for event in events]


def at_level(level: str) -> CaseRecord:
    """An owned case of `level`, its clocks started by that level's targets at MONDAY_10."""
    clocks = start_clocks(opened_at=MONDAY_10, level=level, hours=ALWAYS_OPEN)
    case = a_case()
    return case.model_copy(update={"urgency": UrgencyV1(score=90, level=level), "sla": clocks})


def test_persistent_anger_offers_the_lead_and_alerts_them_when_configured() -> None:
    case = a_case().model_copy(update={"angry_exchanges": 3})
    decision = flag_for_lead(case, correlation_id=None, at=MONDAY_10, lead=LEAD)
    flagged, alerted = decision.events
    assert (flagged.kind, alerted.kind) == (
        CaseEventKind.FLAGGED_FOR_LEAD,
        CaseEventKind.LEAD_ALERTED,
    )
    assert alerted.lead == LEAD
    assert alerted.note is not None
    assert "3 angry messages" in alerted.note


def test_persistent_anger_still_offers_the_lead_when_it_alerts_nobody() -> None:
    case = a_case().model_copy(update={"angry_exchanges": 3})
    decision = flag_for_lead(case, correlation_id=None, at=MONDAY_10, lead=LEAD, alerts=NONE)
    assert kinds(decision.events) == [CaseEventKind.FLAGGED_FOR_LEAD]
    assert decision.case.flagged_for_lead


def test_an_unconfigured_incident_is_kept_on_the_case_without_an_alert() -> None:
    complaint = email_from("ana@example.com", THREAT)
    found = incidents_in(complaint, UrgencyV1(score=49, level="high", threats=("sue", "press")))
    decision = record_incidents(
        a_case(),
        found,
        staff_conduct_opened=True,
        lead=LEAD,
        at=MONDAY_10,
        correlation_id=complaint.correlation_id,
        alerts=frozenset({LeadAlert.ABUSE}),
    )
    assert decision.events == ()
    assert len(decision.case.incidents) == 1


def test_a_critical_case_nearing_its_sla_alerts_the_lead_once() -> None:
    case = at_level("critical")
    first_response = case.sla[0]
    warned = first_response.warn_at + timedelta(seconds=1)
    decision = sla_alerts(case, now=warned, lead=LEAD)
    assert kinds(decision.events) == [CaseEventKind.SLA_WARNING, CaseEventKind.LEAD_ALERTED]
    alert = decision.events[1]
    assert alert.lead == LEAD
    assert alert.note is not None
    assert alert.note.startswith("a critical case nearing its SLA")
    again = sla_alerts(decision.case, now=warned, lead=LEAD)
    assert again.events == (), "remembered on the case: a second sweep alerts nobody"


@pytest.mark.parametrize(("level", "alerts"), [("high", EVERY_LEAD_ALERT), ("critical", NONE)])
def test_only_a_critical_case_with_the_alert_configured_tells_the_lead(
    level: str, alerts: frozenset[LeadAlert]
) -> None:
    case = at_level(level)
    warned = case.sla[0].warn_at + timedelta(seconds=1)
    decision = sla_alerts(case, now=warned, lead=LEAD, alerts=alerts)
    assert kinds(decision.events) == [CaseEventKind.SLA_WARNING]


def test_the_setting_names_known_alerts_only() -> None:
    assert parse_lead_alerts("threat, abuse") == {LeadAlert.THREAT, LeadAlert.ABUSE}
    assert parse_lead_alerts("") == NONE
    assert {a.value for a in parse_lead_alerts(TriageSettings().lead_alerts)} == {
        a.value for a in EVERY_LEAD_ALERT
    }
    with pytest.raises(ValidationError, match="unknown lead alert"):
        TriageSettings(lead_alerts="threat anger")
