"""The case aggregate's rules, without I/O: each decision returns the new case and its events."""

from __future__ import annotations

from datetime import timedelta

from onecase_shared.events import AgentRefV1, CaseEventKind, CaseEventV1, Channel, UrgencyV1
from onecase_triage.domain.business_hours import ALWAYS_OPEN
from onecase_triage.domain.case_aggregate import (
    add_note,
    assign,
    decide_link,
    escalate,
    has_applied,
    mark_published,
    resolve,
    transfer,
    with_message,
)
from onecase_triage.domain.case_contacts import LinkSuggestion
from onecase_triage.domain.case_conversation import add_message, open_case, reopen_with_message
from onecase_triage.domain.case_opening import assess, case_id_for, new_case
from onecase_triage.domain.case_record import CaseRecord, CaseStatus
from onecase_triage.domain.sla import start_clocks
from tests.builders import a_target, email_from
from tests.integration.triage_world import MONDAY_10

ANN = AgentRefV1(agent_id="ann.ames", display_name="Ann Ames", email="ann@onecase.example")
BEN = AgentRefV1(agent_id="ben.bell", display_name="Ben Bell", email="ben@onecase.example")
CLOCKS = start_clocks(opened_at=MONDAY_10, level="normal", hours=ALWAYS_OPEN)
CALM = UrgencyV1(score=10, level="low")
LOUD = UrgencyV1(score=80, level="critical", threats=("lawyer",))


def a_case(
    owner: AgentRefV1 | None = ANN,
    *,
    text: str = "My order 48213 never arrived.",
    lead_follow_up_after: timedelta | None = None,
) -> CaseRecord:
    complaint = email_from("ana@example.com", text)
    fresh = new_case(
        complaint,
        case_id=case_id_for(complaint),
        customer_id="cus-1",
        assessment=assess(complaint),
        weight=1.0,
        sla=CLOCKS,
        opened_at=MONDAY_10,
        lead_follow_up_after=lead_follow_up_after,
    )
    decision = open_case(
        fresh,
        complaint_id=complaint.complaint_id,
        correlation_id=complaint.correlation_id,
        owner=owner,
        owned_clocks=CLOCKS,
        at=MONDAY_10,
    )
    return with_message(decision.case, complaint.complaint_id, ())


def kinds(events: tuple[CaseEventV1, ...]) -> list[CaseEventKind]:
    return [e.kind for e in events]


def test_opening_with_a_free_agent_gives_one_owner_and_two_events_in_sequence() -> None:
    case = a_case()
    assert case.owner == ANN
    assert [e.kind for e in case.events] == [CaseEventKind.OPENED, CaseEventKind.ASSIGNED]
    assert [e.sequence for e in case.events] == [1, 2]
    assert case.last_sequence == 2
    assert case.next_due_at is not None, "an open case has a clock for the sweeps"


def test_opening_with_nobody_free_leaves_the_case_in_the_queue() -> None:
    case = a_case(owner=None)
    assert case.owner is None
    assert [e.kind for e in case.events] == [CaseEventKind.OPENED, CaseEventKind.QUEUED]


def test_the_queue_assigning_a_case_says_so() -> None:
    decision = assign(a_case(owner=None), BEN, clocks=CLOCKS, at=MONDAY_10, from_queue=True)
    [event] = decision.events
    assert (event.kind, event.owner, event.from_queue) == (CaseEventKind.ASSIGNED, BEN, True)


def test_an_owned_case_keeps_its_owner_when_assigned_again() -> None:
    case = a_case()
    decision = assign(case, BEN, clocks=CLOCKS, at=MONDAY_10)
    assert decision.case is case
    assert decision.events == ()


def test_a_transfer_names_both_owners() -> None:
    decision = transfer(a_case(), BEN, note="Ben knows this courier", clocks=CLOCKS, at=MONDAY_10)
    [event] = decision.events
    assert event.kind is CaseEventKind.TRANSFERRED
    assert (event.previous_owner, event.owner) == (ANN, BEN)
    assert decision.case.owner == BEN


