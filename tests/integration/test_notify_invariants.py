"""Notify's promises with real processes, the real broker, Mongo, SMTP and provider servers.

- A provider answering 500 three times, then 200, yields one delivered message.
- Every case gets exactly one acknowledgment, even with notify killed mid-stream.
- Two notify instances (and two triage schedulers) send each progress update once.

Notify reads the shared `onecase.cases.v1`, where other tests' cases also pass: each test
only counts what was sent for its own cases.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry
from pymongo import AsyncMongoClient

from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_server import LocalKafka
from onecase_shared.events import (
    CaseEventKind,
    CaseEventV1,
    Channel,
    Event,
    HandleKind,
    HandleV1,
    Topic,
)
from onecase_shared.kafka import KafkaEventPublisher, make_broker
from onecase_shared.mongo import Document
from onecase_shared.settings import KafkaSettings
from tests.builders import a_case_event, a_target, email_from
from tests.integration.conftest import MailCatcher, RunningServices, service_env
from tests.integration.sandbox_fixture import ChannelSandbox

pytestmark = pytest.mark.integration

ALWAYS = {"timezone": "UTC", "days": [0, 1, 2, 3, 4, 5, 6], "start": "00:00", "end": "00:00"}
FAST = {"first_response": "PT1H", "update_every": "PT3S", "resolution": "PT10H"}
FAST_SLA = {"targets": dict.fromkeys(("critical", "high", "normal", "low"), FAST)}


def stack_env(
    kafka_address: str, mongo: Endpoint, smtp_port: int, sandbox: ChannelSandbox, tmp_path: Path
) -> dict[str, str]:
    """Services' settings: fast update cadence, always-open team, short lease and send budget."""
    roster = tmp_path / "roster.json"
    roster.write_text(
        json.dumps(
            {
                "teams": [{"name": "support", "hours": ALWAYS}],
                "agents": [
                    {"agent_id": "ann.ames", "display_name": "Ann Ames", "shift": ALWAYS},
                    {"agent_id": "bob.burns", "display_name": "Bob Burns", "shift": ALWAYS},
                ],
            }
        )
    )
    return service_env(
        kafka_address,
        mongo.address,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(smtp_port),
        # Short, so a killed instance's lease runs out within the test; the margin leaves a
        # loaded machine time to record a delivery before the lease ends (else it resends).
        ONECASE_SEND_LEASE_S="10",
        ONECASE_SEND_TIMEOUT_S="4.5",
        ONECASE_SEND_LEASE_MARGIN_S="5",
        ONECASE_ROSTER_FILE=str(roster),
        ONECASE_SLA_POLICY=json.dumps(FAST_SLA),
        ONECASE_SWEEP_INTERVAL_S="0.5",
        **sandbox.env(),
    )


