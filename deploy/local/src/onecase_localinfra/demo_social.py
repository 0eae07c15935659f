"""The demo's social and chat part: a tweet and a chat message, answered on their channels.

The answers go through the channel sandbox, which records every provider call notify makes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from onecase_localinfra.channel_sandbox_state import read_calls
from onecase_shared import standard_webhooks

OUR_X_ACCOUNT = "1"


def build_tweet(tweet_id: str) -> bytes:
    """An X Account Activity delivery: a customer mentions us in public."""
    user = {
        "id": 4242,
        "id_str": "4242",
        "screen_name": "ana_lima",
        "name": "Ana Lima",
        "followers_count": 18500,
    }
    tweet = {
        "id": int(tweet_id),
        "id_str": tweet_id,
        "created_at": "Mon Nov 23 09:00:00 +0000 2026",
        "text": "@onecase_shop my blender arrived smashed and nobody answers my emails. "
        "Third week waiting. Really?!",
        "user": user,
        "entities": {"user_mentions": [{"id_str": OUR_X_ACCOUNT, "screen_name": "onecase_shop"}]},
    }
    return json.dumps({"for_user_id": OUR_X_ACCOUNT, "tweet_create_events": [tweet]}).encode()


def build_chat(session: str) -> bytes:
    """An Onecase web chat delivery (docs/chat-webhook.md), in French."""
    return json.dumps(
        {
            "type": "chat.messages",
            "session": {"id": session, "started_at": "2026-11-23T09:00:00+00:00", "page_url": None},
            "visitor": {"id": f"v_{session}", "name": "Léa", "email": None, "language": "fr"},
            "messages": [
                {
                    "id": "m_1",
                    "author": "visitor",
                    "sent_at": "2026-11-23T09:01:00+00:00",
                    "text": "Bonjour, on m'a débité deux fois mon abonnement ce mois-ci, "
                    "je voudrais être remboursée.",
                    "attachments": [],
                }
            ],
        }
    ).encode()


def post_tweet(intake_url: str, x_secret: str, body: bytes) -> httpx.Response:
    """POST a signed X webhook delivery, as X does."""
    digest = hmac.new(x_secret.encode(), body, hashlib.sha256).digest()
    headers = {
        "content-type": "application/json",
        "x-twitter-webhooks-signature": "sha256=" + base64.b64encode(digest).decode(),
    }
    return httpx.post(f"{intake_url}/webhooks/x", content=body, headers=headers, timeout=30)


def post_chat(intake_url: str, chat_secret: str, body: bytes) -> httpx.Response:
    """POST a signed web chat delivery (Standard Webhooks)."""
    headers = {
        "content-type": "application/json",
        **standard_webhooks.signed_headers(chat_secret, f"msg_{uuid.uuid4().hex}", body),
    }
    return httpx.post(f"{intake_url}/webhooks/chat", content=body, headers=headers, timeout=30)


def run_social_demo(
    *, intake_url: str, x_secret: str, chat_secret: str, sandbox_log: Path, timeout: float = 60.0
) -> bool:
    """Send a tweet and a chat message; print what the sandbox received; True if both answered."""
    tweet_id = str(1_900_000_000_000_000_000 + uuid.uuid4().int % 10**9)
    session = f"s_{uuid.uuid4().hex[:10]}"
    tweeted = post_tweet(intake_url, x_secret, build_tweet(tweet_id))
    print(f"→ Ana Lima on X (public tweet): webhook answered {tweeted.status_code}")
    chatted = post_chat(intake_url, chat_secret, build_chat(session))
    print(f"→ Léa on the web chat (French): webhook answered {chatted.status_code}")

    def is_reply_to_tweet(call: dict[str, Any]) -> bool:
        return bool(call["body"].get("reply", {}).get("in_reply_to_tweet_id") == tweet_id)

    def is_in_session(call: dict[str, Any]) -> bool:
        return session in call["path"]

    wanted: dict[str, Callable[[dict[str, Any]], bool]] = {
        "x_reply": is_reply_to_tweet,
        "chat_message": is_in_session,
    }
    found: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + timeout
    while len(found) < len(wanted) and time.monotonic() < deadline:
        for call in read_calls(sandbox_log):
            for name, matches in wanted.items():
                answered = call["call"] == name and call["status"] < 300
                if name not in found and answered and matches(call):
                    found[name] = call
                    _print_call(call)
        time.sleep(0.2)
    for name in sorted(set(wanted) - set(found)):
        print(f"✗ no {name} reached the channel sandbox within {timeout:.0f}s")
    return len(found) == len(wanted)


def _print_call(call: dict[str, Any]) -> None:
    text = call["body"].get("text", "")
    where = "public reply on X" if call["call"] == "x_reply" else "message in the web chat"
    print(f"\n✓ {where} ({call['path']}, {len(text)} characters)")
    print("\n".join(f"    {line}" for line in text.strip().splitlines()))
