"""A customer's personal data across triage's collections: gathered for export, erased by id.

It works on the collections by name, next to the stores that write them, so that erasure
covers every place triage keeps a customer's data (docs/privacy.md lists them).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

from onecase_shared.events import ComplaintReceivedV1
from onecase_shared.mongo import Document, stamp
from onecase_triage.adapters.mongo_case_slots import OPEN_CASES
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
from onecase_triage.adapters.mongo_identity_store import (
    CLAIMED_KEYS,
    CUSTOMER_MERGES,
    CUSTOMERS,
    IDENTITY_KEYS,
    MAX_MERGE_CHAIN,
)
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.personal_data import CaseHeld, CustomerHoldings, case_shell

# The case fields a shell rewrites: everything else (number, owner, dates) is not personal.
_SHELL_FIELDS = (
    "customer_id",
    "customer_name",
    "status",
    "reply_target",
    "reply_targets",
    "contacts",
    "link_suggestions",
    "summary",
    "facts",
    "urgency",
    "category",
    "follow_up_done",
    "lead_follow_up_done",
)


def _public(document: Document, id_name: str) -> dict[str, Any]:
    return {id_name: document["_id"], **{k: v for k, v in document.items() if k != "_id"}}


class MongoCustomerRecords:
    """Reads and erases one customer's data in triage's database."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

    async def holdings(self, customer_id: str, *, now: datetime) -> CustomerHoldings | None:
        """Everything held about the person behind `customer_id`, merges followed both ways."""
        customers = self._db[CUSTOMERS]
        root = await customers.find_one({"_id": customer_id})
        for _ in range(MAX_MERGE_CHAIN):
            if root is None or not root.get("merged_into"):
                break
            root = await customers.find_one({"_id": root["merged_into"]})
        if root is None:
            return None
        members = [root]
        frontier = [root["_id"]]
        while frontier and len(members) < MAX_MERGE_CHAIN * 16:
            found = await customers.find({"merged_into": {"$in": frontier}}).to_list()
            members += found
            frontier = [doc["_id"] for doc in found]
        ids = [doc["_id"] for doc in members]
        handles = await self._db[IDENTITY_KEYS].find({"customer_id": {"$in": ids}}).to_list()
        merges = await self._db[CUSTOMER_MERGES].find(self._merges_of(ids)).to_list()
        cases = await self._db[CASES].find({"customer_id": {"$in": ids}}).to_list()
        return CustomerHoldings(
            customer_id=root["_id"],
            exported_at=now,
            customers=[_public(doc, "customer_id") for doc in members],
            handles=[_public(doc, "key") for doc in handles],
            merges=[_public(doc, "merge_id") for doc in merges],
            cases=[await self._case_held(doc) for doc in cases],
        )

    async def _case_held(self, document: Document) -> CaseHeld:
        case = case_from(document)
        case_id = str(case.case_id)
        kept = [entry["complaint"] for entry in (document.get(MESSAGES) or {}).values()]
        legacy = self._db[CASE_MESSAGES].find({"case_id": case_id})
        kept += [doc["complaint"] async for doc in legacy]
        messages = sorted(
            (ComplaintReceivedV1.model_validate(text) for text in kept),
            key=lambda message: message.received_at,
        )
        sent = self._db[SENT_MESSAGES].find({"case_id": case_id}).sort("sent_at", ASCENDING)
        return CaseHeld(
            case=case,
            messages=messages,
            notifications=[_public(doc, "notification_key") async for doc in sent],
        )

    async def erase(self, holdings: CustomerHoldings, *, now: datetime) -> dict[str, int]:
        """Delete the customer's records and leave their cases as anonymous shells.

        The customer documents go last: should this stop half-way, the customer is still
        found, and erasing again finishes the job.
        """
        ids = holdings.member_ids
        case_ids = [str(held.case.case_id) for held in holdings.cases]
        of_cases = {"case_id": {"$in": case_ids}}
        # Texts kept before they moved onto the cases; those on the cases go with
        # `anonymise_case` below. Every text the holdings found is counted.
        await self._db[CASE_MESSAGES].delete_many(of_cases)
        counts = {
            "messages": sum(len(held.messages) for held in holdings.cases),
            "sent_messages": (await self._db[SENT_MESSAGES].delete_many(of_cases)).deleted_count,
            "case_events": (await self._db[CASE_EVENTS].delete_many(of_cases)).deleted_count,
            "thread_keys": (await self._db[THREAD_KEYS].delete_many(of_cases)).deleted_count,
        }
        await self._db[OPEN_CASES].delete_many({"$or": [of_cases, {"customer_id": {"$in": ids}}]})
        counts["contact_messages"] = await self._erase_as_contact(ids)
        for held in holdings.cases:
            await self.anonymise_case(held.case, now=now)
        counts["cases"] = len(case_ids)
        counts["handles"] = (
            await self._db[IDENTITY_KEYS].delete_many({"customer_id": {"$in": ids}})
        ).deleted_count
        counts["claims"] = (
            await self._db[CLAIMED_KEYS].delete_many({"customer_id": {"$in": ids}})
        ).deleted_count
        counts["merges"] = (
            await self._db[CUSTOMER_MERGES].delete_many(self._merges_of(ids))
        ).deleted_count
        counts["customers"] = (
            await self._db[CUSTOMERS].delete_many({"_id": {"$in": ids}})
        ).deleted_count
        return counts

    async def _erase_as_contact(self, ids: list[str]) -> int:
        """Remove the customer as an unverified contact of other customers' cases.

        Only cases that ever had a contact are read (few): the MongoDB-wire server does not
        match fields inside arrays of documents.
        """
        erased = 0
        async for document in self._db[CASES].find({"contact_revision": {"$gt": 0}}):
            case = case_from(document)
            theirs = [contact for contact in case.contacts if contact.customer_id in ids]
            if not theirs:
                continue
            messages = [str(c) for contact in theirs for c in contact.complaint_ids]
            result = await self._db[CASE_MESSAGES].delete_many({"_id": {"$in": messages}})
            on_case = [m for m in messages if m in (document.get(MESSAGES) or {})]
            erased += result.deleted_count + len(on_case)
            kept = [contact.stored() for contact in case.contacts if contact.customer_id not in ids]
            update: Document = {"$set": {"contacts": kept}, "$inc": {"version": 1}}
            if on_case:
                update["$unset"] = {f"{MESSAGES}.{m}": "" for m in on_case}
            await self._db[CASES].update_one({"_id": str(case.case_id)}, update)
        return erased

    async def anonymise_case(self, case: CaseRecord, *, now: datetime) -> None:
        """Rewrite a case as its shell (see `case_shell`), marked with when it was erased."""
        shell = case_shell(case, now=now).model_dump(mode="json", include=set(_SHELL_FIELDS))
        resolved_at = case.resolved_at or now
        await self._db[CASES].update_one(
            {"_id": str(case.case_id)},
            {
                "$set": {
                    **shell,
                    "resolved_at": stamp(resolved_at),
                    "erased_at": stamp(now),
                    # The events (and their outbox) carry channels, names and the summary.
                    "events": [],
                    "outbox_pending": False,
                    "thread_keys": [],
                    MESSAGES: {},
                    OLDEST_MESSAGE_AT: None,
                    "alerts_sent": [],
                    "next_due_at": None,
                },
                "$inc": {"version": 1},
            },
        )

    @staticmethod
    def _merges_of(ids: list[str]) -> Document:
        return {"$or": [{"absorbed": {"$in": ids}}, {"surviving": {"$in": ids}}]}
