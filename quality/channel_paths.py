"""Whether a complaint reads the same after the channel it came through.

`make quality` scores each text as triage would see it from web chat. The judgment is also
measured on complaints sent through the live stack, where intake's normalizers stand between
the customer's words and triage: a mail's signature and quoted history are cut, a tweet's
leading mentions are taken out and its links shown in full, a chat message is tidied. This
check sends every tuning text (originals and translations) through the real normalizer of
each channel it could arrive by (a mail has no subject unless `--subject` gives one), and
compares the level and category triage gives the normalized complaint (private, no reach:
the public lift is `quality.public_reach`'s business) with those it gives the text itself.
Every difference is printed with the signals that changed.

Run: `uv run python -m quality.channel_paths ../shared/corpus [--subject "Complaint"]`. A
report, not a gate: a mail's signature is rightly not read, so some differences are expected.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from uuid import uuid4

from onecase_intake.domain.email_normalizer import parse_email
from onecase_intake.domain.normalizers import NORMALIZERS
from onecase_shared.events import Channel, ComplaintReceivedV1, RawDeliveryReceivedV1
from onecase_triage.domain.complaint_signals import read_signals
from quality.__main__ import judge
from quality.dev_set import TUNING, CorpusMissingError, Example, load_examples

BRAND_ID = "1480000000000000001"
_MENTION = re.compile(r"@(\w{1,15})")
_SHORT_LINK = re.compile(r"https://t\.co/\w+")


def as_mail(text: str, subject: str | None = None) -> bytes:
    """`text` as the plain-text body of a mail, with `subject` if one is given."""
    message = EmailMessage()
    if subject:
        message["Subject"] = subject
    message["From"] = "Pat Doe <pat@example.org>"
    message["To"] = "support@example.com"
    message["Message-ID"] = f"<{uuid4()}@example.org>"
    message.set_content(text)
    return bytes(message)


def as_tweet(text: str) -> bytes:
    """`text` as an X Account Activity delivery of one tweet, its mentions and links marked."""
    mentions = [
        {"screen_name": m[1], "id_str": str(1000 + i), "indices": [m.start(), m.end()]}
        for i, m in enumerate(_MENTION.finditer(text))
    ]
    links = [
        {"url": m[0], "expanded_url": "https://example.com/p", "indices": [m.start(), m.end()]}
        for m in _SHORT_LINK.finditer(text)
    ]
    author = {"id_str": "1690000000000000042", "screen_name": "pat", "followers_count": 0}
    tweet = {
        "id_str": "1750000000000000101",
        "created_at": "Mon Nov 23 09:29:58 +0000 2026",
        "text": text,
        "in_reply_to_user_id_str": BRAND_ID,
        "user": author,
        "entities": {"hashtags": [], "urls": links, "user_mentions": mentions, "symbols": []},
    }
    return json.dumps({"for_user_id": BRAND_ID, "tweet_create_events": [tweet]}).encode()


def as_chat(text: str) -> bytes:
    """`text` as one visitor message of an Onecase chat delivery."""
    now = datetime.now(UTC).isoformat()
    return json.dumps(
        {
            "type": "chat.messages",
            "session": {"id": "s1", "started_at": now},
            "visitor": {"id": "v1"},
            "messages": [{"id": "m1", "author": "visitor", "text": text, "sent_at": now}],
        }
    ).encode()


def through_mail(text: str, subject: str | None = None) -> ComplaintReceivedV1:
    """What intake makes of `text` sent by mail."""
    outcome = parse_email(
        as_mail(text, subject),
        raw_delivery_id="q",
        correlation_id=uuid4(),
        received_at=datetime.now(UTC),
    )
    if not isinstance(outcome, ComplaintReceivedV1):
        raise ValueError(f"mail ignored the text: {outcome}")
    return outcome


def _through(channel: Channel, provider: str, body: bytes) -> ComplaintReceivedV1:
    raw = RawDeliveryReceivedV1(
        correlation_id=uuid4(),
        delivery_id="q",
        channel=channel,
        provider=provider,
        content_type="application/json",
        body=body,
        received_at=datetime.now(UTC),
    )
    (outcome,) = NORMALIZERS[provider](raw)
    if not isinstance(outcome, ComplaintReceivedV1):
        raise ValueError(f"{channel} ignored the text: {outcome}")
    return outcome


def through_x(text: str) -> ComplaintReceivedV1:
    """What intake makes of `text` tweeted at the brand."""
    return _through(Channel.X, "x", as_tweet(text))


def through_chat(text: str) -> ComplaintReceivedV1:
    """What intake makes of `text` typed into the web chat."""
    return _through(Channel.CHAT, "onecase-chat", as_chat(text))


PATHS: dict[str, Callable[[str], ComplaintReceivedV1]] = {
    "mail": through_mail,
    "x": through_x,
    "chat": through_chat,
}


def paths_for(example: Example) -> list[str]:
    """The channels a text of this source could come by (a long letter is no tweet)."""
    if "twcs" in example.source:
        return ["x", "mail", "chat"]
    if "cfpb" in example.source:
        return ["mail"]
    return ["chat", "mail"]


def compare(example: Example, path: str, subject: str | None = None) -> str | None:
    """None when `path` leaves the judgment alone, else a line saying what changed."""
    complaint = through_mail(example.text, subject) if path == "mail" else PATHS[path](example.text)
    text = f"{complaint.subject}\n{complaint.text}" if complaint.subject else complaint.text
    direct, via = judge(example), judge(replace(example, text=text))
    if direct == via:
        return None
    before, after = read_signals(example.text).found, read_signals(text).found
    lost = sorted(name for name in before if name not in after)
    gained = sorted(name for name in after if name not in before)
    return (
        f"{path}: {example.source} {example.lang} {direct} -> {via}; lost {lost}, gained {gained}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print how many tuning texts read differently through each channel."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus"))
    parser.add_argument("--subject", help="the subject line of every mail (default: none)")
    args = parser.parse_args(argv)
    try:
        examples = [e for e in load_examples(args.corpus) if e.split == TUNING]
    except CorpusMissingError as missing:
        print(f"no corpus, nothing checked: {missing}")
        return 0
    counts = {path: [0, 0] for path in PATHS}
    for example in examples:
        for path in paths_for(example):
            counts[path][0] += 1
            if (line := compare(example, path, args.subject)) is not None:
                counts[path][1] += 1
                print(line)
    for path, (sent, changed) in counts.items():
        print(f"{path}: {sent} texts sent, {changed} read differently")
    return 0


if __name__ == "__main__":
    sys.exit(main())
