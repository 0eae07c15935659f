"""A case as triage keeps it: the state behind the events on `onecase.cases.v1`."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from onecase_shared.events import (
    AgentRefV1,
    CaseEventV1,
    CaseFactsV1,
    CategoryV1,
    ReplyTargetV1,
    UrgencyV1,
)
from onecase_triage.domain.case_contacts import CaseContact, LinkSuggestion
from onecase_triage.domain.case_incidents import Incident
from onecase_triage.domain.sla import SlaClock


class CaseStatus(StrEnum):
    """Where a case is in its life."""

    OPEN = "open"
    RESOLVED = "resolved"


class CaseRecord(BaseModel):
    """One customer issue, with its single owner (or none yet, while it waits in the queue)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    case_id: UUID
    number: str
    customer_id: str
    customer_name: str | None = None  # as the customer gave it on the message that opened it
    status: CaseStatus = CaseStatus.OPEN
    owner: AgentRefV1 | None = None
    reply_target: ReplyTargetV1
    summary: str
    urgency: UrgencyV1
    category: CategoryV1
    language: str | None = None
    weight: float = 1.0
    opened_at: datetime
    queued_at: datetime
    resolved_at: datetime | None = None
    collaborators: tuple[str, ...] = ()
    sla: tuple[SlaClock, ...] = ()
    message_count: int = 1
    angry_exchanges: int = 0
    flagged_for_lead: bool = False
    facts: CaseFactsV1 = CaseFactsV1()
    # Every channel the customer used on this case, newest message last.
    reply_targets: tuple[ReplyTargetV1, ...] = ()
    follow_up_due_at: datetime | None = None
    follow_up_done: bool = False
    # Staff conduct: the team lead's follow-up task (domain/lead_follow_up.py). Done when the
    # lead sent it from the desk; overdue (escalated, once) when it was not sent in time.
    lead_follow_up_due_at: datetime | None = None
    lead_follow_up_done: bool = False
    lead_follow_up_sent_at: datetime | None = None
    lead_follow_up_sent_by: str | None = None  # the lead's agent id
    lead_follow_up_overdue_at: datetime | None = None
    # Writers who reached the case through a claim only (see case_contacts), and customers a
    # claim (a shared order number) suggests are the same person, for a lead to decide.
    contacts: tuple[CaseContact, ...] = ()
    contact_revision: int = 0
    link_suggestions: tuple[LinkSuggestion, ...] = ()
    incidents: tuple[Incident, ...] = ()  # threats and abuse, with the customer's words
    # The aggregate's own bookkeeping (issue 12): every decision is one compare-and-set on
    # `version` that stores the new state with its events; `events` past `published_sequence`
    # are the outbox a relay publishes.
    version: int = 0
    last_sequence: int = 0
    published_sequence: int = 0
    events: tuple[CaseEventV1, ...] = Field(default=(), exclude=True)
    applied: tuple[UUID, ...] = ()  # the messages on the case, in order (redelivery check)
    thread_keys: tuple[str, ...] = Field(default=(), exclude=True)
    alerts_sent: tuple[str, ...] = Field(default=(), exclude=True)  # SLA alert keys
    next_due_at: datetime | None = None  # the sweeps' index: the earliest clock to look at

    @property
    def is_open(self) -> bool:
        """Whether the case still needs work."""
        return self.status is CaseStatus.OPEN

    @property
    def outbox(self) -> tuple[CaseEventV1, ...]:
        """Events stored with the case that Kafka has not acknowledged yet, in order."""
        return tuple(e for e in self.events if e.sequence > self.published_sequence)

    def clock(self, name: str) -> SlaClock | None:
        """The SLA clock called `name`, if the case has it."""
        return next((clock for clock in self.sla if clock.name == name), None)
