"""The agent roster in MongoDB, with each agent's live load.

An agent's load is the list of cases counted against them (`assigned_cases`) plus two
counters kept beside it in the same document, so one conditional update claims a slot,
and claiming or releasing the same case twice changes nothing.
"""

from __future__ import annotations

import contextlib
from uuid import UUID

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.events import utc_now
from onecase_shared.mongo import Document, IndexSpec, stamp
from onecase_triage.domain.roster import Agent
from onecase_triage.domain.routing import AgentLoad

AGENTS = "agents"  # _id: agent id

INDEXES = (IndexSpec(AGENTS, (("assigned_cases", ASCENDING),)),)


def _load(document: Document) -> AgentLoad:
    return AgentLoad.model_validate(
        {
            "agent_id": document["_id"],
            "open_cases": len(document.get("assigned_cases", [])),
            "weighted_load": float(document.get("weighted_load", 0.0)),
            "last_assigned_at": document.get("last_assigned_at"),
        }
    )


def _entry(document: Document) -> tuple[Agent, AgentLoad]:
    return Agent.model_validate(document["profile"]), _load(document)


class MongoAgentDirectory:
    """The AgentDirectory port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._agents = db[AGENTS]

    async def agents(self) -> list[tuple[Agent, AgentLoad]]:
        """Every agent with their current load."""
        return [_entry(doc) async for doc in self._agents.find({}).sort("_id", ASCENDING)]

    async def get(self, agent_id: str) -> tuple[Agent, AgentLoad] | None:
        """One agent with their load."""
        document = await self._agents.find_one({"_id": agent_id})
        return _entry(document) if document else None

    async def seed(self, agents: tuple[Agent, ...]) -> int:
        """Add the agents the roster file names and the store lacks; how many were added.

        Agents already stored keep their state: the desk API may have changed them since.
        """
        added = 0
        for agent in agents:
            with contextlib.suppress(DuplicateKeyError):
                await self._agents.insert_one(self._new_document(agent))
                added += 1
        return added

    async def save(self, agent: Agent) -> None:
        """Create or change an agent; their load is kept."""
        current = await self._agents.find_one({"_id": agent.agent_id})
        if current is None:
            with contextlib.suppress(DuplicateKeyError):
                await self._agents.insert_one(self._new_document(agent))
                return
            current = await self._agents.find_one({"_id": agent.agent_id})
            assert current is not None
        delta = agent.capacity - int(current["profile"]["capacity"])
        await self._agents.update_one(
            {"_id": agent.agent_id},
            {"$set": {"profile": agent.model_dump(mode="json")}, "$inc": {"free_slots": delta}},
        )

    async def holder_of(self, case_id: UUID) -> str | None:
        """The agent whose load counts this case, if any."""
        document = await self._agents.find_one({"assigned_cases": str(case_id)}, {"_id": 1})
        return str(document["_id"]) if document else None

    async def assigned_cases(self, agent_id: str) -> list[UUID]:
        """The cases counted in the agent's load."""
        document = await self._agents.find_one({"_id": agent_id}, {"assigned_cases": 1})
        return [UUID(case_id) for case_id in document.get("assigned_cases", [])] if document else []

    async def claims(self) -> list[tuple[str, UUID]]:
        """Every (agent, case) pair counted in a load, in one read."""
        cursor = self._agents.find({}, {"assigned_cases": 1})
        return [
            (str(doc["_id"]), UUID(case_id))
            async for doc in cursor
            for case_id in doc.get("assigned_cases", [])
        ]

    async def claim(
        self, agent_id: str, case_id: UUID, weight: float, *, bypass_capacity: bool
    ) -> bool:
        """Count the case in the agent's load if they have room; True if it is counted."""
        condition: Document = {"_id": agent_id, "assigned_cases": {"$ne": str(case_id)}}
        if not bypass_capacity:
            condition["free_slots"] = {"$gt": 0}
        result = await self._agents.update_one(
            condition,
            {
                "$push": {"assigned_cases": str(case_id)},
                "$inc": {"free_slots": -1, "weighted_load": weight},
                "$set": {"last_assigned_at": stamp(utc_now())},
            },
        )
        if result.modified_count == 1:
            return True
        return (
            await self._agents.count_documents({"_id": agent_id, "assigned_cases": str(case_id)})
            == 1
        )

    async def release(self, agent_id: str, case_id: UUID, weight: float) -> None:
        """Stop counting the case in the agent's load (no-op if it was not counted)."""
        await self._agents.update_one(
            {"_id": agent_id, "assigned_cases": str(case_id)},
            {
                "$pull": {"assigned_cases": str(case_id)},
                "$inc": {"free_slots": 1, "weighted_load": -weight},
            },
        )

    @staticmethod
    def _new_document(agent: Agent) -> Document:
        return {
            "_id": agent.agent_id,
            "profile": agent.model_dump(mode="json"),
            "assigned_cases": [],
            "free_slots": agent.capacity,
            "weighted_load": 0.0,
            "last_assigned_at": None,
        }
