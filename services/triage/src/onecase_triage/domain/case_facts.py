"""The specifics of a complaint, so an answer can restate them without quoting the text."""

from __future__ import annotations

import re
from typing import Final

from onecase_shared.events import CaseFactsV1, CategoryV1, ComplaintReceivedV1
from onecase_triage.domain.identity_evidence import EvidenceKind, linking_evidence

MAX_PROBLEM_TERMS = 2

# "my coffee grinder arrived", "the new router keeps", "my Bosch washer is": a product is a
# short noun phrase right before a verb of failure. English only; other languages get none.
_FAILING: Final = r"(?:arrived|is|was|has|keeps|stopped|broke|won't|doesn't|does not|never|came)"
_WORD: Final = rf"(?!{_FAILING}\b)[a-z][a-z-]{{1,20}}"
_PRODUCT: Final = re.compile(
    rf"\b(?:my|the|our)\s+((?:{_WORD}\s+){{0,2}}{_WORD})\)?\s+{_FAILING}\b", re.IGNORECASE
)
_NOT_PRODUCTS: Final = frozenset(
    {
        *("order", "parcel", "package", "delivery", "account", "money", "refund", "case"),
        *("email", "message", "payment", "charge", "bill", "invoice", "technician", "driver"),
        *("courier", "agent", "staff", "team", "service", "app", "website", "site", "problem"),
        *("issue", "time", "day", "week", "item", "items", "thing", "same", "second", "first"),
    }
)


def case_facts(complaint: ComplaintReceivedV1, category: CategoryV1) -> CaseFactsV1:
    """Order and account numbers, the product, and what went wrong, as the customer put it.

    Only phrases of the category's evidence say what went wrong ("charged twice", "never
    arrived"); single words ("order", "parcel") only say what it was about.
    """
    orders, accounts = [], []
    for evidence in linking_evidence(complaint):
        if evidence.kind is EvidenceKind.ORDER_NUMBER:
            orders.append(evidence.key.partition(":")[2])
        elif evidence.kind is EvidenceKind.ACCOUNT_NUMBER:
            accounts.append(evidence.key.partition(":")[2])
    text = f"{complaint.subject}\n{complaint.text}" if complaint.subject else complaint.text
    return CaseFactsV1(
        order_number=orders[0] if orders else None,
        account_number=accounts[0] if accounts else None,
        product=product_named(text),
        problem=tuple(term for term in category.evidence if " " in term)[:MAX_PROBLEM_TERMS],
    )


def product_named(text: str) -> str | None:
    """The product a complaint is about, when it names one before a failure verb."""
    for match in _PRODUCT.finditer(text[:2000]):
        phrase = match.group(1).lower()
        if phrase.split()[-1] not in _NOT_PRODUCTS:
            return phrase
    return None
