"""The email normalizer against real mail: Zammad's expected parses and reply-stripping fixtures.

    uv run python -m conformance.email_corpus ../shared/corpus

The corpus is read in place, never copied (see its SOURCES.md for licences). Comparison rules:

- sender: Zammad's `from_email` against our From address, case-insensitively.
- subject: equal once runs of whitespace (folding, tabs, an encoded CR/LF) become one space.
- body: Zammad stores the whole body (quotes and signature included) as HTML when the mail
  had an HTML part, else as plain text; "no visible content" means empty. We compare with
  `extract_body_text`, our text before quote stripping. An HTML expectation is turned into
  text by our own `html_to_text`, so the check is about picking the right part and decoding
  it, not about two HTML renderers agreeing on line breaks. Both sides are NFKC-normalized and
  whitespace-collapsed; a body matches when the word sequences are at least 90 % similar
  (difflib ratio), because a mail's text/plain and text/html alternatives legitimately differ
  in small ways (link targets, a phone number edited in one of them). Exact matches are
  reported too.
"""

from __future__ import annotations

import base64
import difflib
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import yaml

from onecase_intake.domain.email_body import extract_body_text
from onecase_intake.domain.email_headers import charset_hint, header_text, sender_of
from onecase_intake.domain.email_html import html_to_text
from onecase_intake.domain.email_normalizer import parse_email, read_message
from onecase_intake.domain.email_reply import extract_reply, strip_quoted_history
from onecase_intake.domain.language import detect_language
from onecase_intake.domain.outcomes import MalformedDeliveryError
from onecase_shared.events import ComplaintReceivedV1

