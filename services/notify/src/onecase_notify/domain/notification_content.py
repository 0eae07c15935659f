"""What a planned delivery says: the message context built from the case event."""

from __future__ import annotations

from onecase_notify.domain.delivery_plan import PlannedDelivery
from onecase_notify.domain.message_context import MessageContext, PrivateChannel
from onecase_shared.events import CaseEventV1, CaseFactsV1

# Before an owner is named (never for the kinds notify sends today), the team signs.
TEAM_NAME = "the Onecase team"


def context_for(event: CaseEventV1, planned: PlannedDelivery) -> MessageContext:
    """The composer's input for one delivery of `event`."""
    target = planned.target or event.reply_target
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
        category=event.category.name if event.category else None,
        facts=event.facts or CaseFactsV1(),
        summary=event.summary,
        customer_subject=target.subject or event.reply_target.subject,
        update_text=event.update_text,
        next_update_due=event.next_update_due,
        private_channel=PrivateChannel(planned.private_channel)
        if planned.private_channel
        else None,
    )
