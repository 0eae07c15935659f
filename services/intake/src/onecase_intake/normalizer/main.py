"""The normalizer's composition root: raw deliveries in, complaints (or quarantine) out.

It also does intake's background duties that need no HTTP: forgetting an erased customer's
delivery ids, and pruning the delivery log by age.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import structlog
from fastapi import FastAPI
from prometheus_client import CollectorRegistry
from pymongo.errors import PyMongoError

from onecase_intake.adapters.mongo_delivery_log import INDEXES, MongoDeliveryLog
from onecase_intake.adapters.normalizer_pool import ProcessPoolNormalizer
from onecase_intake.config import NormalizerSettings
from onecase_intake.metrics import IntakeMetrics
from onecase_intake.privacy import IntakePrivacy
from onecase_intake.service import DeliveryIntake, NoDeliveryLog
from onecase_shared.events import CustomerErasedV1, RawDeliveryReceivedV1, Topic
from onecase_shared.kafka import (
    KafkaEventPublisher,
    RetryPolicy,
    ensure_topics,
    make_broker,
    subscribe_reliably,
)
from onecase_shared.mongo import create_mongo_client, ensure_indexes
from onecase_shared.periodic import repeat_every
from onecase_shared.service_app import build_service_app
from onecase_shared.service_metrics import refreshing, service_gauges

TOPICS = (
    Topic.INTAKE_RAW,
    Topic.INTAKE_RAW.dlq(),
    Topic.INTAKE_QUARANTINE,
    Topic.COMPLAINTS,
    Topic.PRIVACY,
    Topic.PRIVACY.dlq(),
)
PRUNE_EVERY_S = 3600.0

log = structlog.get_logger(__name__)


def create_app(settings: NormalizerSettings | None = None) -> FastAPI:
    """Wire the normalizer: consumers of raw deliveries and erasures, health and metrics."""
    settings = settings or NormalizerSettings()
    registry = CollectorRegistry()
    broker = make_broker(settings.kafka, client_id="onecase-intake-normalizer", registry=registry)
    publisher = KafkaEventPublisher(broker, timeout_s=settings.kafka.publish_timeout_s)
    mongo = create_mongo_client(settings.mongo, registry=registry)
    db = mongo[settings.mongo.database]
    deliveries = MongoDeliveryLog(db)
    normalizer = ProcessPoolNormalizer(
        workers=settings.normalize_workers, budget_s=settings.normalize_budget_s
    )
    intake = DeliveryIntake(
        publisher=publisher,
        deliveries=NoDeliveryLog(),
        metrics=IntakeMetrics(registry),
        normalizer=normalizer,
    )
    subscribe_reliably(
        broker,
        topic=Topic.INTAKE_RAW,
        group_id=settings.normalizer_group,
        model=RawDeliveryReceivedV1,
        handle=intake.normalize,
        publisher=publisher,
        policy=RetryPolicy(
            max_attempts=settings.kafka.consumer_max_attempts,
            backoff_s=settings.kafka.consumer_retry_backoff_s,
            max_retry_s=settings.kafka.max_retry_seconds,
        ),
        registry=registry,
    )
    subscribe_reliably(
        broker,
        topic=Topic.PRIVACY,
        group_id=f"{settings.normalizer_group}-privacy",
        model=CustomerErasedV1,
        handle=IntakePrivacy(deliveries=deliveries).on_customer_erased,
        publisher=publisher,
        policy=RetryPolicy(
            max_attempts=settings.kafka.consumer_max_attempts,
            backoff_s=settings.kafka.consumer_retry_backoff_s,
        ),
        registry=registry,
    )

    async def prune_delivery_log() -> None:
        retention = timedelta(days=settings.dedupe_retention_days)

        async def prune_once() -> None:
            removed = await deliveries.forget_older_than(retention)
            log.info("delivery log pruned", count=removed)

        await repeat_every(
            PRUNE_EVERY_S, prune_once, name="delivery log pruning", retry_on=(PyMongoError,)
        )

    readiness = {"kafka": lambda: broker.ping(timeout=2.0)}
    gauges = service_gauges(
        registry,
        kafka=settings.kafka,
        groups={
            settings.normalizer_group: Topic.INTAKE_RAW,
            f"{settings.normalizer_group}-privacy": Topic.PRIVACY,
        },
        readiness=readiness,
        counted_topics=(Topic.INTAKE_QUARANTINE,),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        with contextlib.suppress(PyMongoError):
            await ensure_indexes(db, INDEXES)
        await ensure_topics(settings.kafka, TOPICS, retention=settings.retention)
        await normalizer.start()
        await broker.start()
        pruning = asyncio.create_task(prune_delivery_log())
        try:
            async with refreshing(gauges, settings.metrics_refresh_s):
                yield
        finally:
            pruning.cancel()
            await broker.stop()
            await mongo.close()
            normalizer.close()

    return build_service_app(
        title="Onecase intake normalizer",
        lifespan=lifespan,
        registry=registry,
        readiness=readiness,
    )
