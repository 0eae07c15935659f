"""Issue 13 on the real stack, by email: threats become incidents, leads are told, anger is met.

Every service runs as a process on the shared Kafka broker and MongoDB-wire server; messages
go out over a real SMTP server. The roster has one agent and one team lead with an address.
"""

from __future__ import annotations

import html
import json
import re
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


HEAD_ADDRESS = "dana.kim@onecase.example"
# A due time the test can wait for (about 11 s), swept every second.
SHORT_DUE = {"ONECASE_LEAD_FOLLOW_UP_HOURS": "0.003", "ONECASE_SWEEP_INTERVAL_S": "1"}


def start_services(
    kafka: LocalKafka,
    mongo: Endpoint,
    smtp_port: int,
    tmp_path: Path,
    **extra: str,
) -> RunningServices:
    """intake, normalizer, triage and notify on this module's broker, mail to the catcher.

    The roster's head of support hears of overdue lead follow-ups.
    """
    roster = always_on_roster(tmp_path / "roster.json", ROSTER)
    roster.write_text(
        json.dumps(
            json.loads(roster.read_text())
            | {
                "head_of_support": {
                    "contact_id": "dana.kim",
                    "display_name": "Dana Kim",
                    "email": HEAD_ADDRESS,
                }
            }
        )
    )
    env = service_env(
        kafka.bootstrap,
        mongo.address,
        ONECASE_EMAIL_WEBHOOK_SECRET=SECRET,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(smtp_port),
        ONECASE_ROSTER_FILE=str(roster),
        ONECASE_DESK_TOKENS=f"{LEAD_TOKEN}=priya.shah:lead",
        ONECASE_DESK_URL="https://desk.onecase.example",
        **extra,
    )
    running = RunningServices(tmp_path, env)
    try:
        for name in ("intake", "normalizer", "triage", "notify"):
            running.start(name)
    except BaseException:
        running.stop_all()
        raise
    return running


@pytest.fixture
def services(
    module_kafka: LocalKafka, mongo: Endpoint, smtp: tuple[MailCatcher, int], tmp_path: Path
) -> Iterator[RunningServices]:
    # A broker of this module's own: on the shared one, notify would first work through every
    # other test's cases, X and chat ones included, with no provider here to answer them.
    running = start_services(module_kafka, mongo, smtp[1], tmp_path)
    try:
        yield running
    finally:
        running.stop_all()


@pytest.fixture
def services_with_a_short_lead_due(
    module_kafka: LocalKafka, mongo: Endpoint, smtp: tuple[MailCatcher, int], tmp_path: Path
) -> Iterator[RunningServices]:
    running = start_services(module_kafka, mongo, smtp[1], tmp_path, **SHORT_DUE)
    try:
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
    assert "a threat (sue, the press)" in text
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


RUDE_TECHNICIAN = (
    "The technician who came to fix my boiler yesterday was rude to me and shouted at my mother."
)


