"""What the X normalizer must make of every real Account Activity delivery in the corpus.

The corpus lives outside the repository (`../shared/corpus`, see its SOURCES.md for
licences); nothing from it is copied here, only file names and the outcomes expected from
reading each payload. Run `uv run python conformance/x_expectations.py [DIR]`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_intake.domain.x_normalizer import normalize_x
from onecase_shared.events import Channel, RawDeliveryReceivedV1

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "webhooks" / "x"

# Outcome kinds: "complaint:<message_kind>", "ignored:<reason>", or "malformed".
EXPECTED: dict[str, list[str]] = {
    "direct_message-incoming.json": ["complaint:x_dm"],
    "direct_message-incoming_2.json": ["complaint:x_dm"],
    # The text is only the t.co link to the GIF itself: kept for the media, with empty text.
    "direct_message-incoming_with_media.json": ["complaint:x_dm"],
    "direct_message-incoming_with_url.json": ["complaint:x_dm"],
    "direct_message-outgoing.json": ["ignored:own_message"],
    "direct_message_indicate_typing.json": ["ignored:typing"],
    "direct_message_mark_read.json": ["ignored:read"],
    "favorited.json": ["ignored:favorite"],
    "follow-unfollow.json": ["ignored:follow"],
    "follow.json": ["ignored:follow"],
    "tweet_create-outgoing.json": ["ignored:own_message"],
    # A reply in the author's own thread that mentions us: a public complaint.
    "tweet_create-response.json": ["complaint:tweet"],
    "tweet_create-retweet.json": ["ignored:retweet"],
    "tweet_create-user_mention.json": ["complaint:tweet"],
    "tweet_create-user_mention_extended.json": ["complaint:tweet"],
    "tweet_create-user_mention_multiple.json": ["complaint:tweet"],
    # Our account mentioning itself.
    "tweet_create-user_mention_outgoing.json": ["ignored:own_message"],
    "tweet_create-user_mention_with_media.json": ["complaint:tweet"],
    "tweet_create-user_mention_with_url.json": ["complaint:tweet"],
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
        channel=Channel.X,
        provider="x",
        content_type="application/json",
        body=body,
        received_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    try:
        return [outcome_kind(outcome) for outcome in normalize_x(raw)]
    except MalformedDeliveryError:
        return ["malformed"]


def check_corpus(corpus_dir: Path) -> list[Mismatch]:
    """Every disagreement between EXPECTED and the normalizer on the files in `corpus_dir`.

    `corpus_dir` is the folder of X deliveries, or the corpus root holding `webhooks/x`.
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
    nested = corpus_dir / "webhooks" / "x"
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
    sys.stdout.write(f"X corpus: {total} files, {total - len(mismatches)} match\n")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
