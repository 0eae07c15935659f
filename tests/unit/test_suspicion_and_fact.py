"""A suspicion beside a fact: "I think someone is using my card" after "transactions I don't
recognise" is money being taken, not a "what if" (docs/triage-quality.md, step 15)."""

import pytest

from onecase_triage.domain.complaint_signals import read_signals
from onecase_triage.domain.urgency import UrgencyLevel, score_urgency


@pytest.mark.parametrize(
    "text",
    [
        "There are transactions I don't recognise. What do I do if I think someone is using my card?",
        "I see some payments that I didn't make. I think someone stole my card details.",
        "Ich sehe ein paar Umsätze, die ich nicht kenne. Ich glaube, jemand hat meine Daten geklaut.",
        "Je vois des opérations que je ne reconnais pas. Je pense que quelqu'un a volé mes données.",
        "Veo algunos movimientos que no reconozco. Creo que alguien me ha robado los datos.",
    ],
)
def test_unrecognised_transactions_seen_are_money_taken_even_with_a_suspicion(text: str) -> None:
    assert "money_taken_ongoing" in read_signals(text).found
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "I think someone may be using my card.",
        "What should I do if someone stole my details and made some transactions?",
        "What do I do if my card is stolen?",
    ],
)
def test_a_suspicion_or_a_what_if_alone_is_not_money_being_taken(text: str) -> None:
    assert "money_taken_ongoing" not in read_signals(text).found
