"""What a complaint says, as named signals with the words that produced them.

Pure and language-aware: the same complaint in English, German, French or Spanish gives the
same signals, because every lexicon carries all four and the text is folded first (lowercase,
accents removed). The signals are the features both learned layers (urgency and category)
read; each keeps its evidence so a person can see why.

Cost is bounded: only the first `MAX_CHARS` characters are read, in one regex pass for the
lexicons and one for the capitals.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from onecase_triage.domain import situation_lexicon as situation
from onecase_triage.domain import stakes_lexicon as stakes
from onecase_triage.domain import tone_lexicon as tone
from onecase_triage.domain import topic_lexicon as topic
from onecase_triage.domain.match_context import cancelled_by_context
from onecase_triage.domain.phrase_matcher import PhraseMatcher
from onecase_triage.domain.signal_combinations import MAX_EVIDENCE, combine

MAX_CHARS: Final = 6_000
_MAX_TERM_CHARS: Final = 40

LEXICON_GROUPS: Final[tuple[Mapping[str, tuple[str, ...]], ...]] = (
    {
        # What is at stake. Within a group the earlier signal claims overlapping words.
        "identity_theft": stakes.IDENTITY_THEFT,
        "safety": situation.SAFETY,
        "stolen": stakes.STOLEN,
        "lost_means": stakes.LOST_MEANS,
        "unauthorised": stakes.UNAUTHORISED,
        "fraud": stakes.FRAUD,
        "hacked": stakes.HACKED,
        "money_held": stakes.MONEY_HELD,
        "locked_out": stakes.LOCKED_OUT,
        "staff_conduct": tone.STAFF_CONDUCT,
        "intent_to_leave": situation.INTENT_TO_LEAVE,
        "escalation_threat": situation.ESCALATION_THREAT,
        "legal_citation": situation.LEGAL_CITATION,
        "repeated_contact": situation.REPEATED_CONTACT,
        "prior_attempts": situation.PRIOR_ATTEMPTS,
        "long_wait": situation.LONG_WAIT,
        "no_food_or_medicine": situation.NO_FOOD_OR_MEDICINE,
        "immediate_need": situation.IMMEDIATE_NEED,
        "service_down": situation.SERVICE_DOWN,
        "vulnerable": situation.VULNERABLE,
        "health": situation.HEALTH,
    },
    {
        # How it is told: still going on, only supposed, asked, and about what.
        "ongoing": stakes.ONGOING,
        "hypothetical": tone.HYPOTHETICAL,
        "help_request": situation.HELP_REQUEST,
        # The specific kinds of trouble claim their words before the plain "problem" does.
        "failed_operation": situation.FAILED_OPERATION,
        "wrong_charge": situation.WRONG_CHARGE,
        "device_fault": situation.DEVICE_FAULT,
        "problem": situation.PROBLEM,
        "credit_report": situation.CREDIT_REPORT,
        "debt_collection": situation.DEBT_COLLECTION,
        "staff_person": tone.STAFF_PERSON,
    },
    {
        # What it is about, for the category: the same topics in every language.
        "topic_delivery": topic.DELIVERY_TOPIC,
        "topic_billing": topic.BILLING_TOPIC,
        "topic_product": topic.PRODUCT_TOPIC,
        "topic_outage": topic.OUTAGE_TOPIC,
        "topic_account": topic.ACCOUNT_TOPIC,
        "topic_identity_check": topic.IDENTITY_CHECK_TOPIC,
        "topic_staff": topic.STAFF_TOPIC,
    },
    {
        # The customer's tone.
        "profanity_insult": tone.PROFANITY_INSULT,
        "anger": tone.ANGER,
        "frustration": tone.FRUSTRATION,
        "praise": tone.PRAISE,
        "thanks": tone.THANKS,
    },
    # A complaint asked as a question ("why didn't the store accept my card?") also says
    # what went wrong: read apart, so neither claims the other's words.
    {"rhetorical": tone.RHETORICAL},
)
LEXICON_SIGNALS: Final[Mapping[str, tuple[str, ...]]] = {
    name: entries for group in LEXICON_GROUPS for name, entries in group.items()
}
"""Every signal read from phrases, with its lexicon."""

MEASURED_SIGNALS: Final = (
    "shouting",
    "some_capitals",
    "exclamation",
    "exclamation_run",
    "question",
    "money_amount",
    "short_text",
    "long_text",
    "anger_1",
    "anger_2",
    "anger_3",
    "threat_with_anger",
    "money_taken_ongoing",
    "plain_question",
    "nothing_wrong",
    "theft_now",
    "still_unresolved",
    "waited_weeks",
)
"""Signals measured from the text's shape, or combined from others."""

SIGNAL_NAMES: Final = (*LEXICON_SIGNALS, *MEASURED_SIGNALS)

