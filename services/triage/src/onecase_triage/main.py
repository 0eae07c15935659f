"""Triage's process: the Kafka broker, the Mongo client and the HTTP app around its components.

The object graph itself is built in `components.py`, the composition root; this module adds the
framework around it (subscriptions, lifespan, routes) and turns settings into rules.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI
from prometheus_client import CollectorRegistry
from pymongo.errors import PyMongoError

from onecase_shared.auth_failures import AuthFailureLimiter
from onecase_shared.events import (
    ComplaintReceivedV1,
    NotificationFailedV1,
    NotificationSentV1,
    Topic,
    utc_now,
)
from onecase_shared.kafka import (
    EventHandler,
    KafkaEventPublisher,
    RetryPolicy,
    ensure_topics,
    make_broker,
    subscribe_reliably,
)
from onecase_shared.mongo import create_mongo_client, ensure_indexes, mongo_readiness
from onecase_shared.service_app import build_service_app
from onecase_shared.service_metrics import refreshing, service_gauges
from onecase_triage.adapters.kafka_case_publisher import KafkaCaseEventPublisher
from onecase_triage.adapters.kafka_privacy_publisher import KafkaErasurePublisher
from onecase_triage.case_metrics import CountingCaseEventPublisher, case_stats_source
from onecase_triage.components import INDEXES, build_components, build_stewardship
from onecase_triage.config import TriageSettings
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk.customer_routes import mount_customer_privacy
from onecase_triage.desk.dependencies import wire_desk
from onecase_triage.desk.routes import mount_desk
from onecase_triage.desk_ui.live import CaseFeed, feed_from_kafka
from onecase_triage.desk_ui.triage_gateway import TriageDeskGateway
from onecase_triage.desk_ui.web import mount_desk_ui
from onecase_triage.domain.business_hours import ALWAYS_OPEN
from onecase_triage.domain.identity_evidence import EvidencePolicy
from onecase_triage.domain.judgment_model import load_judgment
from onecase_triage.domain.lead_alerts import parse_lead_alerts
from onecase_triage.domain.personal_data import RetentionPolicy
from onecase_triage.domain.roster import Agent, Roster, load_roster_file
from onecase_triage.domain.triage_rules import TriageRules

# Every topic triage reads has its dead-letter topic created with it.
TOPICS = (
    Topic.COMPLAINTS,
    Topic.COMPLAINTS.dlq(),
    Topic.CASES,
    Topic.NOTIFICATIONS,
    Topic.NOTIFICATIONS.dlq(),
    Topic.PRIVACY,
)


def roster_of(settings: TriageSettings) -> Roster:
    """The roster file's agents and teams, or one always-on generalist without a file."""
    if settings.roster_file is not None:
        return load_roster_file(settings.roster_file)
    return Roster(
        agents=(
            Agent(
                agent_id=settings.default_agent_id,
                display_name=settings.default_agent_name,
                email=settings.default_agent_email,
                capacity=200,
                shift=ALWAYS_OPEN,
            ),
        )
    )


def retention_policy_of(settings: TriageSettings) -> RetentionPolicy:
    """How long triage keeps messages, closed cases and customers, from settings."""
    return RetentionPolicy(
        messages=timedelta(days=settings.retention.messages_days),
        closed_cases=timedelta(days=settings.retention.closed_cases_days),
        identities=timedelta(days=settings.retention.identities_days),
    )


def rules_of(settings: TriageSettings, roster: Roster) -> TriageRules:
    """Triage's tunable rules from settings, with each team's business hours."""
    return TriageRules(
        reopen_window=timedelta(hours=settings.reopen_window_hours),
        other_issue_min_confidence=settings.other_issue_min_confidence,
        angry_exchanges_before_flag=settings.angry_exchanges_before_flag,
        off_shift_grace=timedelta(minutes=settings.off_shift_grace_minutes),
        follow_up_after=timedelta(hours=settings.follow_up_after_hours),
        lead_follow_up_after=timedelta(hours=settings.lead_follow_up_hours),
        urgency_weights=settings.urgency_weights,
        judgment=load_judgment(settings.judgment_file),
        routing_weights=settings.routing_weights,
        sla_policy=settings.sla_policy,
        team_hours={team.name: team.hours for team in roster.teams},
        escalation_contacts=roster.escalation_contacts(),
        head_of_support=roster.head_of_support,
        lead_alerts=parse_lead_alerts(settings.lead_alerts),
    )


