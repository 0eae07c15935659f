"""Wordings found by reading a sixth round of unlabelled banking questions (step 44)."""

import pytest

from onecase_triage.domain.complaint_signals import read_signals
from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found

PEOPLE_USING_THE_CARD = [
    "People are using my debit card - help!",
    "Leute benutzen meine Debitkarte - Hilfe!",
    "Des gens utilisent ma carte bancaire, au secours !",
    "¡Hay gente usando mi tarjeta de débito, ayuda!",
]


@pytest.mark.parametrize("text", PEOPLE_USING_THE_CARD)
def test_people_using_the_card_now_is_critical(text: str) -> None:
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


def test_a_reason_does_not_repeat_the_same_words() -> None:
    evidence = read_signals(PEOPLE_USING_THE_CARD[0]).found["money_taken_ongoing"]
    assert len(evidence) == len(set(evidence))


@pytest.mark.parametrize(
    "text",
    [
        "The amount of cash i have received is not correct.",
        "Der Betrag, den ich bekommen habe, ist nicht korrekt.",
        "Le montant que j'ai reçu n'est pas correct.",
        "La cantidad que recibí no es correcta.",
    ],
)
def test_an_amount_that_is_not_correct_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "What is the best thing for me to do to get this fixed?",
        "Was ist das Beste, was ich tun kann, um das zu beheben?",
        "Quelle est la meilleure chose à faire pour régler ça ?",
    ],
)
def test_the_best_thing_to_do_is_no_praise(text: str) -> None:
    assert "praise" not in found(text)


@pytest.mark.parametrize(
    "text", ["You are the best!", "C'est le meilleur service !", "Ihr seid die Besten!"]
)
def test_the_best_service_is_still_praise(text: str) -> None:
    assert "praise" in found(text)
