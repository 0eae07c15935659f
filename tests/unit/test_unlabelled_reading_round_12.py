"""Wordings found by reading an eighth round of unlabelled banking questions (step 46)."""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I have have multiple charges for one transaction.",
        "Ich habe mehrere Abbuchungen für eine Transaktion.",
        "J'ai plusieurs prélèvements pour une seule transaction.",
        "Tengo varios cargos por una sola transacción.",
    ],
)
def test_several_charges_for_one_purchase_are_a_wrong_charge(text: str) -> None:
    assert "wrong_charge" in found(text)


def test_paying_for_one_item_is_no_wrong_charge() -> None:
    assert "wrong_charge" not in found("I paid for one item.")


def test_asking_how_many_times_is_no_repeated_contact() -> None:
    text = "Is there a limit to how many times I can use it?"
    assert "repeated_contact" not in found(text)
    assert "repeated_contact" in found("I have called many times.")


def test_waiting_for_a_money_transfer_is_no_money_held() -> None:
    assert "money_held" not in found("I'm still waiting for a money transfer to show.")
    assert "money_held" in found("I'm still waiting for my money.")