def create_app(settings: TriageSettings | None = None) -> FastAPI:
    """Wire triage: complaints in, cases with one owner out, and the desk API."""
    settings = settings or TriageSettings()
    roster = roster_of(settings)
    rules = rules_of(settings, roster)
    registry = CollectorRegistry()
    broker = make_broker(settings.kafka, client_id="onecase-triage", registry=registry)
    publisher = KafkaEventPublisher(broker, timeout_s=settings.kafka.publish_timeout_s)
    mongo = create_mongo_client(settings.mongo, registry=registry)
    db = mongo[settings.mongo.database]

    parts = build_components(
        db,
        publisher=CountingCaseEventPublisher(KafkaCaseEventPublisher(publisher), registry),
        rules=rules,
        evidence=EvidencePolicy(
            own_email_domains=frozenset(settings.own_email_domains.lower().split()),
            default_phone_region=settings.default_phone_region,
        ),
    )
    policy = RetryPolicy(
        max_attempts=settings.kafka.consumer_max_attempts,
        backoff_s=settings.kafka.consumer_retry_backoff_s,
        max_retry_s=settings.kafka.max_retry_seconds,
    )
    subscribe_reliably(
        broker,
        topic=Topic.COMPLAINTS,
        group_id=settings.triage_group,
        model=ComplaintReceivedV1,
        handle=parts.triage.on_complaint_received,
        publisher=publisher,
        policy=policy,
        registry=registry,
    )
    # Sent and failed notifications share one consumer: one fetch and one commit per batch.
    # (The group that read failed ones alone, `<triage group>-failed`, is no longer used.)
    subscribe_reliably(
        broker,
        topic=Topic.NOTIFICATIONS,
        group_id=f"{settings.triage_group}-sent",
        model=NotificationSentV1,
        handle=parts.sent.on_notification_sent,
        also=[EventHandler(NotificationFailedV1, parts.sent.on_notification_failed)],
        publisher=publisher,
        policy=policy,
        registry=registry,
    )

    stewardship = build_stewardship(
        db,
        erasures=KafkaErasurePublisher(publisher),
        retention=retention_policy_of(settings),
    )

    readiness = {"kafka": lambda: broker.ping(timeout=2.0), "mongo": mongo_readiness(db)}
    gauges = service_gauges(
        registry,
        kafka=settings.kafka,
        groups={
            settings.triage_group: Topic.COMPLAINTS,
            f"{settings.triage_group}-sent": Topic.NOTIFICATIONS,
        },
        readiness=readiness,
        extra={"cases": case_stats_source(stewardship.stats, utc_now)},
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await ensure_indexes(db, INDEXES)
        await parts.roster.seed(roster.agents)
        await ensure_topics(settings.kafka, TOPICS, retention=settings.retention)
        await broker.start()
        sweeping = asyncio.create_task(parts.sweeps.run_forever(settings.sweep_interval_s))
        retaining = asyncio.create_task(
            stewardship.retention.run_forever(settings.retention.sweep_interval_s)
        )
        try:
            async with refreshing(gauges, settings.metrics_refresh_s):
                yield
        finally:
            for task in (sweeping, retaining):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await broker.stop()
            with contextlib.suppress(PyMongoError):  # else the sweep publishes them again
                await parts.cases.flush_marks()
            await mongo.close()

    app = build_service_app(
        title="Onecase triage",
        lifespan=lifespan,
        registry=registry,
        readiness=readiness,
    )
    tokens = TokenTable(settings.desk_tokens.get_secret_value())
    auth_failures = AuthFailureLimiter(
        limit=settings.auth_failure_limit,
        window_s=settings.auth_failure_window_s,
        registry=registry,
    )
    wire_desk(app, tokens=tokens, auth_failures=auth_failures)
    mount_desk(app, parts=parts, tokens=tokens)
    mount_customer_privacy(app, stewardship.privacy, tokens=tokens)
    feed = CaseFeed()
    feed_from_kafka(broker, feed, settings.kafka)
    mount_desk_ui(
        app,
        gateway=TriageDeskGateway(parts),
        tokens=tokens,
        desk_tokens=settings.desk_tokens.get_secret_value(),
        limiter=auth_failures,
        feed=feed,
        kafka=settings.kafka,
        services={
            "intake": settings.intake_url,
            "triage": f"http://127.0.0.1:{settings.triage_port}",
            "notify": settings.notify_url,
        },
        clock=utc_now,
    )
    return app
