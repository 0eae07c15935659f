"""The browser desk in Debian's Chromium (Playwright), on the real stack: Kafka, Mongo, SMTP.

Playwright waits for what it looks for (`expect`), so nothing here sleeps to see a change.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from onecase_localinfra.demo import DEMO_COMPLAINTS, DemoComplaint, build_mail
from onecase_localinfra.demo_social import build_tweet, post_chat, post_tweet
from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.kafka_server import LocalKafka
from onecase_shared.events import Topic
from onecase_shared.kafka.dead_letters import DLQ_HEADERS
from onecase_triage.domain.sla import DEFAULT_SLA_POLICY
from tests.builders import a_complaint
from tests.integration.conftest import (
    ALWAYS_ON_SHIFT,
    MailCatcher,
    RunningServices,
    plain_text,
    service_env,
)
from tests.integration.desk_browser import (
    assert_every_control_is_labelled,
    assert_no_horizontal_scroll,
    assert_text_contrast,
    log_in,
    new_page,
    park_dead_letter,
    run_beside_playwright,
    tab_until,
)
from tests.integration.sandbox_fixture import ChannelSandbox
from tests.integration.test_cli_operations import read_all
from tests.integration.test_pipeline import SECRET, post_mail

pytestmark = pytest.mark.integration

X_SECRET = "x-desk-ui-secret"
CHAT_SECRET = "chat-desk-ui-secret"
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


# The support team works around the clock, so SLA clocks run in real time on any day, and a
# first response is due 20 s after a case opens: a case nobody answers is breached while a
# test watches. Every other target is the default.
SLA_POLICY = DEFAULT_SLA_POLICY.model_copy(
    update={
        "targets": {
            level: targets.model_copy(update={"first_response": timedelta(seconds=20)})
            for level, targets in DEFAULT_SLA_POLICY.targets.items()
        }
    }
)


@pytest.fixture
def services(
    module_kafka: LocalKafka,
    mongo: Endpoint,
    smtp: tuple[MailCatcher, int],
    channel_sandbox: ChannelSandbox,
    tmp_path: Path,
) -> Iterator[RunningServices]:
    # Two agents and a lead, always on shift (a case can be handed from one to the other), in
    # a team open around the clock (see SLA_POLICY).
    roster = tmp_path / "roster.json"
    roster.write_text(
        json.dumps(
            {
                "teams": [{"name": "support", "hours": ALWAYS_ON_SHIFT}],
                "agents": [{"shift": ALWAYS_ON_SHIFT} | agent for agent in ROSTER],
            }
        )
    )
    env = service_env(
        module_kafka.bootstrap,
        mongo.address,
        ONECASE_ROSTER_FILE=str(roster),
        ONECASE_EMAIL_WEBHOOK_SECRET=SECRET,
        ONECASE_X_CONSUMER_SECRET=X_SECRET,
        ONECASE_CHAT_WEBHOOK_SECRET=CHAT_SECRET,
        ONECASE_SLA_POLICY=SLA_POLICY.model_dump_json(),
        ONECASE_SWEEP_INTERVAL_S="2",
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

    # Notify marks it sent once the SMTP server took it.
    sent = page.locator("ul.sent li", has_text="progress update on email: sent")
    expect(sent).to_be_visible(timeout=60_000)
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
    assert_text_contrast(page)
    page.screenshot(path=SCREENSHOTS / "desk-lead.png", full_page=True)
    page.goto(f"{base}/ui/ops")
    expect(page.locator("td.ok", has_text="ready")).to_have_count(3, timeout=30_000)
    # Lag per consumer group and topic (each stage has committed by now), and every parked topic.
    lag = page.locator("section[aria-labelledby=l-h] tbody")
    for topic in (Topic.INTAKE_RAW, Topic.COMPLAINTS, Topic.CASES):
        expect(lag.get_by_role("cell", name=topic.value, exact=True).first).to_be_visible()
    parked = page.locator("section[aria-labelledby=d-h] h3")
    expect(parked.filter(has_text=f"{Topic.COMPLAINTS.value}.dlq:")).to_have_count(1)
    expect(parked.filter(has_text="quarantine")).not_to_have_count(0)
    assert_text_contrast(page)
    page.screenshot(path=SCREENSHOTS / "desk-ops.png", full_page=True)

    # Readable on a phone.
    phone = new_page(browser, console_errors, width=390)
    log_in(phone, base)
    phone.goto(f"{base}/ui/cases/{number}")
    expect(phone.get_by_role("heading", name="What the customer said")).to_be_visible()
    phone.screenshot(path=SCREENSHOTS / "desk-case-390.png", full_page=True)

    page.get_by_role("button", name="Log out").click()
    expect(page.locator("input[name=token]")).to_be_visible()
    assert len(delivered()) == 1, "still once, after everything else the case went through"
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


def letters(count: int) -> str:
    """A tag of lowercase letters only: no redaction mistakes it for a number."""
    return "".join(chr(ord("a") + byte % 26) for byte in uuid.uuid4().bytes[:count])


def a_customer(name: str, tag: str, subject: str, text: str) -> DemoComplaint:
    """A customer of this test's own (their name carries `tag`), writing by email."""
    first = name.split()[0].lower()
    return DemoComplaint(f"{name} {tag}", f"{first}.{tag}@example.com", subject, text)


