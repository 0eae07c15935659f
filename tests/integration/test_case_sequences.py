"""Notify never acts on an older state of a case after a newer one (issue 12).

The rule is checked twice: on the in-memory fake and on the real MongoDB-wire server, with the
same contract; then through CaseNotifier, on the real store, with the messages each event owes.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from pymongo import AsyncMongoClient

from onecase_localinfra.discovery import Endpoint
from onecase_notify.adapters.mongo_case_sequences import MongoCaseSequences
from onecase_notify.adapters.mongo_notify_privacy import MongoNotifyPrivacy
from onecase_notify.domain.delivery_plan import ChannelWindows, Route
from onecase_notify.domain.message_composer import MessageComposer
from onecase_notify.ports import CaseSequences
from onecase_notify.service import CaseNotifier
from onecase_shared.events import CaseEventKind, CaseEventV1, Channel, NotificationKind
from onecase_shared.mongo import Document
from tests.builders import a_case_event, a_target
from tests.fakes import (
    InMemoryCaseSequences,
    InMemoryOutbox,
    RecordingNotificationPublisher,
    RecordingSender,
)

pytestmark = pytest.mark.integration
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", "mongo"])
async def sequences(
    request: pytest.FixtureRequest, mongo: Endpoint
) -> AsyncIterator[CaseSequences]:
    if request.param == "fake":
        yield InMemoryCaseSequences()
        return
    client: AsyncMongoClient[Document] = AsyncMongoClient(mongo.address, tz_aware=True)
    db = client[f"notify_test_{uuid.uuid4().hex[:8]}"]
    try:
        yield MongoCaseSequences(db)
    finally:
        await client.drop_database(db.name)
        await client.close()


async def test_later_sequences_advance_and_an_older_one_is_refused(
    sequences: CaseSequences,
) -> None:
    case, other = uuid.uuid4(), uuid.uuid4()
    assert await sequences.advance(case, 1, now=NOW)
    assert await sequences.advance(case, 2, now=NOW)
    assert await sequences.advance(case, 5, now=NOW)
    assert await sequences.advance(case, 5, now=NOW), "a redelivery is not older"
    assert not await sequences.advance(case, 4, now=NOW)
    assert not await sequences.advance(case, 1, now=NOW)
    assert await sequences.advance(case, 6, now=NOW), "the refusals recorded nothing"
    assert await sequences.advance(other, 1, now=NOW), "sequences are per case"


TARGET = a_target(Channel.EMAIL, "email")  # one customer message: one case id


def event(kind: CaseEventKind, sequence: int) -> CaseEventV1:
    return a_case_event(kind, TARGET, sequence=sequence)


async def test_events_in_order_are_all_delivered_and_an_older_one_after_them_is_skipped(
    sequences: CaseSequences,
) -> None:
    sender, skipped = RecordingSender(), list[CaseEventV1]()
    notifier = CaseNotifier(
        outbox=InMemoryOutbox(),
        sequences=sequences,
        senders=dict.fromkeys(Route, sender),
        composer=MessageComposer(),
        publisher=RecordingNotificationPublisher(),
        clock=lambda: NOW,
        lease_s=60,
        send_timeout_s=40,
        windows=ChannelWindows(),
        on_stale=skipped.append,
    )
    assigned = event(CaseEventKind.ASSIGNED, 1)
    resolved = event(CaseEventKind.RESOLVED, 3)
    await notifier.on_case_event(assigned)
    await notifier.on_case_event(event(CaseEventKind.UPDATE_REQUESTED, 2))
    await notifier.on_case_event(resolved)
    await notifier.on_case_event(resolved)  # redelivered: nothing sent twice
    kinds = [message.kind for _, message in sender.sent]
    assert kinds == [
        NotificationKind.ACKNOWLEDGMENT,
        NotificationKind.PROGRESS_UPDATE,
        NotificationKind.RESOLUTION,
    ]
    assert skipped == []

    # The assignment comes again after the resolution (a dead letter replayed late): the
    # customer must not be told again that the case was just opened.
    await notifier.on_case_event(assigned)
    assert len(sender.sent) == 3
    assert skipped == [assigned]


async def test_an_erased_case_applies_no_event_any_more(mongo: Endpoint) -> None:
    client: AsyncMongoClient[Document] = AsyncMongoClient(mongo.address, tz_aware=True)
    db = client[f"notify_test_{uuid.uuid4().hex[:8]}"]
    try:
        sequences, records = MongoCaseSequences(db), MongoNotifyPrivacy(db)
        seen, never_seen = uuid.uuid4(), uuid.uuid4()
        assert await sequences.advance(seen, 3, now=NOW)
        await records.forget_cases([seen, never_seen])
        assert not await sequences.advance(seen, 4, now=NOW)
        assert not await sequences.advance(never_seen, 1, now=NOW)
        assert await records.is_erased(seen)
    finally:
        await client.drop_database(db.name)
        await client.close()


async def test_the_erased_case_sequence_goes_with_the_retention(mongo: Endpoint) -> None:
    client: AsyncMongoClient[Document] = AsyncMongoClient(mongo.address, tz_aware=True)
    db = client[f"notify_test_{uuid.uuid4().hex[:8]}"]
    try:
        sequences, records = MongoCaseSequences(db), MongoNotifyPrivacy(db)
        case = uuid.uuid4()
        assert await sequences.advance(case, 2, now=NOW)
        await records.forget_cases([case])
        await records.forget_before(datetime.now(UTC) + timedelta(days=1))
        assert await db["case_sequences"].count_documents({}) == 0
    finally:
        await client.drop_database(db.name)
        await client.close()
