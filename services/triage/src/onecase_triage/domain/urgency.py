"""How urgent a complaint is: a 0-100 score, a level, and the reasons behind both.

Pure and fast: no I/O, no clock. Regexes are compiled at import and the VADER lexicon is
loaded once, on first use. Limits, by design:

- Lexicons are English. Safety, security and legal threats also know a few German, French
  and Spanish words; other languages score on context, visibility and punctuation only.
- Keywords are scanned over the whole text; tone (sentiment, capitals, "!!!") over the
  first `UrgencyWeights.tone_max_chars` characters, which bounds the cost of huge texts.
- Negation is only checked for intent to leave ("I don't want to cancel my account").
  Threats, safety and security count even when denied ("I'm not a lawyer", "nobody was
  hurt"): a mention is worth a human's eyes.
- Capitals and "!!!" count as anger only when the tone is not positive, so sarcasm in
  capitals ("GREAT SERVICE AS ALWAYS!!!") is missed. Quoted text is not recognised.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Final

from onecase_shared.events import ComplaintReceivedV1
from onecase_triage.domain import urgency_lexicon as lexicon
from onecase_triage.domain.urgency_tone import read_tone


class UrgencyLevel(StrEnum):
    """How soon someone should look at the complaint, most urgent first."""

    CRITICAL = "critical"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


_RANK: Final = {
    UrgencyLevel.LOW: 0,
    UrgencyLevel.NORMAL: 1,
    UrgencyLevel.HIGH: 2,
    UrgencyLevel.CRITICAL: 3,
}


class Signal(StrEnum):
    """The name of each signal a reason can come from."""

    NEGATIVE_TONE = "negative_tone"
    SHOUTING = "shouting"
    EXCLAMATIONS = "exclamations"
    ABUSE = "abuse"
    INTENT_TO_LEAVE = "intent_to_leave"
    THREAT = "threat"
    SAFETY = "safety"
    SECURITY = "security"
    VULNERABILITY = "vulnerability"
    RECURRING_PROBLEM = "recurring_problem"
    PUBLIC = "public"
    REPEAT_CONTACT = "repeat_contact"
    WAITING = "waiting"
    TIER = "tier"


@dataclass(frozen=True)
class UrgencyWeights:
    """Every weight and threshold of `score_urgency`. The defaults are a starting point.

    Plain numbers, so a settings model can load them. Points are added per signal, once
    however often it matches; the sum is clamped to 0-100.
    """

    negative_tone: int = 20
    negative_tone_below: float = -0.5  # mean VADER compound of the sentences with sentiment
    shouting: int = 15
    shouting_share: float = 0.5  # of the words, written in capitals
    shouting_min_words: int = 3  # "OK THANKS" is too short to be shouting
    exclamations: int = 5
    exclamation_run: int = 3  # "!" in one run of "!" and "?" that count
    abuse: int = 15
    intent_to_leave: int = 25
    threat: int = 30
    safety: int = 40
    security: int = 30
    vulnerability: int = 25
    recurring_problem: int = 25
    public_base: int = 5
    public_per_tenfold_reach: float = 5.0  # 100 followers add 10, 100,000 add 25
    public_max: int = 35
    repeat_contact: int = 5  # per earlier contact
    repeat_contact_max: int = 20
    waiting_per_day: float = 5.0
    waiting_max: int = 20
    tier_points: tuple[tuple[str, int], ...] = (("vip", 15), ("premium", 8))
    critical_at: int = 75
    high_at: int = 50
    normal_at: int = 25
    safety_floor: UrgencyLevel = UrgencyLevel.HIGH  # safety and security never score lower
    tone_max_chars: int = 2_000
    max_evidence_terms: int = 5

    def __post_init__(self) -> None:
        if not 0 <= self.normal_at <= self.high_at <= self.critical_at <= 100:
            raise ValueError("level thresholds must satisfy 0 <= normal <= high <= critical <= 100")
        if self.tone_max_chars < 0 or self.max_evidence_terms < 1:
            raise ValueError("tone_max_chars must be >= 0 and max_evidence_terms >= 1")


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
    """One signal that raised the score: its points and what matched, never the whole text."""

    signal: str
    points: int
    evidence: str


@dataclass(frozen=True)
class Urgency:
    """The verdict: score 0-100, its level, why (strongest first), threats made, abuse.

    `threats` holds the distinct threat words as matched, at most `max_evidence_terms`.
    """

    score: int
    level: UrgencyLevel
    reasons: tuple[UrgencyReason, ...]
    threats: tuple[str, ...]
    abusive: bool


_KEYWORD_SIGNALS: Final = {
    Signal.SAFETY: lexicon.SAFETY,
    Signal.SECURITY: lexicon.SECURITY,
    Signal.ABUSE: lexicon.ABUSE,
    Signal.THREAT: lexicon.THREAT,
    Signal.INTENT_TO_LEAVE: lexicon.INTENT_TO_LEAVE,
    Signal.VULNERABILITY: lexicon.VULNERABILITY,
    Signal.RECURRING_PROBLEM: lexicon.RECURRING_PROBLEM,
}


def _by_first_letter(entries: Iterable[str]) -> str:
    """One alternation of `entries`, factored by first letter so few are tried per word."""
    groups: dict[str, list[str]] = {}
    for entry in entries:
        groups.setdefault(entry[0], []).append(entry[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# One pass finds every keyword of every signal. The look-behind makes the engine try the
# alternatives only where a word starts; each match is then told apart by signal.
_KEYWORDS: Final = re.compile(
    rf"(?<!\w)(?:{_by_first_letter(e for es in _KEYWORD_SIGNALS.values() for e in es)})(?!\w)"
)
_SIGNAL_OF: Final = tuple(
    (signal, re.compile("|".join(entries))) for signal, entries in _KEYWORD_SIGNALS.items()
)
_NEGATED: Final = re.compile(r"(?<!\w)(?:" + "|".join(lexicon.NEGATORS) + r")\s+(?:\w+\s+){0,2}$")
_NEGATION_LOOKBACK: Final = 40
_BANGS: Final = re.compile(r"[!?]{2,}")
_SPACES: Final = re.compile(r"\s+")
_MAX_TERM_CHARS: Final = 40
_MAX_WAITING_HOURS: Final = 24 * 365


def score_urgency(
    text: str,
    *,
    public: bool,
    reach: int,
    context: CustomerContext = DEFAULT_CONTEXT,
    weights: UrgencyWeights = DEFAULT_WEIGHTS,
) -> Urgency:
    """Score how urgent a complaint is from its text, visibility and the customer's history."""
    matches = _keyword_matches(text, weights.max_evidence_terms)
    keyword_points = {
        Signal.SAFETY: weights.safety,
        Signal.SECURITY: weights.security,
        Signal.ABUSE: weights.abuse,
        Signal.THREAT: weights.threat,
        Signal.INTENT_TO_LEAVE: weights.intent_to_leave,
        Signal.VULNERABILITY: weights.vulnerability,
        Signal.RECURRING_PROBLEM: weights.recurring_problem,
    }
    reasons = [
        *_tone_reasons(text, weights),
        *(
            UrgencyReason(signal, keyword_points[signal], ", ".join(terms))
            for signal, terms in matches.items()
            if terms
        ),
        *_context_reasons(public=public, reach=reach, context=context, weights=weights),
    ]
    reasons = sorted((reason for reason in reasons if reason.points), key=lambda r: -r.points)
    score = max(0, min(100, sum(reason.points for reason in reasons)))
    level = _level_for(score, weights)
    if matches[Signal.SAFETY] or matches[Signal.SECURITY]:
        level = max(level, weights.safety_floor, key=_RANK.__getitem__)
    return Urgency(
        score=score,
        level=level,
        reasons=tuple(reasons),
        threats=tuple(matches[Signal.THREAT]),
        abusive=bool(matches[Signal.ABUSE]),
    )


