"""Wordings found by reading a fourth round of unlabelled banking questions and a sixth of
first tweets (step 42)."""

import pytest

from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "My account shows that I made a cash withdrawal but I cannot remember doing so!",
        "Mein Konto zeigt eine Bargeldabhebung, aber ich kann mich nicht erinnern, das getan zu haben!",
        "Mon compte indique un retrait d'espèces, mais je ne me souviens pas de l'avoir fait !",
        "Mi cuenta muestra una retirada de efectivo, ¡pero no recuerdo haberla hecho!",
    ],
)
def test_a_withdrawal_the_customer_cannot_remember_is_unrecognised(text: str) -> None:
    assert "unauthorised" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I got some cash but it wasn't the right amount.",
        "Ich habe Bargeld bekommen, aber es war nicht der richtige Betrag.",
        "J'ai retiré de l'argent mais ce n'était pas le bon montant.",
        "Saqué dinero pero no era la cantidad correcta.",
    ],
)
def test_cash_of_the_wrong_amount_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I made a payment a couple of days ago but it hasn't moved since.",
        "Ich habe vor ein paar Tagen eine Zahlung gemacht, aber sie hat sich seitdem nicht bewegt.",
        "J'ai fait un paiement il y a quelques jours mais il n'a pas bougé depuis.",
        "Hice un pago hace un par de días pero no se ha movido desde entonces.",
    ],
)
def test_a_payment_that_has_not_moved_is_a_problem(text: str) -> None:
    assert "problem" in found(text)
    assert score_urgency(text, public=False, reach=0).level is not UrgencyLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "I have a fee showing from last time I used my card.",
        "I can't even remember the last time I've seen the network on my phone.",
    ],
)
def test_the_last_time_something_happened_is_no_intent_to_leave(text: str) -> None:
    assert "intent_to_leave" not in found(text)


@pytest.mark.parametrize(
    "text",
    ["That's the last time I fly with you.", "Last time I ever use this bank."],
)
def test_the_last_time_the_customer_will_come_is_an_intent_to_leave(text: str) -> None:
    assert "intent_to_leave" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every one of my claims have been denied",
        "My dispute was denied.",
        "Meine Ansprüche wurden alle abgelehnt.",
        "Ma contestation a été rejetée.",
        "Mi reclamación fue rechazada.",
    ],
)
def test_a_refused_claim_or_dispute_is_an_earlier_attempt(text: str) -> None:
    assert "prior_attempts" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "They refused my refund request.",
        "Meine Erstattung wurde abgelehnt.",
        "Ils ont refusé mon remboursement.",
        "Mi solicitud de reembolso fue rechazada.",
    ],
)
def test_a_refused_refund_is_money_held(text: str) -> None:
    assert "money_held" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Too late. Lost a ten year customer",
        "Ihr habt gerade einen treuen Kunden verloren.",
        "Vous venez de perdre un client fidèle.",
        "Acaban de perder a un cliente fiel.",
    ],
)
def test_a_lost_customer_is_an_intent_to_leave(text: str) -> None:
    assert "intent_to_leave" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have no idea where my parcel is.",
        "Ich habe keine Ahnung, wo mein Paket ist.",
        "Je n'ai aucune idée d'où est mon colis.",
        "No tengo ni idea de dónde está mi paquete.",
    ],
)
def test_not_knowing_where_the_parcel_is_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    ["one of them contained no jam, not best pleased", "nicht gerade erfreut", "no muy contento"],
)
def test_not_best_pleased_is_frustration(text: str) -> None:
    assert "frustration" in found(text)
