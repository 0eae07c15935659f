"""Anger and abuse written out in English, German, French and Spanish (step 38): each says
it at the same point of the definitions' anger scale, and so at the same level, in every
language ("sois unos idiotas, estoy furioso" was low before issue 10)."""

import pytest

from onecase_triage.domain.complaint_signals import read_signals
from onecase_triage.domain.urgency import score_urgency

SAME_ANGER = [
    (
        "You are a bunch of idiots and I am furious.",
        "Ihr seid Idioten und ich bin stinksauer.",
        "Vous êtes des idiots et je suis furieux.",
        "Sois unos idiotas, estoy furioso.",
    ),
    (
        "This company is a total scam, absolute garbage service.",
        "Diese Firma ist komplett Abzocke, absoluter Müllservice.",
        "Cette entreprise est une arnaque totale, un service complètement nul.",
        "Esta empresa es una estafa total, un servicio de basura.",
    ),
    (
        "I am so angry right now, this is disgraceful!",
        "Ich bin gerade so wütend, das ist eine Schande!",
        "Je suis tellement en colère, c'est honteux !",
        "Estoy muy enfadado ahora mismo, ¡es vergonzoso!",
    ),
    (
        "What the hell is wrong with you people? Fix my damn phone!",
        "Was zum Teufel ist los mit euch? Repariert endlich mein verdammtes Handy!",
        "Mais c'est quoi votre problème ? Réparez mon putain de téléphone !",
        "¿Qué demonios os pasa? ¡Arreglad mi puto móvil de una vez!",
    ),
    (
        "Worst customer service I have ever had, you should be ashamed.",
        "Der schlechteste Kundenservice, den ich je hatte, ihr solltet euch schämen.",
        "Le pire service client que j'aie jamais eu, vous devriez avoir honte.",
        "El peor servicio al cliente que he tenido nunca, deberíais avergonzaros.",
    ),
    (
        "I'm fed up with your useless excuses.",
        "Ich habe die Nase voll von euren nutzlosen Ausreden.",
        "J'en ai marre de vos excuses inutiles.",
        "Estoy harto de vuestras excusas inútiles.",
    ),
]


def anger(text: str) -> int:
    found = read_signals(text).found
    return max((step for step in (1, 2, 3) if f"anger_{step}" in found), default=0)


@pytest.mark.parametrize("texts", SAME_ANGER)
def test_the_same_anger_reads_the_same_in_every_language(texts: tuple[str, ...]) -> None:
    assert len({anger(text) for text in texts}) == 1
    assert len({score_urgency(text, public=False, reach=0).level for text in texts}) == 1
    assert anger(texts[0]) >= 2


def test_useless_excuses_are_no_insult_but_useless_people_are() -> None:
    assert "profanity_insult" not in read_signals("Estoy harto de vuestras excusas inútiles.").found
    assert "profanity_insult" in read_signals("Sois unos inútiles.").found
