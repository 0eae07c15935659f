"""Customers, their handles and their merges in MongoDB.

A handle is claimed once (unique `_id`) and never moves. Merging points one customer at
another (`merged_into`), so undoing a merge is clearing that pointer: nothing is rewritten.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.events import utc_now
from onecase_shared.mongo import Document, IndexSpec, stamp
from onecase_triage.domain.customer_identity import merge_id
from onecase_triage.domain.identity_evidence import LinkEvidence

CUSTOMERS = "customers"  # _id: customer id; merged_into: the survivor, or None
IDENTITY_KEYS = "identity_keys"  # _id: handle or reference key → the customer holding it
CUSTOMER_MERGES = "customer_merges"  # _id: "<absorbed>><surviving>"
# _id: "<key> <customer>": a key a customer typed (claimed, never proof), for suggestions.
CLAIMED_KEYS = "claimed_keys"

MAX_MERGE_CHAIN = 64

INDEXES = (
    IndexSpec(IDENTITY_KEYS, (("customer_id", ASCENDING),)),
    IndexSpec(CUSTOMER_MERGES, (("surviving", ASCENDING),)),
    IndexSpec(CLAIMED_KEYS, (("key", ASCENDING),)),
)


class MongoIdentityStore:
    """The IdentityStore port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._customers = db[CUSTOMERS]
        self._keys = db[IDENTITY_KEYS]
        self._merges = db[CUSTOMER_MERGES]
        self._claims = db[CLAIMED_KEYS]

    async def claim_keys(self, evidence: Sequence[LinkEvidence], candidate: str) -> dict[str, str]:
        """Give unclaimed keys to `candidate`; return every key's holder.

        One round trip per key when the key is new or already the candidate's (a returning
        customer): two only when another customer holds it.
        """
        holders: dict[str, str] = {}
        for item in evidence:
            if item.key not in holders:
                holders[item.key] = await self._claim_key(item, candidate)
        return holders

    async def _claim_key(self, item: LinkEvidence, candidate: str) -> str:
        try:
            # Matches the key held by `candidate`; a key nobody holds is inserted for them.
            await self._keys.update_one(
                {"_id": item.key, "customer_id": candidate},
                {
                    "$setOnInsert": {
                        "evidence": item.kind.value,
                        "detail": item.detail,
                        "first_seen": utc_now(),
                    }
                },
                upsert=True,
            )
        except DuplicateKeyError:
            holder = await self._keys.find_one({"_id": item.key})
            assert holder is not None  # keys are never deleted while their holder exists
            return str(holder["customer_id"])
        return candidate

    async def holders_of(self, keys: Sequence[str]) -> dict[str, str]:
        """The customer holding each of `keys` that somebody holds; nothing is claimed."""
        cursor = self._keys.find({"_id": {"$in": list(dict.fromkeys(keys))}})
        return {doc["_id"]: doc["customer_id"] async for doc in cursor}

    async def record_claims(self, evidence: Sequence[LinkEvidence], customer_id: str) -> None:
        """Remember the keys `customer_id` claimed, once each."""
        for item in evidence:
            with contextlib.suppress(DuplicateKeyError):
                await self._claims.insert_one(
                    {
                        "_id": f"{item.key} {customer_id}",
                        "key": item.key,
                        "customer_id": customer_id,
                        "evidence": item.kind.value,
                        "first_seen": utc_now(),
                    }
                )

    async def claimants_of(self, keys: Sequence[str]) -> dict[str, list[str]]:
        """The customers who claimed each of `keys` before, oldest first."""
        found: dict[str, list[str]] = {}
        cursor = self._claims.find({"key": {"$in": list(dict.fromkeys(keys))}}).sort(
            "first_seen", ASCENDING
        )
        async for doc in cursor:
            found.setdefault(doc["key"], []).append(doc["customer_id"])
        return found

    async def ensure_customer(self, customer_id: str, display_name: str | None) -> bool:
        """Create the customer if it does not exist yet; whether it was created now."""
        try:
            result = await self._customers.update_one(
                {"_id": customer_id},
                {
                    "$setOnInsert": {
                        "display_name": display_name,
                        "merged_into": None,
                        "created_at": utc_now(),
                    }
                },
                upsert=True,
            )
        except DuplicateKeyError:
            return False  # a concurrent upsert created it
        return result.upserted_id is not None

    async def root_of(self, customer_id: str) -> str:
        """The customer `customer_id` was merged into, following the chain."""
        current = customer_id
        for _ in range(MAX_MERGE_CHAIN):
            document = await self._customers.find_one({"_id": current}, {"merged_into": 1})
            if document is None or not document.get("merged_into"):
                return current
            current = document["merged_into"]
        msg = f"merge chain from {customer_id} is longer than {MAX_MERGE_CHAIN}"
        raise RuntimeError(msg)

    async def record_merge(
        self, *, absorbed: str, surviving: str, reason: str, by: str, automatic: bool
    ) -> bool:
        """Record a merge; False when it was undone before and `automatic` must not redo it."""
        record_id = merge_id(absorbed, surviving)
        try:
            await self._merges.insert_one(
                {
                    "_id": record_id,
                    "absorbed": absorbed,
                    "surviving": surviving,
                    "reason": reason,
                    "by": by,
                    "at": utc_now(),
                    "undone_at": None,
                    "undone_by": None,
                }
            )
        except DuplicateKeyError:
            existing = await self._merges.find_one({"_id": record_id})
            assert existing is not None
            if existing.get("undone_at") is None:
                return True
            if automatic:
                return False  # a person separated them: evidence alone must not rejoin them
            await self._merges.update_one(
                {"_id": record_id},
                {
                    "$set": {
                        "undone_at": None,
                        "undone_by": None,
                        "reason": reason,
                        "by": by,
                        "at": stamp(utc_now()),
                    }
                },
            )
        return True

    async def point_to(self, absorbed: str, surviving: str) -> bool:
        """Make `absorbed` a part of `surviving`; False if it already points elsewhere."""
        await self.ensure_customer(absorbed, None)
        result = await self._customers.update_one(
            {"_id": absorbed, "merged_into": None}, {"$set": {"merged_into": surviving}}
        )
        if result.modified_count == 1:
            return True
        document = await self._customers.find_one({"_id": absorbed})
        return document is not None and document.get("merged_into") == surviving

    async def undo_merge(self, record_id: str, *, by: str) -> tuple[str, str] | None:
        """Separate the two customers again; their (absorbed, surviving) ids, or None."""
        record = await self._merges.find_one({"_id": record_id, "undone_at": None})
        if record is None:
            return None
        await self._customers.update_one(
            {"_id": record["absorbed"], "merged_into": record["surviving"]},
            {"$set": {"merged_into": None}},
        )
        await self._merges.update_one(
            {"_id": record_id}, {"$set": {"undone_at": stamp(utc_now()), "undone_by": by}}
        )
        return record["absorbed"], record["surviving"]

    async def record_moved_cases(self, merge_id: str, case_ids: Sequence[UUID]) -> None:
        """Remember which cases a merge moved, so undoing it can move them back."""
        # $push, not $addToSet: nx-27017 ignores $addToSet/$each on a missing field.
        await self._merges.update_one(
            {"_id": merge_id}, {"$push": {"moved_cases": {"$each": [str(c) for c in case_ids]}}}
        )

    async def moved_cases(self, merge_id: str) -> list[UUID]:
        """The cases a merge moved."""
        record = await self._merges.find_one({"_id": merge_id}, {"moved_cases": 1})
        return [UUID(case_id) for case_id in dict.fromkeys((record or {}).get("moved_cases", []))]

    async def customer(self, customer_id: str) -> dict[str, Any] | None:
        """The customer with its handles and merges, for the desk."""
        document = await self._customers.find_one({"_id": customer_id})
        if document is None:
            return None
        members = [customer_id]
        async for merged in self._customers.find({"merged_into": customer_id}):
            members.append(merged["_id"])
        handles = [
            {
                "key": doc["_id"],
                "customer_id": doc["customer_id"],
                "evidence": doc["evidence"],
                "detail": doc["detail"],
            }
            async for doc in self._keys.find({"customer_id": {"$in": members}})
        ]
        merges = [
            {k: v for k, v in doc.items() if k != "_id"} | {"merge_id": doc["_id"]}
            async for doc in self._merges.find(
                {"$or": [{"surviving": customer_id}, {"absorbed": customer_id}]}
            )
        ]
        return {
            "customer_id": customer_id,
            "display_name": document.get("display_name"),
            "merged_into": document.get("merged_into"),
            "members": members,
            "handles": handles,
            "merges": merges,
        }
