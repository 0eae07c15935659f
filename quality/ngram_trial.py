"""Would word n-grams beside the signals help? Grouped 5-fold CV on the tuning part only.

Run: `uv run python -m quality.ngram_trial ../shared/corpus`. Reads only tuning rows. In
each fold the n-gram vocabulary is chosen on that fold's training rows alone (folded words,
unigrams and bigrams, kept when they occur in at least `min_df` training texts), then the same
layers as `fit_judgment` are fitted on signals plus n-grams: the ordinal urgency model (the
signals keep their sign constraints; n-gram weights may go either way, each bounded to
`+-cap` logits when asked) and the multinomial category layer. It prints CV urgency
macro-F1, category accuracy and the out-of-fold language agreement (a tuning translation's
predicted level and category against its English original's) for each setting, beside the
signals-only layers of the same folds.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.feature_selection import chi2
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from onecase_triage.domain.complaint_signals import MAX_CHARS, SIGNAL_NAMES, fold
from quality.dev_set import CATEGORIES, LEVELS, TUNING, Example, load_examples
from quality.fit_judgment import category_matrix, urgency_matrix
from quality.judgment_layers import FLOORS, sign_bounds
from quality.metrics import macro_f1

_WORD = re.compile(r"[^\W\d_]{2,}")
_REDACTED = re.compile(r"^x{2,}$")


def grams(text: str, bigrams: bool) -> set[str]:
    """The folded words of a text (redactions dropped), and its adjacent pairs when asked."""
    words = [w for w in _WORD.findall(fold(text[:MAX_CHARS])) if not _REDACTED.match(w)]
    found = set(words)
    if bigrams:
        found.update(f"{a} {b}" for a, b in pairwise(words))
    return found


def char_grams(text: str) -> set[str]:
    """Character 3- to 5-grams inside each folded word, padded: stems shared across languages."""
    found: set[str] = set()
    for word in _WORD.findall(fold(text[:MAX_CHARS])):
        if _REDACTED.match(word):
            continue
        padded = f" {word} "
        for n in (3, 4, 5):
            found.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return found


def chi2_top(
    matrix: np.ndarray, train: np.ndarray, y: np.ndarray, vocab: Sequence[str], top: int
) -> list[str]:
    """The `top` n-grams most tied to the labels on the training rows (chi-squared)."""
    scores, _ = chi2(matrix[train], y[train])
    order = np.argsort(-np.nan_to_num(scores))[:top]
    return [vocab[i] for i in sorted(order)]


def vocabulary(bags: Sequence[set[str]], min_df: int) -> list[str]:
    """The n-grams in at least `min_df` of the bags, in a fixed order."""
    counts = Counter(g for bag in bags for g in bag)
    return sorted(g for g, n in counts.items() if n >= min_df)


def gram_matrix(
    bags: Sequence[set[str]], vocab: Sequence[str], *, normed: bool = False
) -> np.ndarray:
    """0/1 per n-gram, or with `normed` each row scaled to unit length (long letters weigh less)."""
    index = {g: i for i, g in enumerate(vocab)}
    matrix = np.zeros((len(bags), len(vocab)))
    for row, bag in enumerate(bags):
        for g in bag:
            if g in index:
                matrix[row, index[g]] = 1.0
    if normed:
        matrix /= np.maximum(np.sqrt(matrix.sum(axis=1, keepdims=True)), 1.0)
    return matrix


def fit_ordinal_mixed(
    x: np.ndarray,
    y: np.ndarray,
    signals: int,
    c: float,
    gram_c: float,
    cap: float | None,
    balance: float = 0.5,
    row_weight: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """`judgment_layers.fit_ordinal` with extra, separately regularised and bounded n-gram columns."""
    counts = np.bincount(y, minlength=len(LEVELS)).astype(float)
    weight = ((len(y) / (len(LEVELS) * np.maximum(counts, 1))) ** balance)[y]
    if row_weight is not None:
        weight = weight * row_weight
    features, cuts = x.shape[1], len(LEVELS) - 1
    lift = np.tril(np.ones((cuts, cuts)))
    penalty = np.concatenate([np.full(signals, 1 / c), np.full(features - signals, 1 / gram_c)])

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        w, theta = params[:features], lift @ params[features:]
        s = x @ w
        upper = np.append(theta, np.inf)[y] - s
        lower = np.insert(theta, 0, -np.inf)[y] - s
        sig_u, sig_l = expit(upper), expit(lower)
        p = np.maximum(sig_u - sig_l, 1e-12)
        d_u, d_l = sig_u * (1 - sig_u), sig_l * (1 - sig_l)
        value = -np.sum(weight * np.log(p)) + 0.5 * (penalty * w) @ w
        ds = weight * (d_u - d_l) / p
        grad_w = x.T @ ds + penalty * w
        grad_theta = np.zeros(cuts)
        for k in range(cuts):
            grad_theta[k] = -np.sum(weight * ((y == k) * d_u - (y == k + 1) * d_l) / p)
        return float(value), np.concatenate([grad_w, lift.T @ grad_theta])

    gram_bound = (-cap, cap) if cap is not None else (None, None)
    bounds = [
        *sign_bounds(SIGNAL_NAMES[:signals]),
        *[gram_bound] * (features - signals),
        (None, None),
        (0.05, None),
        (0.05, None),
    ]
    start = np.concatenate([np.zeros(features), [-1.0, 1.0, 1.0]])
    result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds)
    return result.x[:features], lift @ result.x[features:]


def agreement(examples: Sequence[Example], predicted: np.ndarray) -> float:
    """How often a translation's prediction equals its English original's (out of fold)."""
    english = {e.source: predicted[i] for i, e in enumerate(examples) if e.lang == "en"}
    same = [
        bool(predicted[i] == english[e.source]) for i, e in enumerate(examples) if e.lang != "en"
    ]
    return sum(same) / max(len(same), 1)


def main(argv: Sequence[str] | None = None) -> int:
    """Print CV figures, signals alone and with n-grams, for one grid of settings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus"))
    parser.add_argument("--grid", choices=("words", "chars", "selected", "normed"), default="words")
    args = parser.parse_args(argv)
    examples = [e for e in load_examples(args.corpus) if e.split == TUNING]
    y_u = np.array([LEVELS.index(e.urgency) for e in examples])
    y_c = np.array([CATEGORIES.index(e.category) for e in examples])
    groups = np.array([e.source for e in examples])
    folds = list(GroupKFold(n_splits=5).split(y_u, y_u, groups))
    x_u, x_c = urgency_matrix(examples), category_matrix(examples)
    n_sig = x_u.shape[1]
    bags: dict[bool | str, list[set[str]]] = {
        b: [grams(e.text, b) for e in examples] for b in (False, True)
    }
    bags["chars"] = [char_grams(e.text) for e in examples]
    translated = np.array([e.lang != "en" for e in examples])
    print(f"{len(examples)} tuning examples, {len(folds)} grouped folds")

    def urgency_cv(
        bigrams: bool | str | None,
        min_df: int,
        gram_c: float,
        cap: float | None,
        top: int = 0,
        normed: bool = False,
        translated_weight: float = 1.0,
    ) -> None:
        predicted = np.zeros_like(y_u)
        sizes = []
        for train, test in folds:
            if bigrams is None:
                x = x_u
            else:
                vocab = vocabulary([bags[bigrams][i] for i in train], min_df)
                if top:
                    vocab = chi2_top(gram_matrix(bags[bigrams], vocab), train, y_u, vocab, top)
                sizes.append(len(vocab))
                x = np.hstack([x_u, gram_matrix(bags[bigrams], vocab, normed=normed)])
            rows = np.where(translated, translated_weight, 1.0)[train]
            w, t = fit_ordinal_mixed(x[train], y_u[train], n_sig, 1.0, gram_c, cap, row_weight=rows)
            predicted[test] = predict_mixed(x[test], w, t, n_sig)
        f1 = macro_f1(list(y_u), list(predicted), range(len(LEVELS)))
        en = np.array([e.lang == "en" for e in examples])
        f1_en = macro_f1(list(y_u[en]), list(predicted[en]), range(len(LEVELS)))
        crit = np.mean(predicted[y_u == 3] == 3)
        print(
            f"urgency  grams={_name(bigrams)} min_df={min_df} gram_C={gram_c} cap={cap} top={top} "
            f"normed={normed} translations x{translated_weight} "
            f"vocab~{int(np.mean(sizes)) if sizes else 0}: CV macro-F1 {f1:.3f} "
            f"(originals {f1_en:.3f}), critical recall {crit:.3f}, "
            f"level agreement {agreement(examples, predicted):.3f}"
        )

    def category_cv(
        bigrams: bool | str | None,
        min_df: int,
        gram_scale: float,
        top: int = 0,
        normed: bool = False,
        translated_weight: float = 1.0,
    ) -> None:
        predicted = np.zeros_like(y_c)
        for train, test in folds:
            if bigrams is None:
                x = x_c
            else:
                vocab = vocabulary([bags[bigrams][i] for i in train], min_df)
                if top:
                    vocab = chi2_top(gram_matrix(bags[bigrams], vocab), train, y_c, vocab, top)
                # Scaling a column by s is an L2 penalty 1/s^2 on its weight: n-grams weaker.
                x = np.hstack([x_c, gram_scale * gram_matrix(bags[bigrams], vocab, normed=normed)])
            model = LogisticRegression(C=1.0, max_iter=5000)
            rows = np.where(translated, translated_weight, 1.0)[train]
            model.fit(x[train], y_c[train], sample_weight=rows)
            predicted[test] = model.predict(x[test])
        accuracy = float(np.mean(predicted == y_c))
        en = np.array([e.lang == "en" for e in examples])
        print(
            f"category grams={_name(bigrams)} min_df={min_df} scale={gram_scale} top={top} "
            f"normed={normed} translations x{translated_weight}: "
            f"CV accuracy {accuracy:.3f} (originals {np.mean(predicted[en] == y_c[en]):.3f}), "
            f"category agreement {agreement(examples, predicted):.3f}"
        )

    if args.grid == "words":
        urgency_cv(None, 0, 1.0, None)
        for bigrams in (False, True):
            for min_df in (3, 5):
                for gram_c in (0.03, 0.1, 0.3):
                    for cap in (None, 0.5):
                        urgency_cv(bigrams, min_df, gram_c, cap)
        category_cv(None, 0, 1.0)
        for bigrams in (False, True):
            for min_df in (3, 5):
                for scale in (0.2, 0.4, 0.7):
                    category_cv(bigrams, min_df, scale)
    elif args.grid == "chars":
        for min_df in (5, 10):
            for scale in (0.1, 0.2, 0.4):
                category_cv("chars", min_df, scale)
        for gram_c in (0.003, 0.01, 0.03):
            urgency_cv("chars", 10, gram_c, None)
    elif args.grid == "normed":
        kinds: tuple[bool | str, ...] = (True, "chars")
        for kind in kinds:
            for scale in (0.5, 1.0, 2.0):
                category_cv(kind, 5, scale, normed=True)
            category_cv(kind, 5, 1.0, normed=True, translated_weight=3.0)
        for kind in kinds:
            for gram_c in (0.1, 0.3, 1.0):
                urgency_cv(kind, 5, gram_c, None, normed=True)
            urgency_cv(kind, 5, 0.3, None, normed=True, translated_weight=3.0)
    else:
        for top in (50, 200):
            for scale in (0.4, 0.7, 1.0):
                category_cv(True, 3, scale, top)
        for top in (50, 200):
            for gram_c in (0.03, 0.1, 0.3):
                urgency_cv(True, 3, gram_c, 0.5, top)
    return 0


def predict_mixed(x: np.ndarray, w: np.ndarray, t: np.ndarray, n_sig: int) -> np.ndarray:
    """Levels from the whole score, lifted by the written floors read from the signal columns."""
    levels: np.ndarray = (x @ w[:, None] > t[None, :]).sum(axis=1)
    index = {name: i for i, name in enumerate(SIGNAL_NAMES[:n_sig])}
    for signals, level in FLOORS:
        present = np.all([x[:, index[s]] > 0 for s in signals], axis=0)
        levels = np.where(present, np.maximum(levels, LEVELS.index(level)), levels)
    return levels


def _name(bigrams: bool | str | None) -> str:
    if isinstance(bigrams, str):
        return bigrams
    return "none" if bigrams is None else "1+2" if bigrams else "1"


if __name__ == "__main__":
    sys.exit(main())
