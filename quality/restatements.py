"""How acknowledgments restate real complaints, read and judged by a person (issue 13).

`quality/restatement_set.csv` names 60 real complaints (30 CFPB narratives, 30 first tweets to
brands, drawn with a fixed seed from the labelled set's tuning part; keys only, the texts are
read from ../shared/corpus). `quality/restatement_judgments.csv` holds, for each, the sentence a
person read (as a SHA-256 prefix, so a changed sentence is judged again, never silently
carried over) and the verdict: `accurate` (true and specific, or true and plain), `wrong` (it
names a problem the complaint is not about) or `garbled` (not grammatical, or quotes a broken
phrase), with a note. A complaint whose sentence has changed has a row per sentence judged.

The sentence comes from the real path: triage opens the case from the complaint as an email,
the case event is built as triage publishes it, and notify composes the acknowledgment from it.

    uv run python -m quality.restatements ../shared/corpus          # the figures
    uv run python -m quality.restatements ../shared/corpus --show   # every sentence, to judge
"""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import UTC, datetime
from pathlib import Path

from onecase_notify.domain.delivery_plan import ChannelWindows, plan_deliveries
from onecase_notify.domain.message_composer import MessageComposer
from onecase_notify.domain.notification_content import context_for
from onecase_shared.events import CaseEventKind, NotificationKind
from onecase_triage.domain.case_aggregate import event_for
from onecase_triage.domain.case_opening import assess, case_id_for, new_case
from quality.dev_set import load_examples
from tests.builders import email_from

HERE = Path(__file__).resolve().parent
SET = HERE / "restatement_set.csv"
JUDGMENTS = HERE / "restatement_judgments.csv"
GOAL_ACCURATE = 0.9
_COMPOSER = MessageComposer()
_NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def restatement_of(text: str) -> str:
    """The sentence of the acknowledgment email that restates `text`'s complaint."""
    complaint = email_from("customer@example.com", text[:20_000])
    case = new_case(
        complaint,
        case_id=case_id_for(complaint),
        customer_id="cus-quality",
        assessment=assess(complaint),
        weight=1.0,
        sla=(),
        opened_at=_NOW,
    )
    event = event_for(case, CaseEventKind.ASSIGNED, at=_NOW)
    [planned] = [
        p
        for p in plan_deliveries(event, now=_NOW, windows=ChannelWindows())
        if p.kind is NotificationKind.ACKNOWLEDGMENT
    ]
    return _COMPOSER.restatement(context_for(event, planned))


def digest(sentence: str) -> str:
    """The short fingerprint a judgment is tied to."""
    return hashlib.sha256(sentence.encode()).hexdigest()[:12]


def main(corpus: Path, *, show: bool) -> int:
    """Print the sentences (with --show) or the judged figures; 1 when the goal is missed."""
    wanted = {row["source"] for row in _rows(SET)}
    texts = {
        e.source: e.text for e in load_examples(corpus, with_reference=False) if e.lang == "en"
    }
    # A sentence is judged once and keeps its verdict: a complaint whose sentence moves between
    # two wordings as the layers are refitted has a row for each.
    judged = {(r["source"], r["sha"]): r for r in _rows(JUDGMENTS)} if JUDGMENTS.exists() else {}
    verdicts: list[str] = []
    stale = 0
    for source in sorted(wanted):
        sentence = restatement_of(texts[source])
        judgment = judged.get((source, digest(sentence)))
        if judgment is None:
            stale += 1
            verdict = "unjudged"
        else:
            verdict = judgment["verdict"]
            verdicts.append(verdict)
        if show:
            print(f"{source},{digest(sentence)},{verdict}\n  TEXT: {texts[source][:400]!r}")
            print(f"  SAID: {sentence}")
    accurate = verdicts.count("accurate")
    print(
        f"restatements judged: {len(verdicts)} of {len(wanted)} ({stale} changed or unjudged); "
        f"accurate {accurate}, wrong {verdicts.count('wrong')}, "
        f"garbled {verdicts.count('garbled')}"
    )
    if not verdicts:
        return 1
    share = accurate / len(wanted)
    met = share >= GOAL_ACCURATE and "wrong" not in verdicts and stale == 0
    print(
        f"accurate and grammatical: {share:.0%} (goal >= 90%, none wrong): {'met' if met else 'missed'}"
    )
    return 0 if met else 1


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(main(Path(args[0] if args else "../shared/corpus"), show="--show" in sys.argv))
