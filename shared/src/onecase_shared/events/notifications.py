"""Events notify produces: what was sent to a customer."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from onecase_shared.events.channels import Channel
from onecase_shared.events.envelope import Event


class NotificationKind(StrEnum):
    """The kinds of message a customer receives about a case."""

    ACKNOWLEDGMENT = "acknowledgment"
    PROGRESS_UPDATE = "progress_update"
    TRANSFER = "transfer"
    RESOLUTION = "resolution"
    FOLLOW_UP = "follow_up"
    # Added within v1: consumers must ignore kinds they do not know.
    PUBLIC_REPLY = "public_reply"  # the short public answer that invites a private channel
    # A team lead's own follow-up (staff-conduct cases): the words the lead sent from the desk.
    LEAD_FOLLOW_UP = "lead_follow_up"
    CONTACT_RECEIVED = "contact_received"  # generic: to an unverified contact, no case details
    CONTACT_CHECK = "contact_check"  # to the case's own channel: a one-time code to prove it
    LEAD_OFFER = "lead_offer"  # anger persists: the customer may have a team lead instead
    LEAD_ALERT = "lead_alert"  # to the team lead, by email: a case whose anger persists
    LEAD_REVIEW = "lead_review"  # to the team lead: a staff-conduct case awaits their own word
    # To the escalation contact, by email: a lead's staff-conduct follow-up is overdue.
    LEAD_ESCALATION = "lead_escalation"


class NotificationSentV1(Event):
    """A message delivered to a customer, once, under its deterministic key."""

    event_type: ClassVar[str] = "notify.notification_sent"

    notification_key: str  # case:kind:sequence
    case_id: UUID
    kind: NotificationKind
    channel: Channel
    provider_message_id: str | None = None
    sent_at: datetime


class NotificationFailedV1(Event):
    """A message that could not be delivered for good: recorded on the case, with the reason."""

    event_type: ClassVar[str] = "notify.notification_failed"

    notification_key: str
    case_id: UUID
    kind: NotificationKind
    channel: Channel | None  # None: no channel was allowed (e.g. every window closed)
    reason: str
    failed_at: datetime
