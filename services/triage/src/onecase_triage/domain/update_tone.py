"""Never argue: phrases in an agent's update that argue, blame the customer or over-promise.

The seeds ask that nobody argue with an upset customer, blame them, or promise what cannot be
known. An update containing one of these phrases is held back with a warning naming them; the
agent may rephrase, or send it anyway (they know the case). The list is deliberately short and
specific: a warning that fires on ordinary sentences teaches agents to ignore it.

| kind | examples |
|---|---|
| arguing | "that's not our fault", "not our problem", "as I already told you", "you are wrong" |
| blaming the customer | "you should have", "you failed to", "your own fault", "you didn't read" |
| over-promising | "guarantee", "this will never happen again", "100%" |

English, French, Spanish and German, matched on the folded text (no accents, lower case).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict

from onecase_triage.domain.complaint_signals import fold


class ToneProblem(StrEnum):
    """Why a phrase in an update should be looked at again."""

    ARGUING = "arguing"
    BLAMING = "blaming_the_customer"
    OVER_PROMISING = "over_promising"


class ToneWarning(BaseModel):
    """One phrase of an update that argues, blames or over-promises."""

    model_config = ConfigDict(frozen=True)

    kind: ToneProblem
    phrase: str  # as matched, folded


_PHRASES: Final[dict[ToneProblem, tuple[str, ...]]] = {
    ToneProblem.ARGUING: (
        r"(?:that|this|it) (?:is|'s|was) not (?:our|my) (?:fault|problem|responsibility)",
        r"not our (?:fault|problem)",
        r"as (?:i|we) (?:already|previously) (?:told|said|explained)",
        r"you are (?:wrong|mistaken)",
        r"there is nothing (?:we|i) can do",
        r"ce n'est pas (?:notre|ma) faute",
        r"comme (?:je|nous) (?:vous )?l'avons deja dit",
        r"no es (?:nuestra|mi) culpa",
        r"como ya le (?:dije|dijimos)",
        r"das ist nicht unsere schuld",
        r"wie (?:bereits|schon) (?:gesagt|erwahnt)",
    ),
    ToneProblem.BLAMING: (
        r"you should have",
        r"you (?:failed|forgot|neglected) to",
        r"(?:your|you're) (?:own )?fault",
        r"you did ?n[o']t (?:read|follow|check)",
        r"if you had (?:read|followed|checked)",
        r"vous auriez du",
        r"c'est (?:de )?votre faute",
        r"usted deberia haber",
        r"es (?:su|tu) culpa",
        r"sie hatten .{0,20}sollen",
        r"ihre eigene schuld",
    ),
    ToneProblem.OVER_PROMISING: (
        r"(?:we|i) guarantee",
        r"guaranteed",
        r"(?:this|it) will never happen again",
        r"100 ?%",
        r"nous (?:vous )?garantissons",
        r"cela ne se reproduira (?:plus )?jamais",
        r"(?:le )?garantizamos",
        r"no volvera a (?:pasar|ocurrir)",
        r"wir garantieren",
        r"das wird nie wieder (?:vorkommen|passieren)",
    ),
}
_PATTERNS: Final = {
    kind: re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)")
    for kind, phrases in _PHRASES.items()
}


def tone_warnings(text: str) -> tuple[ToneWarning, ...]:
    """Every phrase of `text` that argues, blames the customer or over-promises, in order."""
    folded = fold(text)
    found = [
        (match.start(), ToneWarning(kind=kind, phrase=match.group()))
        for kind, pattern in _PATTERNS.items()
        for match in pattern.finditer(folded)
    ]
    return tuple(warning for _, warning in sorted(found, key=lambda item: item[0]))
