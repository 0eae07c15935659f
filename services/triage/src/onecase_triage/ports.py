"""What triage's services need from the outside world, as small Protocols."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from onecase_shared.events import CaseEventV1, ComplaintReceivedV1
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.identity_evidence import LinkEvidence
from onecase_triage.domain.roster import Agent


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

    async def ensure_customer(self, customer_id: str, display_name: str | None) -> bool:
        """Create the customer if it does not exist yet; whether it was created now."""

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


class CaseRepository(Protocol):
    """Cases as aggregates: read them, store each decision with one compare-and-set.

    Plus the unique-key documents uniqueness needs (a customer's open slots).
    """

    async def load(self, case_id: UUID) -> CaseRecord | None:
        """One case."""

    async def load_many(self, case_ids: set[UUID]) -> dict[UUID, CaseRecord]:
        """Several cases in one read, by id; missing ones are left out."""

    async def save_decision(
        self,
        case: CaseRecord,
        *,
        expected_version: int,
        message: ComplaintReceivedV1 | None = None,
    ) -> bool:
        """Store state and events if the case is still at `expected_version` (0: a new case).

        `message` is the customer's message the decision applies: its text is kept on the case.
        """

    async def mark_published(self, case: CaseRecord, through: int) -> None:
        """Remember that Kafka acknowledged the case's events up to `through`.

        The repository's own reads see the mark at once; it may be written later, with
        others, but before `with_unpublished` answers. Losing it (a crash) only publishes
        the same events again.
        """

    async def with_unpublished(self, decided_before: datetime, limit: int) -> list[CaseRecord]:
        """Cases whose outbox still holds events decided before `decided_before`."""

    async def claim_due(self, now: datetime, *, lease_until: datetime) -> CaseRecord | None:
        """The case due earliest whose sweep lease is free, leased until `lease_until`."""

    async def find_open_for_customer(
        self, customer_id: str, *, resolved_since: datetime
    ) -> tuple[list[CaseRecord], CaseRecord | None]:
        """The customer's open cases (oldest first) and the last one resolved since a time."""

    async def find_by_thread(self, keys: Sequence[str]) -> CaseRecord | None:
        """The case a reply chain points into."""

    async def find_by_number(self, number: str) -> CaseRecord | None:
        """The case with this customer-facing number."""

    async def messages_of(self, case: CaseRecord) -> list[ComplaintReceivedV1]:
        """The messages on the case, in the order they were applied."""

    async def queued(self, limit: int) -> list[CaseRecord]:
        """Open cases without an owner, most urgent and longest waiting first."""

    async def open_owned_by(
        self, agent_ids: Sequence[str], levels: Sequence[str]
    ) -> list[CaseRecord]:
        """Open cases of these owners at these urgency levels."""

    async def loads(self) -> dict[str, tuple[int, float]]:
        """Each owner's open cases and their weighted sum, counted from the cases."""

    async def search(self, filters: dict[str, Any], limit: int) -> list[CaseRecord]:
        """Cases matching the desk's filters, most urgent first."""

    async def claim_slot(
        self, slot: str, *, customer_id: str, case_id: UUID, category: str
    ) -> UUID:
        """The case holding the open slot: `case_id` if the slot was free."""

    async def release_slots(self, case_id: UUID) -> None:
        """Free every open slot the case holds (it was resolved)."""

    async def release_slot_held_by(self, slot: str, case_id: UUID) -> None:
        """Free `slot` if `case_id` still holds it."""

    async def move_slots(self, absorbed: str, surviving: str) -> list[UUID]:
        """After a merge: the absorbed customer's cases become the survivor's; their ids."""

    async def move_back(self, case_ids: Sequence[UUID], *, to: str, source: str) -> None:
        """After an undone merge: the cases it moved from `to` to `source` go back."""


class AgentDirectory(Protocol):
    """The roster: who can own cases (their loads are counted from the cases)."""

    async def agents(self) -> list[Agent]:
        """Every agent."""

    async def get(self, agent_id: str) -> Agent | None:
        """One agent."""

    async def save(self, agent: Agent) -> None:
        """Create or change an agent."""


class CaseEventPublisher(Protocol):
    """Publishes case events on the routed-case stream."""

    async def publish_case_event(self, event: CaseEventV1) -> None:
        """Send one case event keyed by its case id; raise unless Kafka acknowledged it."""
