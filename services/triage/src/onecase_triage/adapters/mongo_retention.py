"""Retention in MongoDB: old messages deleted, old closed cases anonymised, idle customers forgotten.

A sweep deletes by date through an index: the MongoDB-wire server used locally purges TTL
indexes only lazily, and TTL cannot anonymise a case or compare the stamps `$set` writes.
"""

from __future__ import annotations

from datetime import datetime

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

from onecase_shared.mongo import Document, IndexSpec, stamp
from onecase_triage.adapters.mongo_case_store import (
    CASE_EVENTS,
    CASE_MESSAGES,
    CASES,
    MESSAGES,
    OLDEST_MESSAGE_AT,
    SENT_MESSAGES,
    THREAD_KEYS,
    case_from,
)
from onecase_triage.adapters.mongo_customer_records import MongoCustomerRecords
from onecase_triage.adapters.mongo_identity_store import CUSTOMERS
from onecase_triage.domain.case_record import CaseRecord, CaseStatus
from onecase_triage.domain.personal_data import ERASED

_TEXT_BATCH = 200  # cases read at once by the message retention
_TEXT_BATCHES = 50

INDEXES = (
    IndexSpec(CASE_MESSAGES, (("received_at", ASCENDING),)),
    IndexSpec(CASES, (("status", ASCENDING), ("resolved_at", ASCENDING))),
    IndexSpec(CUSTOMERS, (("created_at", ASCENDING),)),
    IndexSpec(CASES, ((OLDEST_MESSAGE_AT, ASCENDING),)),
)


class MongoRetention:
    """The RetentionStore port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db
        self._records = MongoCustomerRecords(db)

    async def forget_messages_before(self, cutoff: datetime) -> int:
        """Delete customers' messages received before `cutoff`; how many went."""
        result = await self._db[CASE_MESSAGES].delete_many({"received_at": {"$lt": cutoff}})
        gone = result.deleted_count
        before = stamp(cutoff)
        for _ in range(_TEXT_BATCHES):
            holding = await (
                self._db[CASES]
                .find({OLDEST_MESSAGE_AT: {"$lt": before}}, {MESSAGES: 1, "version": 1})
                .limit(_TEXT_BATCH)
                .to_list()
            )
            for document in holding:
                gone += await self._forget_texts(document, before)
            if len(holding) < _TEXT_BATCH:
                break
        return gone

    async def _forget_texts(self, document: Document, before: str) -> int:
        """Remove a case's texts received before `before`; how many went."""
        texts: dict[str, Document] = document.get(MESSAGES) or {}
        old = [key for key, entry in texts.items() if entry["received_at"] < before]
        left = [entry["received_at"] for key, entry in texts.items() if key not in old]
        update: Document = {"$set": {OLDEST_MESSAGE_AT: min(left, default=None)}}
        if old:
            update["$unset"] = {f"{MESSAGES}.{key}": "" for key in old}
        # Not a decision (the version stays), but only on the version read: a message a
        # decision added meanwhile would otherwise lose its place in `oldest_message_at`.
        result = await self._db[CASES].update_one(
            {"_id": document["_id"], "version": document.get("version")}, update
        )
        return len(old) if result.matched_count else 0

    async def closed_cases_before(self, cutoff: datetime, limit: int) -> list[CaseRecord]:
        """Resolved cases, not yet anonymised, resolved before `cutoff`."""
        cursor = (
            self._db[CASES]
            .find(
                {
                    "status": CaseStatus.RESOLVED.value,
                    "resolved_at": {"$lt": stamp(cutoff)},
                    "customer_id": {"$ne": ERASED},
                }
            )
            .limit(limit)
        )
        return [case_from(doc) async for doc in cursor]

    async def anonymise_closed_case(self, case: CaseRecord, *, now: datetime) -> None:
        """Delete a closed case's timeline, events and sent messages; keep it as a shell."""
        of_case = {"case_id": str(case.case_id)}
        for collection in (CASE_MESSAGES, SENT_MESSAGES, CASE_EVENTS, THREAD_KEYS):
            await self._db[collection].delete_many(of_case)
        await self._records.anonymise_case(case, now=now)

    async def idle_customers(
        self, *, first_seen_before: datetime, checked_before: datetime, limit: int
    ) -> list[str]:
        """Customers (not merged into another) first seen before a date, not checked lately."""
        cursor = (
            self._db[CUSTOMERS]
            .find(
                {
                    "created_at": {"$lt": first_seen_before},
                    "merged_into": None,
                    "$or": [
                        {"retention_checked_at": {"$exists": False}},
                        {"retention_checked_at": {"$lt": stamp(checked_before)}},
                    ],
                },
                {"_id": 1},
            )
            .limit(limit)
        )
        return [doc["_id"] async for doc in cursor]

    async def forget_if_caseless(self, customer_id: str, *, now: datetime) -> bool:
        """Erase the customer (and those merged into them) if no case names them any more."""
        holdings = await self._records.holdings(customer_id, now=now)
        if holdings is None:
            return False
        if holdings.cases:
            await self._db[CUSTOMERS].update_one(
                {"_id": customer_id}, {"$set": {"retention_checked_at": stamp(now)}}
            )
            return False
        await self._records.erase(holdings, now=now)
        return True
