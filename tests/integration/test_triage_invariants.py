"""Triage's invariants with real processes on the real broker and MongoDB-wire server.

Complaints are published straight onto `onecase.complaints.v1` (keyed as intake keys them),
and two triage processes consume them as one group, so events of one customer on different
channels land on different partitions and are handled at the same time.
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
from prometheus_client import CollectorRegistry
from pymongo import AsyncMongoClient

from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind, HandleV1, Topic
from onecase_shared.kafka import KafkaEventPublisher, make_broker
from onecase_shared.mongo import Document
from onecase_shared.settings import KafkaSettings
from tests.builders import a_message, chat_from, email_from
from tests.integration.conftest import RunningServices, service_env

pytestmark = pytest.mark.integration

ALWAYS = {"timezone": "UTC", "days": [0, 1, 2, 3, 4, 5, 6], "start": "00:00", "end": "00:00"}
ROSTER = {
    "agents": [
        {"agent_id": f"agent-{n}", "display_name": f"Agent {n}", "capacity": 100, "shift": ALWAYS}
        for n in range(3)
    ]
}


@pytest.fixture
def two_triages(kafka: Endpoint, mongo: Endpoint, tmp_path: Path) -> Iterator[RunningServices]:
    roster = tmp_path / "roster.json"
    roster.write_text(json.dumps(ROSTER))
    env = service_env(
        kafka.address,
        mongo.address,
        ONECASE_ROSTER_FILE=str(roster),
        ONECASE_SWEEP_INTERVAL_S="1",
    )
    running = RunningServices(tmp_path, env)
    try:
        running.start("triage", "triage-a")
        running.start("triage", "triage-b")
        yield running
    finally:
        running.stop_all()


def publish(kafka: Endpoint, complaints: list[tuple[str, ComplaintReceivedV1]]) -> None:
    """Publish (key, complaint) pairs concurrently, as intake would."""

    async def send_all() -> None:
        broker = make_broker(
            KafkaSettings(bootstrap=kafka.address),
            client_id="invariants-test",
            registry=CollectorRegistry(),
        )
        await broker.start()
        try:
            publisher = KafkaEventPublisher(broker, timeout_s=30)
            await asyncio.gather(
                *(publisher.publish(c, topic=Topic.COMPLAINTS, key=key) for key, c in complaints)
            )
        finally:
            await broker.stop()

    asyncio.run(send_all())


def query(mongo: Endpoint, database: str, collection: str, filter_: Document) -> list[Document]:
    async def run() -> list[Document]:
        client: AsyncMongoClient[Document] = AsyncMongoClient(mongo.address, tz_aware=True)
        try:
            return [doc async for doc in client[database][collection].find(filter_)]
        finally:
            await client.close()

    return asyncio.run(run())


def link_handles(mongo: Endpoint, database: str, keys: list[str]) -> None:
    """Store `keys` as one customer's, as a lead's confirmation or the customer's proof does."""

    async def run() -> None:
        client: AsyncMongoClient[Document] = AsyncMongoClient(mongo.address, tz_aware=True)
        customer = f"cus-linked-{uuid.uuid4().hex[:8]}"
        try:
            db = client[database]
            await db["customers"].insert_one({"_id": customer, "merged_into": None})
            for key in keys:
                await db["identity_keys"].insert_one({"_id": key, "customer_id": customer})
        finally:
            await client.close()

    asyncio.run(run())


def wait_for_messages(
    mongo: Endpoint, database: str, complaints: list[ComplaintReceivedV1], timeout: float = 150
) -> list[Document]:
    ids = [str(c.complaint_id) for c in complaints]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = applied(mongo, database, ids)
        if len(found) == len(ids):
            return found
        time.sleep(0.3)
    pytest.fail(f"only {len(found)} of {len(ids)} complaints reached a case in {timeout} s")


def applied(mongo: Endpoint, database: str, ids: list[str]) -> list[Document]:
    """The complaints a stored decision applied to a case: {"_id": complaint, "case_id"}."""
    wanted = set(ids)
    return [
        {"_id": complaint_id, "case_id": case["_id"]}
        for case in query(mongo, database, "cases", {"applied": {"$in": ids}})
        for complaint_id in case["applied"]
        if complaint_id in wanted
    ]


def events_of(case: Document, kind: str) -> list[Document]:
    """The events stored on a case document, of one kind."""
    return [event for event in case["events"] if event["kind"] == kind]


