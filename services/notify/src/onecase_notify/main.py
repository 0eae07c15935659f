"""Notify's composition root: the only place that names concrete classes."""

from __future__ import annotations

import os
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from onecase_notify.adapters.kafka_notification_publisher import KafkaNotificationPublisher
from onecase_notify.adapters.mongo_outbox import MongoOutbox
from onecase_notify.adapters.smtp_sender import SmtpSender
from onecase_notify.config import NotifySettings
from onecase_notify.service import CaseNotifier
from onecase_shared.events import CaseEventV1, Channel, Topic, utc_now
from onecase_shared.kafka import (
    KafkaEventPublisher,
    RetryPolicy,
    ensure_topics,
    make_broker,
    subscribe_reliably,
)
from onecase_shared.mongo import create_mongo_client, mongo_readiness
from onecase_shared.service_app import build_service_app

TOPICS = (Topic.CASES, Topic.CASES.dlq(), Topic.NOTIFICATIONS)


def create_app(settings: NotifySettings | None = None) -> FastAPI:
    """Wire notify: case events in, one acknowledgment per case out."""
    settings = settings or NotifySettings()
    registry = CollectorRegistry()
    broker = make_broker(settings.kafka, client_id="onecase-notify", registry=registry)
    publisher = KafkaEventPublisher(broker, timeout_s=settings.kafka.publish_timeout_s)
    mongo = create_mongo_client(settings.mongo)
    db = mongo[settings.mongo.database]
    notifier = CaseNotifier(
        outbox=MongoOutbox(db, instance_id=f"{socket.gethostname()}:{os.getpid()}"),
        senders={
            Channel.EMAIL: SmtpSender(
                host=settings.smtp_host,
                port=settings.smtp_port,
                sender=settings.smtp_from,
                reply_domain=settings.reply_domain,
            )
        },
        publisher=KafkaNotificationPublisher(publisher),
        clock=utc_now,
        lease_s=settings.send_lease_s,
        first_update_in=timedelta(hours=settings.first_update_hours),
    )
    subscribe_reliably(
        broker,
        topic=Topic.CASES,
        group_id=settings.notify_group,
        model=CaseEventV1,
        handle=notifier.on_case_event,
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
            await mongo.close()

    return build_service_app(
        title="Onecase notify",
        lifespan=lifespan,
        registry=registry,
        readiness={"kafka": lambda: broker.ping(timeout=2.0), "mongo": mongo_readiness(db)},
    )
