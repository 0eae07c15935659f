"""Cases in MongoDB: one document per case, each decision one compare-and-set on `version`.

The document holds the state, its messages (ids in order, and their texts), its thread keys,
SLA alerts sent and every event, the ones past `published_sequence` being the outbox.
Unique-key documents stay only where uniqueness needs them: a customer's open slot
(`open_cases`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from pymongo import ASCENDING, DESCENDING, ReturnDocument, UpdateOne
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.events import ComplaintReceivedV1
from onecase_shared.mongo import Document, IndexSpec, stamp
from onecase_triage.adapters.mongo_case_slots import OPEN_CASES, MongoOpenSlots
from onecase_triage.domain.case_record import CaseRecord, CaseStatus

CASES = "cases"  # _id: case id
# _id: complaint id; texts kept before they moved onto the case: read, erased, retained
CASE_MESSAGES = "case_messages"
# _id: a reply chain notify learned (our own message ids) → case; read only for keys learned
# before sent_messages kept them (`thread_key`), cleared by erasure and retention.
THREAD_KEYS = "thread_keys"
SENT_MESSAGES = "sent_messages"  # _id: notification key; thread_key: the reply chain it starts
CASE_EVENTS = "case_events"  # before issue 12 events lived here; erasure still clears it
# On the case: the customers' messages (complaint id → received_at and the complaint), and the
# oldest one's time, so retention finds the cases holding texts past their period.
MESSAGES = "messages"
OLDEST_MESSAGE_AT = "oldest_message_at"

# Every time is written as a stamp (fixed-width ISO string): `$set` on nx-27017 turns dates
# into strings, and one format for every write keeps sorting and comparing right.
_TIMES = (
    "opened_at",
    "queued_at",
    "resolved_at",
    "follow_up_due_at",
    "lead_follow_up_due_at",
    "lead_follow_up_sent_at",
    "lead_follow_up_overdue_at",
    "next_due_at",
)
_NEVER = "0000"  # sorts before every stamp: no sweep lease held
# Marks of published events are written together, one command for many cases, once the
# oldest has waited this long or this many are waiting (and before every outbox query).
MARK_DELAY_S = 0.5
MARK_BATCH = 100

QUEUE_ORDER = (
    ("status", ASCENDING),
    ("owner.agent_id", ASCENDING),
    ("urgency.score", DESCENDING),
    ("queued_at", ASCENDING),
)
INDEXES = (
    IndexSpec(OPEN_CASES, (("customer_id", ASCENDING),)),
    IndexSpec(CASE_MESSAGES, (("case_id", ASCENDING), ("received_at", ASCENDING))),
    IndexSpec(CASES, (("owner.agent_id", ASCENDING), ("status", ASCENDING))),
    IndexSpec(CASES, (("customer_id", ASCENDING), ("status", ASCENDING))),
    IndexSpec(CASES, (("status", ASCENDING), ("urgency.score", DESCENDING))),
    # The queue: its filter then its order, so finding it empty does not read every open case.
    IndexSpec(CASES, QUEUE_ORDER),
    IndexSpec(CASES, (("number", ASCENDING),)),
    IndexSpec(CASES, (("thread_keys", ASCENDING),)),
    IndexSpec(CASES, (("next_due_at", ASCENDING),)),
    IndexSpec(CASES, (("outbox_pending", ASCENDING), ("decided_at", ASCENDING))),
)


def case_document(case: CaseRecord) -> Document:
    """The stored form of a case: JSON-like, times as stamps, with its events and keys."""
    document = case.model_dump(mode="json", exclude={"case_id"})
    document["_id"] = str(case.case_id)
    for field in _TIMES:
        value = getattr(case, field)
        document[field] = stamp(value) if value else None
    document["events"] = [event.model_dump(mode="json") for event in case.events]
    document["thread_keys"] = list(case.thread_keys)
    document["alerts_sent"] = list(case.alerts_sent)
    document["contacts"] = [contact.stored() for contact in case.contacts]
    document["outbox_pending"] = bool(case.outbox)
    return document


def decided_document(case: CaseRecord, *, version: int) -> Document:
    """A case as a decision stores it at `version`: decided when its last event was, unleased."""
    document = case_document(case.model_copy(update={"version": version}))
    document["decided_at"] = stamp(case.events[-1].occurred_at) if case.events else None
    # A decision sets the next due time afresh: whatever lease a sweep held is done.
    document["sweep_lease_until"] = _NEVER
    return document


def opened_document(case: CaseRecord, message: ComplaintReceivedV1 | None) -> Document:
    """A new case as its first decision inserts it (version 1), with the message's text."""
    document = decided_document(case, version=1)
    if message is not None:
        document[MESSAGES] = {str(message.complaint_id): message_entry(message)}
        document[OLDEST_MESSAGE_AT] = stamp(message.received_at)
    return document


def message_entry(complaint: ComplaintReceivedV1) -> Document:
    """A message's text as the case keeps it."""
    return {
        "received_at": stamp(complaint.received_at),
        "complaint": complaint.model_dump(mode="json"),
    }


