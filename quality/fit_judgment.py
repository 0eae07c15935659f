"""Fit triage's learned layers on the tuning part of the development set, offline.

Run: `uv run python -m quality.fit_judgment ../shared/corpus` (add `--write` to replace the
shipped `judgment-v1.json`). Only tuning rows are read for fitting and for the
cross-validation that picks the regularisation; the held-out part is never touched here
(`make quality` reports on it).

- **Urgency** is a cumulative-logit (ordinal) model, class-balanced, fitted with L-BFGS-B so
  that signals of stakes and anger can only raise the score and calm ones only lower it: one
  linear score orders every complaint, and its weights become points on a 0-100 scale whose
  thresholds are the model's cuts.
- **Category** is a multinomial logistic regression over the same signals (the topic lexicons
  among them), its class weighting picked by cross-validation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold

from onecase_triage.domain.category_judgment import category_features
from onecase_triage.domain.complaint_signals import SIGNAL_NAMES, read_signals
from quality.dev_set import CATEGORIES, LEVELS, TUNING, Example, load_examples
from quality.judgment_layers import (
    CATEGORY_FEATURES,
    CRITICAL_NEEDS,
    FLOORS,
    fit_category,
    fit_ordinal,
    predict_ordinal,
    with_conventions,
)
from quality.metrics import macro_f1

SHIPPED = (
    Path(__file__).resolve().parents[1]
    / "services/triage/src/onecase_triage/judgment/judgment-v1.json"
)
# The grids run from the most regularised setting up; the first within this of the best is
# chosen, since CV differences this small are noise between near-equal fits.
TIE = 0.002
# Which group lands in which fold moves a CV figure by up to 0.004 (adding six rows did);
# the mean over several fold assignments is steadier ground for choosing settings. Measured
# over 12 draws (2026-12-07): the difference between two settings' macro-F1 has a standard
# deviation of 0.003 per draw, so a three-draw mean still crossed `TIE` on noise alone (C=10
# against C=1: +0.002 on draws 0-2, +0.0012 over all 12); six draws halve that spread.
FOLD_SEEDS = (0, 1, 2, 3, 4, 5)
# Signals the layers are not given: a text's length changes with its language (German runs
# longer than English), so a weight on it would make the level depend on the language.
UNWEIGHTED = frozenset({"short_text", "long_text"})


def urgency_matrix(examples: Sequence[Example]) -> np.ndarray:
    """One row of 0/1 signal indicators per example."""
    index = {name: i for i, name in enumerate(SIGNAL_NAMES)}
    matrix = np.zeros((len(examples), len(SIGNAL_NAMES)))
    for row, example in enumerate(examples):
        for name in read_signals(example.text).found:
            if name not in UNWEIGHTED:
                matrix[row, index[name]] = 1.0
    return matrix


def category_matrix(examples: Sequence[Example]) -> np.ndarray:
    """One row of category features per example."""
    index = {name: i for i, name in enumerate(CATEGORY_FEATURES)}
    matrix = np.zeros((len(examples), len(CATEGORY_FEATURES)))
    for row, example in enumerate(examples):
        features, _ = category_features(example.text)
        for name, value in features.items():
            if name not in UNWEIGHTED and name in index:
                matrix[row, index[name]] = value
    return matrix


def cross_validate(
    examples: Sequence[Example], shipped: dict[str, Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The best settings by 5-fold CV on the tuning part, grouped by source, over six fold draws.

    `shipped` holds the settings of the judgment shipped now; each is kept while it stays
    within `TIE` of the best (see `simplest_within_tie`).
    """
    shipped = shipped or {}
    x_u, x_c = urgency_matrix(examples), category_matrix(examples)
    y_u = np.array([LEVELS.index(e.urgency) for e in examples])
    y_c = np.array([CATEGORIES.index(e.category) for e in examples])
    groups = np.array([e.source for e in examples])
    splits = [
        list(GroupKFold(n_splits=5, shuffle=True, random_state=seed).split(x_u, y_u, groups))
        for seed in FOLD_SEEDS
    ]
    tried_u: list[dict[str, Any]] = []
    for c in (0.3, 1.0, 3.0, 10.0):
        for balance in (0.5, 0.75, 1.0):
            for floors in (False, True):
                scores = []
                for folds in splits:
                    predicted = np.zeros_like(y_u)
                    for train, test in folds:
                        w, t = fit_ordinal(x_u[train], y_u[train], c, balance)
                        predicted[test] = predict_ordinal(x_u[test], w, t, floors)
                    scores.append(macro_f1(list(y_u), list(predicted), range(len(LEVELS))))
                f1 = float(np.mean(scores))
                print(
                    f"urgency  C={c:<4} balance={balance} floors={floors!s:<5} CV macro-F1 {f1:.3f}"
                )
                tried_u.append({"f1": f1, "c": c, "balance": balance, "floors": floors})
    tried_c: list[dict[str, Any]] = []
    for c in (0.3, 1.0, 3.0):
        for balance in (0.0, 0.5):
            accuracies = []
            for folds in splits:
                predicted = np.zeros_like(y_c)
                for train, test in folds:
                    model = fit_category(x_c[train], y_c[train], c, balance)
                    predicted[test] = with_conventions(x_c[test], model)
                accuracies.append(float(np.mean(predicted == y_c)))
            accuracy = float(np.mean(accuracies))
            print(f"category C={c:<4} balance={balance} CV accuracy {accuracy:.3f}")
            tried_c.append({"accuracy": accuracy, "c": c, "balance": balance})
    return (
        simplest_within_tie(tried_u, "f1", shipped.get("urgency")),
        simplest_within_tie(tried_c, "accuracy", shipped.get("category")),
    )


