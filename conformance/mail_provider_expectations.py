"""What the SendGrid and Postmark normalizers must make of every real delivery in the corpus.

The corpus lives outside the repository (`../shared/corpus`, see its SOURCES.md for
licences); nothing from it is copied here, only file names and the outcomes expected from
reading each payload. Run `uv run python conformance/mail_provider_expectations.py [DIR]`.

SendGrid's `.txt` files are raw multipart/form-data bodies whose lines end in a bare LF; the
boundary is the first line of each file (`--xYzZY`), so the Content-Type is rebuilt from it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_intake.domain.postmark_normalizer import normalize_postmark
from onecase_intake.domain.sendgrid_normalizer import normalize_sendgrid
from onecase_shared.events import Channel, ComplaintReceivedV1, RawDeliveryReceivedV1

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FOLDERS = ("sendgrid_inbound_parse", "postmark")

# Outcome kinds: "complaint:<message_kind>", "ignored:<reason>", or "malformed".
EXPECTED: dict[str, list[str]] = {
    # Parsed mode: from "Example User <test@example.com>", a text and an HTML field, no
    # automated headers, no Message-ID in the headers field.
    "default_data.txt": ["complaint:email"],
    # Raw mode: the whole MIME (multipart/alternative, text + HTML) in the `email` field.
    "raw_data.txt": ["complaint:email"],
    # Raw mode, multipart/mixed with one base64 JPEG attachment.
    "raw_data_with_attachments.txt": ["complaint:email"],
    # Two PNG attachments, HtmlBody and TextBody, no StrippedTextReply, SpamAssassin "No".
    "jpadilla_valid_http_post.json": ["complaint:email"],
    # StrippedTextReply present; FromFull differs from From (john@ vs myUser@): FromFull wins.
    "mvdnbrk_inbound.json": ["complaint:email"],
}

# Fields of the (single) complaint, read off each payload by hand.
DETAILS: dict[str, dict[str, str]] = {
    "default_data.txt": {
        "author": "email:test@example.com",
        "author_name": "Example User",
        # The form's `subject` field wins over the Subject in its `headers` field, as the two
        # disagree in this sample ("Inbound Parse Test Data").
        "subject": "Testing non-raw",
        "text": "Hello Twilio SendGrid!",
        "attachments": "",
    },
    "raw_data.txt": {
        "author": "email:test@example.com",
        # Raw mode reads the MIME, not the form field ("Testing with Request.bin").
        "subject": "Inbound Parse Test Raw Data",
        "text": "Hello Twilio SendGrid!",
        "attachments": "",
    },
    "raw_data_with_attachments.txt": {
        "author": "email:test@example.com",
        "subject": "Inbound Parse Test Raw Data with Attachment",
        "text": "Hello Twilio SendGrid!",
        "attachments": "SendGrid.jpg image/jpeg",
    },
    "jpadilla_valid_http_post.json": {
        "author": "email:bob@bob.com",
        "author_name": "Bob Bobson",
        "subject": "Hi There",
        "text": "This is awesome!",
        "provider_message_id": "<CAGXpo2WKfxHWZ5UFYCR3H_J9SNMG+5AXUovfEFL6DjWBJSyZaA@mail.gmail.com>",
        "attachments": "chart.png image/png; chart2.png image/png",
        # Postmark states ContentLength; SendGrid's sizes would have to be decoded to be known.
        "attachment_sizes": "2000, 1000",
    },
    "mvdnbrk_inbound.json": {
        "author": "email:john@example.com",
        "author_name": "John Doe",
        "subject": "Postmark inbound message test",
        "text": "Okay, thank you for testing this inbound message!",
        "provider_message_id": "<test-message-id@mail.example.com>",
        # "plain/text" is what the payload says: passed on, not corrected.
        "attachments": "myimage.png image/png; test.txt plain/text",
        "attachment_sizes": "4096, 8",
    },
}


@dataclass(frozen=True)
class Mismatch:
    """A corpus file whose outcomes differ from the expectation (or that has none).

    A field that differs from DETAILS is reported as `file [field]`.
    """

    file: str
    expected: list[str] | None
    actual: list[str] | None


def outcome_kind(outcome: Normalized) -> str:
    """The short form an expectation is written in."""
    if isinstance(outcome, Ignored):
        return f"ignored:{outcome.reason}"
    return f"complaint:{outcome.message_kind}"


def normalize_file(path: Path) -> list[Normalized]:
    """Normalize one corpus file as the intake pipeline would; raises MalformedDeliveryError."""
    body = path.read_bytes()
    normalize: Callable[[RawDeliveryReceivedV1], list[Normalized]] = normalize_postmark
    content_type, provider = "application/json", "postmark"
    if path.suffix == ".txt":
        boundary = body.lstrip().split(b"\n", 1)[0].strip().removeprefix(b"--")
        content_type = "multipart/form-data; boundary=" + boundary.decode("ascii", "replace")
        normalize, provider = normalize_sendgrid, "sendgrid"
    return normalize(
        RawDeliveryReceivedV1(
            correlation_id=UUID(int=0),
            delivery_id=path.name,
            channel=Channel.EMAIL,
            provider=provider,
            content_type=content_type,
            body=body,
            received_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
    )


def details(complaint: ComplaintReceivedV1) -> dict[str, str]:
    """The fields DETAILS speaks about, in the same string form."""
    return {
        "author": complaint.author.key(),
        "author_name": complaint.author_name or "",
        "subject": complaint.subject or "",
        "text": complaint.text,
        "provider_message_id": complaint.provider_message_id,
        "attachments": "; ".join(f"{a.filename} {a.content_type}" for a in complaint.attachments),
        "attachment_sizes": ", ".join(str(a.size) for a in complaint.attachments),
    }


def check_corpus(corpus_dir: Path) -> list[Mismatch]:
    """Every disagreement between EXPECTED/DETAILS and the normalizers on the corpus files.

    `corpus_dir` is the corpus root (holding `webhooks/`) or its `webhooks` folder.
    """
    files = {path.name: path for path in _deliveries(corpus_dir)}
    mismatches = []
    for name in sorted(files.keys() | EXPECTED.keys()):
        path = files.get(name)
        try:
            outcomes = normalize_file(path) if path else None
            actual = [outcome_kind(o) for o in outcomes] if outcomes is not None else None
        except MalformedDeliveryError:
            outcomes, actual = [], ["malformed"]
        if actual != EXPECTED.get(name):
            mismatches.append(Mismatch(name, EXPECTED.get(name), actual))
            continue
        complaints = [o for o in outcomes or () if isinstance(o, ComplaintReceivedV1)]
        if not complaints:
            continue
        got = details(complaints[0])
        for field, want in DETAILS.get(name, {}).items():
            if got[field] != want:
                mismatches.append(Mismatch(f"{name} [{field}]", [want], [got[field]]))
    return mismatches


def _deliveries(corpus_dir: Path) -> list[Path]:
    webhooks = corpus_dir / "webhooks" if (corpus_dir / "webhooks").is_dir() else corpus_dir
    return sorted(
        path
        for folder in FOLDERS
        if (webhooks / folder).is_dir()
        for path in (webhooks / folder).iterdir()
        if path.suffix in (".txt", ".json")
    )


def main(argv: list[str]) -> int:
    """Print the mismatches; exit 1 if there are any, 0 (skipping) if there is no corpus."""
    corpus_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    if not corpus_dir.is_dir():
        sys.stdout.write(f"skipped: no corpus at {corpus_dir}\n")
        return 0
    mismatches = check_corpus(corpus_dir)
    for mismatch in mismatches:
        sys.stdout.write(f"{mismatch.file}: expected {mismatch.expected}, got {mismatch.actual}\n")
    total = len(EXPECTED.keys() | {path.name for path in _deliveries(corpus_dir)})
    failed = len({mismatch.file.split(" [")[0] for mismatch in mismatches})
    sys.stdout.write(f"SendGrid + Postmark corpus: {total} files, {total - failed} match\n")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