def test_one_customer_on_three_channels_within_a_second_gets_one_case_and_one_owner(
    two_triages: RunningServices, kafka: Endpoint, mongo: Endpoint
) -> None:
    database = two_triages.env["ONECASE_MONGO_DATABASE"]
    address = f"maya.{uuid.uuid4().hex[:6]}@example.com"
    late = "My parcel never arrived and the tracking has not moved for a week."
    messages = [
        email_from(address, late),
        chat_from(f"v-{uuid.uuid4().hex[:6]}", "Chasing my parcel, nothing came.", email=address),
        a_message(
            channel=Channel.FACEBOOK,
            author=HandleV1(kind=HandleKind.FACEBOOK_ID, value=uuid.uuid4().hex[:10]),
            text="Hello? My parcel still has not arrived.",
            message_kind="messenger",
        ),
    ]
    # Her three handles were linked before (typed addresses alone never link channels).
    link_handles(mongo, database, [m.author.key() for m in messages])
    publish(kafka, [(m.author.key(), m) for m in messages])

    stored = wait_for_messages(mongo, database, messages)
    case_ids = {doc["case_id"] for doc in stored}
    assert len(case_ids) == 1, f"three channels opened {len(case_ids)} cases"
    [case] = query(mongo, database, "cases", {"_id": case_ids.pop()})
    assert case["owner"] is not None
    assert len(events_of(case, "opened")) == 1
    assert len(events_of(case, "assigned")) == 1


def test_exactly_one_owner_per_case_with_two_consumers_and_one_killed_mid_stream(
    two_triages: RunningServices, kafka: Endpoint, mongo: Endpoint
) -> None:
    database = two_triages.env["ONECASE_MONGO_DATABASE"]
    run = uuid.uuid4().hex[:6]
    complaints = [
        email_from(
            f"customer{n}.{run}@example.com",
            f"I was charged twice for order {81000000 + n} and want my money back.",
        )
        for n in range(60)
    ]
    publish(kafka, [(c.author.key(), c) for c in complaints])
    ids = [str(c.complaint_id) for c in complaints]
    deadline = time.monotonic() + 60
    while len(applied(mongo, database, ids)) < 5:
        assert time.monotonic() < deadline, "triage never started consuming"
        time.sleep(0.05)
    two_triages.kill("triage-a")
    done_at_kill = len(applied(mongo, database, ids))
    two_triages.start("triage", "triage-a")

    stored = wait_for_messages(mongo, database, complaints)
    assert done_at_kill < len(complaints), "the kill came after the stream ended"
    case_ids = {doc["case_id"] for doc in stored}
    assert len(case_ids) == len(complaints)
    cases = query(mongo, database, "cases", {"_id": {"$in": list(case_ids)}})
    owners = {case["_id"]: case["owner"]["agent_id"] for case in cases if case["owner"]}
    assert owners.keys() == case_ids, "every case has an owner"
    # Owner and "assigned" event are one write: every case names its owner exactly once.
    named = assigned_owners(cases)
    assert named == {case_id: [owner] for case_id, owner in owners.items()}, named
    # Loads are counted from the cases, so each case counts once, against its owner.
    counted: dict[str, int] = {}
    for owner in owners.values():
        counted[owner] = counted.get(owner, 0) + 1
    assert sum(counted.values()) == len(case_ids)


def assigned_owners(cases: list[Document]) -> dict[str, list[str]]:
    """The agents each case's "assigned" events name, in order."""
    return {
        case["_id"]: [event["owner"]["agent_id"] for event in events_of(case, "assigned")]
        for case in cases
    }


def test_a_redelivered_complaint_changes_nothing(
    two_triages: RunningServices, kafka: Endpoint, mongo: Endpoint
) -> None:
    database = two_triages.env["ONECASE_MONGO_DATABASE"]
    complaint = email_from(f"ines.{uuid.uuid4().hex[:6]}@example.com", "My refund never came.")
    publish(kafka, [(complaint.author.key(), complaint)])
    [message] = wait_for_messages(mongo, database, [complaint])

    def snapshot() -> dict[str, Any]:
        [case] = query(mongo, database, "cases", {"_id": message["case_id"]})
        # Publishing bookkeeping moves on its own once Kafka acknowledges (not a decision).
        for volatile in ("published_sequence", "outbox_pending", "sweep_lease_until"):
            case.pop(volatile, None)
        return {"case": case, "agents": query(mongo, database, "agents", {})}

    before = snapshot()
    # The sentinel shares the key, so the same partition: once it is stored, the
    # redelivered complaint before it has been handled.
    sentinel = email_from(f"sentinel.{uuid.uuid4().hex[:6]}@example.com", "Where is my order?")
    publish(kafka, [(complaint.author.key(), complaint)])
    publish(kafka, [(complaint.author.key(), sentinel)])
    wait_for_messages(mongo, database, [sentinel])
    after = snapshot()
    assert after == before
