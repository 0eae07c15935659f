"""Majority writes: on when asked (always in prod), and the URI's `w` untouched otherwise."""

from __future__ import annotations

from onecase_shared.mongo import create_mongo_client
from onecase_shared.settings import MongoSettings


async def test_majority_writes_set_w_majority_on_the_client() -> None:
    client = create_mongo_client(MongoSettings(majority_writes=True))
    try:
        assert client.write_concern.document == {"w": "majority"}
    finally:
        await client.close()


async def test_without_it_the_uri_decides_the_write_concern() -> None:
    client = create_mongo_client(MongoSettings(uri="mongodb://127.0.0.1:27017/?w=2"))
    try:
        assert client.write_concern.document == {"w": 2}
    finally:
        await client.close()
