"""Accepted delivery ids in MongoDB: unique by `_id`, pruned by age (no TTL index needed)."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import datetime, timedelta

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError, PyMongoError

from onecase_intake.ports import DeliveryLogUnavailableError
from onecase_shared.events import utc_now
from onecase_shared.mongo import Document, IndexSpec

DELIVERIES = "intake_deliveries"
INDEXES = (IndexSpec(DELIVERIES, (("received_at", ASCENDING),)),)


class MongoDeliveryLog:
    """The DeliveryLog port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._deliveries = db[DELIVERIES]

    async def seen(self, key: str) -> bool:
        """Whether the delivery under `key` was already published."""
        try:
            found = await self._deliveries.find_one({"_id": key}, projection={"_id": 1})
        except PyMongoError as exc:
            raise DeliveryLogUnavailableError(type(exc).__name__) from exc
        return found is not None

    async def record(self, key: str) -> None:
        """Remember that the delivery under `key` was published; a second call is a no-op."""
        try:
            with contextlib.suppress(DuplicateKeyError):
                await self._deliveries.insert_one({"_id": key, "received_at": utc_now()})
        except PyMongoError as exc:
            raise DeliveryLogUnavailableError(type(exc).__name__) from exc

    async def forget(self, keys: Sequence[str]) -> int:
        """Delete the ids under `keys` (a customer's erasure); returns how many went."""
        result = await self._deliveries.delete_many({"_id": {"$in": list(keys)}})
        return result.deleted_count

    async def forget_older_than(self, age: timedelta, *, now: datetime | None = None) -> int:
        """Delete ids older than `age` (the store stays bounded); returns how many went."""
        cutoff = (now or utc_now()) - age
        result = await self._deliveries.delete_many({"received_at": {"$lt": cutoff}})
        return result.deleted_count
