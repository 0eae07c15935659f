"""Every expectation table against the corpus files it speaks about, through the normalizers.

    uv run python -m conformance.corpus_check [CORPUS_DIR]

The `*_expectations` modules are data: the outcomes (and, where written, the complaint fields)
expected of each provider payload. This module reads the files as the intake pipeline would,
compares, and reports. The corpus is read in place, never copied (see its SOURCES.md).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from onecase_intake.domain.normalizers import NORMALIZERS
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_shared.events import Channel, ComplaintReceivedV1, RawDeliveryReceivedV1

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
JSON = "application/json"
PAYLOAD_SUFFIXES = (".json", ".txt")


@dataclass(frozen=True)
class Wire:
    """How one corpus file reaches intake: the fields of the raw delivery that carries it."""

    channel: Channel
    provider: str  # picks the normalizer, as `RawDeliveryReceivedV1.provider` does in intake
    content_type: str = JSON


# A constant when every file of a table travels alike; else chosen per file.
WireFor = Wire | Callable[[Path, bytes], Wire]


@dataclass(frozen=True)
class Table:
    """One expectation table, the corpus folders (under `webhooks/`) it covers, their wire."""

    title: str
    folders: tuple[str, ...]
    expected: Mapping[str, list[str]]
    wire: WireFor
    details: Mapping[str, Mapping[str, str]] | None = None


@dataclass(frozen=True)
class Mismatch:
    """A corpus file whose outcomes differ from the expectation (or that has none).

    A field that differs from the written details is reported as `file [field]`.
    """

    file: str
    expected: list[str] | None
    actual: list[str] | None


def outcome_kinds(outcomes: Iterable[Normalized]) -> list[str]:
    """`complaint:<message kind>` or `ignored:<reason>` per outcome, in order."""
    return [
        f"ignored:{o.reason}" if isinstance(o, Ignored) else f"complaint:{o.message_kind}"
        for o in outcomes
    ]


def multipart_content_type(body: bytes) -> str:
    """The Content-Type of a raw multipart/form-data body, rebuilt from its first boundary line."""
    # SendGrid's corpus files are bare bodies (LF line ends): the boundary is their first line.
    boundary = body.lstrip().split(b"\n", 1)[0].strip().removeprefix(b"--")
    return "multipart/form-data; boundary=" + boundary.decode("ascii", "replace")


def complaint_fields(complaint: ComplaintReceivedV1) -> dict[str, str]:
    """Every field an expectation table may write down, in the string form it is written in."""
    return {
        "author": complaint.author.key(),
        "author_handles": " ".join(handle.key() for handle in complaint.author_handles),
        "author_name": complaint.author_name or "",
        "subject": complaint.subject or "",
        "text": complaint.text,
        "conversation_id": complaint.conversation_id or "",
        "provider_message_id": complaint.provider_message_id,
        "attachments": "; ".join(f"{a.filename} {a.content_type}" for a in complaint.attachments),
        "attachment_sizes": ", ".join(str(a.size) for a in complaint.attachments),
    }


def payloads(folders: Path | Iterable[Path]) -> dict[str, Path]:
    """The payload files of the folders that exist, by file name."""
    folders = [folders] if isinstance(folders, Path) else list(folders)
    return {
        path.name: path
        for path in sorted(
            path
            for folder in folders
            if folder.is_dir()
            for path in folder.iterdir()
            if path.suffix in PAYLOAD_SUFFIXES
        )
    }


def normalize_file(path: Path, wire: WireFor) -> list[Normalized]:
    """Normalize one corpus file as the intake pipeline would; raises MalformedDeliveryError."""
    body = path.read_bytes()
    sent = wire(path, body) if callable(wire) else wire
    return NORMALIZERS[sent.provider](
        RawDeliveryReceivedV1(
            correlation_id=UUID(int=0),
            delivery_id=path.name,
            channel=sent.channel,
            provider=sent.provider,
            content_type=sent.content_type,
            body=body,
            received_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
    )


def check_corpus(
    folders: Path | Iterable[Path],
    expected: Mapping[str, list[str]],
    wire: WireFor,
    *,
    details: Mapping[str, Mapping[str, str]] | None = None,
) -> list[Mismatch]:
    """Every disagreement between a table and the normalizers on the files in `folders`.

    A file with no expectation, or an expectation with no file, is a mismatch too. `details`
    are checked on the first complaint of a file whose outcomes match.
    """
    files = payloads(folders)
    mismatches = []
    for name in sorted(files.keys() | expected.keys()):
        path = files.get(name)
        try:
            outcomes = normalize_file(path, wire) if path else None
            actual = outcome_kinds(outcomes) if outcomes is not None else None
        except MalformedDeliveryError:
            outcomes, actual = [], ["malformed"]
        if actual != expected.get(name):
            mismatches.append(Mismatch(name, expected.get(name), actual))
            continue
        complaints = [o for o in outcomes or () if isinstance(o, ComplaintReceivedV1)]
        if not complaints:
            continue
        got = complaint_fields(complaints[0])
        for field, want in (details or {}).get(name, {}).items():
            if got[field] != want:
                mismatches.append(Mismatch(f"{name} [{field}]", [want], [got[field]]))
    return mismatches


def tables() -> list[Table]:
    """Every expectation table, in the order they are reported."""
    # Imported here: the tables import `Table` and `Wire` from this module.
    from conformance import (
        facebook_expectations,
        intercom_expectations,
        mail_provider_expectations,
        x_expectations,
    )

    return [
        x_expectations.TABLE,
        facebook_expectations.TABLE,
        intercom_expectations.TABLE,
        mail_provider_expectations.TABLE,
    ]


def main(argv: Sequence[str]) -> int:
    """Print the mismatches; exit 1 if there are any, 0 (skipping) if there is no corpus."""
    corpus_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    if not corpus_dir.is_dir():
        sys.stdout.write(f"skipped: no corpus at {corpus_dir}\n")
        return 0
    webhooks = corpus_dir / "webhooks" if (corpus_dir / "webhooks").is_dir() else corpus_dir
    failed_any = False
    for table in tables():
        folders = [webhooks / folder for folder in table.folders]
        mismatches = check_corpus(folders, table.expected, table.wire, details=table.details)
        for mismatch in mismatches:
            sys.stdout.write(
                f"{mismatch.file}: expected {mismatch.expected}, got {mismatch.actual}\n"
            )
        total = len(table.expected.keys() | payloads(folders).keys())
        failed = len({mismatch.file.split(" [")[0] for mismatch in mismatches})
        sys.stdout.write(f"{table.title} corpus: {total} files, {total - failed} match\n")
        failed_any = failed_any or bool(mismatches)
    return 1 if failed_any else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
