"""The browser desk in Debian's Chromium (Playwright), on the real stack: Kafka, Mongo, SMTP.

Playwright waits for what it looks for (`expect`), so nothing here sleeps to see a change.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright

from onecase_localinfra.demo import DEMO_COMPLAINTS, build_mail
from onecase_localinfra.demo_social import build_tweet, post_tweet
from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_server import LocalKafka
from tests.integration.conftest import (
    MailCatcher,
    RunningServices,
    always_on_roster,
    plain_text,
    service_env,
)
from tests.integration.sandbox_fixture import ChannelSandbox
from tests.integration.test_pipeline import SECRET, post_mail

pytestmark = pytest.mark.integration

X_SECRET = "x-desk-ui-secret"
LEAD_TOKEN = "dev-only-lead-token"
# The browser tests take a screenshot of each view; they refresh docs/img only when asked
# (ONECASE_SCREENSHOTS_DIR=docs/img), so a test run leaves the working tree clean.
SCREENSHOTS = Path(
    os.environ.get("ONECASE_SCREENSHOTS_DIR") or tempfile.mkdtemp(prefix="onecase-desk-")
)


ROSTER: list[dict[str, object]] = [
    {"agent_id": "sam.rivera", "display_name": "Sam Rivera", "email": "sam@onecase.example"},
    {"agent_id": "ana.silva", "display_name": "Ana Silva", "email": "ana@onecase.example"},
    {"agent_id": "priya.shah", "display_name": "Priya Shah", "role": "lead", "capacity": 0},
]


@pytest.fixture
def services(
    module_kafka: LocalKafka,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> Iterator[RunningServices]:
    # Two agents and a lead, always on shift: a case can be handed from one to the other.
    roster = always_on_roster(tmp_path / "roster.json", ROSTER)
    env = service_env(
        module_kafka.bootstrap,
        mongo.address,
        ONECASE_ROSTER_FILE=str(roster),
        ONECASE_EMAIL_WEBHOOK_SECRET=SECRET,
        ONECASE_X_CONSUMER_SECRET=X_SECRET,
        ONECASE_SMTP_HOST="127.0.0.1",
        ONECASE_SMTP_PORT=str(smtp[1]),
        **channel_sandbox.env(),
    )
    running = RunningServices(tmp_path, env)
    try:
        # Triage last: its operations view asks the other two for their health.
        for name in ("intake", "normalizer", "notify"):
            running.start(name)
        running.env["ONECASE_INTAKE_URL"] = running.url("intake")
        running.env["ONECASE_NOTIFY_URL"] = running.url("notify")
        running.start("triage")
        yield running
    finally:
        running.stop_all()


@pytest.fixture
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    assert executable, "Debian's chromium is installed by scripts/ensure-tools.sh"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def console_errors() -> list[str]:
    return []


def new_page(browser: Browser, errors: list[str], width: int = 1280) -> Page:
    page = browser.new_page(viewport={"width": width, "height": 900})

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page


def log_in(page: Page, base: str, token: str = LEAD_TOKEN) -> None:
    page.goto(f"{base}/ui/")
    page.fill("input[name=token]", token)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()


RUN = uuid.uuid4().hex[:6]
# This run's own customers: other tests send the demo emails on the shared topics too, and
# these services' new consumer groups read them from the start.
CUSTOMERS = tuple(
    dataclasses.replace(
        demo,
        name=f"{demo.name} {RUN}",
        address=demo.address.replace("@", f".{RUN}@"),
    )
    for demo in DEMO_COMPLAINTS
)


def send_email(services: RunningServices, index: int) -> str:
    complaint = CUSTOMERS[index]
    response = post_mail(services.url("intake"), build_mail(complaint))
    assert response.status_code == 202, response.text
    return complaint.address


def test_an_agent_logs_in_sees_cases_live_and_answers_an_email_case_over_smtp(
    services: RunningServices,
    browser: Browser,
    smtp: tuple[MailCatcher, int],
    console_errors: list[str],
) -> None:
    catcher, _ = smtp
    base = services.url("triage")
    first = send_email(services, 0)
    page = new_page(browser, console_errors)
    log_in(page, base)
    # The first case may still be on its way: the page shows it when it lands, live.
    first_case = page.locator("li.case", has_text=CUSTOMERS[0].name)
    expect(first_case).to_be_visible(timeout=60_000)
    expect(first_case.locator(".level")).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    # A case that arrives after the page loaded appears without a reload.
    page.evaluate("window.__notReloaded = true")
    send_email(services, 1)
    expect(page.locator("li.case", has_text=CUSTOMERS[1].name)).to_be_visible(timeout=60_000)
    assert page.evaluate("window.__notReloaded") is True
    page.screenshot(path=SCREENSHOTS / "desk-inbox.png", full_page=True)

    # Search by customer name narrows the inbox to that case.
    page.fill("input[name=q]", CUSTOMERS[0].name)
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("li.case")).to_have_count(1)

    # Open the email case and send an update from its form: it goes out by SMTP.
    page.locator("li.case a.number").first.click()
    expect(page.get_by_role("heading", name="What the customer said")).to_be_visible()
    number = page.locator("h1").inner_text().split()[0]
    page.screenshot(path=SCREENSHOTS / "desk-case.png", full_page=True)
    # An update that argues is held back with the phrase named, and the draft is kept.
    arguing = "That's not our fault, you should have checked the address."
    page.fill("textarea[name=text]", arguing)
    page.get_by_role("button", name="Send update").click()
    expect(page.get_by_role("alert")).to_contain_text("not our fault")
    expect(page.locator("textarea[name=text]")).to_have_value(arguing)
    words = f"The courier confirmed a new delivery slot, reference {uuid.uuid4().hex[:6]}."
    page.fill("textarea[name=text]", words)
    page.get_by_role("button", name="Send update").click()
    expect(page.get_by_role("status")).to_have_text("Update sent to the customer.")

    def delivered() -> list[EmailMessage]:
        return [
            m
            for m in catcher.messages
            if m["To"] == first and words in plain_text(m) and m["X-Onecase-Case"] == number
        ]

    catcher.wait_for(len(catcher.messages) + 1)
    expect(page.locator("ul.sent li", has_text="progress update")).to_be_visible(timeout=60_000)
    assert len(delivered()) == 1, "the update is delivered once, by SMTP, to the customer"

    # An internal note stays internal and shows in the case's history.
    page.fill("textarea[name=note]", "Called the courier myself.")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator("ol.history li", has_text="Called the courier myself.")).to_be_visible()

    # Bring a team in: the owner stays, and the team shows on the case.
    page.fill("#team", "payments")
    page.fill("#escalate-note", "The refund needs finance.")
    page.get_by_role("button", name="Escalate (you stay the owner)").click()
    expect(page.get_by_role("status")).to_have_text("Team payments added.")
    expect(page.get_by_text("Teams: payments")).to_be_visible()

    # Hand it to the other agent with a note: the owner changes, the history says why, and
    # the customer hears who has the case now.
    owner_before = page.locator(".owner").inner_text()
    other = "ana.silva" if "Sam Rivera" in owner_before else "sam.rivera"
    page.select_option("select[name=to_agent]", other)
    page.fill("#transfer-note", "Knows this courier well.")
    page.get_by_role("button", name="Transfer").click()
    expect(page.get_by_role("status")).to_have_text("Case transferred.")
    moved = page.locator("ol.history li", has_text="Knows this courier well.")
    expect(moved.filter(has_text="(from ")).to_be_visible()
    assert page.locator(".owner").inner_text() != owner_before
    expect(page.locator("ul.sent li", has_text="transfer")).to_be_visible(timeout=60_000)

    # Resolve it with closing words: the customer gets them by SMTP, once.
    closing = f"Your refund is on its way, reference {uuid.uuid4().hex[:6]}."
    page.fill("textarea[name=closing]", closing)
    page.get_by_role("button", name="Resolve").click()
    expect(page.get_by_role("status")).to_have_text("Case resolved.")
    expect(page.locator("h1 .status")).to_have_text("resolved")
    expect(page.locator("ul.sent li", has_text="resolution")).to_be_visible(timeout=60_000)
    resolutions = [m for m in catcher.messages if m["To"] == first and closing in plain_text(m)]
    assert len(resolutions) == 1, "the closing words reach the customer once"

    # The lead and operations views render for a lead; ops sees all three services ready.
    page.goto(f"{base}/ui/lead")
    expect(page.get_by_role("heading", name="The team")).to_be_visible()
    page.screenshot(path=SCREENSHOTS / "desk-lead.png", full_page=True)
    page.goto(f"{base}/ui/ops")
    expect(page.locator("td.ok", has_text="ready")).to_have_count(3, timeout=30_000)
    page.screenshot(path=SCREENSHOTS / "desk-ops.png", full_page=True)

    # Readable on a phone.
    phone = new_page(browser, console_errors, width=390)
    log_in(phone, base)
    phone.goto(f"{base}/ui/cases/{number}")
    expect(phone.get_by_role("heading", name="What the customer said")).to_be_visible()
    phone.screenshot(path=SCREENSHOTS / "desk-case-390.png", full_page=True)

    page.get_by_role("button", name="Log out").click()
    expect(page.locator("input[name=token]")).to_be_visible()
    assert console_errors == []


def test_an_anonymous_browser_sees_no_case_data(
    services: RunningServices, browser: Browser, console_errors: list[str]
) -> None:
    base = services.url("triage")
    send_email(services, 2)
    page = new_page(browser, console_errors)
    for path in ("/ui/", "/ui/social", "/ui/lead", "/ui/ops", "/ui/cases/OC-1", "/ui/events"):
        page.goto(f"{base}{path}")
        expect(page.locator("input[name=token]")).to_be_visible()
        assert CUSTOMERS[2].name not in page.content()
        assert "OC-" not in page.content()
    page.screenshot(path=SCREENSHOTS / "desk-login.png")
    # A wrong token is refused, and the session cookie is never readable from script.
    page.fill("input[name=token]", "not-a-token")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("That token is not valid.")
    log_in(page, base)
    [cookie] = [c for c in page.context.cookies() if c["name"] == "onecase_desk"]
    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] == "Strict"
    # A form posted without the session's CSRF token does nothing.
    response = page.request.post(
        f"{base}/ui/agents/agent-1/availability", form={"available": "false", "csrf": "forged"}
    )
    assert "expired" in response.url, "a forged CSRF token is refused"
    page.goto(f"{base}/ui/lead")
    expect(page.locator("tr", has_text="Sam Rivera")).to_contain_text("available")
    assert console_errors == []


def test_the_social_watch_shows_a_public_tweet_and_the_public_reply_sent_to_it(
    services: RunningServices,
    browser: Browser,
    channel_sandbox: ChannelSandbox,
    console_errors: list[str],
) -> None:
    base = services.url("triage")
    page = new_page(browser, console_errors)
    log_in(page, base)
    page.goto(f"{base}/ui/social")
    expect(page.get_by_role("heading", name="Social watch")).to_be_visible()
    tweet = build_tweet(str(1_900_000_000_000_000_000 + uuid.uuid4().int % 10**9))
    # An author of this run's own: other tests' tweets from the demo author are on the shared
    # topic too, and this test's consumer groups read them (they would open the case first).
    # Their replayed posts carry the demo's words too: this one's words are its own, so the
    # post found below (and its reply state) is this test's.
    delivery = json.loads(tweet)
    author = str(5_000_000 + uuid.uuid4().int % 10**6)
    kettle = "".join(chr(ord("a") + byte % 26) for byte in uuid.uuid4().bytes[:8])
    words = f"@onecase_shop my {kettle} kettle arrived smashed and nobody answers my emails."
    event = delivery["tweet_create_events"][0]
    event["user"] |= {"id": int(author), "id_str": author}
    event["text"] = words
    tweet = json.dumps(delivery).encode()
    assert post_tweet(services.url("intake"), X_SECRET, tweet).status_code == 202
    # Intake keeps the customer's words without the leading mention of our own account.
    post = page.locator("li.post", has_text=words.removeprefix("@onecase_shop "))
    # The tweet arrives live, then the public reply notify sent under it shows as sent.
    expect(post).to_be_visible(timeout=60_000)
    expect(post.locator(".reply-state")).to_contain_text("Public reply sent", timeout=60_000)
    expect(post).to_contain_text("reach")
    tweet_id = json.loads(tweet)["tweet_create_events"][0]["id_str"]
    replies = [
        c
        for c in channel_sandbox.calls("x_reply")
        if c["body"].get("reply", {}).get("in_reply_to_tweet_id") == tweet_id
    ]
    assert len(replies) == 1
    page.screenshot(path=SCREENSHOTS / "desk-social.png", full_page=True)

    # The inbox filters by channel and visibility: the tweet's case is public, on X.
    number = post.get_attribute("data-case")
    assert number
    page.goto(f"{base}/ui/")
    page.select_option("select[name=channel]", "x")
    page.select_option("select[name=visibility]", "public")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("li.case", has_text=number)).to_be_visible()
    page.select_option("select[name=visibility]", "private")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("li.case", has_text=number)).to_have_count(0)
    page.fill("input[name=q]", number)
    page.select_option("select[name=channel]", "")
    page.select_option("select[name=visibility]", "")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("li.case")).to_have_count(1)
    assert console_errors == []
