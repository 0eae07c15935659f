"""What the desk API accepts and answers, beyond the domain models it returns as they are."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from onecase_shared.events import AgentRefV1, CaseEventV1, ComplaintReceivedV1
from onecase_triage.domain.case_incidents import Incident
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.roster import Agent
from onecase_triage.domain.routing import AgentLoad

ClockState = Literal["met", "running", "warning", "breached"]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UpdateRequest(_Request):
    """A progress update for the customer, sent at once."""

    text: str = Field(min_length=1, max_length=5000)
    # An update that argues, blames the customer or over-promises is held back (422) with
    # the phrases named; the agent rephrases it, or sends it anyway with this flag.
    send_anyway: bool = False


class LeadFollowUpRequest(_Request):
    """A team lead's follow-up on a staff-conduct case: the prefilled draft, reviewed, maybe edited."""

    text: str = Field(min_length=1, max_length=5000)
    send_anyway: bool = False  # as for updates: send despite a warning about the tone


class ResolveRequest(_Request):
    """Resolve a case: words for the customer, and an internal note."""

    text: str | None = Field(default=None, max_length=5000)
    note: str | None = Field(default=None, max_length=2000)


class TransferRequest(_Request):
    """Hand a case to another agent, with a note for them."""

    to_agent: str
    note: str = Field(min_length=1, max_length=2000)


class EscalateRequest(_Request):
    """Bring a team in as collaborator."""

    team: str = Field(min_length=1, max_length=64)
    note: str = Field(min_length=1, max_length=2000)


class MergeRequest(_Request):
    """Merge two customers a lead knows to be one person."""

    first: str
    second: str
    reason: str = Field(min_length=1, max_length=500)


class ContactConfirmation(_Request):
    """Why the desk user is sure an unverified contact is the case's customer."""

    note: str = Field(min_length=1, max_length=500)


class AvailabilityRequest(_Request):
    """An agent goes available or away."""

    available: bool


class ClockView(BaseModel):
    """One SLA clock and where it stands now."""

    name: str
    started_at: datetime
    warn_at: datetime
    due_at: datetime
    met_at: datetime | None
    state: ClockState


class OwnerChange(BaseModel):
    """One step of a case's owner history."""

    at: datetime
    kind: str
    owner: AgentRefV1 | None
    previous_owner: AgentRefV1 | None = None
    note: str | None = None


class TimelineEntry(BaseModel):
    """A customer's message, on whichever channel it came."""

    at: datetime
    channel: str
    message_kind: str | None
    public: bool
    subject: str | None
    text: str
    # Written by a contact who reached the case by a claim and has not proved it (case_contacts).
    unverified_contact: bool = False

    @classmethod
    def of(cls, message: ComplaintReceivedV1, *, unverified: bool = False) -> TimelineEntry:
        """The timeline entry of one customer message."""
        return cls(
            at=message.received_at,
            channel=message.channel.value,
            message_kind=message.message_kind,
            public=message.public,
            subject=message.subject,
            text=message.text,
            unverified_contact=unverified,
        )


class LeadFollowUpView(BaseModel):
    """A staff-conduct case's lead follow-up task: when it is due, where it stands, the draft."""

    state: Literal["pending", "overdue", "sent"]
    due_at: datetime
    lead: AgentRefV1 | None  # the team lead expected to send it (from the roster)
    # While unsent: the prefilled message in the customer's language, to review and send.
    draft_language: str | None = None
    draft: str | None = None
    sent_at: datetime | None = None
    sent_by: str | None = None
    overdue_at: datetime | None = None  # when the sweep escalated it


class CaseView(BaseModel):
    """A case as the desk shows it: state, clocks, timeline across channels and history."""

    case: CaseRecord
    clocks: list[ClockView]
    timeline: list[TimelineEntry]
    owner_history: list[OwnerChange]
    events: list[CaseEventV1]
    messages_sent: list[dict[str, Any]]
    incidents: list[Incident]  # threats and abuse, with the message, channel, time and words
    lead_follow_up: LeadFollowUpView | None = None  # staff-conduct cases only


class AgentView(BaseModel):
    """An agent with their live load and whether they can take work now."""

    agent: Agent
    load: AgentLoad
    online: bool


class MergeResult(BaseModel):
    """The customer that survives a merge."""

    surviving_customer_id: str


class UndoResult(BaseModel):
    """The two customers a merge undo separated."""

    customer_ids: tuple[str, str]


class EventAccepted(BaseModel):
    """The case event a desk action published."""

    event_id: UUID
    kind: str
    sequence: int
    case_id: UUID
