"""The triage development set's bookkeeping: every drawn text labelled once, splits as fixed."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from quality.dev_set import CATEGORIES, HELD_OUT, LEVELS, TUNING, round_three_split

QUALITY = Path(__file__).resolve().parents[2] / "quality"


def rows(name: str) -> list[dict[str, str]]:
    """The rows of one of quality/'s CSV files."""
    with (QUALITY / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_drawn_text_is_labelled_exactly_once_with_known_labels() -> None:
    drawn = Counter((row["file"], row["key"]) for row in rows("selection.csv"))
    labelled = Counter((row["file"], row["key"]) for row in rows("labels.csv"))
    assert set(drawn.values()) == {1}
    assert labelled == drawn
    for row in rows("labels.csv"):
        assert row["urgency"] in LEVELS, row
        assert row["category"] in CATEGORIES, row
        assert row["split"] in (TUNING, HELD_OUT), row
        assert row["why"].strip(), row


def test_third_round_texts_are_split_by_the_hash_fixed_before_labelling() -> None:
    third = {
        (row["file"], row["key"])
        for row in rows("selection.csv")
        if row["why_picked"].startswith("third round")
    }
    splits = {
        (row["file"], row["key"]): row["split"]
        for row in rows("labels.csv")
        if (row["file"], row["key"]) in third
    }
    assert len(splits) == len(third) == 500
    assert all(split == round_three_split(*key) for key, split in splits.items())
    held_out = sum(split == HELD_OUT for split in splits.values()) / len(splits)
    assert 0.30 <= held_out <= 0.40


def test_the_split_hash_is_stable_and_spreads() -> None:
    assert round_three_split("banking77/train.csv", "9982") == TUNING
    assert round_three_split("banking77/train.csv", "9928") == HELD_OUT
    shares = Counter(round_three_split("f.csv", str(key)) for key in range(2000))
    assert 0.32 <= shares[HELD_OUT] / 2000 <= 0.38


def test_translations_are_of_labelled_texts_in_the_three_languages() -> None:
    labelled = {(row["file"], row["key"]) for row in rows("labels.csv")}
    translations = rows("translations.csv")
    assert {row["lang"] for row in translations} == {"de", "fr", "es"}
    assert all((row["file"], row["key"]) in labelled for row in translations)
    by_text = Counter((row["file"], row["key"]) for row in translations)
    assert set(by_text.values()) == {3}


@pytest.mark.parametrize(
    ("name", "languages"),
    [
        ("paraphrases.csv", {"en"}),
        ("reference_translations.csv", {"de", "fr", "es"}),
        ("parity_translations.csv", {"de", "fr", "es"}),
    ],
)
def test_our_rewordings_are_never_of_held_out_texts(name: str, languages: set[str]) -> None:
    splits = {(row["file"], row["key"]): row["split"] for row in rows("labels.csv")}
    rewordings = rows(name)
    assert rewordings
    for row in rewordings:
        # Not in labels.csv: one of the definitions' reference labels, which are tuning only.
        assert splits.get((row["file"], row["key"]), TUNING) == TUNING, row
        assert row.get("lang", "en") in languages, row  # paraphrases.csv is English, no column
        assert row["text"].strip(), row


def test_parity_translations_are_of_texts_nobody_labelled() -> None:
    labelled = {(row["file"], row["key"]) for row in rows("labels.csv")}
    parity = rows("parity_translations.csv")
    assert not {(row["file"], row["key"]) for row in parity} & labelled
    by_text = Counter((row["round"], row["file"], row["key"]) for row in parity)
    assert set(by_text.values()) == {3}  # German, French and Spanish each
