"""Notify's composition root: the only place that names concrete classes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import httpx
from fastapi import FastAPI
from prometheus_client import CollectorRegistry, Counter

from onecase_notify.adapters.kafka_notification_publisher import KafkaNotificationPublisher
from onecase_notify.adapters.mongo_case_sequences import MongoCaseSequences
from onecase_notify.adapters.mongo_notify_privacy import INDEXES, MongoNotifyPrivacy
from onecase_notify.adapters.mongo_outbox import MongoOutbox
from onecase_notify.adapters.provider_http import ProviderHttp
from onecase_notify.adapters.provider_senders import (
    ChatSender,
    FacebookSender,
    IntercomSender,
    XSender,
)
from onecase_notify.adapters.smtp_sender import SmtpSender
from onecase_notify.config import NotifySettings, SmtpSecurity
from onecase_notify.delivery_metrics import CountingNotificationPublisher, timed_senders
from onecase_notify.domain.delivery_plan import ChannelWindows, Route
from onecase_notify.domain.message_composer import MessageComposer
from onecase_notify.ports import ChannelSender
from onecase_notify.privacy import NotifyPrivacy
from onecase_notify.service import CaseNotifier
from onecase_shared.events import CaseEventV1, CustomerErasedV1, Topic, utc_now
from onecase_shared.kafka import (
    KafkaEventPublisher,
    RetryPolicy,
    ensure_topics,
    make_broker,
    subscribe_reliably,
)
from onecase_shared.mongo import create_mongo_client, ensure_indexes, mongo_readiness
from onecase_shared.service_app import build_service_app
from onecase_shared.service_metrics import refreshing, service_gauges

TOPICS = (Topic.CASES, Topic.CASES.dlq(), Topic.NOTIFICATIONS, Topic.PRIVACY, Topic.PRIVACY.dlq())


def smtp_tls_context(settings: NotifySettings) -> ssl.SSLContext | None:
    """The context that verifies the mail relay: its CA file, or the system's trust store."""
    if settings.smtp_security is SmtpSecurity.NONE:
        return None
    cafile = str(settings.smtp_ca_file) if settings.smtp_ca_file else None
    return ssl.create_default_context(cafile=cafile)


def senders_for(settings: NotifySettings, http: ProviderHttp) -> dict[Route, ChannelSender]:
    """One sender per provider route, configured from settings."""
    smtp = SmtpSender(
        host=settings.smtp_host,
        port=settings.smtp_port,
        sender=settings.smtp_from,
        reply_domain=settings.reply_domain,
        per_second=settings.smtp_per_second,
        max_attempts=settings.send_max_attempts,
        backoff_s=settings.send_backoff_s,
        implicit_tls=settings.smtp_security is SmtpSecurity.TLS,
        starttls=settings.smtp_security is SmtpSecurity.STARTTLS,
        username=settings.smtp_username or None,
        password=settings.smtp_password.get_secret_value(),
        tls_context=smtp_tls_context(settings),
    )
    x = XSender(
        http=http,
        base_url=settings.x_api_base,
        bearer_token=settings.x_bearer_token.get_secret_value(),
    )
    facebook = FacebookSender(
        http=http,
        base_url=settings.graph_api_base,
        version=settings.graph_api_version,
        page_token=settings.meta_page_access_token.get_secret_value(),
    )
    intercom = IntercomSender(
        http=http,
        base_url=settings.intercom_api_base,
        token=settings.intercom_access_token.get_secret_value(),
        admin_id=settings.intercom_admin_id,
    )
    chat = ChatSender(
        http=http,
        base_url=settings.chat_api_base,
        secret=settings.chat_api_secret.get_secret_value(),
    )
    return {
        Route.EMAIL: smtp,
        Route.X_REPLY: x,
        Route.X_DM: x,
        Route.FACEBOOK_COMMENT_REPLY: facebook,
        Route.FACEBOOK_PRIVATE_REPLY: facebook,
        Route.MESSENGER: facebook,
        Route.INTERCOM: intercom,
        Route.CHAT: chat,
    }


