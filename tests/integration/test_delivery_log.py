"""Intake's dedupe store on the real MongoDB-wire server: unique ids, bounded by age."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import pytest
from pymongo import AsyncMongoClient

from onecase_intake.adapters.mongo_delivery_log import INDEXES, MongoDeliveryLog
from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import utc_now
from onecase_shared.mongo import Document, ensure_indexes

pytestmark = pytest.mark.integration


async def test_concurrent_records_of_one_delivery_keep_one_and_old_ones_are_pruned(
    mongo: Endpoint,
) -> None:
    client: AsyncMongoClient[Document] = AsyncMongoClient(mongo.address, tz_aware=True)
    db = client[f"intake_test_{uuid.uuid4().hex[:8]}"]
    try:
        await ensure_indexes(db, INDEXES)
        log = MongoDeliveryLog(db)
        assert not await log.seen("x:sha256:abc")
        await asyncio.gather(*(log.record("x:sha256:abc") for _ in range(20)))
        assert await log.seen("x:sha256:abc")
        assert await db["intake_deliveries"].count_documents({}) == 1

        removed = await log.forget_older_than(timedelta(days=7), now=utc_now() + timedelta(days=8))
        assert removed == 1
        assert not await log.seen("x:sha256:abc")
    finally:
        await client.drop_database(db.name)
        await client.close()
