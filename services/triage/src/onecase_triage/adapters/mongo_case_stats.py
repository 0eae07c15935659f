"""Counts for triage's gauges, read from the cases collection in three queries.

nx-27017 holds one command at a time, for every service. `count_documents` sends
`$group: {_id: 1}`, which nx-27017 cannot run in SQL: it decodes every matching case in
Python, about half a second per count at 700 open cases, and five such counts every refresh
stalled the whole pipeline for one to two seconds (docs/performance.md). A `$group` on a field and a
`$count` stage run in SQL there, in milliseconds, and mean the same on MongoDB.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

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
    """The CaseStatsSource port on a MongoDB-wire server: open cases by level, and the queue."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._cases = db[CASES]

    async def case_stats(self) -> CaseStats:
        """Open cases by urgency level, unowned open cases, and when the oldest was queued."""
        by_level = dict.fromkeys((level.value for level in UrgencyLevel), 0)
        for row in await self._rows(
            {"$match": {"status": CaseStatus.OPEN.value}},
            {"$group": {"_id": "$urgency.level", "cases": {"$sum": 1}}},
        ):
            if row["_id"] in by_level:
                by_level[row["_id"]] = int(row["cases"])
        counted = await self._rows({"$match": _QUEUED}, {"$count": "cases"})
        oldest = await self._cases.find_one(
            _QUEUED, projection={"queued_at": 1}, sort=[("queued_at", ASCENDING)]
        )
        return CaseStats(
            open_by_level=by_level,
            queue_depth=int(counted[0]["cases"]) if counted else 0,
            oldest_queued_at=_moment(oldest.get("queued_at") if oldest else None),
        )

    async def _rows(self, *pipeline: dict[str, Any]) -> list[Document]:
        cursor = await self._cases.aggregate(list(pipeline))
        return [row async for row in cursor]


def _moment(value: object) -> datetime | None:
    # The case store writes times as stamps (ISO strings, see onecase_shared.mongo.stamp).
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None