def create_app(settings: NotifySettings | None = None) -> FastAPI:
    """Wire notify: case events in, every message they owe the customer out, once."""
    settings = settings or NotifySettings()
    registry = CollectorRegistry()
    broker = make_broker(settings.kafka, client_id="onecase-notify", registry=registry)
    publisher = KafkaEventPublisher(broker, timeout_s=settings.kafka.publish_timeout_s)
    mongo = create_mongo_client(settings.mongo, registry=registry)
    db = mongo[settings.mongo.database]
    client = httpx.AsyncClient(timeout=httpx.Timeout(15.0), trust_env=False)
    http = ProviderHttp(
        client=client,
        limits_per_s=settings.provider_rate_limits,
        max_attempts=settings.send_max_attempts,
        backoff_s=settings.send_backoff_s,
        max_retry_after_s=settings.max_retry_after_s,
    )
    stale = Counter(
        "onecase_notify_stale_case_events",
        "Case events skipped because their case had already applied a later sequence.",
        ["kind"],
        registry=registry,
    )
    notifier = CaseNotifier(
        outbox=MongoOutbox(db, instance_id=f"{socket.gethostname()}:{os.getpid()}"),
        sequences=MongoCaseSequences(db),
        on_stale=lambda event: stale.labels(event.kind.value).inc(),
        senders=timed_senders(senders_for(settings, http), registry),
        composer=MessageComposer(),
        publisher=CountingNotificationPublisher(KafkaNotificationPublisher(publisher), registry),
        clock=utc_now,
        lease_s=settings.send_lease_s,
        send_timeout_s=settings.send_timeout_s,
        windows=ChannelWindows(messenger=timedelta(hours=settings.messenger_window_hours)),
        desk_url=settings.desk_url,
        x_account_id=settings.x_account_id or None,
    )
    privacy = NotifyPrivacy(
        records=MongoNotifyPrivacy(db),
        notify=notifier.on_case_event,
        retention=timedelta(days=settings.retention.outbox_days),
        clock=utc_now,
        # MongoNotifyPrivacy.forget_cases moves an erased case's sequence past every event:
        # MongoCaseSequences.advance refuses its events, so no read per event is needed.
        check_erased=False,
    )
    subscribe_reliably(
        broker,
        topic=Topic.CASES,
        group_id=settings.notify_group,
        model=CaseEventV1,
        handle=privacy.on_case_event,
        publisher=publisher,
        policy=RetryPolicy(
            max_attempts=settings.kafka.consumer_max_attempts,
            backoff_s=settings.kafka.consumer_retry_backoff_s,
        ),
        registry=registry,
    )

    subscribe_reliably(
        broker,
        topic=Topic.PRIVACY,
        group_id=f"{settings.notify_group}-privacy",
        model=CustomerErasedV1,
        handle=privacy.on_customer_erased,
        publisher=publisher,
        policy=RetryPolicy(
            max_attempts=settings.kafka.consumer_max_attempts,
            backoff_s=settings.kafka.consumer_retry_backoff_s,
            max_retry_s=settings.kafka.max_retry_seconds,
        ),
        registry=registry,
    )

    readiness = {"kafka": lambda: broker.ping(timeout=2.0), "mongo": mongo_readiness(db)}
    gauges = service_gauges(
        registry,
        kafka=settings.kafka,
        groups={
            settings.notify_group: Topic.CASES,
            f"{settings.notify_group}-privacy": Topic.PRIVACY,
        },
        readiness=readiness,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await ensure_indexes(db, INDEXES)
        await ensure_topics(settings.kafka, TOPICS, retention=settings.retention)
        await broker.start()
        retaining = asyncio.create_task(privacy.run_forever(settings.retention.sweep_interval_s))
        try:
            async with refreshing(gauges, settings.metrics_refresh_s):
                yield
        finally:
            retaining.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await retaining
            await broker.stop()
            await client.aclose()
            await mongo.close()

    return build_service_app(
        title="Onecase notify",
        lifespan=lifespan,
        registry=registry,
        readiness=readiness,
    )
