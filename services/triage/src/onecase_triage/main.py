"""Triage's composition root: the only place that names concrete classes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from onecase_shared.events import AgentRefV1, ComplaintReceivedV1, Topic
from onecase_shared.kafka import (
    KafkaEventPublisher,
    RetryPolicy,
    ensure_topics,
    make_broker,
    subscribe_reliably,
)
from onecase_shared.mongo import create_mongo_client, ensure_indexes, mongo_readiness
from onecase_shared.service_app import build_service_app
from onecase_triage.adapters.kafka_case_publisher import KafkaCaseEventPublisher
from onecase_triage.adapters.mongo_case_store import INDEXES, MongoCaseStore
from onecase_triage.config import TriageSettings
from onecase_triage.service import ComplaintTriage

TOPICS = (Topic.COMPLAINTS, Topic.COMPLAINTS.dlq(), Topic.CASES)


def create_app(settings: TriageSettings | None = None) -> FastAPI:
    """Wire triage: complaints in, cases with one owner out."""
    settings = settings or TriageSettings()
    registry = CollectorRegistry()
    broker = make_broker(settings.kafka, client_id="onecase-triage", registry=registry)
    publisher = KafkaEventPublisher(broker, timeout_s=settings.kafka.publish_timeout_s)
    mongo = create_mongo_client(settings.mongo)
    db = mongo[settings.mongo.database]
    triage = ComplaintTriage(
        store=MongoCaseStore(db),
        publisher=KafkaCaseEventPublisher(publisher),
        default_owner=AgentRefV1(
            agent_id=settings.default_agent_id,
            display_name=settings.default_agent_name,
            email=settings.default_agent_email,
        ),
    )
    subscribe_reliably(
        broker,
        topic=Topic.COMPLAINTS,
        group_id=settings.triage_group,
        model=ComplaintReceivedV1,
        handle=triage.on_complaint_received,
        publisher=publisher,
        policy=RetryPolicy(
            max_attempts=settings.kafka.consumer_max_attempts,
            backoff_s=settings.kafka.consumer_retry_backoff_s,
        ),
        registry=registry,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await ensure_indexes(db, INDEXES)
        await ensure_topics(settings.kafka, TOPICS)
        await broker.start()
        try:
            yield
        finally:
            await broker.stop()
            await mongo.close()

    return build_service_app(
        title="Onecase triage",
        lifespan=lifespan,
        registry=registry,
        readiness={"kafka": lambda: broker.ping(timeout=2.0), "mongo": mongo_readiness(db)},
    )
