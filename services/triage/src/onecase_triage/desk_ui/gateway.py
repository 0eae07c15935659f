"""The one port the browser desk uses to reach triage: read cases, act on them.

The pages import nothing else of triage's services; `triage_gateway.py` is the adapter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from onecase_triage.desk.schemas import AgentView, CaseView
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.desk_permissions import DeskUser


class ActionRefusedError(Exception):
    """A desk action that cannot be done; the message says why, for the person who tried."""


@dataclass(frozen=True)
class TimelineItem:
    """One customer message as the case page shows it."""

    at: datetime
    channel: str
    kind: str | None
    public: bool
    who: str
    handle: str
    reach: int
    subject: str | None
    text: str
    unverified_contact: bool


class DeskGateway(Protocol):
    """What the browser desk needs of triage, and nothing more."""

    async def open_cases(self, limit: int) -> list[CaseRecord]:
        """Open cases, most urgent first."""

    async def queue(self, limit: int) -> list[CaseRecord]:
        """Cases waiting for an owner, in the order they will be assigned."""

    async def case(self, reference: str) -> CaseView | None:
        """One case by number or id, with clocks, owner history, events and messages sent."""

    async def timeline(self, case: CaseRecord) -> list[TimelineItem]:
        """The customer's messages on a case across channels, oldest first."""

    async def agents(self) -> list[AgentView]:
        """The roster with each agent's live load and whether they are online."""

    async def post_update(self, reference: str, user: DeskUser, text: str) -> None:
        """Send the customer a progress update now."""

    async def send_lead_follow_up(self, reference: str, user: DeskUser, text: str) -> None:
        """A team lead sends their staff-conduct follow-up (the reviewed draft) to the customer."""

    async def resolve(self, reference: str, user: DeskUser, text: str | None) -> None:
        """Resolve the case, with optional words for the customer."""

    async def transfer(self, reference: str, user: DeskUser, to_agent: str, note: str) -> None:
        """Hand the case to another online agent with a note."""

    async def escalate(self, reference: str, user: DeskUser, team: str, note: str) -> None:
        """Bring a team in; the owner stays the contact."""

    async def add_note(self, reference: str, user: DeskUser, text: str) -> None:
        """Add an internal note to the case's history (never sent to the customer)."""

    async def confirm_contact(
        self, reference: str, user: DeskUser, customer_id: str, note: str
    ) -> None:
        """Vouch for an unverified contact on the case."""

    async def decide_link(
        self, reference: str, user: DeskUser, customer_id: str, *, accept: bool, note: str
    ) -> None:
        """Accept (merge the customers) or reject a suggested link between two customers."""

    async def set_availability(self, agent_id: str, user: DeskUser, available: bool) -> None:
        """An agent goes available or away."""
