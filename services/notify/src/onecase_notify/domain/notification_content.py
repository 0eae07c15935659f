"""What a planned delivery says: the message context built from the case event."""

from __future__ import annotations

from onecase_notify.domain.delivery_plan import PlannedDelivery
from onecase_notify.domain.message_context import MessageContext, PrivateChannel
from onecase_shared.events import CaseEventV1, CaseFactsV1, NotificationKind

# Before an owner is named (never for the kinds notify sends today), the team signs.
TEAM_NAME = "the Onecase team"
# Below this, the restatement does not name a category: saying less is better than saying
# something the complaint is not about (measured in quality/restatements.py).
RESTATE_MIN_CONFIDENCE = 0.65


# A writer not yet proven to be the customer learns nothing about the case from us.
_GENERIC_KINDS = frozenset({NotificationKind.CONTACT_RECEIVED})
_STAFF_KINDS = frozenset(
    {NotificationKind.LEAD_ALERT, NotificationKind.LEAD_REVIEW, NotificationKind.LEAD_ESCALATION}
)
# Staff emails that say why in the event's note (the reason, never the customer's words).
_REASONED_KINDS = frozenset({NotificationKind.LEAD_ALERT, NotificationKind.LEAD_ESCALATION})


def context_for(
    event: CaseEventV1,
    planned: PlannedDelivery,
    *,
    desk_url: str | None = None,
    x_account_id: str | None = None,
) -> MessageContext:
    """The composer's input for one delivery of `event`.

    `desk_url` makes staff emails link to the case; `x_account_id` gives public replies on X
    a link that opens a DM to our account.
    """
    target = planned.target or event.reply_target
    if planned.kind in _GENERIC_KINDS:
        return MessageContext(
            kind=planned.kind,
            surface=planned.surface,
            language=target.language,
            case_number=event.case_number,
            owner_name=TEAM_NAME,
            customer_subject=target.subject,
        )
    owner = event.owner
    return MessageContext(
        kind=planned.kind,
        surface=planned.surface,
        language=target.language or event.reply_target.language,
        case_number=event.case_number,
        owner_name=owner.display_name if owner else TEAM_NAME,
        owner_email=owner.email if owner else None,
        previous_owner_name=event.previous_owner.display_name if event.previous_owner else None,
        lead_name=event.lead.display_name if event.lead else None,
        category=event.category.name
        if event.category and event.category.confidence >= RESTATE_MIN_CONFIDENCE
        else None,
        facts=event.facts or CaseFactsV1(),
        summary=event.summary,
        # The lead's alert is our own email, not a reply in the customer's thread.
        customer_subject=None
        if planned.kind in _STAFF_KINDS
        else target.subject or event.reply_target.subject,
        update_text=event.update_text,
        next_update_due=event.next_update_due,
        private_channel=PrivateChannel(planned.private_channel)
        if planned.private_channel
        else None,
        customer_name=event.customer_name,
        verification_code=event.verification_code,
        contact_channel=_channel_name(event) if event.verification_code else None,
        queued=owner is None,
        timezone=target.timezone
        or event.reply_target.timezone
        or (owner.timezone if owner else None),
        lead_reason=event.note if planned.kind in _REASONED_KINDS else None,
        desk_link=f"{desk_url.rstrip('/')}/ui/cases/{event.case_number}"
        if desk_url and planned.kind in _STAFF_KINDS
        else None,
        dm_link=f"https://x.com/messages/compose?recipient_id={x_account_id}"
        if x_account_id and planned.private_channel == "x_dm"
        else None,
    )


def _channel_name(event: CaseEventV1) -> str:
    # The contact that wrote: this event's own reply target (not the case's channels).
    target = event.reply_target
    return target.message_kind or target.channel.value
