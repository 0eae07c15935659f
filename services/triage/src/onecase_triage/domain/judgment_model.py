"""The learned layer of triage's judgment: weights fitted offline, shipped as a versioned file.

`quality/fit_judgment.py` fits them on the tuning part of the hand-labelled development set
and writes `onecase_triage/judgment/judgment-v1.json`. Nothing is trained at run time: the
file is read once, on first use, or from the path in `ONECASE_JUDGMENT_FILE`. The weights are
configuration: edit the file, or point the setting at another one, and the scorer follows.

Urgency is one linear score over the signals (an ordinal model): each signal adds its points,
and three thresholds cut the 0-100 scale into levels. Floors written from the triage
definitions lift a level whatever the sum ("a stolen card is at least high"), and the sum alone
reaches critical only beside one of the situations the definitions call critical. Categories are a
linear layer per category over the same signals and the keyword scores of `categories`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

JUDGMENT_VERSION: Final = 1
LEVELS: Final = ("low", "normal", "high", "critical")


@dataclass(frozen=True)
class LevelFloor:
    """When every signal in `signals` is present, the level is at least `level`."""

    signals: tuple[str, ...]
    level: str


@dataclass(frozen=True)
class UrgencyLayer:
    """Points per signal on a 0-100 scale, the base every complaint starts from, thresholds."""

    points: Mapping[str, int]
    base: int
    normal_at: int
    high_at: int
    critical_at: int
    floors: tuple[LevelFloor, ...]
    # Signals of which the content needs one for its points to reach critical; none: no gate.
    critical_needs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0 <= self.normal_at <= self.high_at <= self.critical_at <= 100:
            raise ValueError("thresholds must satisfy 0 <= normal <= high <= critical <= 100")
        for floor in self.floors:
            if floor.level not in LEVELS or not floor.signals:
                raise ValueError(f"a floor needs signals and a level in {LEVELS}: {floor}")


@dataclass(frozen=True)
class CategoryLayer:
    """A weight per (feature, category) and a bias per category; the highest sum wins."""

    categories: tuple[str, ...]
    bias: Mapping[str, float]
    weights: Mapping[str, Mapping[str, float]]  # feature -> category -> weight

    def __post_init__(self) -> None:
        if not self.categories:
            raise ValueError("a category layer needs at least one category")
        unknown = {c for ws in self.weights.values() for c in ws} - set(self.categories)
        if unknown or set(self.bias) - set(self.categories):
            raise ValueError(f"weights name categories the layer lacks: {sorted(unknown)}")


@dataclass(frozen=True)
class Judgment:
    """Both learned layers, and where they came from."""

    version: int
    fitted_on: str
    urgency: UrgencyLayer
    category: CategoryLayer


def parse_judgment(data: Mapping[str, Any]) -> Judgment:
    """A `Judgment` from the JSON document `fit_judgment` writes; `ValueError` if malformed."""
    try:
        if data["version"] != JUDGMENT_VERSION:
            raise ValueError(
                f"judgment file version {data['version']}, expected {JUDGMENT_VERSION}"
            )
        urgency, category = data["urgency"], data["category"]
        floors = tuple(
            LevelFloor(tuple(floor["signals"]), str(floor["level"])) for floor in urgency["floors"]
        )
        return Judgment(
            version=int(data["version"]),
            fitted_on=str(data.get("fitted_on", "")),
            urgency=UrgencyLayer(
                points={str(k): int(v) for k, v in urgency["points"].items()},
                base=int(urgency["base"]),
                normal_at=int(urgency["normal_at"]),
                high_at=int(urgency["high_at"]),
                critical_at=int(urgency["critical_at"]),
                floors=floors,
                critical_needs=tuple(str(s) for s in urgency.get("critical_needs", ())),
            ),
            category=CategoryLayer(
                categories=tuple(category["categories"]),
                bias={str(k): float(v) for k, v in category["bias"].items()},
                weights={
                    str(f): {str(c): float(w) for c, w in ws.items()}
                    for f, ws in category["weights"].items()
                },
            ),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"malformed judgment file: {error!r}") from error


def load_judgment(path: Path | None = None) -> Judgment:
    """The judgment in `path`, or the one shipped in the package."""
    if path is None:
        return default_judgment()
    return parse_judgment(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_judgment() -> Judgment:
    """The judgment shipped in the package, read once."""
    shipped = resources.files("onecase_triage.judgment").joinpath("judgment-v1.json")
    return parse_judgment(json.loads(shipped.read_text(encoding="utf-8")))