def send(services: RunningServices, customer: DemoComplaint) -> None:
    response = post_mail(services.url("intake"), build_mail(customer))
    assert response.status_code == 202, response.text


def chat(visitor: str, name: str, text: str, email: str | None = None) -> bytes:
    """A web chat delivery from one visitor (docs/chat-webhook.md)."""
    now = datetime.now(UTC).isoformat()
    session = f"s_{uuid.uuid4().hex[:10]}"
    return json.dumps(
        {
            "type": "chat.messages",
            "session": {"id": session, "started_at": now, "page_url": None},
            "visitor": {"id": visitor, "name": name, "email": email, "language": "en"},
            "messages": [
                {"id": "m_1", "author": "visitor", "sent_at": now, "text": text, "attachments": []}
            ],
        }
    ).encode()


def case_number(page: Page, name: str) -> str:
    """The number of `name`'s case, once the inbox shows it (live)."""
    row = page.locator("li.case", has_text=name)
    expect(row).to_be_visible(timeout=60_000)
    number = row.get_attribute("data-case")
    assert number
    return number


def filter_inbox(
    page: Page, *, q: str = "", level: str = "", category: str = "", flagged: bool = False
) -> None:
    page.fill("input[name=q]", q)
    page.select_option("select[name=level]", level)
    page.select_option("select[name=category]", category)
    page.set_checked("input[name=flagged]", flagged)
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()


def shown_cases(page: Page) -> list[str]:
    return [row.get_attribute("data-case") or "" for row in page.locator("li.case").all()]


