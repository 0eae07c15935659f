"""The sweep's queries on many open cases read an index, not every case (issue 12).

Timed against a query that must read every case (a regex on the summary) on the same data:
an indexed query answers in a small fraction of that, whatever the machine's speed.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Any
from uuid import uuid4

import pytest
import pytest_asyncio
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from onecase_localinfra.discovery import Endpoint
from onecase_shared.mongo import Document, ensure_indexes
from onecase_triage.adapters.mongo_case_store import (
    CASES,
    INDEXES,
    MongoCaseRepository,
    opened_document,
)
from onecase_triage.domain.case_aggregate import mark_published
from tests.builders import email_from
from tests.integration.test_case_repository_contract import opened
from tests.integration.triage_world import MONDAY_10

pytestmark = pytest.mark.integration

OWNED_OPEN_CASES = 2_000


@pytest_asyncio.fixture
async def crowded(mongo: Endpoint) -> AsyncIterator[AsyncDatabase[Document]]:
    """A database with OWNED_OPEN_CASES open cases, every one owned and published."""
    client: AsyncMongoClient[Document] = AsyncMongoClient(
        mongo.address, tz_aware=True, uuidRepresentation="standard"
    )
    db = client[f"crowded_{uuid4().hex[:10]}"]
    await ensure_indexes(db, INDEXES)
    case = opened(email_from("ana@example.com", "My parcel never came."))
    template = opened_document(mark_published(case, case.last_sequence), None)
    await db[CASES].insert_many(
        [{**template, "_id": f"case-{i}", "number": f"OC-{i:08d}"} for i in range(OWNED_OPEN_CASES)]
    )
    yield db
    await client.drop_database(db.name)
    await client.close()


async def _best_ms(query: Callable[[], Awaitable[Any]]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        await query()
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


async def _scan(db: AsyncDatabase[Document]) -> list[Document]:
    return await db[CASES].find({"summary": {"$regex": "^no such summary$"}}).to_list()


async def test_finding_the_queue_empty_does_not_read_every_open_case(
    crowded: AsyncDatabase[Document],
) -> None:
    repository = MongoCaseRepository(crowded)
    assert await repository.queued(100) == []
    scan = await _best_ms(lambda: _scan(crowded))
    assert await _best_ms(lambda: repository.queued(100)) < scan / 3


async def test_finding_no_unpublished_outbox_does_not_read_every_case(
    crowded: AsyncDatabase[Document],
) -> None:
    repository = MongoCaseRepository(crowded)
    later = MONDAY_10 + timedelta(hours=1)
    assert await repository.with_unpublished(later, 200) == []
    scan = await _best_ms(lambda: _scan(crowded))
    assert await _best_ms(lambda: repository.with_unpublished(later, 200)) < scan / 3
