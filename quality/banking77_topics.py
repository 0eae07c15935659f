"""A check on banking77 texts nobody labelled: does triage find what each query is about.

Run: `uv run python -m quality.banking77_topics ../shared/corpus [intent]`. The banking77 rows
of the development set (both parts) are left out, so this reads no held-out text. Each row's
intent stands in for a category label: the category our own hand labels gave most rows of that
intent in the tuning part (at least two rows, and at least 60% of them), so the check follows
the conventions of the triage definitions ("a declined transfer is a defective product") rather
than a guessed mapping. Intents without such a majority are not scored. It is a proxy, not a
measure: an intent is a topic, and a row can say more than its intent. Name an intent to print
its rows with the category and level triage gives them.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from quality.__main__ import judge
from quality.dev_set import LABELS, TUNING, Example

FILE = "banking77/train.csv"
MIN_ROWS = 2
MIN_SHARE = 0.6


def expected_categories(intents: Sequence[str]) -> dict[str, str]:
    """Per intent, the category most of its hand-labelled tuning rows have, where clear."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    with LABELS.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["file"] == FILE and row["split"] == TUNING:
                counts[intents[int(row["key"])]][row["category"]] += 1
    expected = {}
    for intent, seen in counts.items():
        category, n = seen.most_common(1)[0]
        if sum(seen.values()) >= MIN_ROWS and n / sum(seen.values()) >= MIN_SHARE:
            expected[intent] = category
    return expected


def judged_by_intent(corpus: Path) -> tuple[dict[str, str], dict[str, list[tuple[str, str, str]]]]:
    """The expected category per intent, and (category, level, text) of each unlabelled row."""
    with LABELS.open(newline="", encoding="utf-8") as handle:
        labelled = {row["key"] for row in csv.DictReader(handle) if row["file"] == FILE}
    with (corpus / "complaints" / FILE).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected = expected_categories([row["category"] for row in rows])
    judged: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for index, row in enumerate(rows):
        if str(index) in labelled or row["category"] not in expected:
            continue
        example = Example(f"{FILE}:{index}", "en", TUNING, row["text"], "low", "other")
        level, category = judge(example)[:2]
        judged[row["category"]].append((category, level, row["text"]))
    return expected, judged


def main(argv: Sequence[str] | None = None) -> int:
    """Print each scored intent's agreement with its expected category, worst first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus"))
    parser.add_argument("intent", nargs="?", help="print this intent's rows")
    args = parser.parse_args(argv)
    expected, judged = judged_by_intent(args.corpus)
    agreeing = total = 0
    lines = []
    for intent, found in judged.items():
        hits = sum(category == expected[intent] for category, _, _ in found)
        agreeing, total = agreeing + hits, total + len(found)
        given = Counter(category for category, _, _ in found).most_common(3)
        lines.append((hits / len(found), intent, expected[intent], len(found), given))
    for share, intent, category, n, given in sorted(lines):
        print(f"{share:.2f} {intent:48} expected {category:22} n={n:4} judged {dict(given)}")
    print(f"{len(lines)} intents, {total} rows: category agrees on {agreeing / total:.3f}")
    for category, level, text in judged.get(args.intent or "", []):
        print(f"{category:22} {level:8} | {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
