"""Wordings found by reading a ninth round of unlabelled banking questions (step 47)."""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "The app won't identify me.",
        "Die App erkennt mich nicht.",
        "L'appli ne me reconnaît pas.",
        "La app no me reconoce.",
    ],
)
def test_an_app_that_does_not_recognise_the_customer_is_a_problem(text: str) -> None:
    assert "problem" in found(text)
    assert "unauthorised" not in found(text)


def test_a_payment_the_customer_does_not_recognise_stays_unrecognised() -> None:
    assert "unauthorised" in found("Je ne reconnais pas ce paiement.")


@pytest.mark.parametrize(
    "text",
    [
        "It looks like a payment I've made hasn't made it through yet.",
        "Eine Zahlung von mir ist noch nicht durchgekommen.",
        "Un paiement que j'ai fait n'est pas encore passé.",
        'On my transfer there was a "decline" message',
    ],
)
def test_a_payment_not_through_and_a_decline_message_are_problems(text: str) -> None:
    assert "problem" in found(text)


def test_a_phone_left_behind_is_lost() -> None:
    assert "lost_means" in found("My phone was left behind.  Can I still use my card?")
