"""Intake's delivery log on the real MongoDB-wire server: one insert per new delivery, claims
that only count as published when their holder vouches for them, bounded by age."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from prometheus_client import CollectorRegistry
from pymongo.asynchronous.database import AsyncDatabase

from onecase_intake.adapters.mongo_delivery_log import INDEXES, MongoDeliveryLog
from onecase_intake.ports import Claim
from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import utc_now
from onecase_shared.mongo import Document, create_mongo_client, ensure_indexes
from onecase_shared.settings import MongoSettings

pytestmark = pytest.mark.integration


@pytest.fixture
async def counted_db(
    mongo: Endpoint,
) -> AsyncIterator[tuple[AsyncDatabase[Document], CollectorRegistry]]:
    registry = CollectorRegistry()
    client = create_mongo_client(MongoSettings(uri=mongo.address), registry=registry)
    db = client[f"intake_test_{uuid.uuid4().hex[:8]}"]
    await ensure_indexes(db, INDEXES)
    try:
        yield db, registry
    finally:
        await client.drop_database(db.name)
        await client.close()


def commands(registry: CollectorRegistry) -> dict[str, float]:
    return {
        sample.labels["command"]: sample.value
        for metric in registry.collect()
        if metric.name == "onecase_mongo_commands"
        for sample in metric.samples
        if sample.name.endswith("_total")
    }


async def test_a_new_delivery_costs_one_insert_and_a_replay_publishes_nothing(
    counted_db: tuple[AsyncDatabase[Document], CollectorRegistry],
) -> None:
    db, registry = counted_db
    log = MongoDeliveryLog(db)
    before = commands(registry)
    assert await log.claim("email:msg_1") is Claim.NEW
    await log.settle("email:msg_1", published=True)
    after = commands(registry)
    spent = {k: v - before.get(k, 0.0) for k, v in after.items() if v != before.get(k, 0.0)}
    assert spent == {"insert": 1.0}

    assert await log.claim("email:msg_1") is Claim.PUBLISHED
    assert await db["intake_deliveries"].count_documents({}) == 1


async def test_concurrent_claims_of_one_delivery_keep_one_claim(
    counted_db: tuple[AsyncDatabase[Document], CollectorRegistry],
) -> None:
    db, _ = counted_db
    instances = [MongoDeliveryLog(db) for _ in range(5)]
    claims = await asyncio.gather(*(log.claim("x:sha256:abc") for log in instances * 4))
    assert claims.count(Claim.NEW) == 1
    assert await db["intake_deliveries"].count_documents({}) == 1


async def test_a_claim_whose_holder_died_before_kafka_acked_is_published_again(
    counted_db: tuple[AsyncDatabase[Document], CollectorRegistry],
) -> None:
    db, _ = counted_db
    crashed, survivor = MongoDeliveryLog(db), MongoDeliveryLog(db)
    assert await crashed.claim("chat:msg_9") is Claim.NEW
    await crashed.checkpoint()  # its watermark is stored, but stays below the unsettled claim
    assert await survivor.claim("chat:msg_9") is Claim.UNCONFIRMED
    # The survivor took the claim over: once it vouches for it, replays are duplicates.
    await survivor.settle("chat:msg_9", published=True)
    await survivor.checkpoint()
    assert await MongoDeliveryLog(db).claim("chat:msg_9") is Claim.PUBLISHED


async def test_another_instance_trusts_a_claim_only_after_its_holder_checkpoints(
    counted_db: tuple[AsyncDatabase[Document], CollectorRegistry],
) -> None:
    db, _ = counted_db
    first, second, third = MongoDeliveryLog(db), MongoDeliveryLog(db), MongoDeliveryLog(db)
    assert await first.claim("x:1") is Claim.NEW
    await first.settle("x:1", published=True)
    assert await second.claim("x:1") is Claim.UNCONFIRMED
    await second.settle("x:1", published=True)
    await second.checkpoint()
    assert await third.claim("x:1") is Claim.PUBLISHED


async def test_a_claim_given_back_after_a_failed_publish_leaves_the_retry_new(
    counted_db: tuple[AsyncDatabase[Document], CollectorRegistry],
) -> None:
    db, _ = counted_db
    log = MongoDeliveryLog(db)
    assert await log.claim("email:msg_2") is Claim.NEW
    await log.settle("email:msg_2", published=False)
    assert await db["intake_deliveries"].count_documents({}) == 0
    assert await MongoDeliveryLog(db).claim("email:msg_2") is Claim.NEW


async def test_old_ids_are_pruned(
    counted_db: tuple[AsyncDatabase[Document], CollectorRegistry],
) -> None:
    db, _ = counted_db
    log = MongoDeliveryLog(db)
    assert await log.claim("x:sha256:old") is Claim.NEW
    await log.settle("x:sha256:old", published=True)
    await log.checkpoint()
    removed = await log.forget_older_than(timedelta(days=7), now=utc_now() + timedelta(days=8))
    assert removed == 1
    assert await db["intake_delivery_holders"].count_documents({}) == 0
    assert await MongoDeliveryLog(db).claim("x:sha256:old") is Claim.NEW


async def test_claims_arriving_together_share_one_insert_and_each_gets_its_own_answer(
    counted_db: tuple[AsyncDatabase[Document], CollectorRegistry],
) -> None:
    db, registry = counted_db
    earlier = MongoDeliveryLog(db)
    for n in range(0, 50, 10):
        assert await earlier.claim(f"email:msg_{n}") is Claim.NEW
    log = MongoDeliveryLog(db)
    before = commands(registry).get("insert", 0.0)
    claims = await asyncio.gather(*(log.claim(f"email:msg_{n}") for n in range(50)))
    assert commands(registry)["insert"] - before == 1
    fresh = [n for n, claim in enumerate(claims) if claim is Claim.NEW]
    assert fresh == [n for n in range(50) if n % 10]
    assert await db["intake_deliveries"].count_documents({}) == 50