def case_from(document: Document) -> CaseRecord:
    """A case read back from its stored form."""
    return CaseRecord.model_validate({**document, "case_id": document["_id"]})


class MongoCaseRepository(MongoOpenSlots):
    """The CaseRepository port on a MongoDB-wire server."""

    def __init__(
        self, db: AsyncDatabase[Document], *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(db)
        self._cases = db[CASES]
        self._monotonic = monotonic
        # Published through (by case id), not written yet; this repository's reads see them.
        self._unmarked: dict[str, int] = {}
        self._unmarked_since = 0.0

    def _case(self, document: Document) -> CaseRecord:
        """A stored case, with what this instance marked published and has not written yet."""
        unmarked = self._unmarked.get(document["_id"], 0)
        if unmarked > document.get("published_sequence", 0):
            document = {**document, "published_sequence": unmarked}
        return case_from(document)

    async def load(self, case_id: UUID) -> CaseRecord | None:
        """One case."""
        document = await self._cases.find_one({"_id": str(case_id)})
        return self._case(document) if document else None

    async def load_many(self, case_ids: set[UUID]) -> dict[UUID, CaseRecord]:
        """Several cases in one read, by id; missing ones are left out."""
        if not case_ids:
            return {}
        cursor = self._cases.find({"_id": {"$in": [str(c) for c in case_ids]}})
        return {case.case_id: case async for case in (self._case(doc) async for doc in cursor)}

    async def save_decision(
        self,
        case: CaseRecord,
        *,
        expected_version: int,
        message: ComplaintReceivedV1 | None = None,
    ) -> bool:
        """Store the case and its events if it is still at `expected_version`; whether it was.

        Version 0 means a new case: stored only if no case has its id yet. The text of
        `message` goes into the case's `messages`, in the same write.
        """
        if expected_version == 0:
            try:
                await self._cases.insert_one(opened_document(case, message))
            except DuplicateKeyError:
                return False
            return True
        document = decided_document(case, version=expected_version + 1)
        # A relay may have moved `published_sequence` on meanwhile: never move it back.
        published = document.pop("published_sequence")
        document.pop("_id")
        update: Document = {"$set": document, "$max": {"published_sequence": published}}
        if message is not None:
            # One field per message: retention and erasure remove texts without a rewrite.
            document[f"{MESSAGES}.{message.complaint_id}"] = message_entry(message)
            update["$min"] = {OLDEST_MESSAGE_AT: stamp(message.received_at)}
        result = await self._cases.update_one(
            {"_id": str(case.case_id), "version": expected_version}, update
        )
        return result.matched_count == 1

    async def mark_published(self, case: CaseRecord, through: int) -> None:
        """Remember that Kafka acknowledged the case's events up to `through`.

        This repository's reads see the mark at once; it is written with others in one
        command (`flush_marks`) within MARK_DELAY_S, or before the next outbox query. A crash
        before that loses only marks: the sweep publishes those events again, the same events
        (same ids and sequences), which consumers already drop.
        """
        key = str(case.case_id)
        if not self._unmarked:
            self._unmarked_since = self._monotonic()
        self._unmarked[key] = max(self._unmarked.get(key, 0), through)
        waited = self._monotonic() - self._unmarked_since
        if len(self._unmarked) >= MARK_BATCH or waited >= MARK_DELAY_S:
            await self.flush_marks()

    async def flush_marks(self) -> None:
        """Write every mark not written yet, in one command."""
        if not self._unmarked:
            return
        marks, self._unmarked = self._unmarked, {}
        writes: list[UpdateOne] = []
        for case_id, through in marks.items():
            # The outbox is empty only if no later decision added events meanwhile.
            writes.append(
                UpdateOne(
                    {"_id": case_id, "last_sequence": through},
                    {"$set": {"published_sequence": through, "outbox_pending": False}},
                )
            )
            writes.append(UpdateOne({"_id": case_id}, {"$max": {"published_sequence": through}}))
        try:
            await self._cases.bulk_write(writes, ordered=False)
        except BaseException:
            if not self._unmarked:
                self._unmarked_since = self._monotonic()
            for case_id, through in marks.items():  # kept for the next try
                self._unmarked[case_id] = max(self._unmarked.get(case_id, 0), through)
            raise

    async def with_unpublished(self, decided_before: datetime, limit: int) -> list[CaseRecord]:
        """Cases whose outbox still holds events decided before `decided_before`."""
        await self.flush_marks()
        cursor = (
            # `$eq`: nx-27017 answers a bare `True` by reading every case, `$eq` from the index.
            self._cases.find(
                {"outbox_pending": {"$eq": True}, "decided_at": {"$lt": stamp(decided_before)}}
            )
            .sort("decided_at", ASCENDING)
            .limit(limit)
        )
        return [self._case(doc) async for doc in cursor]

    async def claim_due(self, now: datetime, *, lease_until: datetime) -> CaseRecord | None:
        """The case due earliest whose sweep lease is free, leased until `lease_until`."""
        document = await self._cases.find_one_and_update(
            {"next_due_at": {"$lte": stamp(now)}, "sweep_lease_until": {"$lt": stamp(now)}},
            {"$set": {"sweep_lease_until": stamp(lease_until)}},
            sort=[("next_due_at", ASCENDING)],
            return_document=ReturnDocument.AFTER,
        )
        return self._case(document) if document else None

    async def find_open_for_customer(
        self, customer_id: str, *, resolved_since: datetime
    ) -> tuple[list[CaseRecord], CaseRecord | None]:
        """The customer's open cases (oldest first) and the last one resolved since a time.

        One read: the customer's cases are few, and a customer's old cases are forgotten.
        """
        cursor = self._cases.find({"customer_id": customer_id})
        cases = [self._case(doc) async for doc in cursor]
        open_cases = sorted((c for c in cases if c.is_open), key=lambda c: c.opened_at)
        resolved = [
            c
            for c in cases
            if not c.is_open and c.resolved_at is not None and c.resolved_at >= resolved_since
        ]
        latest = max(resolved, key=lambda c: c.resolved_at or c.opened_at, default=None)
        return open_cases, latest

    async def find_by_thread(self, keys: Sequence[str]) -> CaseRecord | None:
        """The case a reply chain points into: its own messages', or ours notify sent."""
        if not keys:
            return None
        document = await self._cases.find_one({"thread_keys": {"$in": list(keys)}})
        if document is not None:
            return self._case(document)
        sent = await self._db[SENT_MESSAGES].find_one(
            {"thread_key": {"$in": list(keys)}}, {"case_id": 1}
        )
        if sent is None:  # learned before sent_messages kept thread keys
            sent = await self._db[THREAD_KEYS].find_one({"_id": {"$in": list(keys)}})
        return await self.load(UUID(sent["case_id"])) if sent else None

    async def find_by_number(self, number: str) -> CaseRecord | None:
        """The case with this customer-facing number."""
        document = await self._cases.find_one({"number": number.upper()})
        return self._case(document) if document else None

    async def messages_of(self, case: CaseRecord) -> list[ComplaintReceivedV1]:
        """The messages on the case, across channels, in the order they were applied."""
        ids = [str(c) for c in case.applied]
        document = await self._cases.find_one({"_id": str(case.case_id)}, {MESSAGES: 1})
        texts = {
            key: entry["complaint"] for key, entry in ((document or {}).get(MESSAGES) or {}).items()
        }
        if missing := [i for i in ids if i not in texts]:  # kept before issue 12's timeline
            cursor = self._db[CASE_MESSAGES].find({"_id": {"$in": missing}})
            texts |= {doc["_id"]: doc["complaint"] async for doc in cursor}
        return [ComplaintReceivedV1.model_validate(texts[i]) for i in ids if i in texts]

    async def queued(self, limit: int) -> list[CaseRecord]:
        """Open cases without an owner, most urgent and longest waiting first."""
        cursor = (
            # An owner always has an agent_id: `owner.agent_id` is null exactly when `owner` is,
            # and only the former is served by an index (QUEUE_ORDER) on nx-27017.
            self._cases.find({"status": CaseStatus.OPEN.value, "owner.agent_id": None})
            .sort(list(QUEUE_ORDER[2:]))
            .limit(limit)
        )
        return [self._case(doc) async for doc in cursor]

    async def open_owned_by(
        self, agent_ids: Sequence[str], levels: Sequence[str]
    ) -> list[CaseRecord]:
        """Open cases of these owners at these urgency levels (owners gone off shift)."""
        if not agent_ids:
            return []
        cursor = self._cases.find(
            {
                "owner.agent_id": {"$in": list(agent_ids)},
                "status": CaseStatus.OPEN.value,
                "urgency.level": {"$in": list(levels)},
            }
        )
        return [self._case(doc) async for doc in cursor]

    async def loads(self) -> dict[str, tuple[int, float]]:
        """Each owner's open cases and their weighted sum, counted from the cases."""
        pipeline: list[dict[str, Any]] = [
            {"$match": {"status": CaseStatus.OPEN.value, "owner": {"$ne": None}}},
            {
                "$group": {
                    "_id": "$owner.agent_id",
                    "cases": {"$sum": 1},
                    "weight": {"$sum": "$weight"},
                }
            },
        ]
        cursor = await self._cases.aggregate(pipeline)
        return {str(doc["_id"]): (int(doc["cases"]), float(doc["weight"])) async for doc in cursor}

    async def search(self, filters: dict[str, Any], limit: int) -> list[CaseRecord]:
        """Cases matching the desk's filters, most urgent first."""
        cursor = (
            self._cases.find(filters)
            .sort([("urgency.score", DESCENDING), ("queued_at", ASCENDING)])
            .limit(limit)
        )
        return [self._case(doc) async for doc in cursor]