def simplest_within_tie(
    tried: Sequence[dict[str, Any]], measure: str, shipped: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The shipped setting if it is within `TIE` of the best, else the first one that is.

    The grids run from the most regularised. A setting changes only when another beats it by
    more than the noise between near-equal fits: a refit after a few lexicon changes should not
    swap C on a 0.001 difference (it did once, and the unlabelled checks moved with it).
    """
    best = max(float(t[measure]) for t in tried)
    tied = [t for t in tried if float(t[measure]) >= best - TIE]
    for setting in tied:
        if shipped and all(setting.get(key) == value for key, value in shipped.items()):
            return setting
    return tied[0]


def shipped_settings(path: Path = SHIPPED) -> dict[str, Any]:
    """The settings the shipped judgment was fitted with, or none if it does not say."""
    if not path.is_file():
        return {}
    settings: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")).get("settings", {})
    return settings


def export(
    examples: Sequence[Example], best_u: dict[str, Any], best_c: dict[str, Any]
) -> dict[str, Any]:
    """The judgment document: both layers fitted on every tuning example."""
    x_u = urgency_matrix(examples)
    y_u = np.array([LEVELS.index(e.urgency) for e in examples])
    w, cuts = fit_ordinal(x_u, y_u, best_u["c"], best_u["balance"])
    scale = 50.0 / (cuts[2] - cuts[0])  # the outer cuts become 25 and 75
    offset = 25.0 - scale * cuts[0]
    points = {name: round(float(v) * scale) for name, v in zip(SIGNAL_NAMES, w, strict=True)}
    x_c = category_matrix(examples)
    y_c = np.array([CATEGORIES.index(e.category) for e in examples])
    model = fit_category(x_c, y_c, best_c["c"], best_c["balance"])
    classes = [CATEGORIES[i] for i in model.classes_]
    weights = {
        feature: {cat: round(float(model.coef_[k, j]), 4) for k, cat in enumerate(classes)}
        for j, feature in enumerate(CATEGORY_FEATURES)
        if np.any(np.abs(model.coef_[:, j]) >= 1e-4)
    }
    return {
        "version": 1,
        "settings": {
            "urgency": {key: best_u[key] for key in ("c", "balance", "floors")},
            "category": {key: best_c[key] for key in ("c", "balance")},
        },
        "fitted_on": f"{date.today().isoformat()}: {len(examples)} tuning examples "
        f"({dict(Counter(e.lang for e in examples))}); CV urgency macro-F1 "
        f"{best_u['f1']:.3f}, CV category accuracy {best_c['accuracy']:.3f}",
        "urgency": {
            "points": {k: v for k, v in points.items() if v},
            "base": round(offset),
            "normal_at": 25,
            "high_at": round(25 + scale * (cuts[1] - cuts[0])),
            "critical_at": 75,
            "floors": [{"signals": list(s), "level": level} for s, level in FLOORS]
            if best_u["floors"]
            else [],
            "critical_needs": list(CRITICAL_NEEDS) if best_u["floors"] else [],
        },
        "category": {
            "categories": classes,
            "bias": {
                cat: round(float(b), 4) for cat, b in zip(classes, model.intercept_, strict=True)
            },
            "weights": weights,
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Cross-validate on the tuning part, fit, print the layers, and write them if asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus"))
    parser.add_argument("--write", action="store_true", help=f"replace {SHIPPED.name}")
    args = parser.parse_args(argv)
    tuning = [e for e in load_examples(args.corpus) if e.split == TUNING]
    print(f"{len(tuning)} tuning examples")
    best_u, best_c = cross_validate(tuning, shipped_settings())
    print(f"chosen: urgency {best_u}, category {best_c}")
    document = export(tuning, best_u, best_c)
    print(json.dumps(document["urgency"], indent=1))
    if args.write:
        SHIPPED.write_text(json.dumps(document, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        print(f"wrote {SHIPPED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
