"""Emitting case events: store under a deterministic key, publish, remember it was published."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import structlog

from onecase_shared.events import CaseEventKind, CaseEventV1, utc_now
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.ports import CaseEventLog, CaseEventPublisher

log = structlog.get_logger(__name__)


def event_for(
    case: CaseRecord, kind: CaseEventKind, sequence: int, correlation_id: UUID | None, **fields: Any
) -> CaseEventV1:
    """A case event carrying what consumers need of the case as it is now."""
    next_update = case.clock("next_update")
    common: dict[str, Any] = {
        "kind": kind,
        "case_id": case.case_id,
        "case_number": case.number,
        "customer_id": case.customer_id,
        "customer_name": case.customer_name,
        "sequence": sequence,
        "owner": case.owner,
        "reply_target": case.reply_target,
        "summary": case.summary,
        "urgency": case.urgency,
        "category": case.category,
        "next_update_due": next_update.due_at if next_update and case.is_open else None,
        "facts": case.facts,
        "reply_targets": case.reply_targets,
    }
    # Desk actions and sweeps start a new chain of work; complaints carry theirs.
    common["correlation_id"] = correlation_id or uuid4()
    return CaseEventV1(**(common | fields))


class CaseEvents:
    """Every case event goes through here, so each is stored once and published at least once."""

    def __init__(
        self,
        *,
        log_store: CaseEventLog,
        publisher: CaseEventPublisher,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._log = log_store
        self._publisher = publisher
        self._clock = clock

    async def emit(
        self,
        case: CaseRecord,
        kind: CaseEventKind,
        *,
        cause: str,
        correlation_id: UUID | None = None,
        **fields: Any,
    ) -> CaseEventV1:
        """Store the event `cause` makes `case` emit (once, whatever the retries), then publish it."""
        event, _ = await self._store(case, kind, cause, correlation_id, fields)
        await self._publish(event)
        return event

    async def emit_once(
        self, case: CaseRecord, kind: CaseEventKind, *, cause: str, **fields: Any
    ) -> CaseEventV1 | None:
        """Like `emit`, but publish only if this call stored the event (periodic sweeps)."""
        event, created = await self._store(case, kind, cause, None, fields)
        if not created:
            return None
        await self._publish(event)
        return event

    async def _store(
        self,
        case: CaseRecord,
        kind: CaseEventKind,
        cause: str,
        correlation_id: UUID | None,
        fields: dict[str, Any],
    ) -> tuple[CaseEventV1, bool]:
        return await self._log.append(
            case.case_id,
            f"{case.case_id}:{kind.value}:{cause}",
            cause,
            lambda sequence: event_for(case, kind, sequence, correlation_id, **fields),
        )

    async def republish(self, cause: str) -> int:
        """Publish again what `cause` emitted (a redelivery); consumers see the same event ids."""
        events = await self._log.caused_by(cause)
        for event in events:
            await self._publish(event)
        return len(events)

    async def flush_unpublished(self, *, grace: timedelta = timedelta(seconds=30)) -> int:
        """Publish events stored but never acknowledged by Kafka, e.g. after an outage."""
        events = await self._log.unpublished(self._clock() - grace, limit=500)
        for event in events:
            await self._publish(event)
        if events:
            log.info("unpublished case events flushed", count=len(events))
        return len(events)

    async def _publish(self, event: CaseEventV1) -> None:
        await self._publisher.publish_case_event(event)
        await self._log.mark_published(event)
