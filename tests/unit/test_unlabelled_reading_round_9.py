"""Wordings found by reading a fifth round of unlabelled banking questions (step 43)."""

import pytest

from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found

SEVERAL_PAYMENTS_NOT_MADE = [
    "There are some card payments that I haven't done myself.",
    "Es gibt einige Kartenzahlungen, die ich nicht selbst getätigt habe.",
    "Il y a des paiements par carte que je n'ai pas faits moi-même.",
    "Hay algunos pagos con tarjeta que no he hecho yo.",
]


@pytest.mark.parametrize("text", SEVERAL_PAYMENTS_NOT_MADE)
def test_payments_the_customer_has_not_made_are_unrecognised(text: str) -> None:
    assert "unauthorised" in found(text)


def test_several_payments_not_made_read_alike_in_every_language() -> None:
    levels = {score_urgency(t, public=False, reach=0).level for t in SEVERAL_PAYMENTS_NOT_MADE}
    assert levels == {UrgencyLevel.CRITICAL}


@pytest.mark.parametrize(
    "text",
    [
        "I am not receiving the correct exchange rate on my card.",
        "Ich bekomme nicht den richtigen Wechselkurs.",
        "Je n'obtiens pas le bon taux de change.",
        "No recibo el tipo de cambio correcto.",
        "I tried to top up, but it didn't finish.",
        "Ich habe versucht aufzuladen, aber es wurde nicht abgeschlossen.",
        "J'ai essayé de recharger mais ça ne s'est pas terminé.",
        "Intenté recargar pero no terminó.",
        "My statement does not reflect that a refund has been issued",
        "I am not seeing recent cash withdrawal on my account.",
        "Ich sehe die letzte Bargeldabhebung nicht auf meinem Konto.",
        "Je ne vois pas mon dernier retrait sur mon compte.",
        "No veo la última retirada en mi cuenta.",
    ],
)
def test_a_wrong_rate_an_unfinished_top_up_and_money_not_seen_are_problems(text: str) -> None:
    assert "problem" in found(text)
    assert score_urgency(text, public=False, reach=0).level is not UrgencyLevel.LOW


def test_a_transaction_shown_twice_is_a_wrong_charge() -> None:
    assert "wrong_charge" in found("A transaction shows duplicate times.")


def test_a_step_the_customer_has_not_completed_is_no_problem() -> None:
    text = "I haven't completed my verification yet, how do I do it?"
    assert "problem" not in found(text)