def test_the_inbox_filters_and_searches_and_the_lead_view_shows_every_case_that_needs_a_lead(
    services: RunningServices, browser: Browser, console_errors: list[str]
) -> None:
    base = services.url("triage")
    tag = letters(8)
    order = f"7{uuid.uuid4().int % 10**6:06d}"
    threat = a_customer(
        "Tom Baker",
        tag,
        "My refund",
        f"I returned the blender of order {order} a month ago. Refund by Friday or I will sue "
        "you and go to the press, you useless idiots.",
    )
    conduct = a_customer(
        "Sara Quinn",
        tag,
        "Your technician",
        "The technician who came to fix my boiler yesterday was rude to me and shouted at my "
        "mother.",
    )
    angry = a_customer(
        "Fay Ortiz", tag, "Still nothing", "This is a DISGRACE, you are USELESS and I am FURIOUS!!!"
    )
    for customer in (threat, conduct, angry, angry, angry):
        send(services, customer)
    page = new_page(browser, console_errors)
    log_in(page, base)
    numbers = {c.name: case_number(page, c.name) for c in (threat, conduct, angry)}
    assert_every_control_is_labelled(page)

    # Search by the customer's name, their handle (the address) and the order number.
    for query, customer in ((conduct.name, conduct), (threat.address, threat), (order, threat)):
        filter_inbox(page, q=query)
        expect(page.locator("li.case")).to_have_count(1)
        assert shown_cases(page) == [numbers[customer.name]], query

    # Flagged: anger that persisted over three messages (the third may still be on its way).
    filter_inbox(page, q=tag, flagged=True)
    expect(page.locator("li.case")).to_have_count(1, timeout=60_000)
    assert shown_cases(page) == [numbers[angry.name]]
    filter_inbox(page, q=tag, category="staff_conduct")
    expect(page.locator("li.case")).to_have_count(1)
    assert shown_cases(page) == [numbers[conduct.name]]

    filter_inbox(page, q=tag)
    expect(page.locator("li.case")).to_have_count(3)
    levels = {
        number: page.locator(f"li.case[data-case='{number}'] .level").inner_text().split()[0]
        for number in numbers.values()
    }
    chosen = levels[numbers[threat.name]]
    assert set(levels.values()) != {chosen}, f"the filter must leave a case out: {levels}"
    filter_inbox(page, q=tag, level=chosen)
    expect(page.locator("li.case")).to_have_count(list(levels.values()).count(chosen))
    assert set(shown_cases(page)) == {n for n, level in levels.items() if level == chosen}
    expect(page.locator("li.case .level").first).to_contain_text(chosen)

    # The lead view lists every case that needs the lead, each in its place.
    page.goto(f"{base}/ui/lead")

    def listed(section: str, number: str) -> Locator:
        region = page.get_by_role("region", name=re.compile(f"^{section}"))
        return region.locator("li", has=page.get_by_role("link", name=number, exact=True))

    expect(listed("Flagged", numbers[angry.name])).to_be_visible()
    expect(listed("Staff conduct", numbers[conduct.name])).to_contain_text(
        re.compile(r"lead follow-up due in \d+ (hours|days)")
    )
    incident = listed("Incident log", numbers[threat.name]).filter(has_text="Threat")
    expect(listed("Incident log", numbers[threat.name]).filter(has_text="Abusive")).to_have_count(1)
    expect(incident).to_contain_text("Threat (sue, the press)")
    expect(incident).to_contain_text(
        "Refund by Friday or I will sue you and go to the press, you useless idiots."
    )
    # Nobody answered the threat within its 20 s first-response target: breached, live.
    breach = listed("SLA warnings", numbers[threat.name]).filter(has_text="first response")
    expect(breach).to_contain_text("breached", timeout=60_000)
    assert_every_control_is_labelled(page)

    # A lead sets the other agent away: they can no longer be handed the case, then back.
    page.goto(f"{base}/ui/cases/{numbers[conduct.name]}")
    owner = page.locator(".owner").inner_text()
    other, other_id = ("Ana Silva", "ana.silva") if "Sam" in owner else ("Sam Rivera", "sam.rivera")
    offered = page.locator("select[name=to_agent] option", has_text=other)
    expect(offered).to_have_count(1)
    for action, state, count in (("Set away", "away", 0), ("Set available", "available", 1)):
        page.goto(f"{base}/ui/lead")
        page.get_by_role("button", name=f"{action} {other}").click()
        expect(page.get_by_role("status")).to_have_text(f"{other_id} is {state}.")
        expect(page.locator("tr", has_text=other)).to_contain_text(state)
        page.goto(f"{base}/ui/cases/{numbers[conduct.name]}")
        expect(offered).to_have_count(count)
    assert console_errors == []


