"""Wordings found by reading a thirteenth round of unlabelled banking questions (step 51)."""

import pytest

from onecase_triage.domain.complaint_signals import read_signals
from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "$20 came out instead of $100",
        "Ich habe nur 20 Euro statt 100 bekommen.",
        "J'ai reçu 20 € au lieu de 100 €.",
        "Me salieron 20 euros en lugar de 100.",
        "I was unable to transfer to another account.",
    ],
)
def test_less_cash_than_asked_and_a_transfer_that_could_not_be_made_are_failed_operations(
    text: str,
) -> None:
    assert "failed_operation" in found(text)


def test_ordering_fewer_items_is_no_failed_operation() -> None:
    assert "failed_operation" not in found("I ordered 2 instead of 3 items.")


@pytest.mark.parametrize(
    "text",
    [
        "I was charged £1,250.00 twice.",
        "Ich wurde zweimal mit 30 Euro belastet.",
        "On m'a débité 30 euros deux fois.",
        "Me cobraron 30 euros dos veces.",
    ],
)
def test_an_amount_charged_twice_is_a_wrong_charge(text: str) -> None:
    assert "wrong_charge" in found(text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("$20 came out instead of $100", "$20"),
        ("I was charged £1,250.00 twice.", "£1,250.00"),
        ("Me cobraron 30 euros.", "30 euros"),
    ],
)
def test_a_money_reason_quotes_the_whole_amount(text: str, amount: str) -> None:
    assert read_signals(text).found["money_amount"] == (amount,)
