"""Does triage judge a complaint the same when it is said in other words? Tuning part only.

Run: `uv run python -m quality.paraphrase_check ../shared/corpus`. `quality/paraphrases.csv`
holds our own English paraphrases of tuning complaints (same meaning and tone, other words),
written in rounds (docs/triage-quality.md, step 19). For each round this prints how often the
paraphrase gets the original's level and category, and how often each matches the label. The
held-out part gave figures close to the paraphrases' and far from the originals': the phrase
lists had been extended by reading the originals, so a paraphrase is the honest test of them.
It also prints the agreement of `quality/reference_translations.csv`, our translations of
tuning texts that the development set's translation file cannot hold, and of
`quality/parity_translations.csv`, our translations of texts nobody labelled (in neither part of
the development set), written in rounds to measure parity alone: each round's figures before
its fixes are in docs/triage-quality.md.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from quality.__main__ import judge
from quality.dev_set import HERE, TUNING, Example, load_examples, read_corpus_text

PARAPHRASES = HERE / "paraphrases.csv"
# Our German, French and Spanish translations of tuning texts that quality/translations.csv
# cannot hold (the definitions' reference labels, which labels.csv does not list).
TRANSLATIONS = HERE / "reference_translations.csv"
# Our translations of unlabelled corpus texts, for language parity only (no label exists).
PARITY = HERE / "parity_translations.csv"


def judged_in_other_words(original: Example, text: str) -> tuple[str, str]:
    """The level and category triage gives `text`, said in place of `original`."""
    return judge(replace(original, text=text))


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
            level, category = judge(original)
            p_level, p_category = judged_in_other_words(original, paraphrase)
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
        level_share, category_share = agreement(pairs)
        print(f"{lang:<12}{len(pairs):>3}{level_share:>12.2f}{category_share:>15.2f}")
    print_parity(args.corpus)
    return 0


def agreement(pairs: Sequence[tuple[Example, str]]) -> tuple[float, float]:
    """How often the rewording gets its original's level, and its category."""
    judgments = [(judge(o), judged_in_other_words(o, t)) for o, t in pairs]
    same_level = sum(a[0] == b[0] for a, b in judgments) / len(pairs)
    same_category = sum(a[1] == b[1] for a, b in judgments) / len(pairs)
    return same_level, same_category


def print_parity(corpus: Path) -> None:
    """Per round and language, how often an unlabelled text's translation gets its level."""
    by_round: dict[tuple[str, str], list[tuple[Example, str]]] = defaultdict(list)
    with PARITY.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            source = f"{row['file']}:{row['key']}"
            text = read_corpus_text(corpus, row["file"], row["key"])
            original = Example(source, "en", "unlabelled", text, "", "")
            by_round[(row["round"], row["lang"])].append((original, row["text"]))
    print("\nparity round  lang  n   same level  same category")
    for (name, lang), pairs in sorted(by_round.items()):
        same_level, same_category = agreement(pairs)
        print(f"{name:<14}{lang:<6}{len(pairs):>3}{same_level:>12.2f}{same_category:>15.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