_MATCHER: Final = PhraseMatcher(LEXICON_GROUPS)
_LETTER_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_MONEY: Final = re.compile(
    r"[$£€]\s?\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*\s?(?:[$£€]|dollars|pounds|euros?|usd|gbp|eur)\b"
)
_EXCLAMATION_RUN: Final = re.compile(r"[!?]*![!?]*!|!{2,}|[!?]{3,}")
_QUESTION_START: Final = re.compile(r"(?:@\w+\s+)*(?:" + "|".join(tone.QUESTION_START) + r")\b")
_REDACTION: Final = re.compile(r"^X+$")
# Phrases are written with single spaces; a double space or a line break between two words of
# a phrase ("approaching  a month") must not hide it.
_SPACES: Final = re.compile(r"\s{2,}|[\t\n\r\f\v]")
# A hashtag's words are the customer's words: "#NeverAgain", "#NoService", "#AMZLFail".
_UPPER: Final = "A-ZÄÖÜÀÂÇÉÈÊËÎÏÔÙÛÁÍÓÚÑ"
_LOWER: Final = "a-zäöüßàâçéèêëîïôùûáíóúñ"
_CAMEL_HASHTAG: Final = re.compile(f"#[{_UPPER}{_LOWER}]+[{_UPPER}][{_UPPER}{_LOWER}]*")
_CAMEL_BOUNDARY: Final = re.compile(
    f"(?<=[{_LOWER}])(?=[{_UPPER}])|(?<=[{_UPPER}])(?=[{_UPPER}][{_LOWER}])"
)
# An acronym in capitals (FCRA, CFPB, USPS, SYNCB) is a name, not a raised voice: a short word
# with no vowel, or with three consonants together that no English or German word starts
# or ends with.
_ACRONYM: Final = re.compile(
    r"[^AEIOUYÄÖÜÉÈÊÀÁÍÓÚÂÎÔÛ]+|\w*?(?!THR|STR|SCH|SPR|SCR|CHR|NTH|NCH|RST|GHT|CHT|NST|TCH|RTH|"
    r"RCH|NGS|NKS|CKS|LLS|NDS|NTR|XTR)[^AEIOUYÄÖÜÉÈÊÀÁÍÓÚÂÎÔÛ]{3}\w*"
)


@dataclass(frozen=True)
class Signals:
    """The signals found in one text: name -> evidence (the matched words, or a measure)."""

    found: Mapping[str, tuple[str, ...]]

    def __contains__(self, name: object) -> bool:
        return name in self.found

    def evidence(self, name: str) -> str:
        """The words behind `name`, joined for a reader, or "" when it is absent."""
        return ", ".join(self.found.get(name, ()))


def fold(text: str) -> str:
    """Lowercase, accents removed, "ß" as "ss", curly apostrophes straight."""
    lowered = text.lower().replace("\u2019", "'").replace("ß", "ss")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def read_signals(text: str) -> Signals:
    """Every signal in `text` (a subject and body together), each with its evidence."""
    head = text[:MAX_CHARS]
    folded = _SPACES.sub(" ", fold(_hashtag_words(head)))
    found: dict[str, list[str]] = {}
    matches = _MATCHER.find(folded)
    charges = [match.span() for name, match in matches if name == "wrong_charge"]
    for name, match in matches:
        if cancelled_by_context(name, folded, match, charges):
            continue
        terms = found.setdefault(name, [])
        term = " ".join(match.group().split())[:_MAX_TERM_CHARS]
        if len(terms) < MAX_EVIDENCE and term not in terms:
            terms.append(term)
    _measure_shape(head, folded, found)
    combine(found)
    return Signals({name: tuple(terms) for name, terms in found.items()})


def _hashtag_words(text: str) -> str:
    """`text` with each camel-case hashtag split into its words ("#Never Again")."""
    if "#" not in text:
        return text
    return _CAMEL_HASHTAG.sub(lambda tag: _CAMEL_BOUNDARY.sub(" ", tag.group()), text)


def _measure_shape(head: str, folded: str, found: dict[str, list[str]]) -> None:
    words = _LETTER_WORD.findall(head)
    if "XX" in head:
        words = [w for w in words if not _REDACTION.match(w)]
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    if len(words) >= 3 and len(capitals) * 2 >= len(words):
        found["shouting"] = [f"{len(capitals)} of {len(words)} words in capitals"]
    elif len(long_capitals := [w for w in capitals if _emphasis(w)]) >= 2:
        found["some_capitals"] = long_capitals[:MAX_EVIDENCE]
    if "!" in head:
        # A run needs two marks side by side: most texts with "!" have none to search for.
        run = _EXCLAMATION_RUN.search(head) if _has_mark_pair(head) else None
        found["exclamation_run" if run else "exclamation"] = [run.group() if run else "!"]
    stripped = folded.strip()
    if len(stripped) < 300 and ("?" in stripped or _QUESTION_START.match(stripped)):
        found["question"] = ["a question"]
    money = _MONEY.search(folded)
    if money:
        found["money_amount"] = [money.group()]
    if len(stripped) < 60:
        found["short_text"] = [f"{len(stripped)} characters"]
    elif len(stripped) > 1_200:
        found["long_text"] = [f"{len(stripped)} characters"]


def _has_mark_pair(head: str) -> bool:
    return "!!" in head or "!?" in head or "?!" in head or "??" in head


def _emphasis(word: str) -> bool:
    return len(word) >= 6 or (len(word) >= 4 and _ACRONYM.fullmatch(word) is None)
