"""Notify's records of erased customers and old sends in MongoDB: deleted by id or by date."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_notify.adapters.mongo_case_sequences import CASE_SEQUENCES, ERASED_SEQUENCE
from onecase_notify.adapters.mongo_outbox import OUTBOX
from onecase_shared.events import utc_now
from onecase_shared.mongo import Document, IndexSpec

ERASED_CASES = "erased_cases"  # _id: case id of an erased customer; nothing more

INDEXES = (
    IndexSpec(OUTBOX, (("case_id", ASCENDING),)),
    IndexSpec(OUTBOX, (("created_at", ASCENDING),)),
    IndexSpec(ERASED_CASES, (("erased_at", ASCENDING),)),
    IndexSpec(CASE_SEQUENCES, (("advanced_at", ASCENDING),)),
)


class MongoNotifyPrivacy:
    """The NotifyRecords port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._outbox = db[OUTBOX]
        self._erased = db[ERASED_CASES]
        self._sequences = db[CASE_SEQUENCES]

    async def forget_cases(self, case_ids: Sequence[UUID]) -> int:
        """Delete every outbox record of these cases and remember they were erased."""
        ids = [str(case_id) for case_id in case_ids]
        for case_id in ids:
            with contextlib.suppress(DuplicateKeyError):
                await self._erased.insert_one({"_id": case_id, "erased_at": utc_now()})
        for case_id in ids:
            await self._erase_sequence(case_id)
        result = await self._outbox.delete_many({"case_id": {"$in": ids}})
        return result.deleted_count

    async def _erase_sequence(self, case_id: str) -> None:
        """Move the case's sequence past every event: notify applies nothing more to it."""
        erased = {"sequence": ERASED_SEQUENCE, "erased": True, "advanced_at": utc_now()}
        # Replaced by an insert, not `$set`: nx-27017 turns a date given to `$set` into a
        # string, which the retention's date query would never match.
        await self._sequences.delete_one({"_id": case_id})
        try:
            await self._sequences.insert_one({"_id": case_id, **erased})
        except DuplicateKeyError:  # an event advanced it meanwhile
            await self._sequences.update_one({"_id": case_id}, {"$set": erased})

    async def is_erased(self, case_id: UUID) -> bool:
        """Whether the case belonged to a customer who was erased."""
        return await self._erased.find_one({"_id": str(case_id)}, {"_id": 1}) is not None

    async def forget_before(self, cutoff: datetime) -> int:
        """Delete outbox records, erasure markers and case sequences older than `cutoff`.

        Returns how many outbox records and markers went. A case idle that long has no event
        left on the case topic (its retention is shorter) that could arrive out of order.
        """
        await self._sequences.delete_many({"advanced_at": {"$lt": cutoff}})
        sent = await self._outbox.delete_many({"created_at": {"$lt": cutoff}})
        erased = await self._erased.delete_many({"erased_at": {"$lt": cutoff}})
        return sent.deleted_count + erased.deleted_count
