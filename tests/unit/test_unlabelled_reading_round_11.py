"""Wordings found by reading a seventh round of unlabelled banking questions (step 45)."""

import pytest

from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found


def test_a_phone_taken_yesterday_was_stolen() -> None:
    text = "my phone was taken yesterday, what should I do about my account?"
    assert "stolen" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text", ["My card was taken by the ATM.", "My phone was taken in for repair."]
)
def test_a_card_kept_by_the_machine_or_a_phone_in_repair_is_not_lost(text: str) -> None:
    assert not {"stolen", "lost_means"} & found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My top-up is taking a very long time to complete.",
        "Meine Aufladung dauert sehr lange, bis sie abgeschlossen ist.",
        "Ma recharge met beaucoup de temps à se terminer.",
        "Mi recarga está tardando mucho en completarse.",
    ],
)
def test_an_operation_taking_very_long_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    ["There is a strange charge on my debit statement", "A random charge got added to my card"],
)
def test_a_strange_charge_is_unrecognised(text: str) -> None:
    assert "unauthorised" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I am tired of getting charged fees.",
        "Ich bin es leid, ständig Gebühren zu zahlen.",
        "Je suis fatigué de payer des frais.",
        "Estoy cansado de que me cobren comisiones.",
    ],
)
def test_being_tired_of_it_is_frustration(text: str) -> None:
    assert "frustration" in found(text)
