"""Wordings found by reading a tenth round of unlabelled banking questions (step 48)."""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    ["What should I do since my card is trapped in the ATM?", "My card is stuck inside the ATM."],
)
def test_a_card_kept_in_the_atm_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I added funds to my account but the app didn't process it.",
        "Die App hat meine Einzahlung nicht verarbeitet.",
        "L'appli n'a pas traité mon virement.",
        "La app no ha procesado mi recarga.",
        "I was unable to activate my card.",
        "Ich konnte meine Karte nicht aktivieren.",
        "Je n'arrive pas à activer ma carte.",
        "No pude activar mi tarjeta.",
        "After checking the app the amount is so much higher than the amount I received.",
    ],
)
def test_unprocessed_money_a_card_that_will_not_activate_and_a_wrong_amount_are_problems(
    text: str,
) -> None:
    assert "problem" in found(text)


def test_wanting_to_activate_a_card_is_a_request() -> None:
    assert "problem" not in found("I would like to activate my card.")


@pytest.mark.parametrize(
    "text",
    [
        "They keep hanging up on me.",
        "Sie legen einfach immer auf.",
        "Ils me raccrochent au nez.",
        "Me cuelgan el teléfono.",
    ],
)
def test_hanging_up_on_the_customer_is_staff_conduct(text: str) -> None:
    assert "staff_conduct" in found(text)
    assert "device_fault" not in found(text)


def test_currencies_to_hang_onto_are_no_device_fault() -> None:
    assert "device_fault" not in found("What other currencies can I hang onto?")
    assert "device_fault" in found("My phone keeps hanging.")
