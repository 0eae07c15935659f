"""Wordings found by reading unlabelled tweets that triage filed under `other` (step 27).

Each meaning is said as the unlabelled text said it, then in German, French and Spanish, with
near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I cannot wait to leave sprint.",
        "Ich kann's kaum erwarten, @115714 endlich loszuwerden.",
        "J'ai trop hâte de quitter @115714.",
        "Estoy deseando irme de Sprint.",
    ],
)
def test_looking_forward_to_leaving_is_intent_to_leave(text: str) -> None:
    assert "intent_to_leave" in found(text)


def test_looking_forward_in_french_is_no_hatred() -> None:
    assert "anger" not in found("J'ai hâte de voir la nouvelle saison.")
    assert "anger" in found("I hate this company")


@pytest.mark.parametrize(
    "text",
    ["Do you train your customer services reps to lie?", "Your reps lie to customers."],
)
def test_staff_who_lie_are_staff_conduct(text: str) -> None:
    assert "staff_conduct" in found(text)


def test_lying_down_is_no_staff_conduct() -> None:
    assert "staff_conduct" not in found("I told the agent I would lie down.")


def test_a_shoddy_signal_is_an_outage_topic() -> None:
    assert "topic_outage" in found("I need WiFi calling to boost my shoddy signal.")


@pytest.mark.parametrize(
    "text",
    [
        "The strawberries I bought yesterday went out of date on Saturday.",
        "Bei den Erdbeeren war das MHD schon abgelaufen.",
        "Les fraises étaient déjà périmées.",
        "Las fresas ya estaban caducadas.",
    ],
)
def test_food_past_its_date_is_a_faulty_product(text: str) -> None:
    signals = found(text)
    assert {"problem", "topic_product"} <= signals


def test_a_card_out_of_date_is_no_faulty_product() -> None:
    assert "topic_product" not in found("My card is out of date, how do I get a new one?")
