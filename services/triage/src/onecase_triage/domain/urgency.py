"""How urgent a complaint is: a 0-100 score, a level, and the reasons behind both.

The level means what `docs/triage-quality.md` (after the product's triage definitions) says:
what is at stake for the customer and how soon, not only how loud they are. Three steps:

1. **Content.** `complaint_signals` reads the text (any of English, German, French, Spanish)
   into signals; the learned layer of `judgment_model` gives each its points. Floors from the
   definitions lift the level whatever the sum: safety, theft, fraud and unrecognised payments
   are at least high, money still being taken is critical. The sum alone reaches critical only
   beside a situation the definitions call critical; otherwise it stops at high.
2. **Visibility.** A public post adds points by reach, but raises the level by at most one,
   and only when the content is at least normal: a mild public gripe stays low.
3. **History.** Earlier contacts, time already waited and the customer's tier add points.

Pure: no I/O, no clock. Every reason keeps the words that produced it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from onecase_shared.events import ComplaintReceivedV1
from onecase_triage.domain.complaint_signals import Signals, read_signals
from onecase_triage.domain.judgment_model import UrgencyLayer, default_judgment


class UrgencyLevel(StrEnum):
    """How soon someone should look at the complaint, most urgent first."""

    CRITICAL = "critical"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


_ORDER: Final = (UrgencyLevel.LOW, UrgencyLevel.NORMAL, UrgencyLevel.HIGH, UrgencyLevel.CRITICAL)
_RANK: Final = {level: rank for rank, level in enumerate(_ORDER)}

ANGRY_SIGNALS: Final = frozenset({"anger", "profanity_insult", "shouting"})
"""Signals that make a message an angry exchange (clear anger or worse)."""

STATED_PROBLEMS: Final = frozenset({"problem", "wrong_charge", "failed_operation", "device_fault"})
"""What went wrong, in the customer's words: kept as reasons even when the layer gives them no
points, so a lead reading a `normal` double charge sees "charged twice", not nothing."""


class Context(StrEnum):
    """Reasons that come from outside the text."""

    PUBLIC = "public"
    REPEAT_CONTACT = "repeat_contact"
    WAITING = "waiting"
    TIER = "tier"
    FLOOR = "floor"
    CEILING = "ceiling"


@dataclass(frozen=True)
class UrgencyWeights:
    """The context's weights: visibility, history, tier. The content's are in the judgment file.

    Plain numbers, so a settings model can load them (`ONECASE_URGENCY_WEIGHTS`).
    """

    # A public post lifts by its audience: most posters reach a few hundred people, and a
    # lift for every mention would make half of them high (docs/triage-quality.md, step 18).
    public_reach_from: int = 1_000  # followers from which a public post adds points
    public_base: int = 0  # points at `public_reach_from` followers
    public_per_tenfold_reach: float = 8.0  # 10,000 followers add 8, 100,000 add 16
    public_max: int = 25
    repeat_contact: int = 8  # per earlier contact
    repeat_contact_max: int = 25
    waiting_per_day: float = 5.0
    waiting_max: int = 20
    tier_points: tuple[tuple[str, int], ...] = (("vip", 15), ("premium", 8))
    max_evidence_terms: int = 3

    def __post_init__(self) -> None:
        if self.max_evidence_terms < 1:
            raise ValueError("max_evidence_terms must be >= 1")


DEFAULT_WEIGHTS: Final = UrgencyWeights()


@dataclass(frozen=True)
class CustomerContext:
    """What triage knows about the customer beyond this one message."""

    prior_contacts: int = 0
    hours_waiting: float = 0
    tier: str | None = None  # "vip", "standard", ...


DEFAULT_CONTEXT: Final = CustomerContext()


@dataclass(frozen=True)
class UrgencyReason:
    """One signal that moved the score: its points and what matched, never the whole text."""

    signal: str
    points: int
    evidence: str


@dataclass(frozen=True)
class Urgency:
    """The verdict: score 0-100, its level, why (strongest first), threats made, abuse."""

    score: int
    level: UrgencyLevel
    reasons: tuple[UrgencyReason, ...]
    threats: tuple[str, ...]
    abusive: bool


_MAX_TERM_CHARS: Final = 40
_NO_CRITICAL_SITUATION: Final = "at most high: no situation the definitions call critical"
_MAX_WAITING_HOURS: Final = 24 * 365


def score_urgency(
    text: str,
    *,
    public: bool,
    reach: int,
    context: CustomerContext = DEFAULT_CONTEXT,
    weights: UrgencyWeights = DEFAULT_WEIGHTS,
    layer: UrgencyLayer | None = None,
    signals: Signals | None = None,
) -> Urgency:
    """Score how urgent a complaint is from its text, visibility and the customer's history.

    `signals`, when the caller has read them already, must be `read_signals(text)`.
    """
    layer = layer or default_judgment().urgency
    signals = signals or read_signals(text)
    reasons = [
        UrgencyReason(name, points, signals.evidence(name))
        for name in signals.found
        if (points := layer.points.get(name, 0)) or name in ANGRY_SIGNALS or name in STATED_PROBLEMS
    ]
    score = _clamp(layer.base + sum(reason.points for reason in reasons))
    level = _level_for(score, layer)
    if level is UrgencyLevel.CRITICAL and not _critical_situation(signals, layer):
        cap = _upper_bound(UrgencyLevel.HIGH, layer) - score
        reasons.append(UrgencyReason(Context.CEILING, cap, _NO_CRITICAL_SITUATION))
        score, level = score + cap, UrgencyLevel.HIGH
    floor, why = _floor(signals, layer)
    if _RANK[floor] > _RANK[level]:
        lift = _lower_bound(floor, layer) - score
        reasons.append(UrgencyReason(Context.FLOOR, lift, f"at least {floor}: {why}"))
        score, level = score + lift, floor

    if public and _RANK[level] >= _RANK[UrgencyLevel.NORMAL]:
        public_reason = _public_reason(reach, weights)
        ceiling = _ORDER[min(_RANK[level] + 1, len(_ORDER) - 1)]
        raised = min(_clamp(score + public_reason.points), _upper_bound(ceiling, layer))
        if raised > score:
            reasons.append(
                UrgencyReason(public_reason.signal, raised - score, public_reason.evidence)
            )
            score, level = raised, max(level, _level_for(raised, layer), key=_RANK.__getitem__)

    history = list(_history_reasons(context, weights))
    if history:
        reasons.extend(history)
        score = _clamp(score + sum(reason.points for reason in history))
        level = max(level, _level_for(score, layer), key=_RANK.__getitem__)

    return Urgency(
        score=score,
        level=level,
        reasons=tuple(sorted(reasons, key=lambda r: -abs(r.points))),
        threats=signals.found.get("escalation_threat", ())[: weights.max_evidence_terms],
        abusive="profanity_insult" in signals,
    )


def score_complaint(
    complaint: ComplaintReceivedV1,
    *,
    context: CustomerContext = DEFAULT_CONTEXT,
    weights: UrgencyWeights = DEFAULT_WEIGHTS,
    layer: UrgencyLayer | None = None,
    signals: Signals | None = None,
) -> Urgency:
    """Score a received complaint: its subject and text, its visibility and reach."""
    return score_urgency(
        complaint_text(complaint),
        public=complaint.public,
        reach=complaint.reach,
        context=context,
        weights=weights,
        layer=layer,
        signals=signals,
    )


def complaint_text(complaint: ComplaintReceivedV1) -> str:
    """What triage reads of a complaint: its subject, then its text."""
    return f"{complaint.subject}\n{complaint.text}" if complaint.subject else complaint.text


def _critical_situation(signals: Signals, layer: UrgencyLayer) -> bool:
    """Whether the content names a situation the definitions call critical (or needs none)."""
    return not layer.critical_needs or any(name in signals for name in layer.critical_needs)


def _floor(signals: Signals, layer: UrgencyLayer) -> tuple[UrgencyLevel, str]:
    """The highest level a floor lifts to (low if none), and its signals' words for a reader."""
    found = signals.found
    # Most floors name one signal, and most texts meet none: test the first before the rest.
    met = [
        f
        for f in layer.floors
        if f.signals[0] in found and all(signal in found for signal in f.signals[1:])
    ]
    if not met:
        return UrgencyLevel.LOW, ""
    best = max(met, key=lambda f: _RANK[UrgencyLevel(f.level)])
    why = "; ".join(f"{s} ({signals.evidence(s)})" for s in best.signals)[:200]
    return UrgencyLevel(best.level), why


