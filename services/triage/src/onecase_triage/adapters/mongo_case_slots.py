"""Open slots: the one unique-key document per customer (and issue) that keeps one open case.

Concurrent first messages of a customer race for one insert; the losers join the winner's
case. Moving cases between customers (merges and their undoing) also lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.events import utc_now
from onecase_shared.mongo import Document

OPEN_CASES = "open_cases"  # _id: open slot (customer, or customer:category) → its case
_CASES = "cases"


class MongoOpenSlots:
    """Open slots and the customer a case belongs to, on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

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

    async def release_slot_held_by(self, slot: str, case_id: UUID) -> None:
        """Free `slot` if `case_id` still holds it (a resolved case a crash left holding it)."""
        await self._db[OPEN_CASES].delete_one({"_id": slot, "case_id": str(case_id)})

    async def move_slots(self, absorbed: str, surviving: str) -> list[UUID]:
        """After a merge: the absorbed customer's cases become the survivor's; their ids."""
        async for held in self._db[OPEN_CASES].find({"customer_id": absorbed}):
            await self._hold_open(surviving, UUID(held["case_id"]), held["category"])
            await self._db[OPEN_CASES].delete_one({"_id": held["_id"]})
        cases = self._db[_CASES]
        moved = [UUID(doc["_id"]) async for doc in cases.find({"customer_id": absorbed})]
        # The version moves too: a decision taken on the case before the merge must retry.
        await cases.update_many(
            {"customer_id": absorbed}, {"$set": {"customer_id": surviving}, "$inc": {"version": 1}}
        )
        return moved

    async def move_back(self, case_ids: Sequence[UUID], *, to: str, source: str) -> None:
        """After an undone merge: the cases it moved from `to` to `source` go back."""
        for case_id in case_ids:
            result = await self._db[_CASES].update_one(
                {"_id": str(case_id), "customer_id": source},
                {"$set": {"customer_id": to}, "$inc": {"version": 1}},
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
