"""Everyday complaints and questions, written out in English, German, French and Spanish
(step 37): the line between low and normal falls in the same place in every language."""

import pytest

from onecase_triage.domain.urgency import UrgencyLevel, score_urgency

LOW_EVERYWHERE = [
    "What time does your store open on Sunday?",
    "¿A qué hora abre su tienda el domingo?",
    "Thanks for sorting that out so quickly, great service!",
    "Danke, dass ihr das so schnell geklärt habt, toller Service!",
    "How do I change the PIN on my card?",
    "Comment changer le code PIN de ma carte ?",
]
NORMAL_EVERYWHERE = [
    "My parcel was supposed to arrive yesterday and it is still not here.",
    "Mon colis devait arriver hier et il n'est toujours pas là.",
    "The app keeps logging me out every time I open it.",
    "Die App meldet mich jedes Mal ab, wenn ich sie öffne.",
    "L'appli me déconnecte à chaque fois que je l'ouvre.",
    "La app me cierra la sesión cada vez que la abro.",
    "The coffee machine I bought makes a loud noise and leaks water.",
    "Die Kaffeemaschine, die ich gekauft habe, macht ein lautes Geräusch und verliert Wasser.",
    "La machine à café que j'ai achetée fait un bruit fort et fuit.",
    "La cafetera que compré hace mucho ruido y pierde agua.",
    "Mon train avait 40 minutes de retard ce matin et j'ai raté ma réunion.",
    "Mi tren llegó 40 minutos tarde esta mañana y perdí mi reunión.",
]


@pytest.mark.parametrize("text", LOW_EVERYWHERE)
def test_questions_and_thanks_are_low(text: str) -> None:
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.LOW


@pytest.mark.parametrize("text", NORMAL_EVERYWHERE)
def test_a_clear_everyday_problem_is_normal(text: str) -> None:
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL
