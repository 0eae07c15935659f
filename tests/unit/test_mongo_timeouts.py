"""A Mongo client against a server that accepts connections and never answers fails in the
configured time, instead of hanging the handler or the desk that called it (issue 11)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from pymongo.errors import PyMongoError

from onecase_shared.mongo import create_mongo_client
from onecase_shared.settings import MongoSettings


@pytest.fixture
async def silent_server() -> AsyncIterator[int]:
    """A real TCP listener that accepts every connection and never writes a byte."""
    held: list[asyncio.StreamWriter] = []

    async def accept(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    port: int = server.sockets[0].getsockname()[1]
    async with server:
        yield port
        for writer in held:
            writer.close()


async def test_a_listening_but_silent_server_fails_an_operation_within_the_configured_time(
    silent_server: int,
) -> None:
    # The other timeouts are left long, so only the operation timeout can end the wait.
    settings = MongoSettings(
        uri=f"mongodb://127.0.0.1:{silent_server}/?directConnection=true",
        timeout_ms=60_000,
        socket_timeout_ms=60_000,
        operation_timeout_ms=500,
    )
    client = create_mongo_client(settings)
    started = time.monotonic()
    try:
        with pytest.raises(PyMongoError):
            await client["onecase"]["cases"].find_one({"_id": "c-1"})
    finally:
        took = time.monotonic() - started
        await client.close()
    assert took < 2.0, f"took {took:.1f} s; configured 0.5 s"
