"""What the triage definitions make of signals together: the anger scale, what is critical.

`combine` runs after the lexicons and the measures of `complaint_signals` have filled `found`
(name -> evidence); it corrects what a phrase cannot tell alone (a dispute letter's "remove
this account" is not the customer leaving) and adds the combined signals the definitions name.
"""

from __future__ import annotations

import re
from typing import Final

from onecase_triage.domain.stakes_lexicon import PAYMENT_WORDS

MAX_EVIDENCE: Final = 3

# A question with any of these is a complaint asked as a question.
_NOT_PLAIN: Final = frozenset(
    {
        *("identity_theft", "stolen", "lost_means", "unauthorised", "fraud", "hacked"),
        *("money_held", "locked_out", "safety", "staff_conduct", "intent_to_leave"),
        *("escalation_threat", "repeated_contact", "prior_attempts", "long_wait"),
        "still_unresolved",
        *(
            "immediate_need",
            "no_food_or_medicine",
            "service_down",
            "problem",
            "profanity_insult",
            "anger",
        ),
        *("frustration", "shouting", "help_request", "rhetorical", "failed_operation"),
        *("device_fault", "wrong_charge"),
    }
)
# What a theft took, when it is a means of payment or what the customer carries: a stolen
# parcel or stolen data is serious, but not money being taken now.
_BELONGINGS: Final = re.compile(
    r"card|phone|wallet|purse|bag|things|stuff|money|cash|robbed|mugged|took my|taken my|"
    r"stole my|handy|karte|portemonnaie|geldbeutel|geldborse|brieftasche|handtasche|"
    r"geld|telefon|portable|portefeuille|sac|carte|argent|movil|celular|cartera|billetera|"
    r"tarjeta|dinero|(?:me|nos) (?:lo |la |los |las )?(?:han |ha )?(?:robado|robaron|robo)|"
    r"ausgeraubt|beraubt|uberfallen|atrac|asalt|agress|braqu|depouill|everything|belongings|backpack|"
    r"\balles\b|\btout\b|\btodo\b|stolen my|(?:other|old|previous|original|first) one|andere|l'autre"
)
# Card details or data stolen: the card can be misused, but the customer still holds it (the
# tuning labels put a compromised card at high unless payments are already going out).
_DETAILS: Final = re.compile(
    r"informations?|donnees|coordonnees|datos|details|\binfo\b|number|numero|nummer|daten|clave"
)
# An account the customer disputes (an entry on a credit report, a debt in collection, one a
# fraudster opened) "removed" or "deleted" is the remedy asked for, not the customer leaving.
_DISPUTED_ACCOUNTS: Final = ("credit_report", "debt_collection", "identity_theft", "fraud")
_CANCELLED: Final = re.compile(
    r"cancell?ed|terminated|gekundigt|storniert|resilie|annule|cancele|dado de baja"
)
_REMOVAL: Final = re.compile(r"remov|delet|losch|supprim|elimin|borr")
# On a credit report with no theft or fraud claimed, an inquiry or entry "I did not authorise"
# is a problem with the entry (normal when calm), not an unrecognised payment.
# An account the company froze holds the customer's money ("locked or frozen funds" are on the
# definitions' high list); asked about ("has my account been frozen?") it is not yet so.
_FROZEN_ACCOUNT: Final = re.compile(
    r"(?:account|compte|konto|cuenta)\w* (?:has been|have been|was|is|got|are|est|a ete|ist|wurde|"
    r"esta|fue|lleva)\b.*(?:frozen|gele|eingefroren|congelad)"
)
# A question about what a fee or an extra charge is for, with nothing else wrong, is a request
# for an explanation (low in the definitions), however the charge is worded; a charge taken
# twice is a wrong charge, not a fee.
_FEE: Final = re.compile(
    r"\bfees?\b|extra|additional|\bcosts?\b|charged more|gebuhr|aufpreis|zusatzlich|frais|"
    r"supplement|commission|comision|tarifa|recargo|de mas\b"
)
_TWICE: Final = re.compile(
    r"once|twice|double|duplicate|two times|zweimal|doppelt|deux fois|dos veces|duplicad"
)
# "Still waiting", « toujours pas », "sigue sin", "cancelled again": a problem that persists,
# which the tuning labels put at normal about as often as at high; a contact repeated ("third
# time", "no reply", "called again") is high far more often. The layer weighs the two apart.
_STILL: Final = re.compile(
    r"^(?:still|immer noch|noch immer|noch nicht|toujours|sigue|sigo|todavia|aun|schon wieder|"
    r"(?:have|has) yet to|warte immer|attends toujours|nothing has|vous avez encore|"
    r"(?:habeis|han|has|me ha) vuelto a|(?:toujours )?en suspens|(?:est|a ete|ont ete|sont|m'a) encore|"
    r"(?:esta|estan|ha sido|fue) otra vez|otra vez)\b|"
    r"^(?:lost|broke|broken|cancell?ed|delayed|damaged|forgot|missed|logged|signed|kicked|locked)\b"
    r".*\bagain$"
)
# "Tried several times": the customer's own attempts, unless what was tried was a contact.
_TRIED: Final = re.compile(
    r"^(?:i |i'?ve |have )?(?:tried|versucht|essaye|intentado|he intentado)\b"
)
_CONTACTED: Final = re.compile(
    r"call|contact|mail|messag|reach|chat|phone|anruf|appel|llam|escri|wrote"
)
_REPLY: Final = re.compile(
    r"respon|repl|answer|antwort|reponse|respuesta|nouvelle|noticias|ruckmeldung|heard"
)
# A wait counted in weeks or months is one the definitions call high ("waiting for three
# weeks"); every such wait in the tuning part is labelled high but one. Years are mostly
# the age of an account in a dispute letter, days split.
_WEEKS_OR_MONTHS: Final = re.compile(r"week|woche|semaine|semana|month|monat|mois\b|\bmes(?:es)?\b")
# "Where do I go to unblock my PIN?", "Is my card frozen?": a question about a blocked PIN or
# card, with nothing else wrong, asks how to fix it (every such tuning text is labelled low).
_CARD_OR_CODE: Final = re.compile(r"\bpin\b|passcode|\bcode\b|card|karte|carte|tarjeta")
_PAYMENT_TAKEN: Final = frozenset({"identity_theft", "fraud", "hacked", "stolen", "ongoing"})
_PAYMENT: Final = re.compile(PAYMENT_WORDS)
# Transactions the customer says they do not recognise are a fact, not a "what if", even when
# the same message asks what to do if someone is using the card.
_UNRECOGNISED: Final = re.compile(
    r"recogni[sz]e|n'?t make|not make|remember making|authori[sz]e|not mine|wasn'?t me|no idea|"
    r"no clue|know nothing|keine ahnung|weiss nichts|aucune idee|ne sais rien|ni idea|no se nada|"
    r"nicht kenne|nicht von mir|nicht autorisiert|ne reconnais|pas autorise|no reconozco|"
    r"no autorice|never been|never visited|not been to|nie (?:dort )?(?:war|gewesen)|"
    r"jamais (?:alle|ete|mis les pieds)|nunca (?:fui|he estado|estuve|he ido)"
)
# "What if" is a supposition. "I think someone…" beside payments going out is a fact, hedged;
# a theft only believed ("I think someone stole my card, I can't find it") stays a supposition.
_CONDITIONAL: Final = re.compile(
    r"\b(?:if|when|wenn|falls|ob|si|quand)\b|in case|im falle|fur den fall|en cas|au cas|en caso"
)


