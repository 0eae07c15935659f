"""Triage's gauges read from real case documents on the MongoDB-wire server."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from onecase_localinfra.discovery import Endpoint
from onecase_shared.mongo import create_mongo_client, stamp
from onecase_shared.settings import MongoSettings
from onecase_triage.adapters.mongo_case_stats import MongoCaseStats
from onecase_triage.adapters.mongo_case_store import CASES

pytestmark = pytest.mark.integration


async def test_queue_depth_counts_only_open_cases_without_an_owner(mongo: Endpoint) -> None:
    client = create_mongo_client(MongoSettings(uri=mongo.address))
    try:
        db = client[f"onecase_test_{uuid.uuid4().hex[:8]}"]
        first_queued = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
        owner = {"agent_id": "agent-1", "name": "Ana"}
        await db[CASES].insert_many(
            [
                {
                    "_id": "q1",
                    "status": "open",
                    "owner": None,
                    "urgency": {"level": "high"},
                    "queued_at": first_queued + timedelta(minutes=5),
                },
                {
                    "_id": "q2",
                    "status": "open",
                    "owner": None,
                    "urgency": {"level": "low"},
                    "queued_at": first_queued,
                },
                {"_id": "o1", "status": "open", "owner": owner, "urgency": {"level": "high"}},
                {"_id": "r1", "status": "resolved", "owner": None, "urgency": {"level": "high"}},
            ]
        )
        stats = await MongoCaseStats(db).case_stats()
        assert stats.queue_depth == 2
        assert stats.oldest_queued_at == first_queued
        assert stats.open_by_level["high"] == 2
        assert stats.open_by_level["low"] == 1
        assert stats.open_by_level["critical"] == 0
    finally:
        await client.close()


async def test_the_oldest_queued_time_is_read_from_the_stamp_the_case_store_writes(
    mongo: Endpoint,
) -> None:
    client = create_mongo_client(MongoSettings(uri=mongo.address))
    try:
        db = client[f"onecase_test_{uuid.uuid4().hex[:8]}"]
        first_queued = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
        await db[CASES].insert_many(
            [
                {
                    "_id": f"q{minutes}",
                    "status": "open",
                    "owner": None,
                    "urgency": {"level": "normal"},
                    "queued_at": stamp(first_queued + timedelta(minutes=minutes)),
                }
                for minutes in (7, 0, 3)
            ]
        )
        stats = await MongoCaseStats(db).case_stats()
        assert stats.queue_depth == 3
        assert stats.oldest_queued_at == first_queued
        assert stats.open_by_level == {"critical": 0, "high": 0, "normal": 3, "low": 0}
    finally:
        await client.close()
