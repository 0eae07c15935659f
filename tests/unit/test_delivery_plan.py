from datetime import timedelta

from onecase_notify.domain.delivery_plan import ChannelWindows, Route, plan_deliveries
from onecase_notify.domain.message_context import Surface
from onecase_notify.domain.notification_content import context_for
from onecase_shared.events import (
    AgentRefV1,
    CaseEventKind,
    Channel,
    NotificationKind,
    ReplyTargetV1,
    utc_now,
)
from tests.builders import a_case_event, a_target

WINDOWS = ChannelWindows()
PRIYA = AgentRefV1(agent_id="priya.shah", display_name="Priya Shah", email="priya@onecase.example")
NOW = utc_now()


def plan(
    kind: CaseEventKind, target: ReplyTargetV1, targets: tuple[ReplyTargetV1, ...] = ()
) -> list[tuple[NotificationKind, Route | None]]:
    event = a_case_event(kind, target, targets=targets)
    return [(p.kind, p.route) for p in plan_deliveries(event, now=NOW, windows=WINDOWS)]


def test_an_email_case_is_acknowledged_by_email() -> None:
    email = a_target(Channel.EMAIL, "email")
    assert plan(CaseEventKind.ASSIGNED, email) == [(NotificationKind.ACKNOWLEDGMENT, Route.EMAIL)]


def test_a_case_nobody_can_take_yet_is_acknowledged_at_once() -> None:
    email = a_target(Channel.EMAIL, "email")
    assert plan(CaseEventKind.QUEUED, email) == [(NotificationKind.ACKNOWLEDGMENT, Route.EMAIL)]


def test_its_owner_introduces_themselves_when_the_queue_assigns_it() -> None:
    email = a_target(Channel.EMAIL, "email")
    event = a_case_event(CaseEventKind.ASSIGNED, email, from_queue=True)
    [planned] = plan_deliveries(event, now=NOW, windows=WINDOWS)
    assert (planned.kind, planned.route) == (NotificationKind.TRANSFER, Route.EMAIL)


def test_persisting_anger_offers_the_lead_in_private() -> None:
    chat = a_target(Channel.CHAT, "chat")
    event = a_case_event(CaseEventKind.FLAGGED_FOR_LEAD, chat, lead=PRIYA)
    [offer] = plan_deliveries(event, now=NOW, windows=WINDOWS)
    assert (offer.kind, offer.route) == (NotificationKind.LEAD_OFFER, Route.CHAT)


def test_a_public_only_customer_is_not_offered_the_lead_in_public() -> None:
    tweet = a_target(Channel.X, "tweet", public=True)
    event = a_case_event(CaseEventKind.FLAGGED_FOR_LEAD, tweet, lead=PRIYA)
    assert plan_deliveries(event, now=NOW, windows=WINDOWS) == ()


def test_a_lead_alert_is_an_email_to_the_lead() -> None:
    # Triage emits `lead_alerted` for every configured moment (persistent anger among them).
    chat = a_target(Channel.CHAT, "chat")
    event = a_case_event(CaseEventKind.LEAD_ALERTED, chat, lead=PRIYA)
    [alert] = plan_deliveries(event, now=NOW, windows=WINDOWS)
    assert (alert.kind, alert.route) == (NotificationKind.LEAD_ALERT, Route.EMAIL)
    assert alert.target is not None
    assert alert.target.handle.value == PRIYA.email, "to the lead, not to the customer"


def test_a_staff_conduct_follow_up_asks_the_lead_and_sends_nothing_in_their_name() -> None:
    email = a_target(Channel.EMAIL, "email")
    event = a_case_event(CaseEventKind.LEAD_FOLLOW_UP_DUE, email, lead=PRIYA)
    [review] = plan_deliveries(event, now=NOW, windows=WINDOWS)
    assert (review.kind, review.route) == (NotificationKind.LEAD_REVIEW, Route.EMAIL)
    assert review.target is not None
    assert review.target.handle.value == PRIYA.email, "to the lead, not to the customer"


def test_the_leads_follow_up_sent_from_the_desk_goes_to_the_customer_signed_by_the_lead() -> None:
    email, chat = a_target(Channel.EMAIL, "email"), a_target(Channel.CHAT, "chat")
    event = a_case_event(
        CaseEventKind.UPDATE_REQUESTED,
        email,
        targets=(email, chat),
        lead=PRIYA,
        update_text="I lead the team that looks after your case.",
    )
    [planned] = plan_deliveries(event, now=NOW, windows=WINDOWS)
    assert (planned.kind, planned.route) == (NotificationKind.LEAD_FOLLOW_UP, Route.CHAT)
    context = context_for(event, planned)
    assert (context.lead_name, context.update_text) == ("Priya Shah", event.update_text)


def test_an_owners_update_stays_a_progress_update() -> None:
    email = a_target(Channel.EMAIL, "email")
    event = a_case_event(CaseEventKind.UPDATE_REQUESTED, email, update_text="Refund sent.")
    [planned] = plan_deliveries(event, now=NOW, windows=WINDOWS)
    assert planned.kind is NotificationKind.PROGRESS_UPDATE


def test_an_overdue_lead_follow_up_emails_the_escalation_contact_only() -> None:
    email = a_target(Channel.EMAIL, "email")
    head = AgentRefV1(agent_id="dana.k", display_name="Dana Kim", email="dana@onecase.example")
    reason = "the team lead's follow-up on a staff-conduct complaint (Priya Shah) was due"
    event = a_case_event(
        CaseEventKind.LEAD_FOLLOW_UP_OVERDUE, email, lead=PRIYA, escalated_to=head, note=reason
    )
    [escalation] = plan_deliveries(event, now=NOW, windows=WINDOWS)
    assert (escalation.kind, escalation.route) == (NotificationKind.LEAD_ESCALATION, Route.EMAIL)
    assert escalation.target is not None
    assert escalation.target.handle.value == head.email, "not the customer, not the late lead"
    context = context_for(event, escalation, desk_url="https://desk.example")
    assert context.lead_reason == reason
    assert context.desk_link == f"https://desk.example/ui/cases/{event.case_number}"
    assert context.customer_subject is None
    without_contact = event.model_copy(update={"escalated_to": None})
    assert plan_deliveries(without_contact, now=NOW, windows=WINDOWS) == ()