def _public_reason(reach: int, weights: UrgencyWeights) -> UrgencyReason:
    followers = max(0, reach)
    if followers < weights.public_reach_from:
        return UrgencyReason(Context.PUBLIC, 0, f"public post, reach {followers}")
    tenfolds = math.log10(followers / max(1, weights.public_reach_from))
    points = min(
        weights.public_max, weights.public_base + round(weights.public_per_tenfold_reach * tenfolds)
    )
    return UrgencyReason(Context.PUBLIC, points, f"public post, reach {followers}")


def _history_reasons(context: CustomerContext, weights: UrgencyWeights) -> Iterator[UrgencyReason]:
    if context.prior_contacts > 0:
        points = min(weights.repeat_contact_max, weights.repeat_contact * context.prior_contacts)
        yield UrgencyReason(
            Context.REPEAT_CONTACT, points, f"{context.prior_contacts} earlier contact(s)"
        )
    hours = context.hours_waiting
    if hours > 0:  # also false for NaN
        days = min(hours, _MAX_WAITING_HOURS) / 24
        points = min(weights.waiting_max, round(weights.waiting_per_day * days))
        if points:
            yield UrgencyReason(Context.WAITING, points, f"waiting {days * 24:.0f}h")
    if context.tier:
        tier = context.tier.strip().lower()
        points = next((p for name, p in weights.tier_points if name == tier), 0)
        if points:
            yield UrgencyReason(Context.TIER, points, f"tier {tier[:_MAX_TERM_CHARS]}")


def _clamp(score: int) -> int:
    return max(0, min(100, score))


def _lower_bound(level: UrgencyLevel, layer: UrgencyLayer) -> int:
    return (0, layer.normal_at, layer.high_at, layer.critical_at)[_RANK[level]]


def _upper_bound(level: UrgencyLevel, layer: UrgencyLayer) -> int:
    """The highest score still at `level`."""
    return (layer.normal_at - 1, layer.high_at - 1, layer.critical_at - 1, 100)[_RANK[level]]


def _level_for(score: int, layer: UrgencyLayer) -> UrgencyLevel:
    if score >= layer.critical_at:
        return UrgencyLevel.CRITICAL
    if score >= layer.high_at:
        return UrgencyLevel.HIGH
    if score >= layer.normal_at:
        return UrgencyLevel.NORMAL
    return UrgencyLevel.LOW
