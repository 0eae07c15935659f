"""`make quality`: triage's judgment on the held-out part of the hand-labelled development set.

Run: `uv run python -m quality ../shared/corpus` (`--part tuning` while developing; the
headline is always the held-out part, which nothing was tuned on). It scores every text with
the shipped judgment exactly as triage does (`assess`, a private first message), then prints
accuracy, macro-F1 and the confusion matrix for urgency and category, critical recall, and how
often a German, French or Spanish translation gets the same level and category as its English
original. The banking77 line is the keyword classifier's figure of `bench/category_accuracy.py`
against the new layer, on banking77's held-out fifth. Exit 1 if a goal is missed, 0 otherwise;
without the corpus it says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind, HandleV1
from onecase_triage.domain.case_opening import assess
from quality.banking77_line import banking77_line
from quality.dev_set import CATEGORIES, HELD_OUT, LEVELS, CorpusMissingError, Example, load_examples
from quality.metrics import accuracy, confusion, macro_f1, per_class

GOALS = {
    "urgency macro-F1": 0.75,
    "critical recall": 0.9,
    "category accuracy": 0.85,
    "language agreement (level)": 0.85,
    "language agreement (category)": 0.85,
}


def judge(example: Example, *, public: bool = False, reach: int = 0) -> tuple[str, str]:
    """The level and category triage gives the text as a new private web-chat message.

    `public` sends it as a first tweet instead, its author followed by `reach` people.
    """
    complaint = ComplaintReceivedV1(
        correlation_id=uuid4(),
        complaint_id=uuid4(),
        channel=Channel.X if public else Channel.CHAT,
        provider_message_id="quality",
        author=HandleV1(
            kind=HandleKind.X_ID if public else HandleKind.CHAT_VISITOR, value="quality"
        ),
        text=example.text[:100_000],
        received_at=datetime.now(UTC),
        raw_delivery_id="quality",
        public=public,
        reach=reach,
    )
    urgency, category = assess(complaint)
    return urgency.level, category.name


def table(
    title: str, truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> None:
    """Accuracy, macro-F1, per-label figures and the confusion matrix (rows: truth)."""
    print(f"\n## {title}: {len(truth)} texts")
    print(
        f"accuracy {accuracy(truth, predicted):.3f}   macro-F1 {macro_f1(truth, predicted, labels):.3f}"
    )
    width = max(map(len, labels)) + 2
    print("label".ljust(width) + "n      prec   recall F1")
    for label, (support, precision, recall, f1) in per_class(truth, predicted, labels).items():
        print(f"{str(label).ljust(width)}{support:<6} {precision:.2f}   {recall:.2f}   {f1:.2f}")
    print("confusion (rows truth, columns predicted): " + " ".join(label[:8] for label in labels))
    for label, row in zip(labels, confusion(truth, predicted, labels), strict=True):
        print(f"  {label[:20].ljust(20)} " + " ".join(f"{n:>8}" for n in row))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures for one part of the development set; 1 if a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus"))
    parser.add_argument("--part", choices=(HELD_OUT, "tuning"), default=HELD_OUT)
    args = parser.parse_args(argv)
    try:
        examples = [
            e for e in load_examples(args.corpus, with_reference=False) if e.split == args.part
        ]
    except CorpusMissingError as missing:
        print(f"make quality: {missing}; nothing measured")
        return 0
    judged = {id(e): judge(e) for e in examples}
    originals = [e for e in examples if e.lang == "en"]
    translated = [e for e in examples if e.lang != "en"]
    print(
        f"# Triage judgment, {args.part} part ({len(originals)} originals, {len(translated)} translations)"
    )

    truth_u = [e.urgency for e in originals]
    pred_u = [judged[id(e)][0] for e in originals]
    table("Urgency (originals)", truth_u, pred_u, LEVELS)
    truth_c = [e.category for e in originals]
    pred_c = [judged[id(e)][1] for e in originals]
    table("Category (originals)", truth_c, pred_c, CATEGORIES)

    english = {e.source: judged[id(e)] for e in originals}
    same_level = [judged[id(e)][0] == english[e.source][0] for e in translated]
    same_category = [judged[id(e)][1] == english[e.source][1] for e in translated]
    figures = {
        "urgency macro-F1": macro_f1(truth_u, pred_u, LEVELS),
        "critical recall": per_class(truth_u, pred_u, ["critical"])["critical"][2],
        "category accuracy": accuracy(truth_c, pred_c),
        "language agreement (level)": sum(same_level) / max(len(same_level), 1),
        "language agreement (category)": sum(same_category) / max(len(same_category), 1),
    }
    print(f"\n## Translations: {len(translated)} (German, French, Spanish)")
    for lang in ("de", "fr", "es"):
        mine = [e for e in translated if e.lang == lang]
        level = sum(judged[id(e)][0] == english[e.source][0] for e in mine) / max(len(mine), 1)
        cat = sum(judged[id(e)][1] == english[e.source][1] for e in mine) / max(len(mine), 1)
        right = sum(judged[id(e)][0] == e.urgency for e in mine) / max(len(mine), 1)
        print(
            f"{lang}: same level as English {level:.3f}, same category {cat:.3f}, level right {right:.3f}"
        )
    table(
        "Urgency (translations, against the labels)",
        [e.urgency for e in translated],
        [judged[id(e)][0] for e in translated],
        LEVELS,
    )

    print("\n## Second line: banking77 held-out fifth (2,000 rows, intents mapped to categories)")
    for line in banking77_line(args.corpus):
        print(line)

    print("\n## Goals")
    missed = 0
    for name, goal in GOALS.items():
        met = figures[name] >= goal
        missed += not met
        print(f"{name:32} {figures[name]:.3f}  goal >= {goal}  {'met' if met else 'MISSED'}")
    return 1 if missed and args.part == HELD_OUT else 0


if __name__ == "__main__":
    sys.exit(main())
