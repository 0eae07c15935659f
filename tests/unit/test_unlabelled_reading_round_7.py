"""Wordings found by reading a fifth round of unlabelled first tweets (step 39)."""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I accidentally one clicked and got charged for prime and want my money back",
        "Le colis est arrivé chez elle VIDE !!",
        "Mein Paket kam leer an.",
        "Mi paquete llegó vacío.",
        "How do I get a refund for an item that was ordered but not in package?",
    ],
)
def test_an_accident_and_an_empty_parcel_are_problems(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Idea was supposed to call me, its been 6days now they havent called.",
        "Now been waiting over 15 mins to get through to your customer service dept.",
    ],
)
def test_calls_that_never_came_and_queues_are_repeated_contact(text: str) -> None:
    assert "repeated_contact" in found(text)


def test_six_days_now_is_a_long_wait() -> None:
    assert "long_wait" in found("Its been 6days now and nothing.")


def test_charged_full_price_after_a_discount_is_a_wrong_charge() -> None:
    text = "I signed up for the student discount, but I've just been charged full price."
    assert "wrong_charge" in found(text)
