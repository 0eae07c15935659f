"""Does triage judge a complaint the same when it is said in other words? Tuning part only.

Run: `uv run python -m quality.paraphrase_check ../shared/corpus`. It also prints the same
agreement for `quality/reference_translations.csv`, our translations of tuning texts that the
development set's translation file cannot hold. `quality/paraphrases.csv` holds our own English paraphrases of tuning complaints (same meaning and tone, other words),
written in rounds (docs/triage-quality.md, step 19). For each round this prints how often the
paraphrase gets the original's level and category, and how often each matches the label. The
held-out part gave figures close to the paraphrases' and far from the originals': the phrase
lists had been extended by reading the originals, so a paraphrase is the honest test of them.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from onecase_triage.domain.category_judgment import judge_category
from onecase_triage.domain.urgency import score_urgency
from quality.dev_set import HERE, TUNING, Example, load_examples

PARAPHRASES = HERE / "paraphrases.csv"
# Our German, French and Spanish translations of tuning texts that quality/translations.csv
# cannot hold (the definitions' reference labels, which labels.csv does not list).
TRANSLATIONS = HERE / "reference_translations.csv"


def judged(text: str) -> tuple[str, str]:
    """The level and category triage gives `text` as a private message."""
    return score_urgency(text, public=False, reach=0).level, judge_category(text).category


def main(argv: Sequence[str] | None = None) -> int:
    """Print, per round, level and category agreement and both texts' accuracy."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus"))
    args = parser.parse_args(argv)
    originals: dict[str, Example] = {
        e.source: e for e in load_examples(args.corpus) if e.split == TUNING and e.lang == "en"
    }
    rounds: dict[str, list[tuple[Example, str]]] = defaultdict(list)
    with PARAPHRASES.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            original = originals[f"{row['file']}:{row['key']}"]
            rounds[row["round"]].append((original, row["text"]))
    print("round  pairs  same level  same category  original = label  paraphrase = label")
    for name in sorted(rounds, key=int):
        pairs = rounds[name]
        same_level = same_category = original_right = paraphrase_right = 0
        for original, paraphrase in pairs:
            level, category = judged(original.text)
            p_level, p_category = judged(paraphrase)
            same_level += level == p_level
            same_category += category == p_category
            original_right += level == original.urgency
            paraphrase_right += p_level == original.urgency
        n = len(pairs)
        print(
            f"{name:<7}{n:<7}{same_level / n:>10.2f}{same_category / n:>15.2f}"
            f"{original_right / n:>18.2f}{paraphrase_right / n:>20.2f}"
        )
    by_language: dict[str, list[tuple[Example, str]]] = defaultdict(list)
    with TRANSLATIONS.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_language[row["lang"]].append((originals[f"{row['file']}:{row['key']}"], row["text"]))
    print("\ntranslations  n   same level  same category")
    for lang in sorted(by_language):
        pairs = by_language[lang]
        same = [
            tuple(a == b for a, b in zip(judged(o.text), judged(t), strict=True)) for o, t in pairs
        ]
        print(
            f"{lang:<12}{len(pairs):>3}{sum(s[0] for s in same) / len(pairs):>12.2f}"
            f"{sum(s[1] for s in same) / len(pairs):>15.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
