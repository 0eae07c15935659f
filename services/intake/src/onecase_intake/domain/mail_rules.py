"""Rules every mail provider shares: automated mail, case references, threading, HTML bodies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from email.utils import getaddresses

from selectolax.lexbor import LexborHTMLParser

AUTOMATED_PRECEDENCE = frozenset({"bulk", "junk", "list", "auto_reply"})
DAEMON_SENDERS = frozenset({"mailer-daemon", "postmaster"})

# Subjects are typed or pasted by customers: only the exact form we print counts.
_CASE_IN_TEXT = re.compile(r"\bOC-[0-9A-F]{8}\b")
# Reply addresses are ours, but some MTAs fold the local part's case on the way back.
_CASE_IN_RECIPIENT = re.compile(r"^case\+(OC-[0-9A-F]{8})@", re.IGNORECASE)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_DROPPED_HTML = ("script", "style", "head", "title", "template", "noscript")
_BLOCK_HTML = (
    "p, div, li, tr, td, th, h1, h2, h3, h4, h5, h6, blockquote, pre, table, ul, ol, "
    "section, article, header, footer, hr"
)
_BLANK_LINES = re.compile(r"\n{3,}")


def automated_reason(headers: Iterable[tuple[str, str]], *, sender: str) -> str | None:
    """Why a mail with these headers, from `sender`, is machine-sent; None if a person sent it."""
    first: dict[str, str] = {}
    for name, value in headers:
        first.setdefault(name.strip().lower(), str(value).strip())
    auto_submitted = first.get("auto-submitted", "no").split(";")[0].split("(")[0]
    if auto_submitted.strip().lower() != "no":
        return "auto_submitted"
    if first.get("precedence", "").lower() in AUTOMATED_PRECEDENCE:
        return "bulk_precedence"
    if first.get("content-type", "").lower().startswith("multipart/report"):
        return "delivery_report"
    if "x-loop" in first:
        return "mail_loop"
    if "x-autoreply" in first or "x-autorespond" in first:
        return "auto_reply"
    if sender.partition("@")[0].lower() in DAEMON_SENDERS:
        return "mailer_daemon"
    return None


def case_reference(*, subject: str | None, recipients: Iterable[str] = ()) -> str | None:
    """The "OC-XXXXXXXX" case a mail belongs to: a `case+OC-…@` recipient, else the subject."""
    for _name, address in getaddresses(list(recipients)):
        found = _CASE_IN_RECIPIENT.match(address.strip())
        if found:
            return found.group(1).upper()
    return case_reference_in_text(subject)


def case_reference_in_text(text: str | None) -> str | None:
    """The first "OC-" + 8 uppercase hex reference quoted in `text`, if any."""
    found = _CASE_IN_TEXT.search(text or "")
    return found.group(0) if found else None


def thread_ids(*header_values: str | None) -> tuple[str, ...]:
    """Message ids from In-Reply-To and References values, in order, without repeats."""
    ids: list[str] = []
    for value in header_values:
        for message_id in _MESSAGE_ID.findall(value or ""):
            if message_id not in ids:
                ids.append(message_id)
    return tuple(ids)


def tidy_text(text: str) -> str:
    """Trailing spaces off every line, no runs of blank lines, no blank edges."""
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: blocks and <br> become line breaks, scripts vanish."""
    if not html.strip():
        return ""
    tree = LexborHTMLParser(html)
    tree.strip_tags(list(_DROPPED_HTML))
    for node in tree.css("br"):
        node.insert_after("\n")
    for node in tree.css(_BLOCK_HTML):
        node.insert_before("\n")
        node.insert_after("\n")
    root = tree.body or tree.root
    return tidy_text(root.text(separator="") if root is not None else "")
