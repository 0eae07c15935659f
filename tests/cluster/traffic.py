"""Complaints on three channels for the cluster test, and how to find each one's answer."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

import httpx

from onecase_localinfra.demo import DEMO_COMPLAINTS, DemoComplaint, build_mail, post_signed_mail
from onecase_localinfra.demo_social import build_chat, build_tweet, post_chat, post_tweet
from tests.integration.conftest import MailCatcher
from tests.integration.sandbox_fixture import ChannelSandbox

EMAIL_SECRET = "whsec_" + "Y2x1c3Rlci10ZXN0LXdlYmhvb2stc2VjcmV0"
X_SECRET = "x-cluster-secret"
CHAT_SECRET = "chat-cluster-secret"
CHANNELS = ("email", "chat", "x")


@dataclass(frozen=True)
class Complaint:
    """One complaint sent: its channel, the customer's handle as cases record it, its body."""

    channel: str
    handle: str  # kind:value, as in a case's reply_target
    body: bytes
    reply_key: str  # the address, chat session or tweet id its answer goes to


def make_complaint(channel: str, n: int) -> Complaint:
    """Complaint number `n` on `channel`, from a customer of its own."""
    run = uuid.uuid4().hex[:8]
    # An order number of its own: a shared one would link customers into one case.
    order = f"{n:03d}{uuid.uuid4().int % 10**6:06d}"
    if channel == "email":
        demo = DEMO_COMPLAINTS[n % len(DEMO_COMPLAINTS)]
        address = f"customer.{n}.{run}@example.net"
        text = f"{demo.text}\n\nMy order number is {order}."
        mail = build_mail(DemoComplaint(f"Customer {n}", address, demo.subject, text))
        return Complaint(channel, f"email:{address}", mail, address)
    if channel == "chat":
        session = f"s_{run}{n}"
        return Complaint(channel, f"chat_visitor:v_{session}", build_chat(session), session)
    tweet_id = str(1_900_000_000_000_000_000 + uuid.uuid4().int % 10**15)
    delivery = json.loads(build_tweet(tweet_id))
    user_id = 10_000 + n
    delivery["tweet_create_events"][0]["user"] |= {
        "id": user_id,
        "id_str": str(user_id),
        "screen_name": f"customer_{n}_{run}",
        "name": f"Customer {n}",
    }
    return Complaint(channel, f"x_id:{user_id}", json.dumps(delivery).encode(), tweet_id)


def post(intake_url: str, complaint: Complaint) -> httpx.Response:
    """Deliver `complaint` to intake as its provider would."""
    if complaint.channel == "email":
        return post_signed_mail(intake_url, EMAIL_SECRET, complaint.body)
    if complaint.channel == "chat":
        return post_chat(intake_url, CHAT_SECRET, complaint.body)
    return post_tweet(intake_url, X_SECRET, complaint.body)


def post_until_accepted(intake_url: str, complaint: Complaint, attempts: int = 30) -> int:
    """Deliver, and redeliver as providers do while intake answers 5xx; returns the tries."""
    for attempt in range(1, attempts + 1):
        try:
            response = post(intake_url, complaint)
        except httpx.HTTPError:
            response = None
        if response is not None and response.status_code == httpx.codes.ACCEPTED:
            return attempt
        time.sleep(1.0)
    msg = f"intake never accepted the {complaint.channel} complaint from {complaint.handle}"
    raise AssertionError(msg)


def answers(
    complaints: list[Complaint], catcher: MailCatcher, sandbox: ChannelSandbox
) -> dict[str, int]:
    """How many answers each complaint's customer got, by handle."""
    by_key: dict[str, int] = {c.reply_key: 0 for c in complaints}

    def count(key: str | None) -> None:
        if key in by_key:
            by_key[key] += 1

    mails: list[EmailMessage] = list(catcher.messages)
    for mail in mails:
        if mail["X-Onecase-Notification"] == "acknowledgment":
            count(str(mail["To"]))
    for call in sandbox.calls("x_reply"):
        if call["status"] == httpx.codes.CREATED:
            count(call["body"].get("reply", {}).get("in_reply_to_tweet_id"))
    for call in sandbox.calls("chat_message"):
        if call["status"] == httpx.codes.CREATED:
            count(_session_in(call["path"], by_key))
    return {c.handle: by_key[c.reply_key] for c in complaints}


def _session_in(path: str, keys: dict[str, int]) -> str | None:
    return next((part for part in path.split("/") if part in keys), None)


def wait_for(condition: Callable[[], bool], timeout: float, every: float = 1.0) -> bool:
    """Poll `condition` until it holds or `timeout` seconds pass; whether it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()
