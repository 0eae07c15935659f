"""Case events in MongoDB: stored under a deterministic key before Kafka hears of them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from uuid import UUID

from pymongo import ASCENDING, ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.events import CaseEventV1
from onecase_shared.mongo import Document, IndexSpec
from onecase_triage.adapters.mongo_case_store import CASES

CASE_EVENTS = "case_events"  # _id: "<case id>:<kind>:<cause>", e.g. the complaint that caused it

INDEXES = (
    IndexSpec(CASE_EVENTS, (("case_id", ASCENDING), ("sequence", ASCENDING))),
    IndexSpec(CASE_EVENTS, (("cause", ASCENDING),)),
    IndexSpec(CASE_EVENTS, (("published", ASCENDING), ("stored_at", ASCENDING))),
)


class MongoCaseEventLog:
    """The CaseEventLog port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._events = db[CASE_EVENTS]
        self._cases = db[CASES]

    async def append(
        self, case_id: UUID, key: str, cause: str, build: Callable[[int], CaseEventV1]
    ) -> tuple[CaseEventV1, bool]:
        """The event stored under `key` and whether this call stored it.

        A new event is built with the case's next sequence.

        A sequence taken by an attempt that then loses the insert race is skipped: sequences
        always increase within a case, but may have gaps.
        """
        stored = await self._events.find_one({"_id": key})
        if stored is not None:
            return CaseEventV1.model_validate(stored["event"]), False
        counter = await self._cases.find_one_and_update(
            {"_id": str(case_id)},
            {"$inc": {"last_sequence": 1}},
            projection={"last_sequence": 1},
            return_document=ReturnDocument.AFTER,
        )
        if counter is None:
            msg = f"case {case_id} does not exist"
            raise LookupError(msg)
        event = build(int(counter["last_sequence"]))
        try:
            await self._events.insert_one(
                {
                    "_id": key,
                    "case_id": str(case_id),
                    "sequence": event.sequence,
                    "cause": cause,
                    "published": False,
                    "stored_at": event.occurred_at,
                    "event": event.model_dump(mode="json"),
                }
            )
        except DuplicateKeyError:
            stored = await self._events.find_one({"_id": key})
            assert stored is not None  # duplicate keys are never deleted
            return CaseEventV1.model_validate(stored["event"]), False
        return event, True

    async def caused_by(self, cause: str) -> list[CaseEventV1]:
        """The events one cause (a complaint, a desk action) produced, in sequence order."""
        cursor = self._events.find({"cause": cause}).sort("sequence", ASCENDING)
        return [CaseEventV1.model_validate(doc["event"]) async for doc in cursor]

    async def mark_published(self, event: CaseEventV1) -> None:
        """Remember the event reached Kafka."""
        await self._events.update_one(
            {"case_id": str(event.case_id), "sequence": event.sequence},
            {"$set": {"published": True}},
        )

    async def unpublished(self, older_than: datetime, limit: int) -> list[CaseEventV1]:
        """Stored events that never reached Kafka (a crash or an outage in between)."""
        cursor = (
            self._events.find({"published": False, "stored_at": {"$lt": older_than}})
            .sort("stored_at", ASCENDING)
            .limit(limit)
        )
        return [CaseEventV1.model_validate(doc["event"]) async for doc in cursor]

    async def history(self, case_id: UUID) -> list[CaseEventV1]:
        """Every event of a case, in sequence order."""
        cursor = self._events.find({"case_id": str(case_id)}).sort("sequence", ASCENDING)
        return [CaseEventV1.model_validate(doc["event"]) async for doc in cursor]