def test_a_lead_confirms_a_contact_and_decides_the_links_a_chat_suggested(
    services: RunningServices, browser: Browser, console_errors: list[str]
) -> None:
    base = services.url("triage")
    intake = services.url("intake")
    tag = letters(8)
    order = f"7{uuid.uuid4().int % 10**6:06d}"
    account = f"8{uuid.uuid4().int % 10**7:07d}"
    alma = a_customer("Alma Reyes", tag, "Parcel missing", f"My order {order} never arrived.")
    eli = a_customer("Eli Stone", tag, "Billing", f"My account {account} was charged twice.")
    send(services, alma)
    send(services, eli)
    page = new_page(browser, console_errors)
    log_in(page, base)
    alma_case = case_number(page, alma.name)
    case_number(page, eli.name)

    # A chat visitor quotes Alma's order and Eli's account: claims, so suggestions for a lead.
    bo = f"Bo Lind {tag}"
    said = f"Hi, my order {order} never came and account {account} was charged twice."
    assert post_chat(intake, CHAT_SECRET, chat(f"v_{tag}_bo", bo, said)).status_code == 202
    bo_case = case_number(page, bo)
    # Another visitor types Alma's address: their message joins her case, unverified.
    asked = f"Any news about my parcel? {tag}"
    visitor = chat(f"v_{tag}_cy", "Cy", asked, email=alma.address)
    assert post_chat(intake, CHAT_SECRET, visitor).status_code == 202

    page.goto(f"{base}/ui/cases/{alma_case}")
    message = page.locator("li.message", has_text=asked)
    expect(message).to_contain_text("unverified contact", timeout=60_000)
    page.reload()  # the contact forms sit outside the live region, with the reply forms
    contact = page.locator("div.contact", has_text="chat")
    expect(contact).to_contain_text("unverified")
    assert_every_control_is_labelled(page)
    contact.get_by_label("Why you are sure it is this customer").fill("She called from home.")
    contact.get_by_role("button", name="Confirm contact").click()
    expect(page.get_by_role("status")).to_have_text("Contact confirmed.")
    expect(contact).to_contain_text("confirmed")
    expect(message).not_to_contain_text("unverified contact")

    page.goto(f"{base}/ui/cases/{bo_case}")
    by_account = page.locator("div.contact", has_text="account number")
    by_order = page.locator("div.contact", has_text="order number")
    expect(by_account).to_be_visible()
    expect(by_order).to_be_visible()
    by_account.get_by_label("Reason").fill("Another surname and another town.")
    by_account.get_by_role("button", name="Not the same: reject").click()
    expect(page.get_by_role("status")).to_have_text("Suggestion rejected.")
    expect(by_account).to_have_count(0)
    expect(page.locator("ol.history li", has_text="rejected: Another surname")).to_be_visible()
    by_order.get_by_label("Reason").fill("Same parcel, same street.")
    by_order.get_by_role("button", name="Same person: merge").click()
    expect(page.get_by_role("status")).to_have_text("Customers merged.")
    expect(page.locator("div.contact")).to_have_count(0)
    expect(page.locator("ol.history li", has_text="accepted: Same parcel")).to_be_visible()
    assert console_errors == []


def test_a_lead_redrives_a_dead_letter_and_triage_takes_it(
    services: RunningServices,
    module_kafka: LocalKafka,
    browser: Browser,
    console_errors: list[str],
) -> None:
    base = services.url("triage")
    tag = letters(8)
    name, address = f"Dora Lane {tag}", f"dora.{tag}@example.com"
    complaint = a_complaint(address=address, subject="My kettle never came").model_copy(
        update={"author_name": name}
    )
    # Parked as triage's consumer parks a complaint it gave up on.
    dlq, partition, offset = run_beside_playwright(
        park_dead_letter(
            module_kafka.bootstrap,
            complaint,
            topic=Topic.COMPLAINTS.value,
            key=complaint.author.key(),
            error=RuntimeError(f"the case store refused the write ({tag})"),
            group_id="onecase-triage",
        )
    )
    page = new_page(browser, console_errors)
    log_in(page, base)
    page.goto(f"{base}/ui/ops")
    parked = page.locator("tr", has_text=tag)
    expect(parked).to_contain_text("handler_failed")
    for personal in (name, address, "kettle"):
        assert personal not in page.content(), "the operations view shows no message content"
    assert_every_control_is_labelled(page)

    # A redrive of a message that is not there says so, at once.
    csrf = parked.locator("input[name=csrf]").get_attribute("value") or ""
    wrong: dict[str, str | float | bool] = {
        "topic": dlq,
        "partition": partition,
        "offset": offset + 1000,
        "csrf": csrf,
    }
    answer = page.request.post(f"{base}/ui/ops/redrive", form=wrong, timeout=15_000)
    assert "no%20message%20at" in answer.url, answer.url

    parked.get_by_role("button", name=re.compile("^Redrive")).click()
    expect(page.get_by_role("status")).to_have_text(f"Redriven to {Topic.COMPLAINTS.value}.")
    # Back on its topic as it was, without the dead-letter headers, and triaged from there.
    where = f"{dlq}[{partition}]@{offset}"
    back = [
        record
        for record in run_beside_playwright(
            read_all(module_kafka.bootstrap, Topic.COMPLAINTS.value)
        )
        if record[2].get("onecase-redriven-from") == where
    ]
    assert [(key, value) for key, value, _ in back] == [
        (complaint.author.key().encode(), complaint.model_dump_json().encode())
    ]
    assert not set(back[0][2]) & set(DLQ_HEADERS), "the dead-letter headers stay behind"
    page.goto(f"{base}/ui/")
    expect(page.locator("li.case", has_text=name)).to_be_visible(timeout=60_000)
    assert console_errors == []


