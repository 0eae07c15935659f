"""The tone of a complaint: VADER sentiment, sentence by sentence, and how much of it shouts.

The text is cut into sentences (at ".", "!", "?" and line breaks), each sentence is scored
as VADER scores it, and the tone is the mean over the sentences that carry sentiment: a
whole email summed at once would saturate VADER's compound towards -1 or 1.

The rules (lexicon valence, negation, boosters, capitals, idioms, "but", "!" and "?") are
re-run here over the lexicon and constants the `vaderSentiment` package ships, instead of
calling `SentimentIntensityAnalyzer.polarity_scores`. That method lower-cases the whole
text again for each sentiment word, so its cost grows with the square of the length:
about 70 µs for a tweet and 450 µs for a 120-word email. Here each word is lower-cased
once, and a sentence without sentiment words costs only its split. Known differences:
an emoji glued to the next word gets a space, and "but" rescales each sentiment around
it once (VADER finds each value with `list.index`, so equal values can be rescaled twice
or not at all).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache
from typing import Final

# The package has no type hints. Only its lexicon, constants and `normalize` are used.
from vaderSentiment.vaderSentiment import (  # type: ignore[import-untyped]
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    normalize,
)

_BOOSTERS: Final[dict[str, float]] = dict(BOOSTER_DICT)
_SPECIAL_CASES: Final[dict[str, float]] = dict(SPECIAL_CASES)
_NEGATIONS: Final[frozenset[str]] = frozenset(NEGATE)
_N_SCALAR: Final[float] = float(N_SCALAR)
_C_INCR: Final[float] = float(C_INCR)
# Words of the multi-word phrases VADER special-cases; a phrase check needs one of them.
_IDIOM_WORDS: Final = frozenset(
    word for phrase in (*_SPECIAL_CASES, *_BOOSTERS) if " " in phrase for word in phrase.split()
)
_DAMPING: Final = (1.0, 0.95, 0.9)  # a booster's effect by its distance from the word
_SO_THIS: Final = ("so", "this")
_OR_NOR: Final = ("or", "nor")
_PUNCTUATION: Final = string.punctuation
_SENTENCE: Final = re.compile(r"[^.!?\n]+[.!?]*")
_EVIDENCE_WORDS: Final = 3


@dataclass(frozen=True)
class Tone:
    """How a text sounds: sentiment and capitals, over the part of it that was read."""

    compound: float  # mean VADER compound of the sentences that carry sentiment, -1..1
    negative_words: tuple[str, ...]  # the most negative lexicon words, strongest first
    words: int  # whitespace-separated words
    capital_words: int  # of those, the ones in capitals with two letters or more


@dataclass(frozen=True)
class _Vader:
    lexicon: dict[str, float]
    emojis: dict[str, str]

    def describe(self, match: re.Match[str]) -> str:
        """An emoji's words, as VADER reads them; any other character unchanged."""
        found = match.group()
        description = self.emojis.get(found)
        return f" {description} " if description else found


# Every single-character emoji VADER knows lies in these ranges. A few ranges keep the
# regex fast; listing the 1,212 characters would make it scan them all for each character.
_EMOJI_RANGES: Final = re.compile("[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff]")


@cache
def _vader() -> _Vader:
    # Built on first use, not at import: reading the lexicon files takes a few milliseconds.
    analyzer = SentimentIntensityAnalyzer()
    emojis = {key: value for key, value in analyzer.emojis.items() if len(key) == 1}
    return _Vader(lexicon=dict(analyzer.lexicon), emojis=emojis)


def read_tone(text: str, *, max_chars: int) -> Tone:
    """Sentiment and shouting of the first `max_chars` characters of `text`."""
    model = _vader()
    lexicon = model.lexicon
    window = text[:max_chars]
    if not window.isascii():
        window = _EMOJI_RANGES.sub(model.describe, window)
    compounds: list[float] = []
    negatives: dict[str, float] = {}
    for sentence in _SENTENCE.findall(window):
        # VADER keeps a token's punctuation when stripping leaves two characters or
        # fewer, so emoticons such as ":)" survive. Case is read from the raw tokens:
        # punctuation has none.
        lowers = [
            token if len(stripped := token.strip(_PUNCTUATION)) <= 2 else stripped
            for token in sentence.lower().split()
        ]
        hits = [i for i, lower in enumerate(lowers) if lower in lexicon]
        if hits:
            compound = _sentence_compound(sentence, lowers, hits, lexicon, negatives)
            if compound:
                compounds.append(compound)
    words = window.split()
    # "I" and "A" are capitals in any sentence; a shouted word needs two letters or more.
    shouted = sum(1 for word in filter(str.isupper, words) if len(word.strip(_PUNCTUATION)) > 1)
    strongest = sorted(negatives, key=negatives.__getitem__)[:_EVIDENCE_WORDS]
    return Tone(
        compound=sum(compounds) / len(compounds) if compounds else 0.0,
        negative_words=tuple(strongest),
        words=len(words),
        capital_words=shouted,
    )