def score_complaint(
    complaint: ComplaintReceivedV1,
    *,
    context: CustomerContext = DEFAULT_CONTEXT,
    weights: UrgencyWeights = DEFAULT_WEIGHTS,
) -> Urgency:
    """Score a received complaint: its subject and text, its visibility and reach."""
    text = f"{complaint.subject}\n{complaint.text}" if complaint.subject else complaint.text
    return score_urgency(
        text, public=complaint.public, reach=complaint.reach, context=context, weights=weights
    )


def _keyword_matches(text: str, limit: int) -> dict[Signal, list[str]]:
    """Distinct matched terms per keyword signal, in order of appearance, at most `limit`."""
    lowered = text.lower().replace("\u2019", "'")
    found: dict[Signal, list[str]] = {signal: [] for signal in _KEYWORD_SIGNALS}
    for match in _KEYWORDS.finditer(lowered):
        matched = match.group()
        signal = _signal_of(matched)
        if signal is Signal.INTENT_TO_LEAVE and _negated(lowered, match.start()):
            continue
        terms = found[signal]
        term = _SPACES.sub(" ", matched)[:_MAX_TERM_CHARS]
        if len(terms) < limit and term not in terms:
            terms.append(term)
    return found


@lru_cache(maxsize=4096)
def _signal_of(matched: str) -> Signal:
    """The signal whose list `matched` comes from: the first that matches all of it."""
    return next(signal for signal, pattern in _SIGNAL_OF if pattern.fullmatch(matched))


