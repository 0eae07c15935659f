"""Export and erasure at the desk, and the retention sweep, on the real MongoDB-wire server.

The erasure event is recorded instead of published: the pipeline test
(test_privacy_erasure.py) follows it over Kafka to intake and notify.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from pymongo.asynchronous.database import AsyncDatabase

from onecase_shared.events import CustomerErasedV1, utc_now
from onecase_shared.kafka import PublishFailedError
from onecase_shared.mongo import Document
from onecase_triage.adapters.mongo_customer_records import MongoCustomerRecords
from onecase_triage.adapters.mongo_privacy_audit import MongoPrivacyAudit
from onecase_triage.adapters.mongo_retention import MongoRetention
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk.customer_routes import mount_customer_privacy
from onecase_triage.domain.personal_data import RetentionPolicy
from onecase_triage.service.customer_privacy import CustomerPrivacy
from onecase_triage.service.retention_sweep import RetentionSweep
from tests.builders import chat_from, email_from
from tests.integration.triage_world import (
    LEAD_AGENT,
    LEAD_USER,
    TriageWorld,
    WorldFactory,
    an_agent,
)

pytestmark = pytest.mark.integration

TOKENS = "lead-secret=lena.lead:lead admin-secret=root:admin ann-secret=ann.ames:agent"
LEAD = {"Authorization": "Bearer lead-secret"}
ADMIN = {"Authorization": "Bearer admin-secret"}
ANN = {"Authorization": "Bearer ann-secret"}
ADDRESS = "zoe.privacy@example.org"
WORDS = "the blender 7731 caught fire"


class ErasureRecorder:
    """Records erasures, or refuses them as Kafka would when it is down."""

    def __init__(self) -> None:
        self.erasures: list[CustomerErasedV1] = []
        self.down = False

    async def publish_erasure(self, event: CustomerErasedV1) -> None:
        if self.down:
            raise PublishFailedError("kafka is down")
        self.erasures.append(event)


def database_of(world: TriageWorld) -> AsyncDatabase[Document]:
    records = world.parts.cases
    db: AsyncDatabase[Document] = records._db
    return db


@pytest_asyncio.fixture
async def desk(
    world_factory: WorldFactory,
) -> AsyncIterator[tuple[httpx.AsyncClient, TriageWorld, ErasureRecorder]]:
    world = await world_factory((an_agent("ann.ames"), LEAD_AGENT))
    recorder = ErasureRecorder()
    db = database_of(world)
    app = FastAPI(title="privacy under test")
    mount_customer_privacy(
        app,
        CustomerPrivacy(
            records=MongoCustomerRecords(db),
            audit=MongoPrivacyAudit(db),
            publisher=recorder,
            clock=world.clock,
        ),
        tokens=TokenTable(TOKENS),
    )
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
        yield client, world, recorder


async def two_customers_merged(world: TriageWorld) -> str:
    """Zoe writes by email and on the chat; a lead merges the two. The surviving id."""
    await world.parts.triage.on_complaint_received(email_from(ADDRESS, f"Hello, {WORDS}."))
    await world.parts.triage.on_complaint_received(chat_from("v-zoe-91", f"Again: {WORDS}!"))
    ids = {event.customer_id for event in world.events()}
    assert len(ids) == 2
    first, second = sorted(ids)
    return await world.parts.desk.merge_customers(first, second, LEAD_USER, reason="same person")


async def everything(db: AsyncDatabase[Document]) -> str:
    """Every document of the database as one lower-case text."""
    docs: list[Any] = []
    for name in await db.list_collection_names():
        docs += await db[name].find({}).to_list()
    return json.dumps(docs, default=str).lower()


async def test_only_leads_and_admins_export_or_erase_and_unknown_customers_are_404(
    desk: tuple[httpx.AsyncClient, TriageWorld, ErasureRecorder],
) -> None:
    client, world, recorder = desk
    customer = await two_customers_merged(world)
    assert (await client.get(f"/customers/{customer}/export")).status_code == 401
    assert (await client.get(f"/customers/{customer}/export", headers=ANN)).status_code == 403
    assert (await client.delete(f"/customers/{customer}", headers=ANN)).status_code == 403
    assert (await client.get("/customers/cus-nobody/export", headers=LEAD)).status_code == 404
    assert (await client.delete("/customers/cus-nobody", headers=ADMIN)).status_code == 404
    assert recorder.erasures == []


async def test_the_export_holds_both_channels_and_is_audited(
    desk: tuple[httpx.AsyncClient, TriageWorld, ErasureRecorder],
) -> None:
    client, world, _ = desk
    customer = await two_customers_merged(world)
    absorbed = next(e.customer_id for e in world.events() if e.customer_id != customer)
    # Asked by either id, the export is of the person: the merged customer included.
    for reference in (customer, absorbed):
        response = await client.get(f"/customers/{reference}/export", headers=LEAD)
        assert response.status_code == 200
        held = response.json()
        assert held["customer_id"] == customer
        assert {h["key"] for h in held["handles"]} >= {f"email:{ADDRESS}", "chat_visitor:v-zoe-91"}
        messages = [m for c in held["cases"] for m in c["messages"]]
        assert {m["channel"] for m in messages} == {"email", "chat"}
        assert all(WORDS in m["text"] for m in messages)
        assert len(held["merges"]) == 1
    audit = await database_of(world)["privacy_audit"].find({}).to_list()
    assert [(a["action"], a["by"], a["status"]) for a in audit] == [
        ("export", "lena.lead", "done"),
        ("export", "lena.lead", "done"),
    ]
    assert ADDRESS not in json.dumps(audit, default=str)


async def test_erasure_publishes_ids_then_leaves_only_anonymous_case_shells(
    desk: tuple[httpx.AsyncClient, TriageWorld, ErasureRecorder],
) -> None:
    client, world, recorder = desk
    customer = await two_customers_merged(world)
    db = database_of(world)
    numbers = {event.case_number for event in world.events()}
    assert ADDRESS in await everything(db)

    response = await client.delete(f"/customers/{customer}", headers=ADMIN)
    assert response.status_code == 200
    [erasure] = recorder.erasures
    assert len(erasure.customer_ids) == 2
    assert len(erasure.case_ids) == len(numbers)
    assert len(erasure.complaint_ids) == 2
    assert {d.channel.value for d in erasure.deliveries} == {"email", "chat"}
    assert ADDRESS not in erasure.model_dump_json()
    assert WORDS not in erasure.model_dump_json()

    stored = await everything(db)
    for trace in (ADDRESS, "v-zoe-91", WORDS, "blender 7731"):
        assert trace not in stored, trace
    shells = await db["cases"].find({}).to_list()
    assert {s["number"] for s in shells} == numbers
    assert {(s["customer_id"], s["status"]) for s in shells} == {("erased", "resolved")}
    assert (await client.get(f"/customers/{customer}/export", headers=LEAD)).status_code == 404
    assert (await client.delete(f"/customers/{customer}", headers=ADMIN)).status_code == 404
    audit = await db["privacy_audit"].find({"action": "erase"}).to_list()
    assert [(a["by"], a["role"], a["status"]) for a in audit] == [("root", "admin", "done")]
    assert audit[0]["counts"]["cases"] == len(numbers)


async def test_nothing_is_erased_when_the_erasure_cannot_be_published(
    desk: tuple[httpx.AsyncClient, TriageWorld, ErasureRecorder],
) -> None:
    client, world, recorder = desk
    customer = await two_customers_merged(world)
    recorder.down = True
    response = await client.delete(f"/customers/{customer}", headers=ADMIN)
    assert response.status_code == 503
    assert ADDRESS in await everything(database_of(world))
    recorder.down = False
    assert (await client.delete(f"/customers/{customer}", headers=ADMIN)).status_code == 200
    assert ADDRESS not in await everything(database_of(world))


POLICY = RetentionPolicy(
    messages=timedelta(days=180), closed_cases=timedelta(days=365), identities=timedelta(days=365)
)


async def test_the_retention_sweep_deletes_by_age_each_kind_of_data(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"), LEAD_AGENT))
    db = database_of(world)
    await world.parts.triage.on_complaint_received(email_from(ADDRESS, f"Hello, {WORDS}."))
    resolved = world.events()[-1].case_id
    await world.parts.desk.resolve(resolved, LEAD_USER, text="Refunded.", note=None)
    await world.parts.triage.on_complaint_received(
        chat_from("v-still-open", "My order 5521 is late and nobody tells me why.")
    )
    start = max(world.clock.now, utc_now())

    def sweep_at(later: timedelta) -> RetentionSweep:
        return RetentionSweep(store=MongoRetention(db), policy=POLICY, clock=lambda: start + later)

    # Inside every period, nothing goes.
    assert await sweep_at(timedelta(days=30)).sweep_once() == {
        "messages": 0,
        "closed_cases": 0,
        "customers": 0,
    }
    # The customers' texts live on their cases (issue 12: one document per case).
    texts = [t async for case in db["cases"].find({}) for t in case.get("messages", {})]
    assert len(texts) == 2

    # Past the message period only: texts go, cases and customers stay.
    done = await sweep_at(timedelta(days=200)).sweep_once()
    assert done == {"messages": 2, "closed_cases": 0, "customers": 0}
    assert await db["customers"].count_documents({}) == 2

    # Past every period: the resolved case is a shell, its customer gone; the open case and
    # its customer stay.
    done = await sweep_at(timedelta(days=400)).sweep_once()
    assert done == {"messages": 0, "closed_cases": 1, "customers": 1}
    stored = await everything(db)
    assert ADDRESS not in stored
    assert "v-still-open" in stored
    shell = await db["cases"].find_one({"_id": str(resolved)})
    assert shell is not None
    assert shell["customer_id"] == "erased"
    assert await db["identity_keys"].count_documents({"customer_id": {"$ne": "erased"}}) >= 1
    # The kept customer is not looked at again every sweep.
    assert (await sweep_at(timedelta(days=400, hours=1)).sweep_once())["customers"] == 0
