"""Wordings found by reading a fifteenth round of unlabelled banking questions (step 53)."""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I no longer have my phone, what should I do?",
        "Ich habe mein Handy nicht mehr, was soll ich tun?",
        "Je n'ai plus mon téléphone, que dois-je faire ?",
        "Ya no tengo mi móvil, ¿qué hago?",
    ],
)
def test_a_phone_the_customer_no_longer_has_is_lost(text: str) -> None:
    assert "lost_means" in found(text)


def test_an_old_address_no_longer_had_is_nothing_lost() -> None:
    assert "lost_means" not in found("I no longer have my old address.")
