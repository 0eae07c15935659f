"""What triage's services need from the outside world, as small Protocols."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from onecase_shared.events import AgentRefV1, CaseEventV1, ComplaintReceivedV1
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.identity_evidence import LinkEvidence
from onecase_triage.domain.roster import Agent
from onecase_triage.domain.routing import AgentLoad


class IdentityStore(Protocol):
    """Which customer holds each handle, and the record of every merge."""

    async def claim_keys(self, evidence: Sequence[LinkEvidence], candidate: str) -> dict[str, str]:
        """Give unclaimed keys to `candidate`; return every key's holder."""

    async def holders_of(self, keys: Sequence[str]) -> dict[str, str]:
        """The customer holding each of `keys` that somebody holds; nothing is claimed."""

    async def record_claims(self, evidence: Sequence[LinkEvidence], customer_id: str) -> None:
        """Remember the keys `customer_id` claimed, once each."""

    async def claimants_of(self, keys: Sequence[str]) -> dict[str, list[str]]:
        """The customers who claimed each of `keys` before, oldest first."""

    async def ensure_customer(self, customer_id: str, display_name: str | None) -> None:
        """Create the customer if it does not exist yet."""

    async def root_of(self, customer_id: str) -> str:
        """The customer `customer_id` was merged into, following the chain."""

    async def record_merge(
        self, *, absorbed: str, surviving: str, reason: str, by: str, automatic: bool
    ) -> bool:
        """Record a merge; False when it was undone before and `automatic` must not redo it."""

    async def point_to(self, absorbed: str, surviving: str) -> bool:
        """Make `absorbed` a part of `surviving`; False if it already points elsewhere."""

    async def undo_merge(self, merge_id: str, *, by: str) -> tuple[str, str] | None:
        """Separate the two customers again; their (absorbed, surviving) ids, or None."""

    async def record_moved_cases(self, merge_id: str, case_ids: Sequence[UUID]) -> None:
        """Remember which cases a merge moved, so undoing it can move them back."""

    async def moved_cases(self, merge_id: str) -> list[UUID]:
        """The cases a merge moved."""

    async def customer(self, customer_id: str) -> dict[str, Any] | None:
        """The customer with its handles and merges, for the desk."""