def test_the_desk_works_by_keyboard_on_a_phone_and_in_the_viewers_time_zone(
    services: RunningServices, browser: Browser, console_errors: list[str]
) -> None:
    base = services.url("triage")
    customer = a_customer(
        "Ines Moreau",
        letters(8),
        "Cracked kettle lid",
        "My new kettle arrived with a cracked lid and it leaks boiling water on the counter.",
    )
    send(services, customer)
    # Kolkata is UTC+05:30: a time shown in UTC can never pass for a time shown there.
    zone = "Asia/Kolkata"
    page = new_page(browser, console_errors, timezone_id=zone, locale="en-GB")
    log_in(page, base)
    number = case_number(page, customer.name)
    page.goto(f"{base}/ui/?q={customer.address}")

    # Tab goes through every filter, then to the case link, each with a visible focus ring.
    reached = tab_until(page, f"li.case[data-case='{number}'] a.number")
    wanted = ["input[name=q]", *(f"select[name={n}]" for n in ("level", "category")), "button"]
    for control in (*wanted, "select[name=channel]", "select[name=visibility]"):
        assert any(seen.startswith(control) for seen in reached), (control, reached)
    assert any(seen.startswith("input[name=flagged]") for seen in reached), reached
    # A live refresh of the list keeps the focus where it was.
    refreshed = page.evaluate(
        """async () => {
          for (let attempt = 0; attempt < 5; attempt++) {
            const swapped = new Promise(resolve => {
              document.body.addEventListener('htmx:afterSettle', () => resolve(true), {once: true});
              setTimeout(() => resolve(false), 2000);
            });
            htmx.trigger(document.getElementById('live'), 'sse:case');
            if (await swapped) return true;
          }
          return false;
        }"""
    )
    assert refreshed, "the live region refreshed"
    expect(page.locator(f"li.case[data-case='{number}'] a.number")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="What the customer said")).to_be_visible()
    assert f"/ui/cases/{number}" in page.url
    assert_every_control_is_labelled(page)
    assert_text_contrast(page)

    # Times are the viewer's, not UTC.
    stamp = page.locator("ol.timeline time").first
    local = datetime.fromisoformat(stamp.get_attribute("datetime") or "").astimezone(ZoneInfo(zone))
    expect(stamp).to_contain_text(f"{local.day} {local:%b %Y}, {local:%H:%M}")
    expect(stamp).not_to_contain_text("UTC")

    # Readable at 390 px: neither the inbox nor the case page scrolls sideways.
    phone = new_page(browser, console_errors, width=390, timezone_id=zone, locale="en-GB")
    log_in(phone, base)
    expect(phone.locator("li.case", has_text=customer.name)).to_be_visible()
    assert_no_horizontal_scroll(phone)
    assert_text_contrast(phone)
    phone.goto(f"{base}/ui/cases/{number}")
    expect(phone.get_by_role("heading", name="What the customer said")).to_be_visible()
    assert_no_horizontal_scroll(phone)
    assert console_errors == []
