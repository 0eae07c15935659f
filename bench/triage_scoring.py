"""Urgency scoring plus classification, complaints per second on one core, beside a baseline.

The baseline, timed in the same run on the same texts, is one regex pass that splits each text
into lower-cased words: the least any scorer that reads every word must do. The ratio says how
many such passes triage's scoring costs. Goals (issue 10): at least 5,000 chat-sized
complaints/s and 2,000 email-sized ones on one core.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from onecase_triage.domain.category_judgment import judge_category
from onecase_triage.domain.complaint_signals import read_signals
from onecase_triage.domain.urgency import score_urgency
from tests.category_samples import LABELLED_COMPLAINTS

GOALS_PER_SECOND = {"chat-sized complaints": 5_000, "email-sized complaints": 2_000}
ROUNDS = 5
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class ScoringFigure:
    """One text size: triage's rate, the baseline's, and their ratio."""

    label: str
    mean_chars: int
    per_second: float
    baseline_per_second: float

    @property
    def ratio(self) -> float:
        """Triage's rate as a share of the baseline's."""
        return self.per_second / self.baseline_per_second


def score_and_classify(text: str) -> None:
    """What triage does to every message: its signals, urgency with reasons, and a category."""
    signals = read_signals(text)
    score_urgency(text, public=False, reach=0, signals=signals)
    judge_category(text, signals=signals)


def tokenize(text: str) -> None:
    """The baseline: one pass over the words."""
    _WORDS.findall(text.lower())


def best_rate(work: Callable[[str], None], texts: Sequence[str]) -> float:
    """Texts per second, best of ROUNDS passes (the least disturbed by the machine)."""
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def corpora() -> dict[str, list[str]]:
    """Chat-sized texts (the hand-labelled complaints) and email-sized ones (four joined)."""
    short = [sample.text for sample in LABELLED_COMPLAINTS]
    emails = ["\n\n".join(short[i : i + 4]) for i in range(0, len(short) - 3)]
    return {"chat-sized complaints": short, "email-sized complaints": emails}


def measure() -> list[ScoringFigure]:
    """Both text sizes, on one core where the OS lets us pin."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    figures = []
    for label, texts in corpora().items():
        for text in texts[:5]:
            score_and_classify(text)  # warm caches and lazy imports first
        figures.append(
            ScoringFigure(
                label=label,
                mean_chars=sum(map(len, texts)) // len(texts),
                per_second=best_rate(score_and_classify, texts),
                baseline_per_second=best_rate(tokenize, texts),
            )
        )
    return figures


def report(figures: Sequence[ScoringFigure]) -> list[str]:
    """Markdown table rows, with the goal verdict."""
    rows = [
        "| texts | mean chars | scoring + classification /s | baseline (word split) /s | ratio | goal |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for f in figures:
        goal = GOALS_PER_SECOND[f.label]
        verdict = f"{goal:,}/s {'met' if f.per_second >= goal else 'missed'}"
        rows.append(
            f"| {f.label} | {f.mean_chars} | {f.per_second:,.0f} | {f.baseline_per_second:,.0f} "
            f"| {f.ratio:.3f} | {verdict} |"
        )
    return rows


if __name__ == "__main__":
    print("\n".join(report(measure())))
