"""Threats and abuse become incidents on the case, with the words; the lead hears of new ones."""

from __future__ import annotations

from onecase_shared.events import AgentRefV1, CaseEventKind, UrgencyReasonV1, UrgencyV1
from onecase_triage.domain.case_conversation import record_incidents
from onecase_triage.domain.case_incidents import IncidentKind, incidents_in
from tests.builders import email_from
from tests.integration.triage_world import MONDAY_10
from tests.unit.test_case_aggregate import a_case

LEAD = AgentRefV1(agent_id="priya.shah", display_name="Priya Shah", email="priya@onecase.example")
THREAT = "Thanks for nothing. Refund by Friday or I will sue you and go to the press! Bye."


def test_a_threat_keeps_the_sentence_it_was_said_in() -> None:
    complaint = email_from("ana@example.com", THREAT)
    urgency = UrgencyV1(score=49, level="high", threats=("sue", "press"))
    [incident] = incidents_in(complaint, urgency)
    assert incident.kind is IncidentKind.THREAT
    assert incident.terms == ("sue", "press")
    assert incident.words == "Refund by Friday or I will sue you and go to the press!"
    assert (incident.complaint_id, incident.channel) == (complaint.complaint_id, "email")


def test_a_term_inside_another_word_is_not_a_threat_sentence() -> None:
    complaint = email_from("ana@example.com", "One issue here. I will sue you.")
    [incident] = incidents_in(complaint, UrgencyV1(score=40, level="high", threats=("sue",)))
    assert incident.words == "I will sue you."


def test_abuse_is_recorded_with_its_words() -> None:
    complaint = email_from("ana@example.com", "You are useless idiots. Fix it.")
    reason = UrgencyReasonV1(signal="profanity_insult", points=20, evidence="idiots")
    urgency = UrgencyV1(score=60, level="high", reasons=(reason,), abusive=True)
    [incident] = incidents_in(complaint, urgency)
    assert (incident.kind, incident.terms) == (IncidentKind.ABUSE, ("idiots",))
    assert incident.words == "You are useless idiots."


def test_a_calm_message_has_no_incident() -> None:
    complaint = email_from("ana@example.com", "My parcel is late.")
    assert incidents_in(complaint, UrgencyV1(score=20, level="normal")) == ()


def test_a_new_incident_alerts_the_lead_once_and_stays_on_the_case() -> None:
    complaint = email_from("ana@example.com", THREAT)
    found = incidents_in(complaint, UrgencyV1(score=49, level="high", threats=("sue", "press")))
    first = record_incidents(
        a_case(),
        found,
        staff_conduct_opened=False,
        lead=LEAD,
        at=MONDAY_10,
        correlation_id=complaint.correlation_id,
    )
    [alert] = first.events
    assert (alert.kind, alert.lead) == (CaseEventKind.LEAD_ALERTED, LEAD)
    assert alert.note == "a threat (sue, press)", "the reason, never the customer's sentence"
    again = record_incidents(
        first.case,
        found,
        staff_conduct_opened=False,
        lead=LEAD,
        at=MONDAY_10,
        correlation_id=complaint.correlation_id,
    )
    assert again.events == ()
    assert len(again.case.incidents) == 1


def test_a_staff_conduct_case_alerts_the_lead_when_it_opens() -> None:
    complaint = email_from("ana@example.com", "The technician was rude to me.")
    decision = record_incidents(
        a_case(),
        (),
        staff_conduct_opened=True,
        lead=LEAD,
        at=MONDAY_10,
        correlation_id=complaint.correlation_id,
    )
    [alert] = decision.events
    assert alert.note == "a complaint about how our staff treated the customer"