class CaseStore(Protocol):
    """Cases, their open slots, messages and thread keys; every write is idempotent."""

    async def claim_slot(
        self, slot: str, *, customer_id: str, case_id: UUID, category: str
    ) -> UUID:
        """The case holding the open slot: `case_id` if the slot was free."""

    async def release_slots(self, case_id: UUID) -> None:
        """Free every open slot the case holds (it was resolved)."""

    async def move_slots(self, absorbed: str, surviving: str) -> list[UUID]:
        """After a merge: the absorbed customer's cases become the survivor's; their ids."""

    async def move_back(self, case_ids: Sequence[UUID], *, to: str, source: str) -> None:
        """After an undone merge: the cases it moved from `to` to `source` go back."""

    async def open_cases_of(self, customer_id: str) -> list[CaseRecord]:
        """The customer's open cases, oldest first."""

    async def last_resolved_case(self, customer_id: str, since: datetime) -> CaseRecord | None:
        """The customer's most recently resolved case, if resolved after `since`."""

    async def case_for_thread(self, keys: Sequence[str]) -> CaseRecord | None:
        """The case a reply chain points into."""

    async def case_by_number(self, number: str) -> CaseRecord | None:
        """The case with this customer-facing number."""

    async def get(self, case_id: UUID) -> CaseRecord | None:
        """One case."""

    async def get_many(self, case_ids: set[UUID]) -> dict[UUID, CaseRecord]:
        """Several cases in one read, by id; missing ones are left out."""

    async def message_case(self, complaint_id: UUID) -> UUID | None:
        """The case a complaint was already added to, if any (a redelivery)."""

    async def create(self, case: CaseRecord) -> bool:
        """Store a new case; False (and no change) if it was stored before."""

    async def add_message(
        self, case_id: UUID, complaint: ComplaintReceivedV1, thread_keys: Sequence[str]
    ) -> bool:
        """Attach a message to a case's timeline; False if it was already there."""

    async def set_owner_if_unowned(self, case_id: UUID, owner: AgentRefV1, at: datetime) -> bool:
        """Give an unowned open case its owner; False if it had one."""

    async def replace_owner(self, case_id: UUID, current: str, new_owner: AgentRefV1) -> bool:
        """Hand the case from `current` to `new_owner`; False if `current` no longer owns it."""

    async def update(
        self, case_id: UUID, changes: dict[str, Any], *, expect: dict[str, Any]
    ) -> bool:
        """Apply `changes` if the case still matches `expect`; whether it did."""

    async def queued(self, limit: int) -> list[CaseRecord]:
        """Open cases without an owner, most urgent and longest waiting first."""

    async def open_cases(self, limit: int) -> list[CaseRecord]:
        """Open cases, for the sweeps (SLA clocks, owners gone off shift)."""

    async def follow_ups_due(self, now: datetime, limit: int) -> list[CaseRecord]:
        """Resolved cases whose follow-up ("is it really fixed?") is due."""

    async def lead_follow_ups_due(self, now: datetime, limit: int) -> list[CaseRecord]:
        """Cases whose team lead's own follow-up (staff conduct) is due, open or resolved."""

    async def search(self, filters: dict[str, Any], limit: int) -> list[CaseRecord]:
        """Cases matching the desk's filters, most urgent first."""

    async def messages_of(self, case_id: UUID) -> list[ComplaintReceivedV1]:
        """The customer's messages on the case, across channels, in order."""


class AgentDirectory(Protocol):
    """The roster with each agent's live load; claims are idempotent per case."""

    async def agents(self) -> list[tuple[Agent, AgentLoad]]:
        """Every agent with their current load."""

    async def get(self, agent_id: str) -> tuple[Agent, AgentLoad] | None:
        """One agent with their load."""

    async def save(self, agent: Agent) -> None:
        """Create or change an agent; their load is kept."""

    async def holder_of(self, case_id: UUID) -> str | None:
        """The agent whose load counts this case, if any."""

    async def assigned_cases(self, agent_id: str) -> list[UUID]:
        """The cases counted in the agent's load."""

    async def claims(self) -> list[tuple[str, UUID]]:
        """Every (agent, case) pair counted in a load, in one read."""

    async def claim(
        self, agent_id: str, case_id: UUID, weight: float, *, bypass_capacity: bool
    ) -> bool:
        """Count the case in the agent's load if they have room; True if it is counted."""

    async def release(self, agent_id: str, case_id: UUID, weight: float) -> None:
        """Stop counting the case in the agent's load (no-op if it was not counted)."""


class CaseEventLog(Protocol):
    """Case events stored before they are published, each under a deterministic key."""

    async def append(
        self, case_id: UUID, key: str, cause: str, build: Callable[[int], CaseEventV1]
    ) -> tuple[CaseEventV1, bool]:
        """The event stored under `key` and whether this call stored it."""

    async def caused_by(self, cause: str) -> list[CaseEventV1]:
        """The events one cause produced, in sequence order."""

    async def mark_published(self, event: CaseEventV1) -> None:
        """Remember the event reached Kafka."""

    async def unpublished(self, older_than: datetime, limit: int) -> list[CaseEventV1]:
        """Stored events that never reached Kafka (a crash or an outage in between)."""

    async def history(self, case_id: UUID) -> list[CaseEventV1]:
        """Every event of a case, in sequence order."""


class CaseEventPublisher(Protocol):
    """Publishes case events on the routed-case stream."""

    async def publish_case_event(self, event: CaseEventV1) -> None:
        """Send one case event keyed by its case id; raise unless Kafka acknowledged it."""
