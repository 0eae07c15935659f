"""Complaint categories: a weighted keyword and phrase model whose every decision can be explained.

A taxonomy maps each category to terms (words or short phrases) with weights. Texts and terms are
normalized alike (`category_text`), and a phrase matches consecutive words, so "hasn't arrived",
"never arrived" and "has still not arrived" all match the term "not arrived". A negation also
reaches over up to `NEGATION_GAP` words within a sentence: "isn't my card working" matches
"not working".

Scoring: at each position the longest term wins, and each term counts once per field. A
category's score is the sum of its matched weights; a match in the subject counts
`subject_weight` times. The top score wins if it reaches `min_score`, else the fallback does.
The decision names the matched words exactly as they appear in the lowercased input.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from onecase_triage.domain.category_keywords import (
    DEFAULT_FALLBACK,
    DEFAULT_MIN_SCORE,
    DEFAULT_TERMS,
)
from onecase_triage.domain.category_text import NEGATION_STOPS, NOT, Words, normalize_term

MAX_CHARS = 5_000
"""Only this many characters of a text (and of a subject) are read: a bounded cost per complaint
(about 0.5 ms at worst), and a complaint says what it is about early on."""

NEGATION_GAP = 3
"""How many words a negation reaches over to a negated term ("isn't my card working")."""

MAX_EVIDENCE = 8
"""At most this many matched terms are reported as evidence."""

_SENTENCE_END = ".!?;\n"


@dataclass(frozen=True)
class CategoryRules:
    """The terms (words or phrases) that point to one category, each with a positive weight."""

    terms: Mapping[str, float]

    def __post_init__(self) -> None:
        object.__setattr__(self, "terms", MappingProxyType(dict(self.terms)))


@dataclass(frozen=True)
class CategoryDecision:
    """The category chosen for a complaint, how sure the model is, and the words that decided it.

    `confidence` is 0 when nothing reached `min_score` (the fallback), and otherwise grows with
    the winning score and with its share of all matched weight. `evidence` holds the winning
    category's matched terms as they appear in the lowercased text or subject, strongest first.
    `scores` holds every category that matched anything, highest first: "why not billing?".
    """

    category: str
    confidence: float
    evidence: tuple[str, ...]
    scores: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class _Entry:
    category: str
    weight: float


@dataclass(frozen=True)
class _Match:
    key: tuple[str, ...]
    words: Words
    first: int
    last: int

    @property
    def surface(self) -> str:
        """The matched words as written; only evidence needs it, so it is computed late."""
        return self.words.surface(self.first, self.last)


@dataclass(frozen=True)
class Taxonomy:
    """A configurable set of categories: the classifier's only knowledge.

    Categories are listed in tie-breaking order. `fallback` is the answer when no category
    scores at least `min_score`; it need not be one of `categories`. Terms are compiled once,
    here, so build a taxonomy once and reuse it. Two terms of one category that normalize alike
    ("not arrived", "never arrived") must carry the same weight.
    """

    categories: Mapping[str, CategoryRules]
    fallback: str = "other"
    min_score: float = 1.0
    subject_weight: float = 2.0
    _index: Mapping[tuple[str, ...], tuple[_Entry, ...]] = field(
        init=False, repr=False, compare=False
    )
    # First word of a term -> the lengths of the terms starting with it, longest first.
    _widths: Mapping[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.categories:
            raise ValueError("a taxonomy needs at least one category")
        if self.min_score <= 0 or self.subject_weight < 0:
            raise ValueError("min_score must be positive and subject_weight not negative")
        # A frozen copy: the compiled index must never disagree with the rules it came from.
        object.__setattr__(self, "categories", MappingProxyType(dict(self.categories)))
        index: dict[tuple[str, ...], list[_Entry]] = {}
        for name, rules in self.categories.items():
            for term, weight in rules.terms.items():
                key = normalize_term(term)
                if not key or key == (NOT,):
                    raise ValueError(f"term {term!r} of {name!r} has no words left to match")
                if not weight > 0:
                    raise ValueError(f"term {term!r} of {name!r} needs a positive weight")
                entries = index.setdefault(key, [])
                same = [e for e in entries if e.category == name]
                if same and same[0].weight != weight:
                    raise ValueError(f"{name!r} gives {' '.join(key)!r} two weights")
                if not same:
                    entries.append(_Entry(name, float(weight)))
        widths: dict[str, set[int]] = {}
        for key in index:
            widths.setdefault(key[0], set()).add(len(key))
        object.__setattr__(self, "_index", {k: tuple(v) for k, v in index.items()})
        object.__setattr__(
            self, "_widths", {w: tuple(sorted(n, reverse=True)) for w, n in widths.items()}
        )

    def _find(self, text: str) -> list[_Match]:
        """The terms in `text`, each once, in order; the longest term at a position wins."""
        words = Words(text[:MAX_CHARS].lower())
        keys, index, widths = words.keys, self._index, self._widths
        found: dict[tuple[str, ...], _Match] = {}
        taken: set[int] = set()  # words already used by a "not ... X" match
        resume = 0
        for i in [i for i, k in enumerate(keys) if k in widths]:
            if i < resume or i in taken:
                continue
            for n in widths[keys[i]]:
                key = tuple(keys[i : i + n])
                if len(key) == n and key in index and taken.isdisjoint(range(i, i + n)):
                    found.setdefault(key, _Match(key, words, i, i + n - 1))
                    resume = i + n
                    break
            else:
                if keys[i] == NOT:
                    self._find_negated(words, i, found, taken)
        return list(found.values())

    def _find_negated(
        self, words: Words, i: int, found: dict[tuple[str, ...], _Match], taken: set[int]
    ) -> None:
        """Match "not X" with up to `NEGATION_GAP` words between: "isn't my card working"."""
        keys = words.keys
        for start in range(i + 2, min(i + 2 + NEGATION_GAP, len(keys))):
            if keys[start - 1] == NOT or keys[start - 1] in NEGATION_STOPS:
                return  # "don't want to use it" does not say "not use"
            for n in self._widths[NOT]:
                key = (NOT, *keys[start : start + n - 1])
                if len(key) < n or key not in self._index:
                    continue
                match = _Match(key, words, i, start + n - 2)
                if any(mark in match.surface for mark in _SENTENCE_END):
                    return  # a negation does not reach into the next sentence
                found.setdefault(key, match)
                taken.update(range(start, start + n - 1))
                return

    def _score(self, weighed: list[tuple[_Match, float]]) -> dict[str, float]:
        """Each category's summed weight over (match, factor) pairs, in taxonomy order."""
        totals: dict[str, float] = {}
        for match, factor in weighed:
            for entry in self._index[match.key]:
                totals[entry.category] = totals.get(entry.category, 0.0) + entry.weight * factor
        return {name: totals[name] for name in self.categories if name in totals}

    def _weight_of(self, match: _Match, category: str) -> float:
        """The weight `match` carries for `category` (0 if none)."""
        return sum(e.weight for e in self._index[match.key] if e.category == category)


