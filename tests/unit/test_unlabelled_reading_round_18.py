"""Wordings found by reading a fourteenth round of unlabelled banking questions (step 52)."""

import pytest

from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found

PAYMENT_TERMINALS = [
    "The terminal I paid at wouldn't take my card. Is something wrong?",
    "Le terminal de paiement a refusé ma carte.",
    "El terminal no aceptó mi tarjeta.",
    "Das Terminal hat meine Karte nicht akzeptiert.",
]


@pytest.mark.parametrize("text", PAYMENT_TERMINALS)
def test_a_payment_terminal_is_no_terminal_illness(text: str) -> None:
    assert "vulnerable" not in found(text)
    assert "failed_operation" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


@pytest.mark.parametrize(
    "text",
    [
        "My mother has a terminal illness.",
        "My father is terminally ill.",
        "Meine Mutter ist todkrank.",
        "Ma mère est en phase terminale.",
        "Mi madre es una enferma terminal.",
    ],
)
def test_a_terminal_illness_is_still_a_vulnerability(text: str) -> None:
    assert "vulnerable" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My payment was stopped",
        "Meine Zahlung wurde gestoppt.",
        "Mon paiement a été bloqué.",
        "Mi pago fue detenido.",
        "My card isn't here yet.",
        "Meine Karte ist noch nicht da.",
    ],
)
def test_a_stopped_payment_and_a_card_not_here_yet_are_problems(text: str) -> None:
    assert "problem" in found(text)


def test_asking_which_places_take_the_card_is_a_question() -> None:
    assert "failed_operation" not in found("Are there any places that won't take my card?")


def test_a_card_named_spark_is_no_safety_risk() -> None:
    assert "safety" not in found("My company has held a Capital One Spark business card.")
    assert "safety" in found("The charger sparks when I plug it in.")
