"""The prod write concern against the real MongoDB-wire server the tests and `make up` use."""

from __future__ import annotations

import uuid

import pytest

from onecase_localinfra.discovery import Endpoint
from onecase_shared.mongo import create_mongo_client
from onecase_shared.settings import MongoSettings

pytestmark = pytest.mark.integration


async def test_a_majority_write_is_acknowledged_and_readable(mongo: Endpoint) -> None:
    client = create_mongo_client(MongoSettings(uri=mongo.address, majority_writes=True))
    try:
        collection = client[f"onecase_test_{uuid.uuid4().hex[:8]}"]["majority"]
        result = await collection.insert_one({"_id": "case-1", "owner": "agent-1"})
        assert result.acknowledged
        assert await collection.find_one({"_id": "case-1"}) == {"_id": "case-1", "owner": "agent-1"}
    finally:
        await client.close()