def desk(
    services: RunningServices, method: str, path: str, body: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.request(
        method,
        f"{services.url('triage')}{path}",
        headers={"Authorization": f"Bearer {LEAD_TOKEN}"},
        json=body,
        timeout=30,
    )


def test_the_lead_reviews_the_prefilled_follow_up_and_sends_it_from_the_desk(
    services: RunningServices, smtp: tuple[MailCatcher, int]
) -> None:
    catcher, _ = smtp
    customer = a_customer("Your technician", RUDE_TECHNICIAN)
    assert post_mail(services.url("intake"), build_mail(customer)).status_code == 202
    [acknowledgment] = wait_for(
        lambda: [m for m in catcher.messages if m["To"] == customer.address]
    )
    number = acknowledgment["X-Onecase-Case"]
    task = desk(services, "GET", f"/cases/{number}").json()["lead_follow_up"]
    assert task["state"] == "pending"
    assert task["lead"]["agent_id"] == "priya.shah"
    assert task["draft_language"] == "en"
    assert number in task["draft"]
    edited = task["draft"] + "\n\nI have already asked the technician's manager for his account."

    sent = desk(services, "POST", f"/cases/{number}/lead-follow-up", {"text": edited})
    assert sent.status_code == 202, sent.text
    assert sent.json()["kind"] == "update_requested"

    def follow_ups() -> list[EmailMessage]:
        return [
            m
            for m in catcher.messages
            if m["To"] == customer.address and "technician's manager" in plain_text(m)
        ]

    [follow_up] = wait_for(follow_ups)
    text = plain_text(follow_up)
    assert "Hello Ana," in text
    assert " ".join(edited.split()) in " ".join(text.split()), "the lead's words, as sent"
    assert text.rstrip().splitlines()[-1] == "Priya Shah", "signed by the lead"
    assert follow_up["X-Onecase-Case"] == number

    view = desk(services, "GET", f"/cases/{number}").json()
    assert view["case"]["owner"]["agent_id"] == "sam.rivera", "the owner stays the owner"
    assert view["lead_follow_up"]["state"] == "sent"
    assert view["lead_follow_up"]["sent_by"] == "priya.shah"
    [update] = [e for e in view["events"] if e["kind"] == "update_requested"]
    assert update["lead"]["agent_id"] == "priya.shah"
    again = desk(services, "POST", f"/cases/{number}/lead-follow-up", {"text": edited})
    assert again.status_code == 409


def test_a_follow_up_not_sent_by_its_due_time_is_escalated_once_to_the_head_of_support(
    services_with_a_short_lead_due: RunningServices, smtp: tuple[MailCatcher, int]
) -> None:
    services = services_with_a_short_lead_due
    catcher, _ = smtp
    customer = a_customer("Your technician", RUDE_TECHNICIAN)
    assert post_mail(services.url("intake"), build_mail(customer)).status_code == 202
    [acknowledgment] = wait_for(
        lambda: [m for m in catcher.messages if m["To"] == customer.address]
    )
    number = acknowledgment["X-Onecase-Case"]

    def escalations() -> list[EmailMessage]:
        return [m for m in catcher.messages if m["To"] == HEAD_ADDRESS and number in m["Subject"]]

    [escalation] = wait_for(escalations)
    text = plain_text(escalation)
    assert "follow-up on a staff-conduct complaint (Priya Shah)" in text
    assert "has not been sent" in text
    assert f"https://desk.onecase.example/ui/cases/{number}" in text
    assert "technician" not in text.lower(), "the customer's words stay on the case"
    assert customer.address not in text

    # Several sweeps later (one a second): still one escalation, on the case and by email.
    time.sleep(5)
    view = desk(services, "GET", f"/cases/{number}").json()
    overdue = [e for e in view["events"] if e["kind"] == "lead_follow_up_overdue"]
    assert len(overdue) == 1
    assert overdue[0]["escalated_to"]["email"] == HEAD_ADDRESS
    assert view["lead_follow_up"]["state"] == "overdue"
    assert view["lead_follow_up"]["overdue_at"] is not None
    assert len(escalations()) == 1

    # Late, the lead still sends it, from the case page's form this time.
    with httpx.Client(
        base_url=services.url("triage"), timeout=30, follow_redirects=True
    ) as browser:
        login = browser.get("/ui/")
        browser.post("/ui/login", data={"token": LEAD_TOKEN, "csrf": form_csrf(login.text)})
        page = browser.get(f"/ui/cases/{number}")
        assert "Your follow-up as team lead" in page.text
        assert "Overdue" in page.text
        prefilled = TEXTAREA.search(page.text)
        assert prefilled is not None, "the form holds the prefilled message"
        draft = html.unescape(prefilled["draft"])
        assert number in draft
        without_csrf = browser.post(
            f"/ui/cases/{number}/lead-follow-up", data={"text": draft, "csrf": "forged"}
        )
        assert "form expired" in without_csrf.text
        sent = browser.post(
            f"/ui/cases/{number}/lead-follow-up",
            data={"text": draft, "csrf": form_csrf(page.text)},
        )
        assert "Your follow-up was sent to the customer." in sent.text

    def follow_ups() -> list[EmailMessage]:
        return [
            m
            for m in catcher.messages
            if m["To"] == customer.address and "Priya Shah" in plain_text(m)
        ]

    [follow_up] = wait_for(follow_ups)
    assert "The review covers" in plain_text(follow_up)
    assert desk(services, "GET", f"/cases/{number}").json()["lead_follow_up"]["state"] == "sent"


TEXTAREA = re.compile(r'<textarea id="lead-follow-up-text"[^>]*>(?P<draft>.*?)</textarea>', re.S)
CSRF = re.compile(r'name="csrf" value="(?P<token>[^"]+)"')


def form_csrf(page: str) -> str:
    found = CSRF.search(page)
    assert found is not None, "the page has a form with a CSRF token"
    return found["token"]
