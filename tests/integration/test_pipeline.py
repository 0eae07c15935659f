"""One complaint all the way: signed webhook → Kafka → triage → Mongo → notify → real SMTP."""

from __future__ import annotations

import asyncio
import dataclasses
import email
import email.policy
import time
import uuid
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient

from onecase_localinfra.demo import DEMO_COMPLAINTS, build_mail
from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_server import LocalKafka
from onecase_shared import standard_webhooks
from tests.integration.conftest import (
    MailCatcher,
    RunningServices,
    always_on_roster,
    plain_text,
    service_env,
)
from tests.integration.sandbox_fixture import ChannelSandbox

pytestmark = pytest.mark.integration

SECRET = "whsec_" + "dGVzdC1zZWNyZXQtZm9yLXRoZS1waXBlbGluZQ=="


@pytest.fixture
def services(
    kafka: Endpoint,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> Iterator[RunningServices]:
    # Notify reads the shared case topic, other tests' X and chat cases included: without
    # provider APIs to answer them it would pause on them, as it does in a provider outage.
    env = service_env(
        kafka.address,
        mongo.address,
        ONECASE_EMAIL_WEBHOOK_SECRET=SECRET,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(smtp[1]),
        **channel_sandbox.env(),
    )
    running = RunningServices(tmp_path, env)
    try:
        for name in ("intake", "normalizer", "triage", "notify"):
            running.start(name)
        yield running
    finally:
        running.stop_all()


def post_mail(intake_url: str, raw: bytes, webhook_id: str | None = None) -> httpx.Response:
    headers = standard_webhooks.signed_headers(SECRET, webhook_id or f"msg_{uuid.uuid4().hex}", raw)
    return httpx.post(f"{intake_url}/webhooks/email/raw", content=raw, headers=headers, timeout=30)


def test_a_signed_email_is_acknowledged_once_by_its_owner_over_smtp(
    services: RunningServices, smtp: tuple[MailCatcher, int], mongo: Endpoint
) -> None:
    catcher, _ = smtp
    # Her own address for this run: other tests send the same demo email on the shared topics,
    # and this test's new consumer groups read those too.
    complaint = dataclasses.replace(
        DEMO_COMPLAINTS[0], address=f"maria.keller.{uuid.uuid4().hex[:8]}@example.com"
    )
    raw = build_mail(complaint)
    customer_message_id = email.message_from_bytes(raw)["Message-ID"]

    response = post_mail(services.url("intake"), raw, webhook_id="msg_pipeline_1")
    assert response.status_code == 202
    # The provider redelivers the same webhook (e.g. it missed our 202): nothing new happens.
    again = post_mail(services.url("intake"), raw, webhook_id="msg_pipeline_1")
    assert (again.status_code, again.json()["status"]) == (202, "duplicate")

    # Notify reads the shared topic: other tests' cases may be answered here too.
    def ours() -> list[EmailMessage]:
        return [m for m in catcher.messages if m["To"] == complaint.address]

    deadline = time.monotonic() + 120
    while not ours() and time.monotonic() < deadline:
        time.sleep(0.1)
    (ack, *_) = ours()
    time.sleep(3)  # give a duplicate the time to show up, if the pipeline made one
    assert ours() == [ack], "the customer must get exactly one acknowledgment"
    assert ack["To"] == complaint.address
    assert ack["In-Reply-To"] == customer_message_id
    assert ack["Auto-Submitted"] == "auto-replied"
    body = ack.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "Sam Rivera" in text
    assert complaint.name == "Maria Keller"
    assert text.splitlines()[0] == "Hello Maria,", "the customer is greeted by her first name"
    assert ack["Subject"] == f"Re: {complaint.subject}"
    assert "48213" in text, "the acknowledgment restates the order number"
    assert ack["X-Onecase-Case"] in text

    # Tests share the broker's topics, so this database also sees earlier tests' customers.
    all_cases = asyncio.run(_cases_for(mongo.address, services.env["ONECASE_MONGO_DATABASE"]))
    cases = [c for c in all_cases if c["reply_target"]["handle"]["value"] == complaint.address]
    assert len(cases) == 1
    assert cases[0]["owner"]["agent_id"] == "agent-1"
    assert 0 <= cases[0]["urgency"]["score"] <= 100
    assert cases[0]["urgency"]["level"] in {"critical", "high", "normal", "low"}
    assert cases[0]["category"]["evidence"], "a category comes with the terms that decided it"
    assert cases[0]["number"] == ack["X-Onecase-Case"]


async def _cases_for(uri: str, database: str) -> list[dict[str, Any]]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(uri)
    try:
        return await client[database]["cases"].find({}).to_list()
    finally:
        await client.close()


def test_every_service_serves_health_readiness_and_metrics(services: RunningServices) -> None:
    for name in ("intake", "normalizer", "triage", "notify"):
        base = services.url(name)
        assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
        ready = httpx.get(f"{base}/readyz")
        assert ready.status_code == 200
        assert all(ready.json()["checks"].values())
        metrics = httpx.get(f"{base}/metrics")
        assert metrics.headers["content-type"].startswith("text/plain")
        assert "onecase_http_request_duration_seconds" in metrics.text


def _mail_of_size(address: str, order: str, size: int) -> bytes:
    """A complaint with an attachment that brings the raw mail to about `size` bytes."""
    mail = EmailMessage()
    mail["From"] = f"Big Sender <{address}>"
    mail["To"] = "support@onecase.example"
    mail["Subject"] = f"Photos of the damaged table (order {order})"
    mail["Message-ID"] = f"<{uuid.uuid4().hex}@example.net>"
    mail.set_content(f"The table arrived with a cracked top, photos attached. Order {order}.")
    # base64 in MIME makes 3 bytes 4 (plus line breaks): aim a little under the target.
    mail.add_attachment(
        uuid.uuid4().bytes * (size * 3 // 4 // 16 - 2_000),
        maintype="image",
        subtype="jpeg",
        filename="table.jpg",
    )
    return bytes(mail)


@pytest.mark.parametrize("size", [1024 * 1024, int(4.9 * 1024 * 1024)], ids=["1MiB", "4.9MiB"])
def test_a_large_email_up_to_the_limit_is_acknowledged_once(
    services: RunningServices, smtp: tuple[MailCatcher, int], size: int
) -> None:
    """Issue 11: above about 767 KiB the raw delivery outgrew Kafka's 1 MiB and was refused."""
    catcher, _ = smtp
    address = f"big.{uuid.uuid4().hex[:8]}@example.net"
    # An order number of its own: a shared one would link the two tests' customers.
    order = str(uuid.uuid4().int % 900_000 + 100_000)
    raw = _mail_of_size(address, order, size)
    assert size * 0.95 < len(raw) <= 5 * 1024 * 1024

    response = post_mail(services.url("intake"), raw)
    assert response.status_code == 202, response.text

    def ours() -> list[EmailMessage]:
        return [m for m in catcher.messages if m["To"] == address]

    deadline = time.monotonic() + 120
    while not ours() and time.monotonic() < deadline:
        time.sleep(0.1)
    (ack, *_) = ours()
    time.sleep(2)
    assert ours() == [ack], "the customer must get exactly one acknowledgment"
    body = ack.get_body(preferencelist=("plain",))
    assert body is not None
    assert order in body.get_content()


def test_a_case_nobody_can_take_is_acknowledged_at_once_and_its_owner_writes_when_assigned(
    module_kafka: LocalKafka, mongo: Endpoint, smtp: tuple[MailCatcher, int], tmp_path: Path
) -> None:
    """Issue 13: a case waiting in the queue is acknowledged by the team, not left silent.

    On a broker of the module's own: on the shared one, notify would first work through every
    other test's cases, X and chat ones included, with no provider here to answer them.
    """
    catcher, port = smtp
    away = {"agent_id": "ana.away", "display_name": "Ana Away", "email": "ana@onecase.example"}
    lead = {"agent_id": "lee.lead", "display_name": "Lee Lead", "role": "lead"}
    agents: list[dict[str, object]] = [a | {"available": False} for a in (away, lead)]
    roster = always_on_roster(tmp_path / "roster.json", agents)
    env = service_env(
        module_kafka.bootstrap,
        mongo.address,
        ONECASE_EMAIL_WEBHOOK_SECRET=SECRET,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(port),
        ONECASE_ROSTER_FILE=str(roster),
        ONECASE_DESK_TOKENS="dev-only-lead-token=lee.lead:lead",
    )
    running = RunningServices(tmp_path, env)
    try:
        for name in ("intake", "normalizer", "triage", "notify"):
            running.start(name)
        complaint = dataclasses.replace(
            DEMO_COMPLAINTS[0], address=f"queued.{uuid.uuid4().hex[:8]}@example.com"
        )
        assert post_mail(running.url("intake"), build_mail(complaint)).status_code == 202

        def ours() -> list[str]:
            return [plain_text(m) for m in catcher.messages if m["To"] == complaint.address]

        _wait_until(lambda: len(ours()) >= 1)
        [acknowledgment] = ours()
        assert "Your message is with our team now" in acknowledgment
        assert "Ana Away" not in acknowledgment, "nobody owns it yet"
        assert "48213" in acknowledgment, "still restated"

        answer = httpx.put(
            f"{running.url('triage')}/agents/ana.away/availability",
            json={"available": True},
            headers={"Authorization": "Bearer dev-only-lead-token"},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        _wait_until(lambda: len(ours()) >= 2)
        time.sleep(2)  # a duplicate would show up now
        [_, introduction] = ours()
        assert "is now with me" in introduction
        assert "Ana Away" in introduction
    finally:
        running.stop_all()


def _wait_until(condition: Callable[[], bool], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