def _read_disputes(found: dict[str, list[str]]) -> None:
    """What a dispute letter's words mean: an entry disputed, not a payment or a departure."""
    if (
        "unauthorised" in found
        and "credit_report" in found
        and _PAYMENT_TAKEN.isdisjoint(found)
        and not any(_PAYMENT.search(term) for term in found["unauthorised"])
    ):
        disputed = found.pop("unauthorised")
        found["problem"] = [*found.get("problem", ()), *disputed][:MAX_EVIDENCE]
    if "intent_to_leave" in found and any(name in found for name in _DISPUTED_ACCOUNTS):
        leaving = [term for term in found["intent_to_leave"] if not _REMOVAL.search(term)]
        if leaving:
            found["intent_to_leave"] = leaving
        else:
            del found["intent_to_leave"]
    if "intent_to_leave" in found and "wrong_charge" in found:
        # "I cancelled and you still charge me": the customer already left; the charge is
        # the complaint.
        leaving = [term for term in found["intent_to_leave"] if not _CANCELLED.search(term)]
        if leaving:
            found["intent_to_leave"] = leaving
        else:
            del found["intent_to_leave"]


def combine(found: dict[str, list[str]]) -> None:
    """The anger scale of the triage definitions, and the combinations that make a case critical."""
    _read_disputes(found)
    _read_persistence(found)
    frozen = [term for term in found.get("locked_out", ()) if _FROZEN_ACCOUNT.search(term)]
    if frozen and "money_held" not in found:
        found["money_held"] = frozen[:1]
    if "profanity_insult" in found or "shouting" in found:
        level = 3
    elif "anger" in found or "exclamation_run" in found or "some_capitals" in found:
        level = 2
    elif "frustration" in found or "exclamation" in found:
        level = 1
    else:
        level = 0
    for step in range(1, level + 1):
        found[f"anger_{step}"] = [f"anger {level} of 3"]
    if level == 3 and "escalation_threat" in found:
        found["threat_with_anger"] = found["escalation_threat"][:1]
    weeks = [term for term in found.get("long_wait", ()) if _WEEKS_OR_MONTHS.search(term)]
    if weeks:
        found["waited_weeks"] = weeks[:1]
    if _a_fee_question(found):
        found["plain_question"] = ["a question about a fee, nothing else at stake"]
    elif _a_question_about_a_block(found):
        found["plain_question"] = ["a question about a blocked PIN or card, nothing else wrong"]
    elif _NOT_PLAIN.isdisjoint(found):
        if "question" in found:
            found["plain_question"] = ["a question, nothing at stake"]
        else:
            found["nothing_wrong"] = ["no problem described"]
    taken = (
        found.get("stolen")
        or found.get("unauthorised")
        or found.get("identity_theft")
        or found.get("hacked")
        or found.get("fraud")
    )
    reported = (*found.get("ongoing", ()), *found.get("unauthorised", ()))
    seen = any(_UNRECOGNISED.search(term) for term in reported)
    hedges = found.get("hypothetical", ())
    things = [
        term
        for term in found.get("stolen", ())
        if _BELONGINGS.search(term) and not _DETAILS.search(term)
    ]
    if not things and "stolen" in found:
        # "My phone has been lost or stolen": the loss names what the theft took.
        things = [term for term in found.get("lost_means", ()) if _BELONGINGS.search(term)]
    if things and not (hedges and not seen):
        found["theft_now"] = things[:1]
    supposed = any(_CONDITIONAL.search(term) for term in hedges) and not seen
    if taken and "ongoing" in found and not supposed:
        found["money_taken_ongoing"] = list(dict.fromkeys((taken[0], found["ongoing"][0])))


