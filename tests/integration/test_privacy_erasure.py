"""Issue 11: a customer's data exported, then erased in every service, on the real stack.

One customer writes by email and on the web chat; a lead merges the two; the export holds
both cases; after the erasure no collection of any database holds their address, handle,
name or words, and the desk answers 404 for them.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from pymongo import MongoClient

from onecase_localinfra.demo_social import post_chat
from onecase_localinfra.discovery import Endpoint
from onecase_shared import standard_webhooks
from tests.integration.conftest import MailCatcher, RunningServices, service_env
from tests.integration.sandbox_fixture import ChannelSandbox

pytestmark = pytest.mark.integration

EMAIL_SECRET = "whsec_" + "cHJpdmFjeS10ZXN0LWVtYWlsLXNlY3JldA=="
CHAT_SECRET = "privacy-test-chat-secret"
# The dev profile's desk tokens (README): an admin, a lead and an agent.
ADMIN = {"Authorization": "Bearer dev-only-admin-token"}
LEAD = {"Authorization": "Bearer dev-only-lead-token"}
AGENT = {"Authorization": "Bearer dev-only-agent-token"}
SYSTEM_DATABASES = {"admin", "local", "config"}

Mongo = MongoClient[dict[str, Any]]
T = TypeVar("T")


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
        ONECASE_EMAIL_WEBHOOK_SECRET=EMAIL_SECRET,
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


def wait_until(probe: Callable[[], T], what: str, timeout: float = 90.0) -> T:
    """Poll `probe` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}")


