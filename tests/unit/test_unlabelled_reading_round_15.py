"""Wordings found by reading an eleventh round of unlabelled banking questions (step 49)."""

import pytest

from onecase_triage.domain.category_judgment import judge_category
from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "A transaction posted twice to my account.",
        "Eine Transaktion wurde zweimal gebucht.",
        "Une transaction est passée deux fois sur mon compte.",
        "Una transacción aparece dos veces en mi cuenta.",
        "I was mistakenly charged a fee for using my card.",
    ],
)
def test_a_payment_posted_twice_or_charged_by_mistake_is_a_wrong_charge(text: str) -> None:
    assert "wrong_charge" in found(text)


def test_doing_something_twice_is_no_wrong_charge() -> None:
    assert "wrong_charge" not in found("I went there twice.")


VERIFICATION_FAILS = [
    "The app can't verify my information for identity proofing purposes.",
    "Die App kann meine Daten nicht verifizieren.",
    "L'appli n'arrive pas à vérifier mon identité.",
    "La app no puede verificar mi identidad.",
]


@pytest.mark.parametrize("text", VERIFICATION_FAILS)
def test_a_verification_that_fails_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


def test_a_verification_that_fails_is_filed_alike_in_every_language() -> None:
    categories = {judge_category(text).category for text in VERIFICATION_FAILS}
    assert categories == {"account_and_security"}


@pytest.mark.parametrize(
    "text",
    [
        "The transfer to my account was not allowed.",
        "Die Überweisung wurde nicht erlaubt.",
        "Le virement n'a pas été autorisé.",
        "La transferencia no fue permitida.",
    ],
)
def test_an_operation_not_allowed_is_a_problem(text: str) -> None:
    # Since step 55 a transfer not allowed is the more specific trouble, a failed operation.
    assert found(text) & {"problem", "failed_operation"}
