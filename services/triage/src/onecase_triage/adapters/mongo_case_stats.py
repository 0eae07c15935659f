"""Counts for triage's gauges, read from the cases collection in a handful of indexed queries."""

from __future__ import annotations

from datetime import datetime

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

from onecase_shared.mongo import Document
from onecase_triage.adapters.mongo_case_store import CASES
from onecase_triage.case_metrics import CaseStats
from onecase_triage.domain.case_record import CaseStatus
from onecase_triage.domain.urgency import UrgencyLevel

# `owner.agent_id` is null exactly when `owner` is, and it is indexed. On nx-27017,
# `count_documents` with `{"owner": None}` counted nothing, so the queue gauge read 0.
_QUEUED = {"status": CaseStatus.OPEN.value, "owner.agent_id": None}


class MongoCaseStats:
    """The CaseStatsSource port on a MongoDB-wire server: one count per level, two for the queue."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._cases = db[CASES]

    async def case_stats(self) -> CaseStats:
        """Open cases by urgency level, unowned open cases, and when the oldest was queued."""
        by_level = {
            level.value: await self._cases.count_documents(
                {"status": CaseStatus.OPEN.value, "urgency.level": level.value}
            )
            for level in UrgencyLevel
        }
        depth = await self._cases.count_documents(_QUEUED)
        oldest = await self._cases.find_one(
            _QUEUED, projection={"queued_at": 1}, sort=[("queued_at", ASCENDING)]
        )
        queued_at = oldest.get("queued_at") if oldest else None
        return CaseStats(
            open_by_level=by_level,
            queue_depth=depth,
            oldest_queued_at=queued_at if isinstance(queued_at, datetime) else None,
        )
