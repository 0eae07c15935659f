"""The triage development set: hand labels in the repo, texts read where their licence allows.

`quality/labels.csv` holds a key, the split (`tuning` or `held_out`), the urgency, the category
and a few words of why for 1,258 real complaints; `quality/translations.csv` holds our own
German, French and Spanish translations of 783 of them, labelled as their original. The texts
of CFPB narratives (public domain), banking77 queries (CC BY 4.0, Casanueva et al. 2020) and
first tweets to brands (CC BY-NC-SA, never copied) are read from `../shared/corpus` at run
time, so every source is read the same way. The reference labels of the triage definitions
(`../shared/notes/triage-reference-labels.csv`) join the tuning part only.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from onecase_triage.domain.categories import DEFAULT_TAXONOMY
from onecase_triage.domain.judgment_model import LEVELS as JUDGED_LEVELS

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.csv"
TRANSLATIONS = HERE / "translations.csv"
TUNING = "tuning"
HELD_OUT = "held_out"
LEVELS = JUDGED_LEVELS
CATEGORIES = tuple(DEFAULT_TAXONOMY.categories)
_REFERENCE_SPELLING = {
    "billing_refund": "billing_and_refunds",
    "account_security": "account_and_security",
}


THIRD_ROUND_HELD_OUT = 0.35


def round_three_split(file: str, key: str) -> str:
    """The part a third-round text belongs to, fixed by a hash of its key before labelling.

    The first two rounds were split by level after labelling (a hash order within each level);
    the third round's split cannot depend on a label that did not exist yet when it was drawn.
    """
    digest = hashlib.sha256(f"{file}:{key}".encode()).digest()
    share = int.from_bytes(digest[:4], "big") / 2**32
    return HELD_OUT if share < THIRD_ROUND_HELD_OUT else TUNING


@dataclass(frozen=True)
class Example:
    """One labelled text: where it comes from, which part it is in, and its labels."""

    source: str  # "file:key" of the original complaint
    lang: str  # "en" for originals, else the translation's language
    split: str
    text: str
    urgency: str
    category: str


class CorpusMissingError(RuntimeError):
    """The corpus folder the texts are read from is not there."""


class _Texts:
    """The corpus's complaint texts by (file, key), each file read once."""

    def __init__(self, corpus: Path) -> None:
        self._root = corpus / "complaints"
        if not self._root.is_dir():
            raise CorpusMissingError(f"no corpus at {self._root}: the texts are read from there")
        self._files: dict[str, dict[str, str]] = {}

    def get(self, file: str, key: str) -> str:
        if file not in self._files:
            self._files[file] = self._read(file)
        return self._files[file][key]

    def _read(self, file: str) -> dict[str, str]:
        with (self._root / file).open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        if "Complaint ID" in rows[0]:
            return {row["Complaint ID"]: row["Consumer complaint narrative"] for row in rows}
        return {str(i): row["text"] for i, row in enumerate(rows)}


def read_corpus_text(corpus: Path, file: str, key: str) -> str:
    """One complaint's text from the corpus: the row number, or a CFPB Complaint ID."""
    return _corpus_texts(corpus).get(file, key)


@lru_cache(maxsize=2)
def _corpus_texts(corpus: Path) -> _Texts:
    return _Texts(corpus)


def load_examples(corpus: Path, *, with_reference: bool = True) -> list[Example]:
    """Every labelled text: originals, then translations, then (tuning only) the reference set."""
    texts = _Texts(corpus)
    examples: list[Example] = []
    labels: dict[str, tuple[str, str, str]] = {}
    for row in _rows(LABELS):
        source = f"{row['file']}:{row['key']}"
        labels[source] = (row["split"], row["urgency"], row["category"])
        text = texts.get(row["file"], row["key"])
        examples.append(Example(source, "en", row["split"], text, row["urgency"], row["category"]))
    for row in _rows(TRANSLATIONS):
        source = f"{row['file']}:{row['key']}"
        split, urgency, category = labels[source]
        examples.append(Example(source, row["lang"], split, row["text"], urgency, category))
    if with_reference:
        examples.extend(_reference_examples(corpus, texts))
    return examples


def _reference_examples(corpus: Path, texts: _Texts) -> Iterator[Example]:
    reference = corpus.parent / "notes" / "triage-reference-labels.csv"
    if not reference.is_file():
        return
    for row in _rows(reference):
        category = _REFERENCE_SPELLING.get(row["category"], row["category"])
        text = texts.get(row["file"], row["key"])
        yield Example(f"{row['file']}:{row['key']}", "en", TUNING, text, row["urgency"], category)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
