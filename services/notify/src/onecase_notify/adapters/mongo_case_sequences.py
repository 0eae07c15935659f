"""The highest case-event sequence notify applied, per case: one conditional upsert per event."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.mongo import Document

CASE_SEQUENCES = "case_sequences"  # _id: case id; sequence: highest applied; advanced_at
# An erased case's sequence: higher than any event's, so nothing is applied to it again, and
# the erasure costs notify no extra read per event (MongoNotifyPrivacy.forget_cases sets it).
ERASED_SEQUENCE = 2**62


class MongoCaseSequences:
    """The CaseSequences port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._sequences = db[CASE_SEQUENCES]

    async def advance(self, case_id: UUID, sequence: int, *, now: datetime) -> bool:
        """Record `sequence` unless a higher one was applied; False for an older event."""
        # Matches when the stored sequence is not higher (a redelivery matches too); when it
        # is higher the upsert tries to insert a second document under the case's `_id`,
        # and the unique key refuses it: the compare and the write are one round trip.
        try:
            await self._sequences.update_one(
                {"_id": str(case_id), "sequence": {"$lte": sequence}},
                {"$set": {"sequence": sequence, "advanced_at": now}},
                upsert=True,
            )
        except DuplicateKeyError:
            return False
        return True
