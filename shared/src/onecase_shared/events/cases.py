"""Events triage produces on the routed-case stream, keyed by case id."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from onecase_shared.events.channels import Channel, HandleV1
from onecase_shared.events.envelope import Event


class CaseEventKind(StrEnum):
    """What happened to a case."""

    OPENED = "opened"
    MESSAGE_ADDED = "message_added"
    ASSIGNED = "assigned"
    TRANSFERRED = "transferred"
    ESCALATED = "escalated"
    UPDATE_REQUESTED = "update_requested"
    RESOLVED = "resolved"
    # Added within v1: consumers must ignore kinds they do not act on.
    REOPENED = "reopened"
    SLA_WARNING = "sla_warning"
    SLA_BREACHED = "sla_breached"
    FLAGGED_FOR_LEAD = "flagged_for_lead"
    FOLLOW_UP_DUE = "follow_up_due"  # a resolved case: ask whether it is really fixed
    # No longer emitted (issue 13): a staff-conduct case gives the lead a task at the desk
    # instead (`lead_follow_up_overdue` when it is not done in time). Kept so old events parse.
    LEAD_FOLLOW_UP_DUE = "lead_follow_up_due"
    # A message reached the case through a claimed link only (a typed address, a quoted case
    # number): it gets a generic answer, and nothing about the case goes to its channel.
    CONTACT_UNVERIFIED = "contact_unverified"
    CONTACT_VERIFIED = "contact_verified"  # proved with a code, or confirmed at the desk
    NOTE_ADDED = "note_added"  # an internal note at the desk (`note`); never sent to anyone
    # Opened while nobody could take it: the customer is acknowledged now, and told who owns
    # the case when the queue assigns it (an `assigned` event with `from_queue`).
    QUEUED = "queued"
    # The team lead is told by email (`note` says why, `lead` who): a staff-conduct
    # complaint, a threat, abuse. Persistent anger is `flagged_for_lead`, which tells them too.
    LEAD_ALERTED = "lead_alerted"
    # Staff conduct: the team lead (`lead`) has not sent their follow-up by its due time; the
    # escalation contact (`escalated_to`: the team's escalation lead, else the head of
    # support) is told by email. Once per case.
    LEAD_FOLLOW_UP_OVERDUE = "lead_follow_up_overdue"


class AgentRefV1(BaseModel):
    """Who owns a case, as the customer is told: a name and a direct contact."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    agent_id: str
    display_name: str
    email: str | None = None
    # Added within v1 (optional): the time zone the agent works in (IANA), for the times
    # promised to a customer whose own zone is unknown.
    timezone: str | None = None


class ReplyTargetV1(BaseModel):
    """Where and how to answer the customer on the channel they used."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    channel: Channel
    handle: HandleV1
    in_reply_to: str | None = None  # provider message id to thread the answer under
    references: tuple[str, ...] = ()
    subject: str | None = None
    public: bool = False
    language: str | None = None
    # Added within v1 (optional): what the provider calls it, its thread, and when the
    # customer last wrote there (Messenger answers only within 24 hours of that).
    message_kind: str | None = None  # "email", "tweet", "x_dm", "facebook_comment", ...
    conversation_id: str | None = None  # chat session, Intercom conversation, X conversation
    last_message_at: datetime | None = None
    timezone: str | None = None  # the customer's, when known: IANA name or offset "+02:00"


class UrgencyReasonV1(BaseModel):
    """One signal that raised a case's urgency, with the words that matched (never the text)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    signal: str
    points: int
    evidence: str


class UrgencyV1(BaseModel):
    """How urgent a case is (0-100, a level) and why."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    score: int
    level: str  # critical, high, normal, low
    reasons: tuple[UrgencyReasonV1, ...] = ()
    threats: tuple[str, ...] = ()
    abusive: bool = False


class CategoryV1(BaseModel):
    """What a case is about, with the terms that decided it."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: str
    confidence: float
    evidence: tuple[str, ...] = ()


class CaseFactsV1(BaseModel):
    """The specifics a customer gave, so an answer can restate them without quoting the text."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    order_number: str | None = None
    account_number: str | None = None
    product: str | None = None
    problem: tuple[str, ...] = ()  # what went wrong, in the customer's words: "never arrived"
    # Added within v1 (optional): what it is about when no product is named, and what is at
    # stake, as keys the templates word in each language.
    subject: str | None = None  # "credit_report", "debt_collection"
    concern: str | None = None  # "identity_theft", "unauthorised_payment", "locked_out", ...


class SlaAlertV1(BaseModel):
    """Which service-level clock is about to run out, or has."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    clock: str  # first_response, next_update, resolution
    due_at: datetime


class CaseEventV1(Event):
    """A change to one case, with enough of the case for consumers to act on it."""

    event_type: ClassVar[str] = "triage.case_event"

    kind: CaseEventKind
    case_id: UUID
    case_number: str
    customer_id: str
    sequence: int  # per case, increases with every event
    owner: AgentRefV1 | None = None
    reply_target: ReplyTargetV1
    complaint_id: UUID | None = None
    summary: str | None = None
    # Added within v1 (optional): set when a case is opened from a complaint.
    urgency: UrgencyV1 | None = None
    category: CategoryV1 | None = None
    # Added within v1 (optional): what the desk did and what the customer is owed.
    previous_owner: AgentRefV1 | None = None  # transferred: who handed the case over
    note: str | None = None  # internal: a handoff, escalation or resolution note
    update_text: str | None = None  # update_requested/resolved: words for the customer
    team: str | None = None  # escalated: the collaborating team
    sla: SlaAlertV1 | None = None  # sla_warning, sla_breached
    next_update_due: datetime | None = None  # when the customer next hears from us
    facts: CaseFactsV1 | None = None  # what the customer told us, for restating it
    # lead_alerted, flagged_for_lead: the lead told; lead_follow_up_overdue: the lead whose
    # follow-up is late; update_requested: the lead who wrote `update_text` (staff conduct).
    lead: AgentRefV1 | None = None
    reply_targets: tuple[ReplyTargetV1, ...] = ()  # every channel the customer used on the case
    customer_name: str | None = None  # the name the customer gave (greetings); may be a handle
    from_queue: bool = False  # assigned: the case waited, and its customer was acknowledged
    # contact_unverified: a one-time code for the case's own channel, once per new contact.
    verification_code: str | None = None
    escalated_to: AgentRefV1 | None = None  # lead_follow_up_overdue: who is told
