"""What the Facebook normalizer must make of every real Meta page delivery in the corpus.

The corpus lives outside the repository (`../shared/corpus`, see its SOURCES.md for
licences); nothing from it is copied here, only file names and the outcomes expected from
reading each payload. Run `uv run python conformance/facebook_expectations.py [DIR]`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from onecase_intake.domain.facebook_normalizer import normalize_facebook
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_shared.events import Channel, RawDeliveryReceivedV1

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[2] / "shared" / "corpus" / "webhooks" / "facebook_messenger"
)

# Outcome kinds: "complaint:<message_kind>", "ignored:<reason>", or "malformed".
EXPECTED: dict[str, list[str]] = {
    # An image with no text: kept with empty text and the attachment's metadata.
    "attachment.json": ["complaint:messenger"],
    # The recipient (1235) is not the entry's page: the PSID belongs to another page.
    "different_page.json": ["ignored:other_page"],
    "dlr.json": ["ignored:delivery"],
    # Two entries carrying the same mid: the second is the same message again.
    "duplicate_msg.json": ["complaint:messenger", "ignored:duplicate"],
    "echo.json": ["ignored:echo"],
    # A shared item Messenger cannot render ("Foo"): kept like any other attachment.
    "fallback.json": ["complaint:messenger"],
    "hello_msg.json": ["complaint:messenger"],
    # Sender "abc5678" is not a PSID.
    "invalid_urn.json": ["ignored:invalid_sender"],
    "location_attachment.json": ["complaint:messenger"],
    "no_entries.json": [],
    # An entry with neither messaging nor changes holds no events.
    "no_messaging_entries.json": [],
    "not_page.json": ["malformed"],
    "notification_messages_optin.json": ["ignored:optin"],
    "postback.json": ["ignored:postback"],
    "postback_get_started.json": ["ignored:postback"],
    "postback_referral.json": ["ignored:postback"],
    "reel.json": ["complaint:messenger"],
    "referral.json": ["ignored:referral"],
    "referral_optin.json": ["ignored:optin"],
    "referral_optin_user_ref.json": ["ignored:optin"],
    # Its timestamp is in seconds, not milliseconds: irrelevant, received_at is ours.
    "referral_seconds.json": ["ignored:referral"],
    # The 👍 button: an image attachment carrying a sticker_id, no text.
    "thumbs_up.json": ["ignored:sticker"],
    "unknown_messaging_entry.json": ["ignored:unsupported_event"],
}


@dataclass(frozen=True)
class Mismatch:
    """A corpus file whose outcomes differ from the expectation (or that has none)."""

    file: str
    expected: list[str] | None
    actual: list[str] | None


def outcome_kind(outcome: Normalized) -> str:
    """The short form an expectation is written in."""
    if isinstance(outcome, Ignored):
        return f"ignored:{outcome.reason}"
    return f"complaint:{outcome.message_kind}"


def outcome_kinds(body: bytes, name: str) -> list[str]:
    """Normalize one delivery body as the intake pipeline would, in short form."""
    raw = RawDeliveryReceivedV1(
        correlation_id=UUID(int=0),
        delivery_id=name,
        channel=Channel.FACEBOOK,
        provider="meta",
        content_type="application/json",
        body=body,
        received_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    try:
        return [outcome_kind(outcome) for outcome in normalize_facebook(raw)]
    except MalformedDeliveryError:
        return ["malformed"]


def check_corpus(corpus_dir: Path) -> list[Mismatch]:
    """Every disagreement between EXPECTED and the normalizer on the files in `corpus_dir`.

    `corpus_dir` is the folder of Meta deliveries, or the corpus root holding `webhooks/facebook_messenger`.
    """
    files = {path.name: path for path in sorted(_deliveries(corpus_dir).glob("*.json"))}
    mismatches = []
    for name in sorted(files.keys() | EXPECTED.keys()):
        path = files.get(name)
        actual = outcome_kinds(path.read_bytes(), name) if path else None
        if actual != EXPECTED.get(name):
            mismatches.append(Mismatch(name, EXPECTED.get(name), actual))
    return mismatches


def _deliveries(corpus_dir: Path) -> Path:
    nested = corpus_dir / "webhooks" / "facebook_messenger"
    return nested if nested.is_dir() else corpus_dir


def main(argv: list[str]) -> int:
    """Print the mismatches; exit 1 if there are any, 0 (skipping) if there is no corpus."""
    corpus_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    if not corpus_dir.is_dir():
        sys.stdout.write(f"skipped: no corpus at {corpus_dir}\n")
        return 0
    mismatches = check_corpus(corpus_dir)
    for mismatch in mismatches:
        sys.stdout.write(f"{mismatch.file}: expected {mismatch.expected}, got {mismatch.actual}\n")
    total = len(EXPECTED.keys() | {path.name for path in _deliveries(corpus_dir).glob("*.json")})
    sys.stdout.write(f"Facebook corpus: {total} files, {total - len(mismatches)} match\n")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
