"""Notify's part of privacy: an erased customer's outbox records go, and nothing more is sent.

Case events of an erased case may still sit on `onecase.cases.v1` until its retention is up:
they are dropped here, so no message reaches the customer after their erasure.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Protocol
from uuid import UUID

import structlog
from pymongo.errors import PyMongoError

from onecase_shared.events import CaseEventV1, CustomerErasedV1
from onecase_shared.periodic import repeat_every

log = structlog.get_logger(__name__)


class NotifyRecords(Protocol):
    """Notify's records, as far as erasure and retention need them."""

    async def forget_cases(self, case_ids: Sequence[UUID]) -> int:
        """Delete every outbox record of these cases and remember they were erased."""

    async def is_erased(self, case_id: UUID) -> bool:
        """Whether the case belonged to a customer who was erased."""

    async def forget_before(self, cutoff: datetime) -> int:
        """Delete records older than `cutoff`; how many went."""


class NotifyPrivacy:
    """Erasure and retention for notify, and the guard that keeps erased cases silent."""

    def __init__(
        self,
        *,
        records: NotifyRecords,
        notify: Callable[[CaseEventV1], Awaitable[None]],
        retention: timedelta,
        clock: Callable[[], datetime],
        check_erased: bool = True,
    ) -> None:
        self._records = records
        self._notify = notify
        # False when `notify` itself refuses erased cases (notify's case sequences do: an
        # erasure moves them past every event), which saves a read per event.
        self._check_erased = check_erased
        self._retention = retention
        self._clock = clock

    async def on_customer_erased(self, event: CustomerErasedV1) -> None:
        """Forget the erased customer's outbox records; a redelivered event changes nothing."""
        removed = await self._records.forget_cases(event.case_ids)
        log.info("customer erased", event_id=str(event.erasure_id), count=removed)

    async def on_case_event(self, event: CaseEventV1) -> None:
        """Send what the event owes, unless its customer was erased."""
        if self._check_erased and await self._records.is_erased(event.case_id):
            log.info("case event of an erased customer dropped", case_id=str(event.case_id))
            return
        await self._notify(event)

    async def forget_old(self) -> int:
        """Delete records past their retention; how many went."""
        return await self._records.forget_before(self._clock() - self._retention)

    async def run_forever(self, interval_s: float) -> None:
        """Apply retention every `interval_s` seconds; a Mongo outage only delays it."""
        await repeat_every(
            interval_s, self._apply_retention, name="retention", retry_on=(PyMongoError,)
        )

    async def _apply_retention(self) -> None:
        removed = await self.forget_old()
        if removed:
            log.info("retention applied", kind="outbox", count=removed)
