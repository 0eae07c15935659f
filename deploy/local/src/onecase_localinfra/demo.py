"""The live demo of `make run`: real complaints in through the webhook, acknowledgments out."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import httpx

from onecase_localinfra.smtp_sink import read_mail
from onecase_shared import standard_webhooks


@dataclass(frozen=True)
class DemoComplaint:
    """One customer email for the demo."""

    name: str
    address: str
    subject: str
    text: str


DEMO_COMPLAINTS = (
    DemoComplaint(
        "Maria Keller",
        "maria.keller@example.net",
        "Order 48213 arrived broken - second time!",
        "Hello,\n\nMy order 48213 (the ceramic coffee grinder) arrived this morning with the "
        "handle snapped off. This is the SECOND time this has happened and I have now waited "
        "three weeks for a working grinder. I want a replacement that actually arrives intact, "
        "or my money back.\n\nMaria",
    ),
    DemoComplaint(
        "Daniel Okafor",
        "d.okafor@example.org",
        "Charged twice for my subscription",
        "Hi, I was charged 14.99 twice on 3 November for my monthly plan (account DK-7731). "
        "I have written to you twice already with no answer. Please refund the duplicate "
        "charge.\n\nDaniel Okafor",
    ),
    DemoComplaint(
        "Priya Raman",
        "priya.raman@example.com",
        "Technician never showed up",
        "I took a day off work because your technician was booked between 8 and 12 today to "
        "repair my router. Nobody came and nobody called. I would like to know what happened "
        "and when someone will actually come.",
    ),
)


def build_mail(complaint: DemoComplaint) -> bytes:
    """The complaint as the raw RFC 822 bytes a mail provider would forward."""
    mail = EmailMessage()
    mail["From"] = f"{complaint.name} <{complaint.address}>"
    mail["To"] = "support@onecase.example"
    mail["Subject"] = complaint.subject
    mail["Message-ID"] = make_msgid(domain=complaint.address.split("@")[1])
    mail.set_content(complaint.text)
    return bytes(mail)


def post_signed_mail(intake_url: str, secret: str, raw: bytes) -> httpx.Response:
    """POST one raw mail to intake, signed as Standard Webhooks requires."""
    headers = standard_webhooks.signed_headers(secret, f"msg_{uuid.uuid4().hex}", raw)
    headers["content-type"] = "message/rfc822"
    return httpx.post(f"{intake_url}/webhooks/email/raw", content=raw, headers=headers, timeout=30)


def run_demo(*, intake_url: str, secret: str, mail_log: Path, timeout: float = 60.0) -> bool:
    """Send the demo complaints and print each acknowledgment; True if all arrived."""
    sent: dict[str, DemoComplaint] = {}
    for complaint in DEMO_COMPLAINTS:
        response = post_signed_mail(intake_url, secret, build_mail(complaint))
        print(f"→ {complaint.name}: webhook answered {response.status_code}")
        sent[complaint.address] = complaint
    acknowledged: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + timeout
    while len(acknowledged) < len(sent) and time.monotonic() < deadline:
        for mail in read_mail(mail_log):
            for address in mail["rcpt_tos"]:
                if address in sent and address not in acknowledged:
                    acknowledged[address] = mail
                    _print_acknowledgment(sent[address], mail)
        time.sleep(0.2)
    missing = set(sent) - set(acknowledged)
    for address in sorted(missing):
        print(f"✗ no acknowledgment for {sent[address].name} within {timeout:.0f}s")
    return not missing


def _print_acknowledgment(complaint: DemoComplaint, mail: dict[str, Any]) -> None:
    headers = mail["headers"]
    print(
        f"\n✓ case {headers.get('X-Onecase-Case')} for {complaint.name}: "
        f"acknowledged by email ({headers.get('Subject')})\n"
        + "\n".join(f"    {line}" for line in mail["text"].strip().splitlines())
    )


def lead_token(desk_tokens: str) -> str:
    """The first lead or admin token of `ONECASE_DESK_TOKENS` (`token=user:role` entries)."""
    for entry in desk_tokens.split():
        token, _, who = entry.partition("=")
        if who.endswith((":lead", ":admin")):
            return token
    msg = "ONECASE_DESK_TOKENS has no lead or admin token for the demo's desk view"
    raise ValueError(msg)


def desk_invitation(triage_url: str, token: str) -> str:
    """Where the browser desk is, and the token that signs in (never a hashed one)."""
    if token.startswith("sha256:"):
        return f"\nThe desk in a browser: {triage_url}/ui/ (sign in with your desk token)"
    return f"\nThe desk in a browser: {triage_url}/ui/  (sign in with the dev token: {token})"


def show_desk(*, triage_url: str, token: str) -> None:
    """Print the open cases as the desk API serves them: urgency with reasons, category, owner."""
    response = httpx.get(
        f"{triage_url}/cases", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    response.raise_for_status()
    print(f"\nThe desk (GET {triage_url}/cases, most urgent first):")
    for case in response.json():
        urgency, owner = case["urgency"], case["owner"] or {"display_name": "(queued)"}
        reasons = ", ".join(f"{r['signal']} {r['points']:+d}" for r in urgency["reasons"]) or "-"
        print(
            f"  {case['number']}  {urgency['level'].upper():<8} {urgency['score']:>3}  "
            f"{case['category']['name']:<20} owner: {owner['display_name']:<16} why: {reasons}"
        )
