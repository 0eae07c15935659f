"""A real SMTP 550 that quotes the customer's address: the address reaches neither notify's
log nor the dead letter's headers on Kafka (issue 11, promise 6)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from onecase_localinfra.discovery import Endpoint
from onecase_shared.events import CaseEventKind, Channel, HandleKind, HandleV1, Topic
from tests.builders import a_case_event, a_target
from tests.integration.conftest import RunningServices, free_ports, service_env
from tests.integration.sandbox_fixture import ChannelSandbox
from tests.integration.test_notify_invariants import publish

pytestmark = pytest.mark.integration


class RefusingMailServer:
    """Refuses every recipient the way Postfix does, quoting the address back."""

    def __init__(self) -> None:
        self.refused: list[str] = []

    async def handle_RCPT(  # noqa: N802 -- aiosmtpd's hook name
        self,
        _server: SMTP,
        _session: Session,
        _envelope: Envelope,
        address: str,
        _rcpt_options: list[str],
    ) -> str:
        self.refused.append(address)
        return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"


@pytest.fixture
def refusing_smtp() -> Iterator[tuple[RefusingMailServer, int]]:
    server = RefusingMailServer()
    port = free_ports(1)[0]
    controller = Controller(server, hostname="127.0.0.1", port=port)
    controller.start()
    yield server, port
    controller.stop()


async def dead_letters_for(bootstrap: str, key: bytes, within: float = 60) -> dict[str, str]:
    """The headers of the first dead letter on the cases DLQ whose key is `key`."""
    consumer = AIOKafkaConsumer(
        Topic.CASES.dlq(),
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=f"reader-{uuid.uuid4().hex}",
    )
    await consumer.start()
    try:
        async with asyncio.timeout(within):
            async for record in consumer:
                if record.key == key:
                    return {k: v.decode() for k, v in record.headers}
    finally:
        await consumer.stop()
    raise AssertionError("unreachable")  # pragma: no cover


def test_an_smtp_550_quoting_the_address_leaves_it_out_of_logs_and_dlq_headers(
    kafka: Endpoint,
    mongo: Endpoint,
    refusing_smtp: tuple[RefusingMailServer, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> None:
    server, port = refusing_smtp
    address = f"ann.{uuid.uuid4().hex[:8]}@example.com"
    running = RunningServices(
        tmp_path,
        service_env(
            kafka.address,
            mongo.address,
            ONECASE_SMTP_HOST="127.0.0.1",
            ONECASE_SMTP_PORT=str(port),
            # Other tests' X and chat cases on the shared topic get answered, not waited on.
            **channel_sandbox.env(),
        ),
    )
    running.start("notify")
    try:
        target = a_target(
            Channel.EMAIL, "email", handle=HandleV1(kind=HandleKind.EMAIL, value=address)
        )
        event = a_case_event(CaseEventKind.ASSIGNED, target)
        publish(kafka.address, Topic.CASES, [(str(event.case_id), event)])
        headers = asyncio.run(dead_letters_for(kafka.address, str(event.case_id).encode()))
    finally:
        running.stop_all()

    # Notify reads the shared cases topic: other tests' email cases are refused here too.
    assert address in server.refused, "the mail server saw (and quoted) the real address"
    assert headers["onecase-dlq-reason"] == "permanent_failure"
    assert "550 5.1.1 <[email]>: Recipient address rejected" in headers["onecase-error"]
    assert not [name for name, value in headers.items() if "@" in value or "ann." in value]
    log = (tmp_path / "notify.log").read_text()
    assert '"event": "notification refused"' in log
    assert "550 5.1.1 <[email]>" in log, "the refusal is logged, without the address"
    assert not [a for a in server.refused if a in log or a.partition("@")[0] in log]
