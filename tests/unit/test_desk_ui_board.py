"""The browser desk's lists and sessions: filters, search, ordering, signed cookies."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import uuid4

from onecase_shared.events import AgentRefV1, CaseFactsV1, CategoryV1, Channel, UrgencyV1, utc_now
from onecase_triage.desk_ui.board import CaseFilter, exposure, inbox_of, lead_board, moved_private
from onecase_triage.desk_ui.session import SessionSigner, csrf_matches
from onecase_triage.domain.case_incidents import Incident, IncidentKind
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.desk_permissions import DeskRole, DeskUser
from tests.builders import a_target

SAM = DeskUser(user_id="sam", role=DeskRole.AGENT)


def a_case(score: int, **fields: Any) -> CaseRecord:
    now = utc_now()
    values: dict[str, Any] = {
        "case_id": uuid4(),
        "number": f"OC-{uuid4().hex[:8].upper()}",
        "customer_id": "c-1",
        "customer_name": "Maria Keller",
        "reply_target": a_target(Channel.EMAIL, "email"),
        "summary": "Order never arrived",
        "urgency": UrgencyV1(score=score, level="high" if score >= 50 else "normal"),
        "category": CategoryV1(name="delivery", confidence=0.9),
        "opened_at": now,
        "queued_at": now,
    }
    return CaseRecord(**(values | fields))


def test_the_inbox_puts_my_cases_first_then_the_queue_then_the_rest_most_urgent_first() -> None:
    mine_low = a_case(20, owner=AgentRefV1(agent_id="sam", display_name="Sam"))
    mine_high = a_case(80, owner=AgentRefV1(agent_id="sam", display_name="Sam"))
    queued = a_case(90)
    other = a_case(70, owner=AgentRefV1(agent_id="ana", display_name="Ana"))
    inbox = inbox_of(SAM, [queued, mine_low, other, mine_high], [queued], CaseFilter())
    assert inbox.mine == [mine_high, mine_low]
    assert inbox.queue == [queued]
    assert inbox.others == [other]


def test_search_finds_a_case_by_number_name_handle_or_order_number() -> None:
    case = a_case(40, facts=CaseFactsV1(order_number="48213"))
    other = a_case(40, customer_name="Someone Else", reply_target=a_target(Channel.CHAT, "chat"))
    for query in (case.number.lower(), "keller", "ana@example", "48213"):
        assert CaseFilter(query=query).matches(case), query
    assert not CaseFilter(query="48213").matches(other)


def test_filters_by_level_channel_visibility_and_flag() -> None:
    public = a_case(
        60, reply_target=a_target(Channel.X, "tweet", public=True), flagged_for_lead=True
    )
    private = a_case(30)
    assert CaseFilter(visibility="public").matches(public)
    assert not CaseFilter(visibility="public").matches(private)
    assert CaseFilter(channel="x", level="high", flagged=True).matches(public)
    assert not CaseFilter(flagged=True).matches(private)


def test_a_public_case_moved_private_when_the_customer_wrote_privately_after() -> None:
    tweet = a_target(Channel.X, "tweet", public=True)
    dm = a_target(Channel.X, "x_dm")
    assert moved_private(a_case(50, reply_target=dm, reply_targets=(tweet, dm)))
    assert not moved_private(a_case(50, reply_target=tweet, reply_targets=(tweet,)))
    assert exposure(40_000, a_case(50)) > exposure(10, a_case(90))


def test_the_lead_board_lists_flags_incidents_and_staff_conduct() -> None:
    lawyer = Incident(
        complaint_id=uuid4(),
        provider_message_id="<m1@example.com>",
        channel="email",
        at=utc_now(),
        kind=IncidentKind.THREAT,
        terms=("lawyer",),
        words="My lawyer will hear of this.",
    )
    threat = a_case(
        90,
        urgency=UrgencyV1(score=90, level="critical", threats=("lawyer",)),
        incidents=(lawyer,),
    )
    conduct = a_case(
        40,
        category=CategoryV1(name="staff_conduct", confidence=0.8),
        lead_follow_up_due_at=utc_now() + timedelta(days=1),
    )
    insult = lawyer.model_copy(
        update={"at": lawyer.at - timedelta(hours=1), "kind": IncidentKind.ABUSE, "terms": ()}
    )
    flagged = a_case(50, flagged_for_lead=True, incidents=(insult,))
    board = lead_board([flagged, threat, conduct], utc_now())
    assert board.incidents == [(threat, lawyer), (flagged, insult)], "the log, newest first"
    assert board.staff_conduct == [conduct]
    assert board.flagged == [flagged]


def test_a_session_cookie_is_refused_when_altered_expired_or_signed_for_other_tokens() -> None:
    signer = SessionSigner("a=sam:agent")
    cookie, session = signer.issue(SAM, now=1000.0)
    read = signer.read(cookie, now=1001.0)
    assert read is not None
    assert read.user == SAM
    assert csrf_matches(read, session.csrf)
    assert not csrf_matches(session, "forged")
    assert not csrf_matches(session, "fälschung"), "non-ASCII is refused, not an error"
    assert signer.read(cookie[:-2] + "éé", now=1001.0) is None
    assert signer.read(cookie, now=1000.0 + 13 * 3600) is None
    assert signer.read(cookie[:-2] + "xx", now=1001.0) is None
    assert SessionSigner("b=sam:agent").read(cookie, now=1001.0) is None
