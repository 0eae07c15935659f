"""X and web chat through the real stack: signed webhook → intake → triage → notify → provider.

Each channel's message becomes a case with its owner, and the answer goes back on that
channel: a short public reply under the tweet, a message into the chat session, both received
by the channel sandbox (a real local HTTP server with the providers' API shapes).
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from onecase_localinfra.demo_social import build_chat, build_tweet, post_chat, post_tweet
from onecase_localinfra.discovery import Endpoint
from tests.integration.conftest import MailCatcher, RunningServices, service_env
from tests.integration.sandbox_fixture import ChannelSandbox

pytestmark = pytest.mark.integration

X_SECRET = "x-integration-secret"
CHAT_SECRET = "chat-integration-secret"


@pytest.fixture
def services(
    kafka: Endpoint,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> Iterator[RunningServices]:
    env = service_env(
        kafka.address,
        mongo.address,
        ONECASE_X_CONSUMER_SECRET=X_SECRET,
        ONECASE_CHAT_WEBHOOK_SECRET=CHAT_SECRET,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(smtp[1]),
        **channel_sandbox.env(),
    )
    running = RunningServices(tmp_path, env)
    try:
        for name in ("intake", "normalizer", "triage", "notify"):
            running.start(name)
        yield running
    finally:
        running.stop_all()


async def cases(uri: str, database: str) -> list[dict[str, Any]]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri)
    try:
        return await client[database]["cases"].find({}).to_list()
    finally:
        await client.close()


def handle_key(case: dict[str, Any]) -> str:
    """The handle a case was opened from, as `kind:value`."""
    handle = case["reply_target"]["handle"]
    return f"{handle['kind']}:{handle['value']}"


def test_a_tweet_and_a_chat_message_each_open_a_case_and_are_answered_on_their_channel(
    services: RunningServices, mongo: Endpoint, channel_sandbox: ChannelSandbox
) -> None:
    intake = services.url("intake")
    # The demo's own customers: a public tweet about a smashed blender, a French chat message.
    tweet = build_tweet(str(1_900_000_000_000_000_000 + uuid.uuid4().int % 10**9))
    response = post_tweet(intake, X_SECRET, tweet)
    assert response.status_code == 202, response.text
    chat = build_chat(f"s_{uuid.uuid4().hex[:10]}")
    response = post_chat(intake, CHAT_SECRET, chat)
    assert response.status_code == 202, response.text

    database = services.env["ONECASE_MONGO_DATABASE"]
    # Tests share the broker's topics: other tests' customers may show up here too.
    ours = {"x_id:4242", f"chat_visitor:v_{json.loads(chat)['session']['id']}"}
    deadline = time.monotonic() + 60
    by_customer: dict[str, dict[str, Any]] = {}
    while not ours <= by_customer.keys() and time.monotonic() < deadline:
        found = asyncio.run(cases(mongo.address, database))
        by_customer = {handle_key(c): c for c in found}
        time.sleep(0.3)
    assert ours <= by_customer.keys()
    for customer in ours:
        assert by_customer[customer]["owner"]["agent_id"] == "agent-1"
    assert by_customer["x_id:4242"]["reply_target"]["public"] is True

    tweet_id = json.loads(tweet)["tweet_create_events"][0]["id_str"]
    session = json.loads(chat)["session"]["id"]
    deadline = time.monotonic() + 60
    replies: list[dict[str, Any]] = []
    chats: list[dict[str, Any]] = []
    while not (replies and chats) and time.monotonic() < deadline:
        replies = [
            c
            for c in channel_sandbox.calls("x_reply")
            if c["body"].get("reply", {}).get("in_reply_to_tweet_id") == tweet_id
        ]
        chats = [c for c in channel_sandbox.calls("chat_message") if session in c["path"]]
        time.sleep(0.3)
    [reply] = replies
    assert reply["status"] == 201
    assert len(reply["body"]["text"]) <= 280
    assert "blender" not in reply["body"]["text"], "the case's details stay out of public"
    [answer] = chats
    assert answer["status"] == 201
    assert by_customer[f"chat_visitor:v_{session}"]["number"] in answer["body"]["text"]
