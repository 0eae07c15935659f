"""What a complaint is about: the learned category layer over the complaint's signals.

The signals of `complaint_signals` say what a complaint is about (the topic lexicons, the same
in four languages), what is at stake and who is blamed ("harassing calls" is staff conduct,
"an account opened in my name" is account security, a credit-report dispute is "other"). A
linear layer per category, fitted offline on the hand-labelled development set
(`judgment_model`), weighs them. The decision keeps the words behind it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Final

from onecase_triage.domain.categories import CategoryDecision
from onecase_triage.domain.complaint_signals import LEXICON_SIGNALS, Signals, read_signals
from onecase_triage.domain.judgment_model import CategoryLayer, default_judgment

_MAX_EVIDENCE: Final = 6
_TOPIC: Final = "topic_"
# The definitions' convention: a credit-report dispute is `other`, and `account_and_security`
# only when identity theft, fraud or an account in someone else's hands is claimed. Written
# down, like the urgency floors, because a data breach, "personal data", balances or late
# payments alone pull the layer to account security or billing.
_OTHER: Final = "other"
# What collectors do stays staff conduct even in a credit-report dispute (the definitions'
# debt-collection convention).
CREDIT_DISPUTE_KEEPS: Final = frozenset({_OTHER, "staff_conduct"})
SECURITY_CLAIMS: Final = frozenset({"identity_theft", "fraud", "unauthorised", "hacked", "stolen"})
# And what a debt collector does to the customer (harassing calls, threats) is staff conduct,
# whatever the debt is about.
_STAFF: Final = "staff_conduct"
_COLLECTOR_CONDUCT: Final = frozenset({"debt_collection", _STAFF})


# A broken or faulty product is a product complaint (defective_product), whatever the customer
# wants back and however it reached them: a refund asked as the remedy is not a billing
# complaint, and the order it came in is not a delivery one (items *missing* from an order
# are, by the definitions; those words stay).
_REMEDY: Final = re.compile(
    r"^(?:refunds?|refunded|money back|reimburs\w*|(?:ruck)?erstattung\w*|geld zuruck|"
    r"rembours\w*|reembols\w*|devolucion\w*|devuelvan el dinero|devolver el dinero)$"
)
_ORDER_MENTION: Final = re.compile(
    r"^(?:(?:my|the|our|an|this|online) orders?|orders|ordered|order (?:number|placed)|"
    r"bestellt|bestellung|commande\w*|(?:mi|el|un|su) pedido|pedi \w+)$"
)
# "Not arrived" said of a refund or a deposit is money owed, not a parcel: only the delivery
# lexicon's words of arrival, with no order, parcel or driver beside them.
_MONEY_PAID_IN: Final = re.compile(
    r"^(?:deposit\w*|cheques?|checks?|(?:cash|check|cheque) deposit|einzahlung\w*|scheck\w*|"
    r"depots?|deposee?s?|deposito\w*|deposite|ingreso\w*)$"
)
_ARRIVAL_ONLY: Final = re.compile(
    r"^(?:(?:(?:has|have|had|is|still)(?: not|n't)|hasn't|haven't|not|never|still not) )?"
    r"(?:arrived|shown up|turned up|come through|appeared)$|^(?:pas|toujours pas|pas encore) "
    r"arrive$|^(?:todavia |aun )?no (?:me )?ha llegado$|^(?:noch |immer noch )?nicht angekommen$"
)
# An identity check that fails or troubles the customer is about their account (the
# definitions file lock-outs there); asked about ("why do you verify my identity?") it is not.
# A bare "verify" can check a payment ("verify a top-up") or a debt: the person's identity must
# be named.
_TROUBLE: Final = frozenset({"problem", "failed_operation", "locked_out", "device_fault"})
_A_PERSON_CHECKED: Final = re.compile(
    r"ident|ausweis|legitimation|proof|prove|who i am|wer ich bin|qui je suis|quien soy|selfie|"
    r"kyc|\bid\b|piece|justificatif|dni|documento"
)
# "Paid £80 for a return ticket, now standing": the price of what went wrong, not a billing
# complaint, unless money itself is in trouble.
_PAID: Final = re.compile(r"^(?:paid|payed|bezahlt|paye|payes|pague|pagado|pagada)$")
_MONEY_TROUBLE: Final = frozenset(
    {"wrong_charge", "money_held", "unauthorised", "fraud", "failed_operation", "debt_collection"}
)
_DAMAGE: Final = re.compile(
    r"broken|broke|damaged|cracked|shattered|snapped|smashed|dented|faulty|defect|kaputt|"
    r"beschadigt|casse|endommage|rot[oa]s?\b|danad|defectu"
)


def category_features(
    text: str, subject: str | None = None, *, signals: Signals | None = None
) -> tuple[dict[str, float], dict[str, tuple[str, ...]]]:
    """The layer's inputs (signal -> 1.0) and the words behind each one."""
    signals = signals or read_signals(f"{subject}\n{text}" if subject else text)
    features = dict.fromkeys(signals.found, 1.0)
    evidence = {n: terms for n, terms in signals.found.items() if n in LEXICON_SIGNALS}
    for topic in (
        *_context_of_a_fault(signals),
        *_a_refund_not_arrived(signals),
        *_only_a_price_paid(signals),
        *_an_operation_ordered(signals),
    ):
        features.pop(topic, None)
        evidence.pop(topic, None)
    if check := _an_identity_check_in_trouble(signals, features):
        features["topic_account"] = 1.0
        evidence["topic_account"] = check
    return features, evidence