def test_a_lead_alert_goes_to_the_lead_only() -> None:
    email = a_target(Channel.EMAIL, "email")
    event = a_case_event(CaseEventKind.LEAD_ALERTED, email, lead=PRIYA, note="a threat (sue)")
    [alert] = plan_deliveries(event, now=NOW, windows=WINDOWS)
    assert (alert.kind, alert.route) == (NotificationKind.LEAD_ALERT, Route.EMAIL)
    assert alert.target is not None
    assert alert.target.handle.value == PRIYA.email


def test_without_a_lead_on_the_roster_nothing_is_offered() -> None:
    event = a_case_event(CaseEventKind.FLAGGED_FOR_LEAD, a_target(Channel.EMAIL, "email"))
    assert plan_deliveries(event, now=NOW, windows=WINDOWS) == ()


def test_events_that_owe_the_customer_nothing_plan_nothing() -> None:
    email = a_target(Channel.EMAIL, "email")
    for kind in (
        CaseEventKind.OPENED,
        CaseEventKind.MESSAGE_ADDED,
        CaseEventKind.ESCALATED,
        CaseEventKind.SLA_WARNING,
    ):
        assert plan(kind, email) == []


def test_a_public_tweet_gets_a_public_reply_and_a_dm_only_where_the_customer_opened_one() -> None:
    tweet = a_target(Channel.X, "tweet", public=True)
    assert plan(CaseEventKind.ASSIGNED, tweet) == [(NotificationKind.PUBLIC_REPLY, Route.X_REPLY)]
    dm = a_target(Channel.X, "x_dm")
    event = a_case_event(CaseEventKind.ASSIGNED, tweet, targets=(dm, tweet))
    planned = plan_deliveries(event, now=NOW, windows=WINDOWS)
    assert [(p.kind, p.route) for p in planned] == [
        (NotificationKind.PUBLIC_REPLY, Route.X_REPLY),
        (NotificationKind.ACKNOWLEDGMENT, Route.X_DM),
    ]
    assert planned[0].surface is Surface.PUBLIC
    assert planned[0].private_channel == "x_dm"


def test_a_facebook_comment_gets_a_public_reply_and_one_private_reply() -> None:
    comment = a_target(Channel.FACEBOOK, "facebook_comment", public=True)
    assert plan(CaseEventKind.ASSIGNED, comment) == [
        (NotificationKind.PUBLIC_REPLY, Route.FACEBOOK_COMMENT_REPLY),
        (NotificationKind.ACKNOWLEDGMENT, Route.FACEBOOK_PRIVATE_REPLY),
    ]
    # Later messages never go to the comment, public or private.
    assert plan(CaseEventKind.UPDATE_REQUESTED, comment) == [
        (NotificationKind.PROGRESS_UPDATE, None)
    ]


def test_updates_go_to_the_latest_open_private_channel_and_respect_messengers_window() -> None:
    email = a_target(Channel.EMAIL, "email", last_message_at=NOW - timedelta(days=3))
    fresh = a_target(Channel.FACEBOOK, "messenger", last_message_at=NOW - timedelta(hours=2))
    stale = a_target(Channel.FACEBOOK, "messenger", last_message_at=NOW - timedelta(hours=30))
    kind = CaseEventKind.UPDATE_REQUESTED
    assert plan(kind, email, (email, fresh)) == [
        (NotificationKind.PROGRESS_UPDATE, Route.MESSENGER)
    ]
    assert plan(kind, email, (email, stale)) == [(NotificationKind.PROGRESS_UPDATE, Route.EMAIL)]
    assert plan(kind, stale, (stale,)) == [(NotificationKind.PROGRESS_UPDATE, None)]


def test_every_later_kind_maps_to_its_message() -> None:
    chat = a_target(Channel.CHAT, "chat")
    intercom = a_target(Channel.CHAT, "intercom")
    assert plan(CaseEventKind.TRANSFERRED, chat) == [(NotificationKind.TRANSFER, Route.CHAT)]
    assert plan(CaseEventKind.RESOLVED, intercom) == [(NotificationKind.RESOLUTION, Route.INTERCOM)]
    assert plan(CaseEventKind.FOLLOW_UP_DUE, chat) == [(NotificationKind.FOLLOW_UP, Route.CHAT)]
    assert plan(CaseEventKind.LEAD_FOLLOW_UP_DUE, chat) == [], "no lead named: nothing to send"
    assert plan(CaseEventKind.REOPENED, chat) == [(NotificationKind.ACKNOWLEDGMENT, Route.CHAT)]


def test_a_public_reply_on_x_gets_the_dm_link_when_our_account_is_known() -> None:
    tweet = a_target(Channel.X, "tweet", public=True)
    event = a_case_event(CaseEventKind.ASSIGNED, tweet)
    [public] = [
        p
        for p in plan_deliveries(event, now=NOW, windows=WINDOWS)
        if p.kind is NotificationKind.PUBLIC_REPLY
    ]
    linked = context_for(event, public, x_account_id="1234567890")
    assert linked.dm_link == "https://x.com/messages/compose?recipient_id=1234567890"
    assert context_for(event, public).dm_link is None
