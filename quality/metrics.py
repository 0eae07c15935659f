"""Accuracy, macro-F1, recall and confusion matrices: small enough to write out, no dependency."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence


def accuracy(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    """The share of predictions equal to the truth."""
    return sum(t == p for t, p in zip(truth, predicted, strict=True)) / max(len(truth), 1)


def per_class(
    truth: Sequence[Hashable], predicted: Sequence[Hashable], labels: Iterable[Hashable]
) -> dict[Hashable, tuple[int, float, float, float]]:
    """Per label: (support, precision, recall, F1)."""
    result: dict[Hashable, tuple[int, float, float, float]] = {}
    pairs = list(zip(truth, predicted, strict=True))
    for label in labels:
        hit = sum(t == label and p == label for t, p in pairs)
        support = sum(t == label for t, _ in pairs)
        called = sum(p == label for _, p in pairs)
        precision = hit / called if called else 0.0
        recall = hit / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = (support, precision, recall, f1)
    return result


def macro_f1(
    truth: Sequence[Hashable], predicted: Sequence[Hashable], labels: Iterable[Hashable]
) -> float:
    """The mean F1 over the labels that occur in the truth."""
    scores = [f1 for support, _, _, f1 in per_class(truth, predicted, labels).values() if support]
    return sum(scores) / max(len(scores), 1)


def confusion(
    truth: Sequence[Hashable], predicted: Sequence[Hashable], labels: Sequence[Hashable]
) -> list[list[int]]:
    """Rows are the truth, columns the prediction, both in the order of `labels`."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(truth, predicted, strict=True):
        matrix[index[t]][index[p]] += 1
    return matrix