SENDER_TARGET = 0.95
SUBJECT_TARGET = 0.95
BODY_TARGET = 0.85
BODY_SIMILARITY = 0.90
MAX_SECONDS_PER_MAIL = 1.0
NO_VISIBLE_CONTENT = "no visible content"
# Talon's own expected replies: the reply with its signature, quoted history removed.
TALON_TRUTH = {"iphone.eml": "iphone_reply_text", "sparrow.eml": "sparrow_reply_text"}
# Misses where we believe Zammad's expectation, not our parse, is off. They still count.
KNOWN_DISAGREEMENTS = {
    "mail017.box": "spam whose text/plain and text/html alternatives carry different news",
    "mail018.box": "Zammad leaves UTF-7 (unicode-1-1-utf-7) undecoded; we decode it",
    "mail025.box": "an inline uuencoded file: we list it as an attachment, Zammad keeps the blob",
    "mail026.box": "the HTML part is empty but for its <title>; we read the text/plain part",
    "mail054.box": "broken header folding: Zammad lost the body, we repair the headers and read it",
}
_LOOKS_HTML = re.compile(r"<(?:p|div|br|b|i|span|img|a|table|html|body)\b", re.IGNORECASE)
_CORRELATION = UUID(int=0)
_RECEIVED = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass
class FieldScore:
    """How often one field agreed with the expectation, and where it did not."""

    matched: int = 0
    exact: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Share of compared mails that matched (1.0 when nothing was compared)."""
        return self.matched / self.total if self.total else 1.0


@dataclass
class EmailConformanceReport:
    """Everything one run measured; `summary()` prints it."""

    corpus_dir: Path
    found: bool = False
    mails: int = 0
    expectations: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    timings: list[tuple[float, str]] = field(default_factory=list)
    reply_timings: list[tuple[float, str]] = field(default_factory=list)
    sender: FieldScore = field(default_factory=FieldScore)
    subject: FieldScore = field(default_factory=FieldScore)
    body: FieldScore = field(default_factory=FieldScore)
    reply_truths: FieldScore = field(default_factory=FieldScore)
    reply_runs: list[str] = field(default_factory=list)

    @property
    def slowest(self) -> list[tuple[float, str]]:
        """The five slowest parse_email calls, slowest first."""
        return sorted(self.timings, reverse=True)[:5]

    @property
    def passed(self) -> bool:
        """True when every target holds (or when there was no corpus to check)."""
        if not self.found:
            return True
        return (
            not self.crashes
            and self.sender.rate >= SENDER_TARGET
            and self.subject.rate >= SUBJECT_TARGET
            and self.body.rate >= BODY_TARGET
            and all(seconds < MAX_SECONDS_PER_MAIL for seconds, _ in self.timings)
            and all(seconds < MAX_SECONDS_PER_MAIL for seconds, _ in self.reply_timings)
            and self.reply_truths.rate == 1.0
        )

    def summary(self) -> str:
        """A human-readable report."""
        if not self.found:
            return (
                f"no email corpus at {self.corpus_dir}: email conformance skipped, nothing failed"
            )
        lines = [
            f"Email corpus: {self.corpus_dir}",
            f"mails through parse_email: {self.mails} ({self.expectations} with a Zammad expectation)",
        ]
        lines += [f"  {kind}: {count}" for kind, count in sorted(self.outcomes.items())]
        lines.append(f"crashes (anything but MalformedDeliveryError): {len(self.crashes)}")
        lines += [f"  {crash}" for crash in self.crashes]
        slowest = ", ".join(f"{name} {seconds * 1000:.0f} ms" for seconds, name in self.slowest)
        lines.append(f"slowest parse_email (limit {MAX_SECONDS_PER_MAIL:.0f} s): {slowest}")
        reply_slowest = max(self.reply_timings, default=(0.0, "-"))
        lines.append(
            f"slowest extract_reply on a bare reply fixture: {reply_slowest[1]} "
            f"{reply_slowest[0] * 1000:.0f} ms"
        )
        for label, score, target in (
            ("sender", self.sender, SENDER_TARGET),
            ("subject", self.subject, SUBJECT_TARGET),
            ("body", self.body, BODY_TARGET),
            ("reply vs talon truth", self.reply_truths, 1.0),
        ):
            lines.append(
                f"{label}: {score.matched}/{score.total} = {score.rate:.1%} "
                f"(exact {score.exact}, target {target:.0%})"
            )
            for miss in score.misses:
                known = KNOWN_DISAGREEMENTS.get(miss.split(":", 1)[0])
                lines.append(f"  miss {miss}" + (f"\n       known: {known}" if known else ""))
        lines.append("quote stripping on fixtures without ground truth (chars in → kept):")
        lines += [f"  {run}" for run in self.reply_runs]
        lines.append("RESULT: " + ("all targets met" if self.passed else "TARGETS MISSED"))
        return "\n".join(lines)


def run_email_conformance(corpus_dir: Path) -> EmailConformanceReport:
    """Check the email normalizer against the corpus at `corpus_dir` (the folder with `emails/`)."""
    report = EmailConformanceReport(corpus_dir=corpus_dir)
    emails = corpus_dir / "emails"
    if not emails.is_dir():
        return report
    report.found = True
    detect_language("warm the language model up once, as a running service has it loaded")
    for box in sorted((emails / "zammad").glob("*.box")):
        raw = box.read_bytes()
        _time_parse(report, box.name, raw)
        expected_file = box.with_suffix(".yml")
        if expected_file.is_file():
            report.expectations += 1
            expected = _load_ruby_yaml(expected_file.read_text())
            try:
                _compare_with_zammad(report, box.name, raw, expected)
            except Exception as error:  # a field extractor failing is a crash to report
                report.crashes.append(f"{box.name} (compare): {type(error).__name__}: {error}")
    _check_replies(report, emails)
    return report


def _time_parse(report: EmailConformanceReport, name: str, raw: bytes) -> None:
    report.mails += 1
    started = time.perf_counter()
    try:
        outcome = parse_email(
            raw, raw_delivery_id=name, correlation_id=_CORRELATION, received_at=_RECEIVED
        )
    except MalformedDeliveryError as malformed:
        report.outcomes[f"malformed: {malformed}"] += 1
    except Exception as error:  # the thing this check exists to find
        report.crashes.append(f"{name}: {type(error).__name__}: {error}")
    else:
        kind = (
            "complaint"
            if isinstance(outcome, ComplaintReceivedV1)
            else f"ignored: {outcome.reason}"
        )
        report.outcomes[kind] += 1
    report.timings.append((time.perf_counter() - started, name))


def _compare_with_zammad(
    report: EmailConformanceReport, name: str, raw: bytes, expected: dict[str, Any]
) -> None:
    message = read_message(raw)
    hint = charset_hint(message)
    if expected.get("from_email"):
        sender = sender_of(message, hint)
        ours = sender.address if sender else ""
        _score(report.sender, name, str(expected["from_email"]).strip().lower(), ours)
    if "subject" in expected:
        theirs = _collapse(str(expected["subject"] or ""))
        _score(report.subject, name, theirs, _collapse(header_text(message, "Subject", hint) or ""))
    if expected.get("body") is not None:
        _score(
            report.body,
            name,
            _expected_body(expected),
            _collapse(extract_body_text(message)),
            similar=True,
        )


def _expected_body(expected: dict[str, Any]) -> str:
    body = str(expected["body"])
    if body.strip() == NO_VISIBLE_CONTENT:
        return ""
    # Older fixtures omit content_type even when the stored body is HTML.
    if expected.get("content_type") == "text/html" or _LOOKS_HTML.search(body):
        body = html_to_text(body)
    return _collapse(body)


def _score(
    score: FieldScore, name: str, expected: str, actual: str, *, similar: bool = False
) -> None:
    score.total += 1
    if expected == actual:
        score.exact += 1
        score.matched += 1
    elif similar and _similarity(expected, actual) >= BODY_SIMILARITY:
        score.matched += 1
    else:
        score.misses.append(f"{name}: expected {expected[:90]!r} got {actual[:90]!r}")


def _similarity(expected: str, actual: str) -> float:
    matcher = difflib.SequenceMatcher(None, expected.split(), actual.split(), autojunk=False)
    return matcher.ratio() if matcher.quick_ratio() >= BODY_SIMILARITY else 0.0


def _collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _check_replies(report: EmailConformanceReport, emails: Path) -> None:
    talon = emails / "talon"
    for eml in sorted(talon.rglob("*.eml")):
        raw = eml.read_bytes()
        _time_parse(report, f"talon/{eml.name}", raw)
        full = extract_body_text(read_message(raw))
        newest = strip_quoted_history(full)
        truth = eml.with_name(TALON_TRUTH.get(eml.name, eml.name + ".truth"))
        if truth.is_file():
            _score(
                report.reply_truths,
                f"talon/{eml.name}",
                _collapse(truth.read_text()),
                _collapse(newest),
            )
        else:
            report.reply_runs.append(f"talon/{eml.name}: {len(full)} → {len(extract_reply(full))}")
    for page in sorted(talon.rglob("*.html")):
        full = html_to_text(page.read_text(errors="replace"))
        report.reply_runs.append(f"talon/{page.name}: {len(full)} → {len(extract_reply(full))}")
    for body in sorted((emails / "email_reply_parser").glob("*.txt")):
        full = body.read_text(errors="replace")
        started = time.perf_counter()
        kept = extract_reply(full)
        report.reply_timings.append(
            (time.perf_counter() - started, f"email_reply_parser/{body.name}")
        )
        report.reply_runs.append(f"email_reply_parser/{body.name}: {len(full)} → {len(kept)}")


def _load_ruby_yaml(text: str) -> dict[str, Any]:
    """Zammad's fixtures are Ruby-tagged YAML: read the data, ignore the `!ruby/...` types."""

    class RubyTolerantLoader(yaml.SafeLoader):
        pass

    def any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
        if isinstance(node, yaml.MappingNode):
            return loader.construct_mapping(node, deep=True)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node, deep=True)
        value = loader.construct_scalar(node)  # type: ignore[arg-type]
        return base64.b64decode(value) if suffix == "binary" else value

    RubyTolerantLoader.add_multi_constructor("!", any_tag)
    loaded = yaml.load(text, Loader=RubyTolerantLoader)  # noqa: S506 - SafeLoader subclass
    return loaded if isinstance(loaded, dict) else {}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check on `argv[0]` (default ../shared/corpus); 0 when targets hold or no corpus."""
    args = list(sys.argv[1:] if argv is None else argv)
    report = run_email_conformance(Path(args[0] if args else "../shared/corpus"))
    print(report.summary())
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
