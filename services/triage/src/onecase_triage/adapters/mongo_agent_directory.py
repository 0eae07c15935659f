"""The agent roster in MongoDB: one document per agent, changed by the desk API."""

from __future__ import annotations

import contextlib

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.mongo import Document, IndexSpec
from onecase_triage.domain.roster import Agent

AGENTS = "agents"  # _id: agent id

INDEXES: tuple[IndexSpec, ...] = ()


def _agent(document: Document) -> Agent:
    return Agent.model_validate(document["profile"])


class MongoAgentDirectory:
    """The AgentDirectory port on a MongoDB-wire server: the roster, one document per agent.

    Loads are no longer kept here (issue 12): they are counted from the cases.
    """

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._agents = db[AGENTS]

    async def agents(self) -> list[Agent]:
        """Every agent."""
        return [_agent(doc) async for doc in self._agents.find({}).sort("_id", ASCENDING)]

    async def get(self, agent_id: str) -> Agent | None:
        """One agent."""
        document = await self._agents.find_one({"_id": agent_id})
        return _agent(document) if document else None

    async def seed(self, agents: tuple[Agent, ...]) -> int:
        """Add the agents the roster file names and the store lacks; how many were added.

        Agents already stored keep their state: the desk API may have changed them since.
        """
        added = 0
        for agent in agents:
            with contextlib.suppress(DuplicateKeyError):
                await self._agents.insert_one(
                    {"_id": agent.agent_id, "profile": agent.model_dump(mode="json")}
                )
                added += 1
        return added

    async def save(self, agent: Agent) -> None:
        """Create or change an agent."""
        await self._agents.update_one(
            {"_id": agent.agent_id},
            {"$set": {"profile": agent.model_dump(mode="json")}},
            upsert=True,
        )