def a_mail(address: str, name: str, words: str, message_id: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"{name} <{address}>"
    mail["To"] = "support@onecase.example"
    mail["Subject"] = "Refund for a broken kettle"
    mail["Message-ID"] = message_id
    mail.set_content(f"Hello, {words}. I want a refund, this is the second one that broke.")
    return bytes(mail)


def a_chat(session: str, name: str, words: str) -> bytes:
    message = {
        "id": "m_1",
        "author": "visitor",
        "sent_at": "2026-11-23T09:01:00+00:00",
        "text": f"Hi, {words}. Nobody answered my email about the refund.",
        "attachments": [],
    }
    return json.dumps(
        {
            "type": "chat.messages",
            "session": {"id": session, "started_at": "2026-11-23T09:00:00+00:00"},
            "visitor": {"id": f"v_{session}", "name": name, "email": None, "language": "en"},
            "messages": [message],
        }
    ).encode()


def documents_mentioning(client: Mongo, needles: list[str]) -> list[str]:
    """Every document, in every collection of every database, that contains one of `needles`."""
    hits = []
    for database in sorted(set(client.list_database_names()) - SYSTEM_DATABASES):
        for collection in client[database].list_collection_names():
            for document in client[database][collection].find({}):
                text = json.dumps(document, default=str).lower()
                hits += [
                    f"{database}.{collection}: {needle}" for needle in needles if needle in text
                ]
    return hits


def test_a_customer_is_exported_then_erased_everywhere(
    services: RunningServices,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
) -> None:
    tag = uuid.uuid4().hex[:10]
    address = f"erin.{tag}@example.net"
    name = f"Erin Quist{tag}"
    email_words = f"my kettle {tag} sparked"
    chat_words = f"my kettle {tag} is still broken"
    message_id = f"<{tag}@mail.example.net>"
    session = f"s_{tag}"
    intake, desk = services.url("intake"), services.url("triage")
    client: Mongo = MongoClient(mongo.address, tz_aware=True, uuidRepresentation="standard")
    db = client[services.env["ONECASE_MONGO_DATABASE"]]
    try:
        raw = a_mail(address, name, email_words, message_id)
        headers = standard_webhooks.signed_headers(EMAIL_SECRET, f"msg_{tag}", raw)
        mailed = httpx.post(f"{intake}/webhooks/email/raw", content=raw, headers=headers)
        assert mailed.status_code == 202, mailed.text
        chatted = post_chat(intake, CHAT_SECRET, a_chat(session, name, chat_words))
        assert chatted.status_code == 202, chatted.text

        # Both are answered (so notify and triage hold sent records), each on its channel.
        wait_until(lambda: [m for m in smtp[0].messages if m["To"] == address], "the email ack")
        wait_until(
            lambda: [c for c in channel_sandbox.calls("chat_message") if session in c["path"]],
            "the chat answer",
        )
        keys = [f"email:{address}", f"chat_visitor:v_{session}"]

        def held_and_answered() -> dict[str, str]:
            holders = {
                d["_id"]: d["customer_id"] for d in db["identity_keys"].find({"_id": {"$in": keys}})
            }
            ours = [
                c["_id"] for c in db["cases"].find({"customer_id": {"$in": list(holders.values())}})
            ]
            answered = {d["case_id"] for d in db["sent_messages"].find({"case_id": {"$in": ours}})}
            return holders if len(holders) == 2 and len(answered) >= 2 else {}

        holders = wait_until(held_and_answered, "both customers and their sent messages")
        first, second = holders[f"email:{address}"], holders[f"chat_visitor:v_{session}"]
        if first != second:
            merged = httpx.post(
                f"{desk}/customers/merge",
                json={"first": first, "second": second, "reason": "same person, said on chat"},
                headers=LEAD,
            )
            assert merged.status_code == 200, merged.text
        customer = first

        assert httpx.get(f"{desk}/customers/{customer}/export", headers=AGENT).status_code == 403
        assert httpx.delete(f"{desk}/customers/{customer}", headers=AGENT).status_code == 403
        export = httpx.get(f"{desk}/customers/{customer}/export", headers=LEAD)
        assert export.status_code == 200, export.text
        held = export.json()
        assert {h["key"] for h in held["handles"]} >= {
            f"email:{address}",
            f"chat_visitor:v_{session}",
        }
        texts = " ".join(m["text"] for c in held["cases"] for m in c["messages"])
        assert email_words in texts
        assert chat_words in texts
        assert {m["channel"] for c in held["cases"] for m in c["messages"]} == {"email", "chat"}
        assert all(c["notifications"] for c in held["cases"]), "what we sent them is exported"
        case_ids = [c["case"]["case_id"] for c in held["cases"]]
        numbers = {c["case"]["number"] for c in held["cases"]}
        deliveries = [f"email:msg_{tag}"]
        assert db["intake_deliveries"].count_documents({"_id": {"$in": deliveries}}) == 1
        assert db["outbox"].count_documents({"case_id": {"$in": case_ids}}) >= 2

        assert documents_mentioning(client, [address.lower()]), "the scan sees them before"
        erased = httpx.delete(f"{desk}/customers/{customer}", headers=ADMIN)
        assert erased.status_code == 200, erased.text
        assert erased.json()["counts"]["cases"] == len(case_ids)

        # Intake and notify erase theirs when the erasure reaches them over Kafka.
        wait_until(
            lambda: (
                db["outbox"].count_documents({"case_id": {"$in": case_ids}}) == 0
                and db["intake_deliveries"].count_documents({"_id": {"$in": deliveries}}) == 0
            ),
            "intake and notify to erase their records",
        )
        needles = [address, f"v_{session}", session, name.lower(), tag, message_id]
        assert documents_mentioning(client, [n.lower() for n in needles]) == []

        for reference in {customer, first, second}:
            assert (
                httpx.get(f"{desk}/customers/{reference}/export", headers=LEAD).status_code == 404
            )
            assert httpx.delete(f"{desk}/customers/{reference}", headers=ADMIN).status_code == 404
        shells = list(db["cases"].find({"_id": {"$in": case_ids}}))
        assert {shell["number"] for shell in shells} == numbers, "case numbers remain for counts"
        assert {shell["customer_id"] for shell in shells} == {"erased"}
        audit = list(db["privacy_audit"].find({"customer_id": customer}))
        assert sorted((a["action"], a["status"]) for a in audit) == [
            ("erase", "done"),
            ("export", "done"),
        ]
        assert {a["by"] for a in audit} == {"priya.shah", "admin"}
        logged = (services.run_dir / "triage.log").read_text()
        assert '"customer erased"' in logged
        assert address not in logged
    finally:
        client.close()
