"""Issue 13 on the real stack, by email: threats become incidents, leads are told, anger is met.

Every service runs as a process on the shared Kafka broker and MongoDB-wire server; messages
go out over a real SMTP server. The roster has one agent and one team lead with an address.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest

from onecase_localinfra.demo import DemoComplaint, build_mail
from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_server import LocalKafka
from tests.integration.conftest import (
    MailCatcher,
    RunningServices,
    always_on_roster,
    plain_text,
    service_env,
)
from tests.integration.test_pipeline import SECRET, post_mail

pytestmark = pytest.mark.integration

LEAD_ADDRESS = "priya.shah@onecase.example"
LEAD_TOKEN = "dev-only-lead-token"
ROSTER: list[dict[str, object]] = [
    {"agent_id": "sam.rivera", "display_name": "Sam Rivera", "email": "sam@onecase.example"},
    {
        "agent_id": "priya.shah",
        "display_name": "Priya Shah",
        "email": LEAD_ADDRESS,
        "role": "lead",
        "capacity": 0,
    },
]


@pytest.fixture
def services(
    module_kafka: LocalKafka, mongo: Endpoint, smtp: tuple[MailCatcher, int], tmp_path: Path
) -> Iterator[RunningServices]:
    # A broker of this module's own: on the shared one, notify would first work through every
    # other test's cases, X and chat ones included, with no provider here to answer them.
    roster = always_on_roster(tmp_path / "roster.json", ROSTER)
    env = service_env(
        module_kafka.bootstrap,
        mongo.address,
        ONECASE_EMAIL_WEBHOOK_SECRET=SECRET,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(smtp[1]),
        ONECASE_ROSTER_FILE=str(roster),
        ONECASE_DESK_TOKENS=f"{LEAD_TOKEN}=priya.shah:lead",
        ONECASE_DESK_URL="https://desk.onecase.example",
    )
    running = RunningServices(tmp_path, env)
    try:
        for name in ("intake", "normalizer", "triage", "notify"):
            running.start(name)
        yield running
    finally:
        running.stop_all()


def a_customer(subject: str, text: str) -> DemoComplaint:
    # An address of this run's own: other tests' messages are on the shared topics too.
    return DemoComplaint("Ana Lima", f"ana.{uuid.uuid4().hex[:8]}@example.com", subject, text)


def wait_for(found: Callable[[], list[EmailMessage]], count: int = 1) -> list[EmailMessage]:
    deadline = time.monotonic() + 60
    while len(found()) < count:
        assert time.monotonic() < deadline, "not delivered within 60 s"
        time.sleep(0.1)
    return found()


def test_a_threat_is_an_incident_with_its_words_and_the_lead_is_told(
    services: RunningServices, smtp: tuple[MailCatcher, int]
) -> None:
    catcher, _ = smtp
    threat = "Refund by Friday or I will sue you and go to the press"
    customer = a_customer("My refund", f"I returned the blender a month ago. {threat}.")
    assert post_mail(services.url("intake"), build_mail(customer)).status_code == 202
    [acknowledgment] = wait_for(
        lambda: [m for m in catcher.messages if m["To"] == customer.address]
    )
    number = acknowledgment["X-Onecase-Case"]

    view = httpx.get(
        f"{services.url('triage')}/cases/{number}",
        headers={"Authorization": f"Bearer {LEAD_TOKEN}"},
        timeout=30,
    ).json()
    [incident] = view["incidents"]
    assert incident["kind"] == "threat"
    assert incident["words"] == f"{threat}."
    assert incident["channel"] == "email"

    [alert] = wait_for(
        lambda: [m for m in catcher.messages if m["To"] == LEAD_ADDRESS and number in m["Subject"]]
    )
    text = plain_text(alert)
    assert "a threat (sue, press)" in text
    assert f"https://desk.onecase.example/ui/cases/{number}" in text
    assert threat not in text, "the customer's words stay on the case"


def test_a_complaint_about_a_rude_technician_sends_the_lead_an_email(
    services: RunningServices, smtp: tuple[MailCatcher, int]
) -> None:
    catcher, _ = smtp
    customer = a_customer(
        "Your technician",
        "The technician who came to fix my boiler yesterday was rude to me and shouted at my "
        "mother.",
    )
    assert post_mail(services.url("intake"), build_mail(customer)).status_code == 202
    [acknowledgment] = wait_for(
        lambda: [m for m in catcher.messages if m["To"] == customer.address]
    )
    number = acknowledgment["X-Onecase-Case"]
    [alert] = wait_for(
        lambda: [m for m in catcher.messages if m["To"] == LEAD_ADDRESS and number in m["Subject"]]
    )
    assert "how our staff treated the customer" in plain_text(alert)


def test_after_three_angry_messages_the_customer_is_offered_the_team_lead(
    services: RunningServices, smtp: tuple[MailCatcher, int]
) -> None:
    catcher, _ = smtp
    customer = a_customer("Order 48213", "This is a DISGRACE, you are USELESS and I am FURIOUS!!!")
    for _ in range(3):
        assert post_mail(services.url("intake"), build_mail(customer)).status_code == 202

    def offers() -> list[EmailMessage]:
        return [
            m
            for m in catcher.messages
            if m["To"] == customer.address and "Priya Shah" in plain_text(m)
        ]

    [offer] = wait_for(offers)
    assert "who leads our team" in plain_text(offer)
    number = offer["X-Onecase-Case"]
    wait_for(
        lambda: [m for m in catcher.messages if m["To"] == LEAD_ADDRESS and number in m["Subject"]]
    )
