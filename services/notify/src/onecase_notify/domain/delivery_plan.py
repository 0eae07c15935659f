"""Which messages a case event owes the customer, and on which channel each may go.

Public posts get only a short public reply; details go to a private channel the customer
has opened: an X DM conversation, Messenger within its 24-hour window, a Facebook private
reply to their comment (once), email, web chat or Intercom. Later messages go to the most
recent private channel that is still open, never to a public post.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from onecase_notify.domain.message_context import Surface
from onecase_shared.events import (
    AgentRefV1,
    CaseEventKind,
    CaseEventV1,
    Channel,
    HandleKind,
    HandleV1,
    NotificationKind,
    ReplyTargetV1,
)


class Route(StrEnum):
    """One provider call that delivers a message."""

    EMAIL = "email"
    X_REPLY = "x_reply"
    X_DM = "x_dm"
    FACEBOOK_COMMENT_REPLY = "facebook_comment_reply"
    FACEBOOK_PRIVATE_REPLY = "facebook_private_reply"
    MESSENGER = "messenger"
    INTERCOM = "intercom"
    CHAT = "chat"


PUBLIC_ROUTES = frozenset({Route.X_REPLY, Route.FACEBOOK_COMMENT_REPLY})
SURFACE_OF = {route: Surface.DIRECT for route in Route} | {
    Route.EMAIL: Surface.EMAIL,
    Route.X_REPLY: Surface.PUBLIC,
    Route.FACEBOOK_COMMENT_REPLY: Surface.PUBLIC,
}
# How the public reply names the private channel the details went to (or should go to).
INVITATION = {
    Route.X_DM: "x_dm",
    Route.FACEBOOK_PRIVATE_REPLY: "messenger",
    Route.MESSENGER: "messenger",
    Route.EMAIL: "email",
    Route.CHAT: "email",
    Route.INTERCOM: "email",
}

NOTIFICATION_FOR = {
    CaseEventKind.QUEUED: NotificationKind.ACKNOWLEDGMENT,  # written without an owner
    CaseEventKind.ASSIGNED: NotificationKind.ACKNOWLEDGMENT,
    CaseEventKind.REOPENED: NotificationKind.ACKNOWLEDGMENT,
    CaseEventKind.TRANSFERRED: NotificationKind.TRANSFER,
    CaseEventKind.UPDATE_REQUESTED: NotificationKind.PROGRESS_UPDATE,
    CaseEventKind.RESOLVED: NotificationKind.RESOLUTION,
    CaseEventKind.FOLLOW_UP_DUE: NotificationKind.FOLLOW_UP,
    CaseEventKind.CONTACT_VERIFIED: NotificationKind.ACKNOWLEDGMENT,
}


class ChannelWindows(BaseModel):
    """How long after the customer's last message a private channel stays open to us."""

    model_config = ConfigDict(frozen=True)

    messenger: timedelta = timedelta(hours=24)  # Meta's standard messaging window
    facebook_private_reply: timedelta = timedelta(days=7)  # one private reply per comment


class PlannedDelivery(BaseModel):
    """One message to send: its kind, where (None: no channel is open), and how it reads."""

    model_config = ConfigDict(frozen=True)

    kind: NotificationKind
    route: Route | None
    target: ReplyTargetV1 | None
    private_channel: str | None = None  # for a public reply: where we invite the customer

    @property
    def surface(self) -> Surface:
        """The shape of text the route takes."""
        return SURFACE_OF[self.route] if self.route else Surface.DIRECT


def route_of(target: ReplyTargetV1) -> Route:
    """The provider call that answers a message like the one `target` describes."""
    kind = target.message_kind or ""
    if target.channel is Channel.EMAIL:
        return Route.EMAIL
    if target.channel is Channel.X:
        return Route.X_DM if kind == "x_dm" or not target.public else Route.X_REPLY
    if target.channel is Channel.FACEBOOK:
        return Route.MESSENGER if kind == "messenger" else Route.FACEBOOK_COMMENT_REPLY
    return Route.INTERCOM if kind == "intercom" else Route.CHAT


def is_open(route: Route, target: ReplyTargetV1, *, now: datetime, windows: ChannelWindows) -> bool:
    """Whether a private route may carry a message now."""
    last = target.last_message_at
    if route is Route.MESSENGER:
        return last is not None and now - last <= windows.messenger
    if route is Route.FACEBOOK_PRIVATE_REPLY:
        return last is not None and now - last <= windows.facebook_private_reply
    return route not in PUBLIC_ROUTES