def _a_fee_question(found: dict[str, list[str]]) -> bool:
    """Whether the message only asks what a fee or an extra charge is for."""
    charges = (*found.get("topic_billing", ()), *found.get("wrong_charge", ()))
    return (
        "question" in found
        and any(_FEE.search(term) for term in charges)
        and not any(_TWICE.search(term) for term in found.get("wrong_charge", ()))
        and _nothing_else_wrong(found, besides=("rhetorical", "wrong_charge", "frustration"))
    )


def _read_persistence(found: dict[str, list[str]]) -> None:
    """Tell "still not" and "tried again" apart from contacts the customer repeated."""
    contacts = found.get("repeated_contact", [])
    still = [term for term in contacts if _STILL.match(term) and not _REPLY.search(term)]
    tried = [term for term in contacts if _TRIED.match(term) and not _CONTACTED.search(term)]
    if still:
        found["still_unresolved"] = still
    if tried:
        found["prior_attempts"] = list(dict.fromkeys((*found.get("prior_attempts", ()), *tried)))
    left = [term for term in contacts if term not in still and term not in tried]
    if left:
        found["repeated_contact"] = left
    elif contacts:
        del found["repeated_contact"]


def _a_question_about_a_block(found: dict[str, list[str]]) -> bool:
    """Whether the message only asks about a blocked or frozen PIN or card."""
    blocked = found.get("locked_out", ())
    return (
        "question" in found
        and bool(blocked)
        and all(_CARD_OR_CODE.search(term) for term in blocked)
        and _nothing_else_wrong(found, besides=("locked_out", "help_request"))
    )


def _nothing_else_wrong(found: dict[str, list[str]], *, besides: tuple[str, ...]) -> bool:
    """Whether no signal that makes a question a complaint is found, `besides` those named."""
    return _NOT_PLAIN.difference(besides).isdisjoint(found) and "anger_2" not in found
