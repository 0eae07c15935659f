"""Intake's composition root: the only place that names concrete classes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from onecase_intake.config import IntakeSettings
from onecase_intake.service import DeliveryIntake
from onecase_intake.webhooks.email_raw import build_email_raw_router
from onecase_shared.events import RawDeliveryReceivedV1, Topic
from onecase_shared.kafka import (
    KafkaEventPublisher,
    RetryPolicy,
    ensure_topics,
    make_broker,
    subscribe_reliably,
)
from onecase_shared.service_app import build_service_app

TOPICS = (
    Topic.INTAKE_RAW,
    Topic.INTAKE_RAW.dlq(),
    Topic.INTAKE_QUARANTINE,
    Topic.COMPLAINTS,
)


def create_app(settings: IntakeSettings | None = None) -> FastAPI:
    """Wire intake: webhooks publish raw deliveries; a consumer normalizes them."""
    settings = settings or IntakeSettings()
    registry = CollectorRegistry()
    broker = make_broker(settings.kafka, client_id="onecase-intake", registry=registry)
    publisher = KafkaEventPublisher(broker, timeout_s=settings.kafka.publish_timeout_s)
    intake = DeliveryIntake(publisher=publisher)
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
        ),
        registry=registry,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await ensure_topics(settings.kafka, TOPICS)
        await broker.start()
        try:
            yield
        finally:
            await broker.stop()

    app = build_service_app(
        title="Onecase intake",
        lifespan=lifespan,
        registry=registry,
        readiness={"kafka": lambda: broker.ping(timeout=2.0)},
    )
    app.include_router(build_email_raw_router(settings, intake))
    return app