def plan_deliveries(
    event: CaseEventV1, *, now: datetime, windows: ChannelWindows
) -> tuple[PlannedDelivery, ...]:
    """The messages `event` owes the customer; empty when it owes none."""
    if event.kind is CaseEventKind.CONTACT_UNVERIFIED:
        return _unverified_contact(event, now=now, windows=windows)
    if event.kind is CaseEventKind.FLAGGED_FOR_LEAD:
        return _lead_offer(event, now=now, windows=windows)
    if event.kind is CaseEventKind.LEAD_ALERTED:
        return _to_staff(event.lead, NotificationKind.LEAD_ALERT)
    if event.kind is CaseEventKind.LEAD_FOLLOW_UP_DUE:
        # Events of before the lead's task at the desk (no longer emitted): nothing goes to
        # the customer in the lead's name unless the lead writes it; the lead is asked to.
        return _to_staff(event.lead, NotificationKind.LEAD_REVIEW)
    if event.kind is CaseEventKind.LEAD_FOLLOW_UP_OVERDUE:
        return _to_staff(event.escalated_to, NotificationKind.LEAD_ESCALATION)
    kind = NOTIFICATION_FOR.get(event.kind)
    if event.kind is CaseEventKind.UPDATE_REQUESTED and event.lead and event.update_text:
        # A staff-conduct follow-up the lead wrote and sent from the desk: signed by them.
        kind = NotificationKind.LEAD_FOLLOW_UP
    if event.kind is CaseEventKind.ASSIGNED and event.from_queue:
        # Acknowledged when it was queued: now the owner introduces themselves, as on a
        # hand-over from the team (the transfer message without a previous owner).
        kind = NotificationKind.TRANSFER
    if kind is None:
        return ()
    if kind is NotificationKind.ACKNOWLEDGMENT and route_of(event.reply_target) in PUBLIC_ROUTES:
        return _public_acknowledgment(event, now=now, windows=windows)
    private = _latest_private(event, now=now, windows=windows)
    if private is None:
        return (PlannedDelivery(kind=kind, route=None, target=None),)
    route, target = private
    return (PlannedDelivery(kind=kind, route=route, target=target),)


def _unverified_contact(
    event: CaseEventV1, *, now: datetime, windows: ChannelWindows
) -> tuple[PlannedDelivery, ...]:
    # The writer's channel gets a generic answer; the code goes to the case's own channel.
    contact = event.reply_target
    planned = [
        PlannedDelivery(
            kind=NotificationKind.CONTACT_RECEIVED, route=route_of(contact), target=contact
        )
    ]
    if event.verification_code:
        private = _latest_private(event, now=now, windows=windows)
        route, target = private if private else (None, None)
        planned.append(
            PlannedDelivery(kind=NotificationKind.CONTACT_CHECK, route=route, target=target)
        )
    return tuple(planned)


def _public_acknowledgment(
    event: CaseEventV1, *, now: datetime, windows: ChannelWindows
) -> tuple[PlannedDelivery, ...]:
    public = event.reply_target
    private: tuple[Route, ReplyTargetV1] | None
    if public.channel is Channel.FACEBOOK and public.message_kind == "facebook_comment":
        private = (Route.FACEBOOK_PRIVATE_REPLY, public)
        if not is_open(Route.FACEBOOK_PRIVATE_REPLY, public, now=now, windows=windows):
            private = _latest_private(event, now=now, windows=windows)
    else:
        private = _latest_private(event, now=now, windows=windows)
    # Without an open private channel, invite them to the one their network offers.
    fallback = Route.X_DM if public.channel is Channel.X else Route.MESSENGER
    invitation = INVITATION[private[0] if private else fallback]
    planned = [
        PlannedDelivery(
            kind=NotificationKind.PUBLIC_REPLY,
            route=route_of(public),
            target=public,
            private_channel=invitation,
        )
    ]
    if private is not None:
        planned.append(
            PlannedDelivery(
                kind=NotificationKind.ACKNOWLEDGMENT, route=private[0], target=private[1]
            )
        )
    return tuple(planned)


def _latest_private(
    event: CaseEventV1, *, now: datetime, windows: ChannelWindows
) -> tuple[Route, ReplyTargetV1] | None:
    targets = event.reply_targets or (event.reply_target,)
    for target in reversed(targets):
        route = route_of(target)
        if route not in PUBLIC_ROUTES and is_open(route, target, now=now, windows=windows):
            return route, target
    return None


def _lead_offer(
    event: CaseEventV1, *, now: datetime, windows: ChannelWindows
) -> tuple[PlannedDelivery, ...]:
    # The offer goes where the customer talks to us in private, never to a public post (a
    # public-only customer hears it from the lead). The lead is told by the `lead_alerted`
    # event triage emits with it, when persistent anger is among the configured alerts.
    if event.lead is None:
        return ()
    private = _latest_private(event, now=now, windows=windows)
    if private is None:
        return ()
    route, target = private
    return (PlannedDelivery(kind=NotificationKind.LEAD_OFFER, route=route, target=target),)


def _to_staff(person: AgentRefV1 | None, kind: NotificationKind) -> tuple[PlannedDelivery, ...]:
    """An email to a team lead or escalation contact (not the customer), if they have one."""
    if person is None or not person.email:
        return ()
    lead_inbox = ReplyTargetV1(
        channel=Channel.EMAIL,
        handle=HandleV1(kind=HandleKind.EMAIL, value=person.email),
        language="en",  # the staff's language; Onecase's own desk speaks English
        message_kind="email",
    )
    return (PlannedDelivery(kind=kind, route=Route.EMAIL, target=lead_inbox),)
