"""Triage's retention: each kind of personal data is deleted or anonymised when its time is up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

import structlog

from onecase_shared.periodic import repeat_every
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.personal_data import RetentionPolicy

log = structlog.get_logger(__name__)

BATCH = 200
MAX_BATCHES = 50  # per kind and sweep: a backlog is worked off over several sweeps


class RetentionStore(Protocol):
    """Where triage's personal data is deleted by date."""

    async def forget_messages_before(self, cutoff: datetime) -> int:
        """Delete customers' messages received before `cutoff`; how many went."""

    async def closed_cases_before(self, cutoff: datetime, limit: int) -> list[CaseRecord]:
        """Resolved cases, not yet anonymised, resolved before `cutoff`."""

    async def anonymise_closed_case(self, case: CaseRecord, *, now: datetime) -> None:
        """Delete a closed case's timeline, events and sent messages; keep it as a shell."""

    async def idle_customers(
        self, *, first_seen_before: datetime, checked_before: datetime, limit: int
    ) -> list[str]:
        """Customers first seen before a date, not checked lately."""

    async def forget_if_caseless(self, customer_id: str, *, now: datetime) -> bool:
        """Erase the customer if no case names them any more; whether it did."""


class RetentionSweep:
    """Applies the retention policy to triage's data, batch by batch."""

    def __init__(
        self, *, store: RetentionStore, policy: RetentionPolicy, clock: Callable[[], datetime]
    ) -> None:
        self._store = store
        self._policy = policy
        self._clock = clock

    async def run_forever(self, interval_s: float) -> None:
        """Sweep every `interval_s` seconds; a Mongo outage only delays the next sweep."""
        # The store's errors are the adapter's, not ours to name: any failure waits a sweep.
        await repeat_every(interval_s, self.sweep_once, name="retention sweep")

    async def sweep_once(self) -> dict[str, int]:
        """One pass over every kind of data; how many records of each kind went."""
        now = self._clock()
        done = {
            "messages": await self._store.forget_messages_before(now - self._policy.messages),
            "closed_cases": await self._anonymise_closed_cases(now),
            "customers": await self._forget_idle_customers(now),
        }
        for kind, count in done.items():
            if count:
                log.info("retention applied", kind=kind, count=count)
        return done

    async def _anonymise_closed_cases(self, now: datetime) -> int:
        cutoff = now - self._policy.closed_cases
        count = 0
        for _ in range(MAX_BATCHES):
            cases = await self._store.closed_cases_before(cutoff, BATCH)
            for case in cases:
                await self._store.anonymise_closed_case(case, now=now)
            count += len(cases)
            if len(cases) < BATCH:
                break
        return count

    async def _forget_idle_customers(self, now: datetime) -> int:
        count = 0
        for _ in range(MAX_BATCHES):
            customers = await self._store.idle_customers(
                first_seen_before=now - self._policy.identities,
                checked_before=now - self._policy.recheck_customers_after,
                limit=BATCH,
            )
            for customer_id in customers:
                count += await self._store.forget_if_caseless(customer_id, now=now)
            if len(customers) < BATCH:
                break
        return count