def _negated(lowered: str, start: int) -> bool:
    return _NEGATED.search(lowered, max(0, start - _NEGATION_LOOKBACK), start) is not None


def _tone_reasons(text: str, weights: UrgencyWeights) -> Iterator[UrgencyReason]:
    tone = read_tone(text, max_chars=weights.tone_max_chars)
    if tone.compound <= weights.negative_tone_below:
        words = f" ({', '.join(tone.negative_words)})" if tone.negative_words else ""
        yield UrgencyReason(
            Signal.NEGATIVE_TONE, weights.negative_tone, f"compound {tone.compound:.2f}{words}"
        )
    if tone.compound > 0:
        return  # "THANK YOU SO MUCH!!!" is delight, not anger
    if tone.words >= weights.shouting_min_words:
        share = tone.capital_words / tone.words
        if share >= weights.shouting_share:
            evidence = f"{share:.0%} of {tone.words} words in capitals"
            yield UrgencyReason(Signal.SHOUTING, weights.shouting, evidence)
    window = text[: weights.tone_max_chars]
    runs = (
        [run for run in _BANGS.findall(window) if run.count("!") >= weights.exclamation_run]
        if window.count("!") >= weights.exclamation_run
        else []
    )
    if runs:
        evidence = f"{len(runs)} run(s) of '!' like {runs[0][:_MAX_TERM_CHARS]!r}"
        yield UrgencyReason(Signal.EXCLAMATIONS, weights.exclamations, evidence)


def _context_reasons(
    *, public: bool, reach: int, context: CustomerContext, weights: UrgencyWeights
) -> Iterator[UrgencyReason]:
    if public:
        followers = max(0, reach)
        extra = weights.public_per_tenfold_reach * math.log10(1 + followers)
        points = min(weights.public_max, weights.public_base + round(extra))
        yield UrgencyReason(Signal.PUBLIC, points, f"public post, reach {followers}")
    if context.prior_contacts > 0:
        points = min(weights.repeat_contact_max, weights.repeat_contact * context.prior_contacts)
        yield UrgencyReason(
            Signal.REPEAT_CONTACT, points, f"{context.prior_contacts} earlier contact(s)"
        )
    hours = context.hours_waiting
    if hours > 0:  # also false for NaN
        days = min(hours, _MAX_WAITING_HOURS) / 24
        points = min(weights.waiting_max, round(weights.waiting_per_day * days))
        yield UrgencyReason(Signal.WAITING, points, f"waiting {days * 24:.0f}h")
    if context.tier:
        tier = context.tier.strip().lower()
        points = next((p for name, p in weights.tier_points if name == tier), 0)
        yield UrgencyReason(Signal.TIER, points, f"tier {tier[:_MAX_TERM_CHARS]}")


def _level_for(score: int, weights: UrgencyWeights) -> UrgencyLevel:
    if score >= weights.critical_at:
        return UrgencyLevel.CRITICAL
    if score >= weights.high_at:
        return UrgencyLevel.HIGH
    if score >= weights.normal_at:
        return UrgencyLevel.NORMAL
    return UrgencyLevel.LOW
