"""Storing decisions and publishing their events: the only path from a decision to Kafka.

A decision is stored with one compare-and-set (state and events together); the relay then
publishes the case's outbox in sequence order, keyed by case id, and marks it published.
A crash between the two leaves the events in the outbox: the next decision on the case, a
redelivery, or the sweep publishes them. Consumers may see an event twice (same event id
and sequence), never out of order and never lost.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from uuid import UUID

import structlog

from onecase_shared.events import ComplaintReceivedV1, utc_now
from onecase_shared.kafka import RetryLaterError
from onecase_triage.domain.case_aggregate import Decision
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.ports import CaseEventPublisher, CaseRepository

log = structlog.get_logger(__name__)

_CONFLICT_RETRIES = 8
Decide = Callable[[CaseRecord], Decision | Awaitable[Decision]]


class ConflictRetriesExhaustedError(RetryLaterError):
    """The case kept changing under a decision; the message is retried later."""


class CaseRelay:
    """Saves decisions on cases and publishes each case's outbox in order."""

    def __init__(
        self,
        *,
        cases: CaseRepository,
        publisher: CaseEventPublisher,
        clock: Callable[[], datetime] = utc_now,
        fault: Callable[[str], None] = lambda _point: None,
    ) -> None:
        self._cases = cases
        self._publisher = publisher
        self._clock = clock
        # Tests inject crashes at named points between writes and publishes.
        self._fault = fault

    async def save(
        self,
        decision: Decision,
        *,
        expected_version: int,
        message: ComplaintReceivedV1 | None = None,
    ) -> bool:
        """Store one decision (with the message it applies); False when the case changed."""
        self._fault("before-save")
        saved = await self._cases.save_decision(
            decision.case, expected_version=expected_version, message=message
        )
        if saved:
            self._fault("after-save")
        return saved

    async def decide(
        self, case_id: UUID, decide: Decide, *, loaded: CaseRecord | None = None
    ) -> Decision | None:
        """Load the case, decide, store with compare-and-set (again on a conflict), publish.

        `loaded` is the case as just read (a sweep's claim): the first try decides on it
        without reading it again. None if there is no such case.
        """
        for attempt in range(_CONFLICT_RETRIES):
            first = attempt == 0 and loaded is not None
            case = loaded if first else await self._cases.load(case_id)
            if case is None:
                return None
            outcome = decide(case)
            decision = outcome if isinstance(outcome, Decision) else await outcome
            if decision.case is case:
                return decision  # nothing decided: nothing to store
            if await self.save(decision, expected_version=case.version):
                await self.publish(decision.case)
                return decision
        msg = f"case {case_id} kept changing"
        raise ConflictRetriesExhaustedError(msg)

    async def publish(self, case: CaseRecord) -> int:
        """Publish the case's outbox in sequence order, then mark it; how many went."""
        outbox = case.outbox
        for event in outbox:
            await self._publisher.publish_case_event(event)
            self._fault(f"published:{event.kind.value}")
        if outbox:
            await self._cases.mark_published(case, outbox[-1].sequence)
            self._fault("after-mark")
        return len(outbox)

    async def republish(self, case: CaseRecord, complaint_id: UUID) -> int:
        """A redelivered message: publish again the events it caused (same ids), and the outbox.

        Consumers see nothing new: the same events, which they already dedupe by sequence.
        """
        again = [e for e in case.events if e.complaint_id == complaint_id and e not in case.outbox]
        for event in again:
            await self._publisher.publish_case_event(event)
        return len(again) + await self.publish(case)

    async def flush_unpublished(self, *, grace: timedelta = timedelta(seconds=30)) -> int:
        """Publish outboxes a crash or an outage left behind; how many events went."""
        sent = 0
        for _ in range(50):
            cases = await self._cases.with_unpublished(self._clock() - grace, limit=200)
            for case in cases:
                sent += await self.publish(case)
            if len(cases) < 200:
                break
        if sent:
            log.info("unpublished case events flushed", count=sent)
        return sent
