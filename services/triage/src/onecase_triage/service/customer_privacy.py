"""A customer's access and erasure requests: export what is held, erase it everywhere, audit both."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol
from uuid import uuid4

import structlog

from onecase_shared.events import CustomerErasedV1
from onecase_triage.domain.desk_permissions import DeskUser
from onecase_triage.domain.personal_data import (
    AuditEntry,
    CustomerHoldings,
    PrivacyAction,
    erasure_event,
    may_handle_personal_data,
)
from onecase_triage.service.case_desk import ForbiddenError, NotFoundError

log = structlog.get_logger(__name__)


class CustomerRecords(Protocol):
    """Triage's records of one customer."""

    async def holdings(self, customer_id: str, *, now: datetime) -> CustomerHoldings | None:
        """Everything held about the person behind `customer_id`, or None."""

    async def erase(self, holdings: CustomerHoldings, *, now: datetime) -> dict[str, int]:
        """Delete the records, leave anonymous case shells; how many of each went."""


class PrivacyAudit(Protocol):
    """Where exports and erasures are recorded."""

    async def record(self, entry: AuditEntry, *, status: str) -> None:
        """Store (or update) one entry with where it stands."""


class ErasurePublisher(Protocol):
    """Tells the other services what to erase."""

    async def publish_erasure(self, event: CustomerErasedV1) -> None:
        """Send the erasure; raise unless Kafka acknowledged it."""


class CustomerPrivacy:
    """Exports and erasures of a customer's personal data, for leads and admins, audited."""

    def __init__(
        self,
        *,
        records: CustomerRecords,
        audit: PrivacyAudit,
        publisher: ErasurePublisher,
        clock: Callable[[], datetime],
    ) -> None:
        self._records = records
        self._audit = audit
        self._publisher = publisher
        self._clock = clock

    async def export(self, customer_id: str, user: DeskUser) -> CustomerHoldings:
        """Everything held about the customer, as JSON-ready data; the access is audited."""
        holdings = await self._holdings(customer_id, user)
        entry = self._entry(PrivacyAction.EXPORT, customer_id, user, {"cases": len(holdings.cases)})
        await self._audit.record(entry, status="done")
        log.info(
            "customer exported",
            kind=entry.action.value,
            customer_id=customer_id,
            by=user.user_id,
            event_id=str(entry.audit_id),
            count=len(holdings.cases),
        )
        return holdings

    async def erase(self, customer_id: str, user: DeskUser) -> AuditEntry:
        """Erase the customer everywhere: other services hear of it first, then triage erases.

        Recorded as started before anything changes, and done after: a failure part-way
        leaves the customer findable, so the request can simply be made again.
        """
        holdings = await self._holdings(customer_id, user)
        started = self._entry(PrivacyAction.ERASE, customer_id, user, {})
        await self._audit.record(started, status="started")
        await self._publisher.publish_erasure(erasure_event(holdings, erasure_id=started.audit_id))
        counts = await self._records.erase(holdings, now=self._clock())
        done = started.model_copy(update={"counts": counts})
        await self._audit.record(done, status="done")
        log.info(
            "customer erased",
            kind=done.action.value,
            customer_id=customer_id,
            by=user.user_id,
            event_id=str(done.audit_id),
            count=counts.get("cases", 0),
        )
        return done

    async def _holdings(self, customer_id: str, user: DeskUser) -> CustomerHoldings:
        if not may_handle_personal_data(user):
            raise ForbiddenError("only leads and admins may export or erase a customer")
        holdings = await self._records.holdings(customer_id, now=self._clock())
        if holdings is None:
            raise NotFoundError(f"no customer {customer_id}")
        return holdings

    def _entry(
        self, action: PrivacyAction, customer_id: str, user: DeskUser, counts: dict[str, int]
    ) -> AuditEntry:
        return AuditEntry(
            audit_id=uuid4(),
            action=action,
            customer_id=customer_id,
            by=user.user_id,
            role=user.role.value,
            at=self._clock(),
            counts=counts,
        )
