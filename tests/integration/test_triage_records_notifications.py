"""Triage's one consumer of the notifications topic keeps sent and failed messages alike."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import (
    Channel,
    NotificationFailedV1,
    NotificationKind,
    NotificationSentV1,
    Topic,
    utc_now,
)
from tests.integration.conftest import RunningServices, service_env
from tests.integration.test_notify_invariants import publish

pytestmark = pytest.mark.integration


async def sent_messages_of(uri: str, database: str, case_id: uuid.UUID) -> list[dict[str, Any]]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri)
    try:
        found = await client[database]["sent_messages"].find({"case_id": str(case_id)}).to_list()
        return sorted(found, key=lambda document: str(document["_id"]))
    finally:
        await client.close()


def test_a_sent_and_a_failed_notification_are_both_kept_on_their_case(
    kafka: Endpoint, mongo: Endpoint, tmp_path: Path
) -> None:
    env = service_env(kafka.address, mongo.address)
    running = RunningServices(tmp_path, env)
    case_id = uuid.uuid4()
    sent = NotificationSentV1(
        correlation_id=uuid.uuid4(),
        notification_key=f"{case_id}:acknowledgment:1",
        case_id=case_id,
        kind=NotificationKind.ACKNOWLEDGMENT,
        channel=Channel.EMAIL,
        provider_message_id="<ack@onecase.test>",
        sent_at=utc_now(),
    )
    failed = NotificationFailedV1(
        correlation_id=uuid.uuid4(),
        notification_key=f"{case_id}:progress_update:3",
        case_id=case_id,
        kind=NotificationKind.PROGRESS_UPDATE,
        channel=Channel.EMAIL,
        reason="the mail server refused the recipient",
        failed_at=utc_now(),
    )
    try:
        running.start("triage")
        publish(kafka.address, Topic.NOTIFICATIONS, [(str(case_id), sent), (str(case_id), failed)])
        database = env["ONECASE_MONGO_DATABASE"]
        kept: list[dict[str, Any]] = []
        for _ in range(600):
            kept = asyncio.run(sent_messages_of(mongo.address, database, case_id))
            if len(kept) == 2:
                break
            asyncio.run(asyncio.sleep(0.1))
    finally:
        running.stop_all()
    assert [(d["_id"], d["status"]) for d in kept] == [
        (sent.notification_key, "sent"),
        (f"{failed.notification_key}:failed", "failed"),
    ]
    assert kept[1]["reason"] == "the mail server refused the recipient"
