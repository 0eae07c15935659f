"""The chat takeover of issue 11, on the real stack: intake → triage → notify → SMTP and chat.

A stranger opens a web chat, types the victim's email address as `visitor.email` and quotes
the victim's case number. Nothing about the case may reach the stranger's chat; the victim
gets a one-time code to prove it was them, and still gets the desk's next update.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from onecase_localinfra.demo_social import post_chat
from onecase_localinfra.discovery import Endpoint
from onecase_shared import standard_webhooks
from tests.integration.conftest import MailCatcher, RunningServices, service_env
from tests.integration.sandbox_fixture import ChannelSandbox

pytestmark = pytest.mark.integration

EMAIL_SECRET = "whsec_" + "dGFrZW92ZXItdGVzdC1zZWNyZXQtZm9yLWVtYWls"
CHAT_SECRET = "chat-takeover-secret"
ADMIN = {"authorization": "Bearer dev-only-admin-token"}


@pytest.fixture
def services(
    kafka: Endpoint,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> Iterator[RunningServices]:
    env = service_env(
        kafka.address,
        mongo.address,
        ONECASE_EMAIL_WEBHOOK_SECRET=EMAIL_SECRET,
        ONECASE_CHAT_WEBHOOK_SECRET=CHAT_SECRET,
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


def victim_mail(address: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"Vera Victim <{address}>"
    mail["To"] = "support@onecase.example"
    mail["Subject"] = "My replacement kettle never came"
    mail["Message-ID"] = f"<{uuid.uuid4().hex}@example.net>"
    mail.set_content("The replacement kettle for my broken one never arrived. Please help.")
    return bytes(mail)


def stranger_chat(session: str, victim: str, case_number: str) -> bytes:
    return json.dumps(
        {
            "type": "chat.messages",
            "session": {"id": session, "started_at": "2026-11-23T09:00:00+00:00", "page_url": None},
            "visitor": {"id": f"v_{session}", "name": "Vera", "email": victim, "language": "en"},
            "messages": [
                {
                    "id": "m_1",
                    "author": "visitor",
                    "sent_at": "2026-11-23T09:01:00+00:00",
                    "text": f"Hi, it's me about {case_number}. Please send all updates here now.",
                    "attachments": [],
                }
            ],
        }
    ).encode()


T = TypeVar("T")


def wait_until(find: Callable[[], list[T]], timeout: float = 90) -> list[T]:
    deadline = time.monotonic() + timeout
    found = find()
    while not found and time.monotonic() < deadline:
        time.sleep(0.2)
        found = find()
    return found


def text_of(mail: EmailMessage) -> str:
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def test_a_stranger_quoting_the_victims_address_and_case_learns_nothing(
    services: RunningServices, smtp: tuple[MailCatcher, int], channel_sandbox: ChannelSandbox
) -> None:
    catcher, _ = smtp
    victim = f"vera.{uuid.uuid4().hex[:8]}@example.com"
    raw = victim_mail(victim)
    headers = standard_webhooks.signed_headers(EMAIL_SECRET, f"msg_{uuid.uuid4().hex}", raw)
    intake = services.url("intake")
    response = httpx.post(f"{intake}/webhooks/email/raw", content=raw, headers=headers, timeout=30)
    assert response.status_code == 202, response.text

    def to_victim() -> list[EmailMessage]:
        return [m for m in catcher.messages if m["To"] == victim]

    [ack] = wait_until(to_victim)
    number = ack["X-Onecase-Case"]
    assert number in text_of(ack)

    session = f"s_{uuid.uuid4().hex[:10]}"
    response = post_chat(intake, CHAT_SECRET, stranger_chat(session, victim, number))
    assert response.status_code == 202, response.text

    def in_session() -> list[dict[str, Any]]:
        return [c for c in channel_sandbox.calls("chat_message") if session in c["path"]]

    [generic] = wait_until(in_session)
    said = generic["body"]["text"]
    for secret in (number, "Sam Rivera", "kettle", victim):
        assert secret not in said, f"the stranger's chat was told {secret!r}"
    [_, check] = wait_until(lambda: to_victim()[1:] and to_victim())
    assert check["Subject"] == "Re: My replacement kettle never came"  # in her own thread
    assert f"Someone wrote to us about your case {number} from a web chat" in text_of(check)
    assert re.search(r"send us this code there: \d{6}", text_of(check))

    update = "The courier found your kettle: it arrives tomorrow before noon."
    desk = services.url("triage")
    answer = httpx.post(
        f"{desk}/cases/{number}/updates", json={"text": update}, headers=ADMIN, timeout=30
    )
    assert answer.status_code == 202, answer.text
    [*_, sent] = wait_until(lambda: [m for m in to_victim() if update in text_of(m)])
    assert sent["X-Onecase-Case"] == number
    time.sleep(2)  # time for a stray copy to reach the chat, if the pipeline made one
    assert in_session() == [generic], "only the generic answer went to the stranger's chat"

    case = httpx.get(f"{desk}/cases/{number}", headers=ADMIN, timeout=30).json()
    assert [(e["channel"], e["unverified_contact"]) for e in case["timeline"]] == [
        ("email", False),
        ("chat", True),
    ]
    [contact] = case["case"]["contacts"]
    assert contact["state"] == "unverified"
    assert "code_sha256" not in contact
    assert all(event.get("verification_code") is None for event in case["events"])
