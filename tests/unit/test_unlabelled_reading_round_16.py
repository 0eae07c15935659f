"""Wordings found by reading a twelfth round of unlabelled banking questions (step 50)."""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I tried to do a transfer and it hasn't worked!",
        "Ich habe eine Überweisung versucht und es hat nicht funktioniert!",
        "J'ai essayé de faire un virement et ça n'a pas marché !",
        "Intenté hacer una transferencia y no ha funcionado.",
        "It looks like my card payment was sent back.",
        "The app reverted the payment I made.",
    ],
)
def test_an_operation_that_has_not_worked_or_was_sent_back_is_a_failed_operation(
    text: str,
) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text", ["Nothing I tried has worked.", "I don't see a money transfer yet"]
)
def test_nothing_working_and_money_not_seen_are_problems(text: str) -> None:
    assert "problem" in found(text)


def test_still_awaiting_the_money_reads_as_still_waiting_for_it() -> None:
    awaiting = found("I am still awaiting the money I put into my account this morning.")
    waiting = found("I am still waiting for the money I put into my account this morning.")
    assert "money_held" in awaiting
    assert "money_held" in waiting