def _sentence_compound(
    sentence: str,
    lowers: list[str],
    hits: list[int],
    lexicon: dict[str, float],
    negatives: dict[str, float],
) -> float:
    tokens = sentence.split()
    capitals = sum(map(str.isupper, tokens))
    cap_differential = 0 < len(tokens) - capitals < len(tokens)
    pivot = lowers.index("but") if "but" in lowers else -1
    total = 0.0
    for i in hits:
        lower = lowers[i]
        if lower in _BOOSTERS or (lower == "kind" and lowers[i + 1 : i + 2] == ["of"]):
            continue
        base = lexicon[lower]
        valence = _valence(base, tokens, lowers, i, lexicon, cap_differential)
        if base < 0 and valence < 0:
            negatives[lower] = base
        if pivot >= 0 and i != pivot:
            valence *= 0.5 if i < pivot else 1.5
        total += valence
    if total == 0:
        return 0.0
    emphasis = min(sentence.count("!"), 4) * 0.292
    questions = sentence.count("?")
    if questions > 1:
        emphasis += questions * 0.18 if questions <= 3 else 0.96
    total += emphasis if total > 0 else -emphasis
    return float(normalize(total))


def _valence(
    base: float,
    tokens: list[str],
    lowers: list[str],
    i: int,
    lexicon: dict[str, float],
    cap_differential: bool,
) -> float:
    valence = base
    if lowers[i] == "no" and i != len(lowers) - 1 and lowers[i + 1] in lexicon:
        valence = 0.0
    if (
        (i > 0 and lowers[i - 1] == "no")
        or (i > 1 and lowers[i - 2] == "no")
        or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in _OR_NOR)
    ):
        valence = base * _N_SCALAR
    if cap_differential and tokens[i].isupper():
        valence += _C_INCR if valence > 0 else -_C_INCR
    for distance in range(min(i, 3)):
        before = i - distance - 1
        if lowers[before] in lexicon:
            continue
        # VADER's scalar_inc_dec: boosters and dampeners, stronger in capitals.
        scalar = _BOOSTERS.get(lowers[before], 0.0)
        if scalar:
            scalar = -scalar if valence < 0 else scalar
            if cap_differential and tokens[before].isupper():
                scalar += _C_INCR if valence > 0 else -_C_INCR
            valence += scalar * _DAMPING[distance]
        valence = _negation(valence, lowers, distance, i)
        if distance == 2 and not _IDIOM_WORDS.isdisjoint(lowers[i - 3 : i + 3]):
            valence = _special_idioms(valence, lowers, i)
    least = i > 0 and lowers[i - 1] == "least" and "least" not in lexicon
    if least and (i == 1 or lowers[i - 2] not in ("at", "very")):
        valence *= _N_SCALAR
    return valence


def _is_negation(word: str) -> bool:
    return word in _NEGATIONS or "n't" in word


def _negation(valence: float, lowers: list[str], distance: int, i: int) -> float:
    # VADER's _negation_check, one branch per distance of the word before the sentiment word.
    if distance == 0:
        return valence * _N_SCALAR if _is_negation(lowers[i - 1]) else valence
    if distance == 1:
        if lowers[i - 2] == "never" and lowers[i - 1] in _SO_THIS:
            return valence * 1.25
        if lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            return valence
        return valence * _N_SCALAR if _is_negation(lowers[i - 2]) else valence
    if (lowers[i - 3] == "never" and lowers[i - 2] in _SO_THIS) or lowers[i - 1] in _SO_THIS:
        return valence * 1.25
    if lowers[i - 3] == "without" and "doubt" in (lowers[i - 2], lowers[i - 1]):
        return valence
    return valence * _N_SCALAR if _is_negation(lowers[i - 3]) else valence


def _special_idioms(valence: float, lowers: list[str], i: int) -> float:
    # VADER's _special_idioms_check: phrases such as "yeah right" replace the valence.
    three, two, one, zero = lowers[i - 3], lowers[i - 2], lowers[i - 1], lowers[i]
    before = (f"{one} {zero}", f"{two} {one} {zero}", f"{two} {one}", f"{three} {two} {one}")
    for sequence in (*before, f"{three} {two}"):
        if sequence in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[sequence]
            break
    if len(lowers) - 1 > i and f"{zero} {lowers[i + 1]}" in _SPECIAL_CASES:
        valence = _SPECIAL_CASES[f"{zero} {lowers[i + 1]}"]
    if len(lowers) - 1 > i + 1:
        after = f"{zero} {lowers[i + 1]} {lowers[i + 2]}"
        valence = _SPECIAL_CASES.get(after, valence)
    for ngram in (f"{three} {two} {one}", f"{three} {two}", f"{two} {one}"):
        valence += _BOOSTERS.get(ngram, 0.0)
    return valence