def test_escalating_adds_a_team_and_keeps_the_owner() -> None:
    decision = escalate(a_case(), team="payments", note="refund stuck", at=MONDAY_10)
    assert decision.case.owner == ANN
    assert decision.case.collaborators == ("payments",)
    again = escalate(decision.case, team="payments", note="still stuck", at=MONDAY_10)
    assert again.case.collaborators == ("payments",), "a team is named once"


def test_a_calmer_message_never_lowers_the_urgency_and_threats_stay() -> None:
    case = a_case()
    louder = add_message(
        case,
        complaint_id=email_from("ana@example.com", "x").complaint_id,
        correlation_id=case.case_id,
        urgency=LOUD,
        reply_target=a_target(Channel.EMAIL, "email"),
        angry_limit=3,
        at=MONDAY_10,
    ).case
    calmer = add_message(
        louder,
        complaint_id=email_from("ana@example.com", "y").complaint_id,
        correlation_id=case.case_id,
        urgency=CALM,
        reply_target=a_target(Channel.EMAIL, "email"),
        angry_limit=3,
        at=MONDAY_10,
    ).case
    assert calmer.urgency.score == LOUD.score
    assert calmer.urgency.threats == ("lawyer",)
    assert calmer.message_count == 3


def test_resolving_meets_every_clock_and_plans_a_follow_up() -> None:
    follow_up = MONDAY_10 + timedelta(days=3)
    decision = resolve(a_case(), text="Refunded.", note=None, at=MONDAY_10, follow_up_at=follow_up)
    assert decision.case.status is CaseStatus.RESOLVED
    assert all(clock.met_at is not None for clock in decision.case.sla)
    assert decision.case.follow_up_due_at == follow_up
    assert kinds(decision.events) == [CaseEventKind.RESOLVED]


def test_a_reopened_case_keeps_its_owner() -> None:
    resolved = resolve(
        a_case(), text=None, note=None, at=MONDAY_10, follow_up_at=MONDAY_10 + timedelta(days=3)
    ).case
    complaint = email_from("ana@example.com", "It broke again.")
    decision = reopen_with_message(
        resolved,
        complaint_id=complaint.complaint_id,
        correlation_id=complaint.correlation_id,
        urgency=CALM,
        reply_target=a_target(Channel.EMAIL, "email"),
        angry_limit=3,
        clocks=CLOCKS,
        at=MONDAY_10 + timedelta(days=1),
    )
    assert decision.case.is_open
    assert decision.case.owner == ANN
    assert kinds(decision.events) == [CaseEventKind.REOPENED]


def test_a_redelivered_message_is_recognised() -> None:
    case = a_case()
    assert has_applied(case, case.applied[0])


def test_publishing_never_moves_backwards() -> None:
    case = mark_published(a_case(), 2)
    assert mark_published(case, 1).published_sequence == 2


def test_a_note_is_an_event_for_the_desk_only() -> None:
    decision = add_note(a_case(), by="ann.ames", text="called the courier", at=MONDAY_10)
    [event] = decision.events
    assert event.kind is CaseEventKind.NOTE_ADDED
    assert event.note == "ann.ames: called the courier"
    assert event.sequence == 3


def test_a_link_verdict_drops_the_suggestion_and_is_noted() -> None:
    suggestion = LinkSuggestion(customer_id="cus-2", evidence="order_number", detail="48213")
    case = a_case().model_copy(update={"link_suggestions": (suggestion,)})
    decision = decide_link(
        case, "cus-2", by="lee.lead", accepted=False, note="different people", at=MONDAY_10
    )
    assert decision.case.link_suggestions == ()
    [event] = decision.events
    assert event.note == "lee.lead: link to customer cus-2 rejected: different people"
