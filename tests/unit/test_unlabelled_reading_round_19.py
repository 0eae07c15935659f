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


@pytest.mark.parametrize(
    "text",
    [
        "Last week I put a cash deposit into my account and it is still isn't there.",
        "Ich habe letzte Woche Bargeld eingezahlt und es ist immer noch nicht auf meinem Konto.",
        "J'ai déposé de l'argent la semaine dernière et il n'est toujours pas sur mon compte.",
        "Deposité efectivo la semana pasada y todavía no aparece en mi cuenta.",
        "I did a bank transfer and my balance isn't current.",
    ],
)
def test_a_deposit_not_there_and_a_stale_balance_are_problems(text: str) -> None:
    assert "problem" in found(text)


def test_asking_why_there_are_not_more_options_is_no_problem() -> None:
    assert "problem" not in found("Why aren't there more options?")
