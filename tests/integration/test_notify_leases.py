"""Notify's lease on real Mongo: a send over its budget is abandoned and retried without a
duplicate, a held lease keeps a second instance from sending, and an expired lease's token
fences its holder's writes (issue 11: a 240 s send used to outlive a 60 s lease)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from onecase_localinfra.discovery import Endpoint
from onecase_notify.adapters.mongo_case_sequences import MongoCaseSequences
from onecase_notify.adapters.mongo_outbox import MongoOutbox
from onecase_notify.domain.delivery_plan import ChannelWindows, PlannedDelivery, Route
from onecase_notify.domain.message_composer import MessageComposer
from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_notify.ports import Delivery
from onecase_notify.service import CaseNotifier, SendOverBudgetError
from onecase_shared.events import CaseEventKind, CaseEventV1, Channel, NotificationKind, utc_now
from onecase_shared.kafka import RetryLaterError
from onecase_shared.mongo import Document
from tests.builders import a_case_event, a_target
from tests.fakes import RecordingNotificationPublisher

pytestmark = pytest.mark.integration


class GatedSender:
    """A provider whose calls wait at a gate: held shut, a send hangs."""

    def __init__(self) -> None:
        self.started = 0
        self.delivered: list[str] = []
        self.gate = asyncio.Event()

    async def send(
        self, delivery: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        self.started += 1
        await self.gate.wait()
        self.delivered.append(message.notification_key)
        return f"<{len(self.delivered)}@provider>"


@pytest.fixture
async def db(mongo: Endpoint) -> AsyncIterator[AsyncDatabase[Document]]:
    client: AsyncMongoClient[Document] = AsyncMongoClient(mongo.address, tz_aware=True)
    try:
        yield client[f"onecase_test_{uuid.uuid4().hex[:8]}"]
    finally:
        await client.close()


def notifier(
    db: AsyncDatabase[Document], sender: GatedSender, *, instance: str, send_timeout_s: float
) -> CaseNotifier:
    return CaseNotifier(
        outbox=MongoOutbox(db, instance_id=instance),
        sequences=MongoCaseSequences(db),
        senders=dict.fromkeys(Route, sender),
        composer=MessageComposer(),
        publisher=RecordingNotificationPublisher(),
        clock=utc_now,
        lease_s=60,
        send_timeout_s=send_timeout_s,
        windows=ChannelWindows(),
    )


def assigned_by_email() -> CaseEventV1:
    return a_case_event(CaseEventKind.ASSIGNED, a_target(Channel.EMAIL, "email"))


async def test_a_send_over_its_budget_is_abandoned_and_retried_later_without_a_duplicate(
    db: AsyncDatabase[Document],
) -> None:
    sender = GatedSender()
    service = notifier(db, sender, instance="a", send_timeout_s=0.3)
    event = assigned_by_email()
    # The gate stays shut: only the budget can end this call (how soon is for `make bench`).
    with pytest.raises(SendOverBudgetError):  # a RetryLaterError: the event is read again
        await service.on_case_event(event)
    assert sender.started == 1, "the provider was called and never answered"
    [stored] = await db["outbox"].find().to_list()
    assert stored["status"] == "pending"
    assert sender.delivered == []

    sender.gate.set()  # the provider answers again
    await service.on_case_event(event)  # the redelivery
    await service.on_case_event(event)  # and another: the key is sent
    assert sender.delivered == [stored["_id"]], "sent once, by the retry"
    assert sender.started == 2
    [stored] = await db["outbox"].find().to_list()
    assert (stored["status"], stored["attempts"]) == ("sent", 2)


async def test_a_second_instance_cannot_send_a_message_whose_lease_is_held(
    db: AsyncDatabase[Document],
) -> None:
    sender_a, sender_b = GatedSender(), GatedSender()
    sender_b.gate.set()
    a = notifier(db, sender_a, instance="a", send_timeout_s=30)
    b = notifier(db, sender_b, instance="b", send_timeout_s=30)
    event = assigned_by_email()

    sending = asyncio.create_task(a.on_case_event(event))
    while sender_a.started == 0:  # noqa: ASYNC110 -- waiting for the other task's progress
        await asyncio.sleep(0.01)
    with pytest.raises(RetryLaterError):
        await b.on_case_event(event)
    assert sender_b.started == 0, "b never called the provider"

    sender_a.gate.set()
    await sending
    await b.on_case_event(event)  # b's retry finds it sent: it announces, never sends
    assert len(sender_a.delivered) == 1
    assert sender_b.started == 0


async def test_an_expired_lease_fences_its_old_holder(db: AsyncDatabase[Document]) -> None:
    a, b = MongoOutbox(db, instance_id="a"), MongoOutbox(db, instance_id="b")
    event = assigned_by_email()
    key = f"{event.case_id}:acknowledgment:{event.sequence}"
    message = OutboundMessage(
        notification_key=key, kind=NotificationKind.ACKNOWLEDGMENT, subject="", text="hi"
    )
    await a.add(message, event, "email")
    now = datetime.now(UTC)
    old = await a.claim(key, now=now, lease_s=1)
    assert old is not None
    assert await b.claim(key, now=now + timedelta(seconds=0.5), lease_s=1) is None, "held"
    new = await b.claim(key, now=now + timedelta(seconds=2), lease_s=60)
    assert new is not None, "expired: b takes it"

    await a.release(key, old)  # a late release from the old holder releases nothing
    assert await a.claim(key, now=now + timedelta(seconds=3), lease_s=60) is None
    delivery = Delivery(provider_message_id="<1@p>", sent_at=now)
    assert await a.mark_sent(key, delivery, old) is False, "a learns it had lost the lease"
    assert await b.delivery_of(key) == delivery, "but what went out is recorded: never again"
    assert await b.claim(key, now=now + timedelta(seconds=90), lease_s=60) is None


async def test_a_new_message_is_recorded_and_leased_in_one_step(
    db: AsyncDatabase[Document],
) -> None:
    a, b = MongoOutbox(db, instance_id="a"), MongoOutbox(db, instance_id="b")
    event = assigned_by_email()
    key = f"{event.case_id}:acknowledgment:{event.sequence}"
    message = OutboundMessage(
        notification_key=key, kind=NotificationKind.ACKNOWLEDGMENT, subject="", text="hi"
    )
    now = datetime.now(UTC)
    token = await a.add_and_claim(message, event, "email", now=now, lease_s=60)
    assert token is not None, "new: recorded and leased"
    assert await b.add_and_claim(message, event, "email", now=now, lease_s=60) is None, "held"
    await a.release(key, token)
    again = await b.add_and_claim(message, event, "email", now=now, lease_s=60)
    assert again is not None, "given back: leased again in one step"
    assert await a.add_and_claim(
        message, event, "email", now=now + timedelta(seconds=61), lease_s=60
    ), "expired: the full rule takes it"
    delivery = Delivery(provider_message_id="<1@p>", sent_at=now)
    await a.mark_sent(key, delivery, "any")
    later = now + timedelta(days=1)
    assert await b.add_and_claim(message, event, "email", now=later, lease_s=60) is None, "sent"
    assert await b.delivery_of(key) == delivery
    assert await db["outbox"].count_documents({"_id": key}) == 1
