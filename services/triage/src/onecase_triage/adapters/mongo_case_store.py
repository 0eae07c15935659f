"""Cases in MongoDB. Correctness rests on unique keys and single-document conditional writes."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.events import AgentRefV1, ComplaintReceivedV1, utc_now
from onecase_shared.mongo import Document, IndexSpec, stamp
from onecase_triage.domain.case_record import CaseRecord, CaseStatus

OPEN_CASES = "open_cases"  # _id: open slot (customer, or customer:category) → its case
CASES = "cases"  # _id: case id
CASE_MESSAGES = "case_messages"  # _id: complaint id
THREAD_KEYS = "thread_keys"  # _id: "<channel>:msg|conv:<provider id>" → the case it threads into

# Written once, at insert: real dates. `resolved_at` changes with `$set`, so it is a stamp.
_TIMES = ("opened_at", "queued_at")
# Set or compared later with `$set` and stamps: stored as stamps from the start.
_STAMPED = ("resolved_at", "follow_up_due_at", "lead_follow_up_due_at")

INDEXES = (
    IndexSpec(OPEN_CASES, (("customer_id", ASCENDING),)),
    IndexSpec(CASE_MESSAGES, (("case_id", ASCENDING), ("received_at", ASCENDING))),
    IndexSpec(CASES, (("owner.agent_id", ASCENDING), ("status", ASCENDING))),
    IndexSpec(CASES, (("customer_id", ASCENDING), ("resolved_at", DESCENDING))),
    IndexSpec(CASES, (("status", ASCENDING), ("urgency.score", DESCENDING))),
    IndexSpec(CASES, (("number", ASCENDING),)),
)


def case_document(case: CaseRecord) -> Document:
    """The stored form of a case: JSON-like, with real dates so that they sort and compare."""
    document = case.model_dump(mode="json", exclude={"case_id"})
    document["_id"] = str(case.case_id)
    for field in _TIMES:
        document[field] = getattr(case, field)
    for field in _STAMPED:
        value = getattr(case, field)
        document[field] = stamp(value) if value else None
    return document


def case_from(document: Document) -> CaseRecord:
    """A case read back from its stored form."""
    return CaseRecord.model_validate({**document, "case_id": document["_id"]})


class MongoCaseStore:
    """The CaseStore port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db
        self._cases = db[CASES]

    async def claim_slot(
        self, slot: str, *, customer_id: str, case_id: UUID, category: str
    ) -> UUID:
        """The case holding the open slot: `case_id` if the slot was free."""
        for _ in range(3):
            try:
                await self._db[OPEN_CASES].insert_one(
                    {
                        "_id": slot,
                        "customer_id": customer_id,
                        "case_id": str(case_id),
                        "category": category,
                        "claimed_at": utc_now(),
                    }
                )
            except DuplicateKeyError:
                holder = await self._db[OPEN_CASES].find_one({"_id": slot})
                if holder is not None:
                    return UUID(holder["case_id"])
                continue  # released between our insert and our read: claim again
            return case_id
        msg = f"open slot {slot!r} keeps changing hands"
        raise RuntimeError(msg)

    async def release_slots(self, case_id: UUID) -> None:
        """Free every open slot the case holds (it was resolved)."""
        await self._db[OPEN_CASES].delete_many({"case_id": str(case_id)})

    async def move_slots(self, absorbed: str, surviving: str) -> list[UUID]:
        """After a merge: the absorbed customer's cases become the survivor's; their ids."""
        async for held in self._db[OPEN_CASES].find({"customer_id": absorbed}):
            await self._hold_open(surviving, UUID(held["case_id"]), held["category"])
            await self._db[OPEN_CASES].delete_one({"_id": held["_id"]})
        moved = [UUID(doc["_id"]) async for doc in self._cases.find({"customer_id": absorbed})]
        await self._cases.update_many(
            {"customer_id": absorbed}, {"$set": {"customer_id": surviving}}
        )
        return moved

    async def move_back(self, case_ids: Sequence[UUID], *, to: str, source: str) -> None:
        """After an undone merge: the cases it moved from `to` to `source` go back."""
        for case_id in case_ids:
            result = await self._cases.update_one(
                {"_id": str(case_id), "customer_id": source}, {"$set": {"customer_id": to}}
            )
            if result.matched_count == 0:
                continue  # merged on elsewhere since, or erased: leave it to a lead
            held = await self._db[OPEN_CASES].find_one({"case_id": str(case_id)})
            if held is not None:
                await self._db[OPEN_CASES].delete_many({"case_id": str(case_id)})
                await self._hold_open(to, case_id, held["category"])

    async def _hold_open(self, customer_id: str, case_id: UUID, category: str) -> None:
        claimed = await self.claim_slot(
            customer_id, customer_id=customer_id, case_id=case_id, category=category
        )
        if claimed != case_id:
            # The customer has another open case: keep this one open beside it.
            await self.claim_slot(
                f"{customer_id}:{case_id}",
                customer_id=customer_id,
                case_id=case_id,
                category=category,
            )

    async def open_cases_of(self, customer_id: str) -> list[CaseRecord]:
        """The customer's open cases, oldest first."""
        slots = [doc async for doc in self._db[OPEN_CASES].find({"customer_id": customer_id})]
        if not slots:
            return []
        ids = list({slot["case_id"] for slot in slots})
        cases = [case_from(doc) async for doc in self._cases.find({"_id": {"$in": ids}})]
        return sorted((c for c in cases if c.is_open), key=lambda c: c.opened_at)

    async def last_resolved_case(self, customer_id: str, since: datetime) -> CaseRecord | None:
        """The customer's most recently resolved case, if resolved after `since`."""
        cursor = (
            self._cases.find(
                {
                    "customer_id": customer_id,
                    "status": CaseStatus.RESOLVED.value,
                    "resolved_at": {"$gte": since},
                }
            )
            .sort("resolved_at", DESCENDING)
            .limit(1)
        )
        found = [case_from(doc) async for doc in cursor]
        return found[0] if found else None

    async def case_for_thread(self, keys: Sequence[str]) -> CaseRecord | None:
        """The case a reply chain points into."""
        if not keys:
            return None
        thread = await self._db[THREAD_KEYS].find_one({"_id": {"$in": list(keys)}})
        return await self.get(UUID(thread["case_id"])) if thread else None

    async def case_by_number(self, number: str) -> CaseRecord | None:
        """The case with this customer-facing number."""
        document = await self._cases.find_one({"number": number.upper()})
        return case_from(document) if document else None

    async def get(self, case_id: UUID) -> CaseRecord | None:
        """One case."""
        document = await self._cases.find_one({"_id": str(case_id)})
        return case_from(document) if document else None

    async def get_many(self, case_ids: set[UUID]) -> dict[UUID, CaseRecord]:
        """Several cases in one read, by id; missing ones are left out."""
        if not case_ids:
            return {}
        cursor = self._cases.find({"_id": {"$in": [str(c) for c in case_ids]}})
        return {case.case_id: case async for case in (case_from(doc) async for doc in cursor)}

    async def create(self, case: CaseRecord) -> bool:
        """Store a new case; False (and no change) if it was stored before."""
        try:
            await self._cases.insert_one(case_document(case))
        except DuplicateKeyError:
            return False
        return True

    async def add_message(
        self, case_id: UUID, complaint: ComplaintReceivedV1, thread_keys: Sequence[str]
    ) -> bool:
        """Attach a message to a case's timeline; False if it was already there."""
        for key in thread_keys:
            with contextlib.suppress(DuplicateKeyError):
                await self._db[THREAD_KEYS].insert_one({"_id": key, "case_id": str(case_id)})
        try:
            await self._db[CASE_MESSAGES].insert_one(
                {
                    "_id": str(complaint.complaint_id),
                    "case_id": str(case_id),
                    "received_at": complaint.received_at,
                    "complaint": complaint.model_dump(mode="json"),
                }
            )
        except DuplicateKeyError:
            return False
        return True

    async def message_case(self, complaint_id: UUID) -> UUID | None:
        """The case a complaint was already added to, if any (a redelivery)."""
        document = await self._db[CASE_MESSAGES].find_one({"_id": str(complaint_id)})
        return UUID(document["case_id"]) if document else None

    async def set_owner_if_unowned(self, case_id: UUID, owner: AgentRefV1, at: datetime) -> bool:
        """Give an unowned open case its owner; False if it had one."""
        result = await self._cases.update_one(
            {"_id": str(case_id), "owner": None, "status": CaseStatus.OPEN.value},
            {"$set": {"owner": owner.model_dump(mode="json"), "assigned_at": stamp(at)}},
        )
        return result.modified_count == 1

    async def replace_owner(self, case_id: UUID, current: str, new_owner: AgentRefV1) -> bool:
        """Hand the case from `current` to `new_owner`; False if `current` no longer owns it."""
        result = await self._cases.update_one(
            {"_id": str(case_id), "owner.agent_id": current},
            {"$set": {"owner": new_owner.model_dump(mode="json")}},
        )
        return result.modified_count == 1

    async def update(
        self, case_id: UUID, changes: dict[str, Any], *, expect: dict[str, Any]
    ) -> bool:
        """Apply `changes` if the case still matches `expect`; whether it did."""
        stamped = {k: stamp(v) if isinstance(v, datetime) else v for k, v in changes.items()}
        result = await self._cases.update_one({"_id": str(case_id), **expect}, {"$set": stamped})
        return result.matched_count == 1

    async def queued(self, limit: int) -> list[CaseRecord]:
        """Open cases without an owner, most urgent and longest waiting first."""
        cursor = (
            self._cases.find({"status": CaseStatus.OPEN.value, "owner": None})
            .sort([("urgency.score", DESCENDING), ("queued_at", ASCENDING)])
            .limit(limit)
        )
        return [case_from(doc) async for doc in cursor]

    async def open_cases(self, limit: int) -> list[CaseRecord]:
        """Open cases, for the sweeps (SLA clocks, owners gone off shift)."""
        cursor = self._cases.find({"status": CaseStatus.OPEN.value}).limit(limit)
        return [case_from(doc) async for doc in cursor]

    async def follow_ups_due(self, now: datetime, limit: int) -> list[CaseRecord]:
        """Resolved cases whose follow-up ("is it really fixed?") is due."""
        cursor = self._cases.find(
            {
                "status": CaseStatus.RESOLVED.value,
                "follow_up_done": False,
                "follow_up_due_at": {"$lte": stamp(now)},
            }
        ).limit(limit)
        return [case_from(doc) async for doc in cursor]

    async def lead_follow_ups_due(self, now: datetime, limit: int) -> list[CaseRecord]:
        """Cases whose team lead's own follow-up (staff conduct) is due, open or resolved."""
        cursor = self._cases.find(
            {"lead_follow_up_done": False, "lead_follow_up_due_at": {"$lte": stamp(now)}}
        ).limit(limit)
        return [case_from(doc) async for doc in cursor]

    async def search(self, filters: dict[str, Any], limit: int) -> list[CaseRecord]:
        """Cases matching the desk's filters, most urgent first."""
        cursor = (
            self._cases.find(filters)
            .sort([("urgency.score", DESCENDING), ("queued_at", ASCENDING)])
            .limit(limit)
        )
        return [case_from(doc) async for doc in cursor]

    async def messages_of(self, case_id: UUID) -> list[ComplaintReceivedV1]:
        """The customer's messages on the case, across channels, in order."""
        cursor = (
            self._db[CASE_MESSAGES].find({"case_id": str(case_id)}).sort("received_at", ASCENDING)
        )
        return [ComplaintReceivedV1.model_validate(doc["complaint"]) async for doc in cursor]