def _confidence(top: float, total: float) -> float:
    """Grows with the winning score (0.5 at 3.0, one strong term) and with its share of all."""
    strength = 1.0 - math.exp(-top * math.log(2) / 3.0)
    return round(strength * top / total, 3)


DEFAULT_TAXONOMY = Taxonomy(
    categories={name: CategoryRules(terms) for name, terms in DEFAULT_TERMS.items()},
    fallback=DEFAULT_FALLBACK,
    min_score=DEFAULT_MIN_SCORE,
)
"""delivery, billing_and_refunds, defective_product, service_outage, staff_conduct,
account_and_security and other; the terms are in `category_keywords`."""


def classify(
    text: str, subject: str | None = None, *, taxonomy: Taxonomy = DEFAULT_TAXONOMY
) -> CategoryDecision:
    """The category of a complaint, with a confidence in [0, 1] and the terms that decided it."""
    weighed = [(m, 1.0) for m in taxonomy._find(text)]
    if subject:
        weighed += [(m, taxonomy.subject_weight) for m in taxonomy._find(subject)]
    totals = taxonomy._score(weighed)
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])  # stable: ties keep taxonomy order
    scores = tuple((name, round(value, 3)) for name, value in ranked)
    if not ranked or ranked[0][1] < taxonomy.min_score:
        return CategoryDecision(taxonomy.fallback, 0.0, (), scores)
    winner, top = ranked[0]
    strongest = sorted(
        ((taxonomy._weight_of(m, winner) * factor, m) for m, factor in weighed),
        key=lambda weight_match: -weight_match[0],
    )
    evidence = dict.fromkeys(m.surface for weight, m in strongest if weight > 0)
    return CategoryDecision(
        category=winner,
        confidence=_confidence(top, sum(totals.values())),
        evidence=tuple(evidence)[:MAX_EVIDENCE],
        scores=scores,
    )
