"""The privacy audit log in MongoDB: who exported or erased which customer, and when."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

from onecase_shared.mongo import Document, IndexSpec, stamp
from onecase_triage.domain.personal_data import AuditEntry

PRIVACY_AUDIT = "privacy_audit"  # _id: audit id; ids and counts only, never personal data

INDEXES = (IndexSpec(PRIVACY_AUDIT, (("customer_id", ASCENDING), ("at", ASCENDING))),)


class MongoPrivacyAudit:
    """The PrivacyAudit port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._audit = db[PRIVACY_AUDIT]

    async def record(self, entry: AuditEntry, *, status: str) -> None:
        """Store (or, under the same id, update) one entry with where it stands."""
        document = entry.model_dump(mode="json", exclude={"audit_id"})
        await self._audit.update_one(
            {"_id": str(entry.audit_id)},
            {"$set": {**document, "at": stamp(entry.at), "status": status}},
            upsert=True,
        )

    async def entries_for(self, customer_id: str) -> list[dict[str, Any]]:
        """A customer's audit entries, oldest first."""
        cursor = self._audit.find({"customer_id": customer_id}).sort("at", ASCENDING)
        return [{"audit_id": UUID(doc.pop("_id")), **doc} async for doc in cursor]
