"""What triage's service needs from the outside world, as small Protocols."""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from onecase_shared.events import AgentRefV1, CaseEventV1, ComplaintReceivedV1


class CaseStore(Protocol):
    """Cases, their messages and their events; every write is idempotent."""

    async def claim_open_case(self, customer_id: str, candidate_case_id: UUID) -> UUID:
        """The customer's open case id: `candidate_case_id` if none was open."""

    async def create_case(self, opened: CaseEventV1, owner: AgentRefV1) -> None:
        """Store a new case with its owner; a second call with the same case is a no-op."""

    async def add_message(self, case_id: UUID, complaint: ComplaintReceivedV1) -> None:
        """Attach a message to a case's timeline; a second call is a no-op."""

    async def record_events(self, events: tuple[CaseEventV1, ...]) -> None:
        """Store case events under (case, sequence); already stored ones are kept as they are."""

    async def events_for_complaint(self, complaint_id: UUID) -> list[CaseEventV1]:
        """The stored events a complaint caused, in sequence order."""


class CaseEventPublisher(Protocol):
    """Publishes case events on the routed-case stream."""

    async def publish_case_event(self, event: CaseEventV1) -> None:
        """Send one case event keyed by its case id; raise unless Kafka acknowledged it."""
