"""Intake's composition root: the only place that names concrete classes."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog
from fastapi import FastAPI
from prometheus_client import CollectorRegistry
from pymongo.errors import PyMongoError

from onecase_intake.adapters.mongo_delivery_log import INDEXES, MongoDeliveryLog
from onecase_intake.config import IntakeSettings
from onecase_intake.metrics import IntakeMetrics
from onecase_intake.ports import DeliveryLogUnavailableError
from onecase_intake.service import DeliveryIntake
from onecase_intake.webhooks.body_limits import InflightBodyBudget
from onecase_intake.webhooks.pipeline import WebhookEdge
from onecase_intake.webhooks.routes import add_webhook_routes
from onecase_shared.auth_failures import AuthFailureLimiter
from onecase_shared.events import Topic
from onecase_shared.kafka import ProducerEventPublisher, ensure_topics
from onecase_shared.mongo import create_mongo_client, ensure_indexes
from onecase_shared.periodic import repeat_every
from onecase_shared.service_app import build_service_app
from onecase_shared.service_metrics import refreshing, service_gauges

TOPICS = (Topic.INTAKE_RAW, Topic.INTAKE_RAW.dlq())
# How often the delivery log's watermark is stored: a replay within this long of the first
# delivery, on another intake instance, is published again (harmless downstream).
CHECKPOINT_EVERY_S = 1.0

log = structlog.get_logger(__name__)


def create_app(settings: IntakeSettings | None = None) -> FastAPI:
    """Wire intake's HTTP edge: webhooks publish raw deliveries (the normalizer is its own process)."""
    settings = settings or IntakeSettings()
    registry = CollectorRegistry()
    metrics = IntakeMetrics(registry)
    # It only publishes: a bare producer, without a FastStream broker's per-message machinery.
    publisher = ProducerEventPublisher(settings.kafka, client_id="onecase-intake")
    mongo = create_mongo_client(settings.mongo, registry=registry)
    db = mongo[settings.mongo.database]
    deliveries = MongoDeliveryLog(db)
    intake = DeliveryIntake(publisher=publisher, deliveries=deliveries, metrics=metrics)

    async def checkpoint_delivery_log() -> None:
        await repeat_every(
            CHECKPOINT_EVERY_S,
            deliveries.checkpoint,
            name="delivery log checkpoint",
            retry_on=(DeliveryLogUnavailableError,),
            wait_first=True,
        )

    # Only Kafka: without Mongo, intake still accepts (it only loses edge deduplication).
    readiness = {"kafka": publisher.ping}
    gauges = service_gauges(
        registry,
        kafka=settings.kafka,
        groups={},  # intake's HTTP process consumes nothing: the normalizer reports its lag
        readiness=readiness,
        counted_topics=(Topic.INTAKE_QUARANTINE,),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The delivery log only saves work, so a Mongo outage must not keep intake down.
        with contextlib.suppress(PyMongoError):
            await ensure_indexes(db, INDEXES)
        await ensure_topics(settings.kafka, TOPICS, retention=settings.retention)
        await publisher.start()
        checkpoints = asyncio.create_task(checkpoint_delivery_log())
        try:
            async with refreshing(gauges, settings.metrics_refresh_s):
                yield
        finally:
            checkpoints.cancel()
            await publisher.stop()
            with contextlib.suppress(DeliveryLogUnavailableError):
                await deliveries.checkpoint()
            await mongo.close()

    app = build_service_app(
        title="Onecase intake",
        lifespan=lifespan,
        registry=registry,
        readiness=readiness,
    )
    edge = WebhookEdge(
        intake,
        metrics,
        bodies=InflightBodyBudget(settings.max_inflight_body_bytes),
        auth_failures=AuthFailureLimiter(
            limit=settings.auth_failure_limit,
            window_s=settings.auth_failure_window_s,
            registry=registry,
        ),
    )
    add_webhook_routes(app.router, settings, edge)
    return app
