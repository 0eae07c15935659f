"""The team lead's staff-conduct follow-up as a task: due time, sending, escalation once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onecase_shared.events import AgentRefV1, CaseEventKind
from onecase_triage.domain.business_hours import ALWAYS_OPEN
from onecase_triage.domain.case_duties import clocks_due
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.case_schedule import next_due
from onecase_triage.domain.lead_follow_up import (
    LeadFollowUpState,
    escalate_overdue,
    follow_up_state,
    send_lead_follow_up,
)
from onecase_triage.domain.lead_follow_up_draft import lead_follow_up_draft
from onecase_triage.domain.roster import EscalationContact, Roster, Team
from onecase_triage.domain.sla import restart_update_clock, start_clocks
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.domain.update_tone import tone_warnings
from tests.integration.triage_world import MONDAY_10
from tests.unit.test_case_aggregate import a_case as owned_case

ANN = AgentRefV1(agent_id="ann.ames", display_name="Ann Ames", email="ann@onecase.example")
LENA = AgentRefV1(agent_id="lena.lead", display_name="Lena Lead", email="lena@onecase.example")
HEAD = AgentRefV1(agent_id="dana.kim", display_name="Dana Kim", email="dana@onecase.example")
CLOCKS = start_clocks(opened_at=MONDAY_10, level="normal", hours=ALWAYS_OPEN)
RUDE = "Your driver was rude and insulting to me at the door and threw the parcel at me."
PARCEL = "My order 48213 never arrived."
THREE_DAYS = timedelta(days=3)


def a_case(text: str = RUDE, *, after: timedelta | None = THREE_DAYS) -> CaseRecord:
    return owned_case(text=text, lead_follow_up_after=after)


def sent(case: CaseRecord, at: datetime) -> CaseRecord:
    return send_lead_follow_up(case, lead=LENA, text="My own words.", clocks=case.sla, at=at).case


def sweep(case: CaseRecord, now: datetime) -> CaseRecord:
    restarted = restart_update_clock(at=now, level="normal", hours=ALWAYS_OPEN)
    decision = clocks_due(case, now=now, restarted=restarted, lead=LENA, escalate_to=HEAD)
    return decision.case


def overdue_events(case: CaseRecord) -> list[CaseEventKind]:
    return [e.kind for e in case.events if e.kind is CaseEventKind.LEAD_FOLLOW_UP_OVERDUE]


class TestDueTime:
    def test_a_staff_conduct_case_gets_the_task_due_three_days_after_it_opens(self) -> None:
        case = a_case()
        assert case.category.name == "staff_conduct"
        assert case.lead_follow_up_due_at == MONDAY_10 + THREE_DAYS
        assert follow_up_state(case, now=MONDAY_10) is LeadFollowUpState.PENDING

    def test_the_due_time_is_configurable(self) -> None:
        assert a_case(after=timedelta(hours=30)).lead_follow_up_due_at == MONDAY_10 + timedelta(
            hours=30
        )

    def test_other_cases_have_no_task(self) -> None:
        case = a_case(PARCEL)
        assert case.lead_follow_up_due_at is None
        assert follow_up_state(case, now=MONDAY_10 + timedelta(days=9)) is None
        assert not escalate_overdue(
            case, now=MONDAY_10 + timedelta(days=9), lead=LENA, escalate_to=HEAD
        ).events

    def test_the_sweeps_come_back_when_it_falls_due(self) -> None:
        # The SLA clocks would bring the sweeps back sooner: without them, the task does.
        case = a_case().model_copy(update={"sla": ()})
        assert next_due(case) == MONDAY_10 + THREE_DAYS


class TestSending:
    def test_the_leads_words_go_out_as_an_update_signed_by_the_lead_owner_unchanged(
        self,
    ) -> None:
        case = a_case()
        at = MONDAY_10 + timedelta(hours=5)
        restarted = (restart_update_clock(at=at, level="normal", hours=ALWAYS_OPEN),)
        decision = send_lead_follow_up(
            case, lead=LENA, text="My own words.", clocks=restarted, at=at
        )
        [event] = decision.events
        assert event.kind is CaseEventKind.UPDATE_REQUESTED
        assert (event.update_text, event.lead, event.owner) == ("My own words.", LENA, ANN)
        assert event.next_update_due == restarted[0].due_at, "the promise a clock keeps"
        done = decision.case
        assert (done.lead_follow_up_done, done.lead_follow_up_sent_at) == (True, at)
        assert done.lead_follow_up_sent_by == "lena.lead"
        assert done.owner == ANN
        assert follow_up_state(done, now=at + timedelta(days=9)) is LeadFollowUpState.SENT

    def test_it_is_sent_once(self) -> None:
        done = sent(a_case(), MONDAY_10 + timedelta(hours=1))
        again = send_lead_follow_up(
            done, lead=LENA, text="Again.", clocks=done.sla, at=MONDAY_10 + timedelta(hours=2)
        )
        assert again.events == ()

    def test_a_case_without_the_task_sends_nothing(self) -> None:
        case = a_case(PARCEL)
        assert not send_lead_follow_up(
            case, lead=LENA, text="Hi", clocks=case.sla, at=MONDAY_10
        ).events


class TestOverdue:
    def test_nothing_before_the_due_time(self) -> None:
        case = sweep(a_case(), MONDAY_10 + THREE_DAYS - timedelta(minutes=1))
        assert overdue_events(case) == []

    def test_escalated_once_at_the_due_time_to_the_escalation_contact(self) -> None:
        now = MONDAY_10 + THREE_DAYS
        case = sweep(a_case(), now)
        [event] = [e for e in case.events if e.kind is CaseEventKind.LEAD_FOLLOW_UP_OVERDUE]
        assert (event.escalated_to, event.lead, event.owner) == (HEAD, LENA, ANN)
        assert event.note is not None
        assert "Lena Lead" in event.note
        assert "2026-11-26 10:00 UTC" in event.note
        assert RUDE not in event.note, "the reason, never the customer's words"
        assert case.lead_follow_up_overdue_at == now
        assert follow_up_state(case, now=now) is LeadFollowUpState.OVERDUE
        later = sweep(sweep(case, now + timedelta(hours=1)), now + timedelta(days=5))
        assert len(overdue_events(later)) == 1, "escalated once, however often it is swept"

    def test_recorded_on_the_case_even_with_nobody_to_tell(self) -> None:
        now = MONDAY_10 + THREE_DAYS
        decision = escalate_overdue(a_case(), now=now, lead=None, escalate_to=None)
        [event] = decision.events
        assert (event.kind, event.escalated_to) == (CaseEventKind.LEAD_FOLLOW_UP_OVERDUE, None)

    def test_a_follow_up_sent_in_time_is_never_escalated(self) -> None:
        done = sent(a_case(), MONDAY_10 + timedelta(days=2))
        assert overdue_events(sweep(done, MONDAY_10 + timedelta(days=4))) == []

    def test_a_late_follow_up_can_still_be_sent_and_then_counts_as_sent(self) -> None:
        late = sweep(a_case(), MONDAY_10 + THREE_DAYS)
        done = sent(late, MONDAY_10 + timedelta(days=4))
        assert follow_up_state(done, now=MONDAY_10 + timedelta(days=4)) is LeadFollowUpState.SENT
        assert done.lead_follow_up_overdue_at == MONDAY_10 + THREE_DAYS


class TestEscalationContact:
    def test_the_teams_own_contact_else_the_head_of_support(self) -> None:
        own = EscalationContact(contact_id="li.wu", display_name="Li Wu", email="li@x.example")
        head = EscalationContact(contact_id="dana.kim", display_name="Dana Kim", email="d@x.ex")
        roster = Roster(
            agents=(),
            teams=(
                Team(name="social", hours=ALWAYS_OPEN, escalation_contact=own),
                Team(name="support", hours=ALWAYS_OPEN),
            ),
            head_of_support=head,
        )
        rules = TriageRules(
            escalation_contacts=roster.escalation_contacts(), head_of_support=roster.head_of_support
        )
        assert rules.escalation_contact_for("social") == own
        assert rules.escalation_contact_for("support") == head
        assert rules.escalation_contact_for(None) == head
        assert TriageRules().escalation_contact_for("support") is None


class TestDraft:
    DUE = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)

    @pytest.mark.parametrize(
        ("language", "names", "thanks", "review", "when"),
        [
            ("en", "your case OC-1", "Thank you", "The review covers", "by Tuesday 1 December"),
            ("fr", "votre dossier OC-1", "Merci", "Cet examen porte", "le mardi 1er décembre"),
            ("es", "su caso OC-1", "Gracias", "La revisión abarca", "el martes 1 de diciembre"),
            ("de", "Ihr Fall OC-1", "Vielen Dank", "Dabei sehe ich", "bis Dienstag, 1. Dezember,"),
            ("pt", "o seu caso OC-1", "Agradeço", "A análise abrange", "até terça-feira, 1º de"),
        ],
    )
    def test_names_the_case_thanks_says_what_the_review_covers_and_when(
        self, language: str, names: str, thanks: str, review: str, when: str
    ) -> None:
        draft = lead_follow_up_draft(case_number="OC-1", language=language, next_contact=self.DUE)
        assert draft.language == language
        for part in (names, thanks, review, when):
            assert part in draft.text

    def test_the_date_is_the_customers_day(self) -> None:
        # 23:30 UTC is already Wednesday in Paris.
        draft = lead_follow_up_draft(
            case_number="OC-1", language="en", next_contact=self.DUE, zone="Europe/Paris"
        )
        assert "by Wednesday 2 December" in draft.text
        offset = lead_follow_up_draft(
            case_number="OC-1", language="en", next_contact=self.DUE, zone="-05:00"
        )
        assert "by Tuesday 1 December" in offset.text

    def test_regional_tags_use_their_language_and_others_fall_back_to_english(self) -> None:
        assert (
            lead_follow_up_draft(case_number="OC-1", language="pt-BR", next_contact=None).language
            == "pt"
        )
        assert (
            lead_follow_up_draft(case_number="OC-1", language="ja", next_contact=None).language
            == "en"
        )
        assert (
            lead_follow_up_draft(case_number="OC-1", language=None, next_contact=None).language
            == "en"
        )

    def test_without_a_scheduled_message_it_promises_no_date(self) -> None:
        draft = lead_follow_up_draft(case_number="OC-1", language="en", next_contact=None)
        assert "as soon as the review is done" in draft.text
        assert " by " not in draft.text

    @pytest.mark.parametrize("language", ["en", "fr", "es", "de", "pt"])
    def test_the_desk_sends_the_draft_without_a_tone_warning(self, language: str) -> None:
        draft = lead_follow_up_draft(case_number="OC-1", language=language, next_contact=self.DUE)
        assert tone_warnings(draft.text) == ()
