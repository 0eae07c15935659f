"""The second line of `make quality`: both category classifiers on banking77's held-out fifth.

The same rows and intent mapping as `bench/category_accuracy.py` (every 5th data row, counting
from 0, held out; 77 intents mapped to the seven categories), so the figure can be read beside
the keyword classifier's earlier one. banking77 is CC BY 4.0 (Casanueva et al. 2020).
"""

from __future__ import annotations

import csv
from pathlib import Path

from bench.category_accuracy import BANKING77, HELD_OUT_EVERY, INTENT_TO_CATEGORY
from onecase_triage.domain.categories import classify
from onecase_triage.domain.category_judgment import judge_category
from quality.metrics import accuracy


def banking77_line(corpus: Path) -> list[str]:
    """Held-out accuracy of the learned category layer and of the keyword classifier alone."""
    path = corpus / BANKING77 / "train.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [
            row
            for i, row in enumerate(csv.DictReader(handle))
            if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1
        ]
    truth = [INTENT_TO_CATEGORY[row["category"]] for row in rows]
    learned = [judge_category(row["text"]).category for row in rows]
    keywords = [classify(row["text"]).category for row in rows]
    return [
        f"learned layer (what triage uses): accuracy {accuracy(truth, learned):.3f} ({len(rows)} rows)",
        f"keyword classifier alone (before): accuracy {accuracy(truth, keywords):.3f}",
    ]