@pytest.fixture
def stack(
    kafka: Endpoint,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> Iterator[RunningServices]:
    running = RunningServices(
        tmp_path, stack_env(kafka.address, mongo, smtp[1], channel_sandbox, tmp_path)
    )
    try:
        yield running
    finally:
        running.stop_all()


@pytest.fixture
def private_stack(
    own_kafka: LocalKafka,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> Iterator[tuple[RunningServices, str]]:
    """On a broker of its own: the scheduler test must not schedule other tests' cases."""
    running = RunningServices(
        tmp_path, stack_env(own_kafka.bootstrap, mongo, smtp[1], channel_sandbox, tmp_path)
    )
    try:
        yield running, own_kafka.bootstrap
    finally:
        running.stop_all()


def publish(bootstrap: str, topic: str, events: list[tuple[str, Event]]) -> None:
    async def send_all() -> None:
        broker = make_broker(
            KafkaSettings(bootstrap=bootstrap),
            client_id="notify-test",
            registry=CollectorRegistry(),
        )
        await broker.start()
        try:
            publisher = KafkaEventPublisher(broker, timeout_s=30)
            for key, event in events:
                await publisher.publish(event, topic=topic, key=key)
        finally:
            await broker.stop()

    asyncio.run(send_all())


def until(condition: Callable[[], bool], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def test_a_provider_failing_three_times_then_answering_yields_one_delivered_reply(
    stack: RunningServices, kafka: Endpoint, channel_sandbox: ChannelSandbox
) -> None:
    stack.start("notify")
    tweet = a_target(Channel.X, "tweet", public=True)
    tweet_id = tweet.in_reply_to
    assert tweet_id is not None
    channel_sandbox.fail("x_reply", 500, times=3, body_contains=tweet_id)
    event = a_case_event(CaseEventKind.ASSIGNED, tweet)
    publish(kafka.address, Topic.CASES, [(str(event.case_id), event)])

    def ours() -> list[int]:
        calls = channel_sandbox.calls("x_reply")
        return [c["status"] for c in calls if tweet_id in json.dumps(c["body"])]

    until(lambda: 201 in ours(), timeout=60)
    time.sleep(4)  # a second delivery, if there were one, would show up by now
    assert ours() == [500, 500, 500, 201]


def test_every_case_gets_exactly_one_acknowledgment_across_a_killed_notify(
    stack: RunningServices, kafka: Endpoint, smtp: tuple[MailCatcher, int]
) -> None:
    """Killed right after an acknowledgment arrives: the rest go out after the restart.

    SMTP itself is at-least-once: if the kill lands after the server accepted a mail and
    before notify recorded it, the mail is transmitted again with the same Message-ID, which
    a mailbox shows as one message. So the test counts Message-IDs per case. Notify works a
    batch's partitions side by side, so a kill can catch one mail in flight per partition:
    only mails the killed instance transmitted may repeat, at most one per partition.
    """
    catcher, _ = smtp
    run = uuid.uuid4().hex[:6]
    events: list[CaseEventV1] = []
    for n in range(24):
        handle = HandleV1(kind=HandleKind.EMAIL, value=f"c{n}.{run}@example.com")
        event = a_case_event(
            CaseEventKind.ASSIGNED, a_target(Channel.EMAIL, "email", handle=handle)
        )
        events.append(
            event.model_copy(update={"case_number": f"OC-{event.case_id.hex[:8].upper()}"})
        )
    numbers = {e.case_number for e in events}

    def acks() -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for mail in catcher.messages:
            if mail["X-Onecase-Case"] in numbers:
                found.setdefault(mail["X-Onecase-Case"], set()).add(mail["Message-ID"])
        return found

    stack.start("notify", "notify-a")
    publish(kafka.address, Topic.CASES, [(str(e.case_id), e) for e in events])
    until(lambda: len(acks()) >= 4)
    stack.kill("notify-a")
    at_kill = len(acks())
    time.sleep(1)  # a mail the killed instance finished sending is in the catcher by now
    sent_by_the_killed_one = set(acks())
    stack.start("notify", "notify-a")
    until(lambda: set(acks()) == numbers)
    time.sleep(12)  # past the 10 s lease: a message left leased by the killed one resends now
    assert at_kill < len(numbers), "the kill came after the stream ended"
    assert {number: len(ids) for number, ids in acks().items()} == dict.fromkeys(numbers, 1)
    transmissions = Counter(
        m["X-Onecase-Case"] for m in catcher.messages if m["X-Onecase-Case"] in numbers
    )
    repeated = {number for number, times in transmissions.items() if times > 1}
    assert repeated <= sent_by_the_killed_one, "a mail sent after the restart repeated"
    assert (
        sum(transmissions.values()) - len(numbers)
        <= KafkaSettings(bootstrap=kafka.address).topic_partitions
    ), "more repeats than mails in flight at the kill (one per partition)"


def test_two_notify_instances_and_two_schedulers_send_each_progress_update_once(
    private_stack: tuple[RunningServices, str], mongo: Endpoint, smtp: tuple[MailCatcher, int]
) -> None:
    stack, bootstrap = private_stack
    catcher, _ = smtp
    for key in ("triage-a", "triage-b"):
        stack.start("triage", key)
    for key in ("notify-a", "notify-b"):
        stack.start("notify", key)
    run = uuid.uuid4().hex[:6]
    complaints = [
        email_from(f"u{n}.{run}@example.com", f"My order {91000000 + n} never arrived.")
        for n in range(3)
    ]
    publish(bootstrap, Topic.COMPLAINTS, [(c.author.key(), c) for c in complaints])
    addresses = {c.author.value for c in complaints}

    def updates() -> list[tuple[str, str]]:
        return [
            (m["X-Onecase-Case"], m["Message-ID"])
            for m in catcher.messages
            if m["To"] in addresses and m["X-Onecase-Notification"] == "progress_update"
        ]

    until(lambda: len(updates()) >= 6)
    stack.stop("triage-a")
    stack.stop("triage-b")
    time.sleep(4)  # let notify send what the schedulers asked for before they stopped

    database = stack.env["ONECASE_MONGO_DATABASE"]
    requested = asyncio.run(_requested_updates(mongo.address, database))
    sent = updates()
    assert len({message_id for _, message_id in sent}) == len(sent), "no update sent twice"
    by_case = Counter(number for number, _ in sent)
    assert by_case == Counter({n: c for n, c in requested.items() if n in by_case})
    assert sum(by_case.values()) >= 6


async def _requested_updates(uri: str, database: str) -> Counter[str]:
    client: AsyncMongoClient[Document] = AsyncMongoClient(uri)
    try:
        # Each case document holds its events (issue 12).
        found = client[database]["cases"].find({})
        return Counter(
            [
                event["case_number"]
                async for doc in found
                for event in doc.get("events", [])
                if event["kind"] == "update_requested"
            ]
        )
    finally:
        await client.close()