def _an_identity_check_in_trouble(
    signals: Signals, features: Mapping[str, float]
) -> tuple[str, ...]:
    """The words of a check of the person's identity that went wrong, read as the account topic."""
    check = signals.found.get("topic_identity_check", ())
    if (
        "topic_account" not in features
        and _TROUBLE.intersection(features)
        and any(_A_PERSON_CHECKED.search(term) for term in check)
    ):
        return check
    return ()


def _only_a_price_paid(signals: Signals) -> tuple[str, ...]:
    """The billing topic, when its only words say the customer paid for what they complain of."""
    billing = signals.found.get("topic_billing", ())
    if (
        billing
        and all(_PAID.match(term) for term in billing)
        and not _MONEY_TROUBLE.intersection(signals.found)
    ):
        return ("topic_billing",)
    return ()


def _an_operation_ordered(signals: Signals) -> tuple[str, ...]:
    """The delivery topic, when a failed top-up or transfer was only "ordered"."""
    delivery = signals.found.get("topic_delivery", ())
    if (
        delivery
        and "failed_operation" in signals.found
        and all(_ORDER_MENTION.match(term) for term in delivery)
    ):
        return ("topic_delivery",)
    return ()


def _a_refund_not_arrived(signals: Signals) -> tuple[str, ...]:
    """The delivery topic, when the only thing said not to have arrived is a refund or deposit."""
    delivery = signals.found.get("topic_delivery", ())
    billing = signals.found.get("topic_billing", ())
    if (
        delivery
        and all(_ARRIVAL_ONLY.match(term) for term in delivery)
        and any(_REMEDY.match(term) or _MONEY_PAID_IN.match(term) for term in billing)
    ):
        return ("topic_delivery",)
    return ()


def _context_of_a_fault(signals: Signals) -> tuple[str, ...]:
    """The topics that are only the remedy or the order around a broken product."""
    product = signals.found.get("topic_product", ())
    if "device_fault" not in signals.found and not any(_DAMAGE.search(t) for t in product):
        return ()
    billing = signals.found.get("topic_billing", ())
    delivery = signals.found.get("topic_delivery", ())
    return tuple(
        topic
        for topic, terms, pattern in (
            ("topic_billing", billing, _REMEDY),
            ("topic_delivery", delivery, _ORDER_MENTION),
        )
        if terms and all(pattern.match(term) for term in terms)
    )


def judge_category(
    text: str,
    subject: str | None = None,
    *,
    signals: Signals | None = None,
    layer: CategoryLayer | None = None,
) -> CategoryDecision:
    """The category of a complaint, its probability, the words that decided it, and the rest."""
    layer = layer or default_judgment().category
    features, evidence = category_features(text, subject, signals=signals)
    sums = _sums(features, layer)
    top = max(sums.values())
    exps = {name: math.exp(value - top) for name, value in sums.items()}
    total = sum(exps.values())
    ranked = sorted(((name, e / total) for name, e in exps.items()), key=lambda kv: -kv[1])
    if _is_plain_credit_dispute(features) and ranked[0][0] not in CREDIT_DISPUTE_KEEPS:
        ranked = sorted(ranked, key=lambda kv: kv[0] != _OTHER)
    if _COLLECTOR_CONDUCT.issubset(features):
        ranked = sorted(ranked, key=lambda kv: kv[0] != _STAFF)
    winner, confidence = ranked[0]
    return CategoryDecision(
        category=winner,
        confidence=round(confidence, 3),
        evidence=_evidence_for(winner, features, evidence, layer),
        scores=tuple((name, round(p, 3)) for name, p in ranked if p >= 0.01),
    )


def _is_plain_credit_dispute(features: Mapping[str, float]) -> bool:
    return "credit_report" in features and not SECURITY_CLAIMS.intersection(features)


def _sums(features: Mapping[str, float], layer: CategoryLayer) -> dict[str, float]:
    sums = {name: layer.bias.get(name, 0.0) for name in layer.categories}
    for feature, value in features.items():
        for category, weight in layer.weights.get(feature, {}).items():
            sums[category] += weight * value
    return sums


def _evidence_for(
    winner: str,
    features: Mapping[str, float],
    evidence: Mapping[str, tuple[str, ...]],
    layer: CategoryLayer,
) -> tuple[str, ...]:
    """The words of the signals that pushed towards `winner`, strongest first.

    What went wrong ("never arrived") is the evidence; what it was about ("my order") only
    when nothing else pushed: the case's facts restate the evidence to the customer.
    """
    pushes = sorted(
        ((layer.weights.get(f, {}).get(winner, 0.0) * value, f) for f, value in features.items()),
        reverse=True,
    )
    pushing = [f for push, f in pushes if push > 0 and evidence.get(f)]
    said = [f for f in pushing if not f.startswith(_TOPIC)] or pushing
    terms: dict[str, None] = {}
    for feature in said:
        terms.update(dict.fromkeys(evidence[feature]))
    return tuple(terms)[:_MAX_EVIDENCE]
