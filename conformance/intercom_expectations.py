"""What the Intercom normalizer must make of every real notification in the corpus.

The corpus lives outside the repository (`../shared/corpus`, see its SOURCES.md for
licences); nothing from it is copied here, only file names and the outcomes expected from
reading each payload. Run `uv run python conformance/intercom_expectations.py [DIR]`.

Both deliveries are in the API 1.x shape: the opening message is `conversation_message` and
the customer is `user`, not `source` and `source.author` as in API 2.x.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from onecase_intake.domain.intercom_normalizer import normalize_intercom
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_shared.events import Channel, ComplaintReceivedV1, RawDeliveryReceivedV1

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "webhooks" / "intercom"

# Outcome kinds: "complaint:<message_kind>", "ignored:<reason>", or "malformed".
EXPECTED: dict[str, list[str]] = {
    # A lead opens a conversation with "<p>Hello everyone!</p>"; no parts yet.
    "conversation_user_created.json": ["complaint:intercom"],
    # One new part: a user comment asking for help; the opening message ("Hello") came with
    # conversation.user.created and is not repeated.
    "conversation_user_replied.json": ["complaint:intercom"],
}

# Fields of the (single) complaint, read off each payload by hand.
DETAILS: dict[str, dict[str, str]] = {
    "conversation_user_created.json": {
        "author": "chat_visitor:intercom:5c9553cb27e377f24eed49f7",
        # The user's email is "": no email handle.
        "author_handles": "chat_visitor:intercom:5c9553cb27e377f24eed49f7",
        "author_name": "Rose Poodle from St. John's",
        "text": "Hello everyone!",
        "conversation_id": "21321941764",
        "provider_message_id": "331494375",
    },
    "conversation_user_replied.json": {
        "author": "chat_visitor:intercom:5c9553cb27e377f24eed49f7",
        "author_handles": (
            "chat_visitor:intercom:5c9553cb27e377f24eed49f7 email:jerryguitarist@gmail.com"
        ),
        "author_name": "Eeshan Garg",
        "text": "Well, I need some help getting access to a developer account.",
        "conversation_id": "21322009097",
        "provider_message_id": "2824391734",
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
    return normalize_intercom(
        RawDeliveryReceivedV1(
            correlation_id=UUID(int=0),
            delivery_id=path.name,
            channel=Channel.CHAT,
            provider="intercom",
            content_type="application/json",
            body=path.read_bytes(),
            received_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
    )


def details(complaint: ComplaintReceivedV1) -> dict[str, str]:
    """The fields DETAILS speaks about, in the same string form."""
    return {
        "author": complaint.author.key(),
        "author_handles": " ".join(handle.key() for handle in complaint.author_handles),
        "author_name": complaint.author_name or "",
        "text": complaint.text,
        "conversation_id": complaint.conversation_id or "",
        "provider_message_id": complaint.provider_message_id,
    }


def check_corpus(corpus_dir: Path) -> list[Mismatch]:
    """Every disagreement between EXPECTED/DETAILS and the normalizer on the corpus files.

    `corpus_dir` is the folder of Intercom deliveries, or the corpus root holding
    `webhooks/intercom`.
    """
    files = {path.name: path for path in sorted(_deliveries(corpus_dir).glob("*.json"))}
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


def _deliveries(corpus_dir: Path) -> Path:
    nested = corpus_dir / "webhooks" / "intercom"
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
    failed = len({mismatch.file.split(" [")[0] for mismatch in mismatches})
    sys.stdout.write(f"Intercom corpus: {total} files, {total - failed} match\n")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
