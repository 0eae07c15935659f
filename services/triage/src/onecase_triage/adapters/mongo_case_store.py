"""Cases in MongoDB. Correctness rests on unique keys (`_id`), never on compare-and-set."""

from __future__ import annotations

import contextlib
from uuid import UUID

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.events import AgentRefV1, CaseEventV1, ComplaintReceivedV1, utc_now
from onecase_shared.mongo import Document, IndexSpec

OPEN_CASES = "open_cases"  # _id: customer id → the one open case of that customer
CASES = "cases"  # _id: case id
CASE_MESSAGES = "case_messages"  # _id: complaint id
CASE_EVENTS = "case_events"  # _id: "<case id>:<sequence>"

INDEXES = (
    IndexSpec(CASE_EVENTS, (("complaint_id", ASCENDING), ("sequence", ASCENDING))),
    IndexSpec(CASE_MESSAGES, (("case_id", ASCENDING), ("received_at", ASCENDING))),
    IndexSpec(CASES, (("owner.agent_id", ASCENDING), ("status", ASCENDING))),
)


class MongoCaseStore:
    """The CaseStore port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db

    async def claim_open_case(self, customer_id: str, candidate_case_id: UUID) -> UUID:
        """The customer's open case id: `candidate_case_id` if none was open."""
        try:
            await self._db[OPEN_CASES].insert_one(
                {"_id": customer_id, "case_id": str(candidate_case_id), "opened_at": utc_now()}
            )
        except DuplicateKeyError:
            existing = await self._db[OPEN_CASES].find_one({"_id": customer_id})
            if existing is None:  # closed between our insert and our read: claim again
                return await self.claim_open_case(customer_id, candidate_case_id)
            return UUID(existing["case_id"])
        return candidate_case_id

    async def create_case(self, opened: CaseEventV1, owner: AgentRefV1) -> None:
        """Store a new case with its owner; a second call with the same case is a no-op."""
        document = {
            "_id": str(opened.case_id),
            "number": opened.case_number,
            "customer_id": opened.customer_id,
            "status": "open",
            "owner": owner.model_dump(mode="json"),
            "reply_target": opened.reply_target.model_dump(mode="json"),
            "summary": opened.summary,
            "urgency": opened.urgency.model_dump(mode="json") if opened.urgency else None,
            "category": opened.category.model_dump(mode="json") if opened.category else None,
            "opened_at": opened.occurred_at,
            "last_sequence": 2,
        }
        with contextlib.suppress(DuplicateKeyError):
            await self._db[CASES].insert_one(document)

    async def add_message(self, case_id: UUID, complaint: ComplaintReceivedV1) -> None:
        """Attach a message to a case's timeline; a second call is a no-op."""
        document = {
            "_id": str(complaint.complaint_id),
            "case_id": str(case_id),
            "received_at": complaint.received_at,
            "complaint": complaint.model_dump(mode="json"),
        }
        with contextlib.suppress(DuplicateKeyError):
            await self._db[CASE_MESSAGES].insert_one(document)

    async def record_events(self, events: tuple[CaseEventV1, ...]) -> None:
        """Store case events under (case, sequence); already stored ones are kept as they are."""
        for event in events:
            document = {
                "_id": f"{event.case_id}:{event.sequence}",
                "case_id": str(event.case_id),
                "sequence": event.sequence,
                "complaint_id": str(event.complaint_id) if event.complaint_id else None,
                "event": event.model_dump(mode="json"),
            }
            with contextlib.suppress(DuplicateKeyError):
                await self._db[CASE_EVENTS].insert_one(document)

    async def events_for_complaint(self, complaint_id: UUID) -> list[CaseEventV1]:
        """The stored events a complaint caused, in sequence order."""
        cursor = (
            self._db[CASE_EVENTS]
            .find({"complaint_id": str(complaint_id)})
            .sort("sequence", ASCENDING)
        )
        return [CaseEventV1.model_validate(doc["event"]) async for doc in cursor]
