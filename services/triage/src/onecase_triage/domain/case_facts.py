"""The specifics of a complaint, so an answer can restate them without quoting the text."""

from __future__ import annotations

import re
from typing import Final

from onecase_shared.events import CaseFactsV1, ComplaintReceivedV1
from onecase_triage.domain.complaint_signals import MAX_CHARS, Signals, fold, read_signals
from onecase_triage.domain.identity_evidence import EvidenceKind, linking_evidence

MAX_PROBLEM_TERMS = 2

# What the customer said went wrong: these signals' phrases describe a problem ("never
# arrived", "charged twice", "keeps restarting"); tone, urgency and topic words never do.
_PROBLEM_SIGNALS: Final = (
    "problem",
    "wrong_charge",
    "failed_operation",
    "device_fault",
    "service_down",
)
# Phrases of the problem lexicon that judge rather than describe: quoted back, they say nothing.
_NOT_DESCRIPTIONS: Final = frozenset(
    {"no longer", "not okay", "not ok", "not acceptable", "what's going on", "what is going on"}
)
# A matched phrase that ends on one of these was cut mid-sentence: it would read garbled.
_DANGLING: Final = frozenset(
    {
        *("the", "a", "an", "my", "your", "of", "to", "and", "or", "for", "with", "in", "on"),
        *("is", "any", "our", "their", "some", "its", "this", "these", "those", "every"),
        *("authorise", "authorize", "initiate", "approve", "make", "give", "try", "use", "open"),
        *("get", "find", "buy", "book", "order", "send", "receive", "print", "install", "log"),
        *("click", "tap", "download", "upload", "update"),
    }
)
# What is at stake, most serious first; the templates say each one plainly. Not "fraud": the
# word comes up as often in what others asked or might do as in what happened.
_CONCERNS: Final = (
    "identity_theft",
    "hacked",
    "unauthorised",
    "stolen",
    "locked_out",
    "money_held",
)
_SUBJECTS: Final = ("credit_report", "debt_collection")

# "my coffee grinder arrived", "the new router keeps": a product is a short noun phrase right
# before a verb of failure, whose last word is a thing people buy. English only.
_FAILING: Final = r"(?:arrived|is|was|has|keeps|stopped|broke|won't|doesn't|does not|never|came)"
_WORD: Final = rf"(?!{_FAILING}\b)[a-z][a-z-]{{1,20}}"
_PRODUCT: Final = re.compile(
    rf"\b(?:my|the|our)\s+((?:{_WORD}\s+){{0,2}}{_WORD})\)?\s+{_FAILING}\b", re.IGNORECASE
)
# Only a known kind of thing is named back: a wrong product is worse than none.
_PRODUCT_NOUNS: Final = frozenset(
    {
        *("phone", "laptop", "computer", "tablet", "ipad", "iphone", "watch", "tv", "television"),
        *("router", "modem", "printer", "camera", "console", "controller", "headphones"),
        *("earbuds", "speaker", "charger", "cable", "keyboard", "monitor", "screen", "remote"),
        *("kettle", "toaster", "blender", "grinder", "mixer", "microwave", "oven", "fridge"),
        *("freezer", "dishwasher", "washer", "dryer", "vacuum", "hoover", "heater", "boiler"),
        *("fan", "lamp", "iron", "machine", "mattress", "sofa", "chair", "table", "desk", "bed"),
        *("bike", "bicycle", "scooter", "car", "tyre", "tire", "shoes", "boots", "jacket", "coat"),
        *("dress", "shirt", "jeans", "bag", "suitcase", "luggage", "sim", "box", "device"),
    }
)


def case_facts(complaint: ComplaintReceivedV1) -> CaseFactsV1:
    """What an answer may restate: only what the text supports, so the restatement is true.

    Order and account numbers, the product or subject, what is at stake, and what went wrong
    in the customer's words.
    """
    orders, accounts = [], []
    for evidence in linking_evidence(complaint):
        if evidence.kind is EvidenceKind.ORDER_NUMBER:
            orders.append(evidence.key.partition(":")[2])
        elif evidence.kind is EvidenceKind.ACCOUNT_NUMBER:
            accounts.append(evidence.key.partition(":")[2])
    text = f"{complaint.subject}\n{complaint.text}" if complaint.subject else complaint.text
    signals = read_signals(text)
    return CaseFactsV1(
        order_number=orders[0] if orders else None,
        account_number=accounts[0] if accounts else None,
        product=product_named(text),
        problem=tuple(as_written(text, phrase) for phrase in problem_words(signals)),
        subject=next((name for name in _SUBJECTS if name in signals), None),
        concern=next((name for name in _CONCERNS if name in signals), None),
    )


def problem_words(signals: Signals) -> tuple[str, ...]:
    """Up to two phrases in which the customer says what went wrong, each whole."""
    found: list[str] = []
    for name in _PROBLEM_SIGNALS:
        for phrase in signals.found.get(name, ()):
            words = phrase.split()
            if phrase in _NOT_DESCRIPTIONS or words[0] in {"and", "or"}:
                continue
            if len(words) >= 2 and words[-1] not in _DANGLING:
                found.append(phrase)
    unique = tuple(dict.fromkeys(found))
    # Two signals can quote the same words, one inside the other ("cannot connect" and
    # "cannot connect to server"): quoting both would say it twice.
    whole = [p for p in unique if not any(p != o and f" {p} " in f" {o} " for o in unique)]
    return tuple(whole)[:MAX_PROBLEM_TERMS]


def product_named(text: str) -> str | None:
    """The product a complaint is about, when it names a known kind of thing.

    The thing comes before a failure verb: "my new kettle stopped".
    """
    for match in _PRODUCT.finditer(text[:2000]):
        phrase = match.group(1).lower()
        if phrase.split()[-1] in _PRODUCT_NOUNS:
            return phrase
    return None


def as_written(text: str, phrase: str) -> str:
    """`phrase`, found in the folded `text`, with the customer's own accents ("débité").

    Signals match folded text (lowercase, accents removed, "ß" as "ss"); quoting that back
    would misspell the customer's words. Lowercase, as the phrase was; itself if not found.
    """
    head = text[:MAX_CHARS]
    if not phrase or head.isascii():
        return phrase  # folding ASCII only lowercases: the phrase is already as written
    folded: list[str] = []
    origin: list[int] = []  # the index in `head` of each folded character
    for index, char in enumerate(head):
        for folded_char in fold(char):
            folded.append(folded_char)
            origin.append(index)
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    match = re.search(pattern, "".join(folded))
    if match is None:
        return phrase
    written = head[origin[match.start()] : origin[match.end() - 1] + 1]
    return " ".join(written.lower().split())
