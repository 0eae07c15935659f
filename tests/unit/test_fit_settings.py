"""How `fit_judgment` picks its regularisation among near-equal cross-validated fits."""

from typing import Any

from quality.fit_judgment import TIE, simplest_within_tie

GRID: list[dict[str, Any]] = [
    {"f1": 0.7978, "c": 0.3},
    {"f1": 0.7990, "c": 1.0},
    {"f1": 0.7998, "c": 10.0},
]


def test_without_a_shipped_setting_the_most_regularised_within_the_tie_wins() -> None:
    assert simplest_within_tie(GRID, "f1")["c"] == 0.3


def test_the_shipped_setting_is_kept_while_it_stays_within_the_tie() -> None:
    assert simplest_within_tie(GRID, "f1", {"c": 1.0})["c"] == 1.0


def test_the_shipped_setting_gives_way_when_beaten_by_more_than_the_tie() -> None:
    grid = [*GRID, {"f1": 0.7990 + 2 * TIE, "c": 3.0}]
    assert simplest_within_tie(grid, "f1", {"c": 1.0})["c"] == 3.0
