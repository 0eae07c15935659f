"""Two lines of the triage definitions, read alike in every language (docs/triage-quality.md, step 12).

A stolen card, phone or wallet is critical: money can be taken with it now. Any explicit
escalation threat (a lawyer, a lawsuit, a regulator, the press) is at least high. Reporting a
theft to the police threatens nobody, and pressing a button is not going to the press.
"""

import pytest

from onecase_triage.domain.complaint_signals import read_signals
from onecase_triage.domain.urgency import UrgencyLevel, score_urgency


def level(text: str) -> UrgencyLevel:
    return score_urgency(text, public=False, reach=0).level


@pytest.mark.parametrize(
    "text",
    [
        "I need to report a stolen card",
        "Someone has stolen my phone, what should I do?",
        "My cards were stolen",
        "My wallet was just stolen and I see a withdrawal already.",
        "Everything was stolen from me. I can't use the app.",
        "Ich muss eine gestohlene Karte melden",
        "Jemand hat mein Handy gestohlen, was soll ich tun?",
        "Meine Karten wurden gestohlen",
        "Mir wurde alles gestohlen. Ich kann die App nicht benutzen.",
        "Je dois signaler une carte volée",
        "Mes cartes ont été volées",
        "On m'a tout volé. Je ne peux pas utiliser l'application.",
        "Necesito denunciar una tarjeta robada",
        "Me lo han robado todo. No puedo usar la aplicación.",
    ],
)
def test_a_theft_of_what_pays_is_critical_in_every_language(text: str) -> None:
    assert "theft_now" in read_signals(text).found
    assert level(text) is UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "What do I do if my card is stolen?",
        "Was mache ich, wenn meine Karte gestohlen wird?",
        "Que dois-je faire si ma carte est volée ?",
        "¿Qué hago si me roban la tarjeta?",
        "I think someone stole my card because I can't find it.",
    ],
)
def test_a_theft_only_supposed_is_not_critical(text: str) -> None:
    assert "theft_now" not in read_signals(text).found
    assert level(text) is not UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "I filed a police report, my wallet was stolen.",
        "Ich habe Strafanzeige gegen Unbekannt erstattet, meine Karte wurde gestohlen.",
        "J'ai porté plainte au commissariat pour le vol de mon portefeuille.",
        "He puesto una denuncia en la policía por el robo de mi cartera.",
        "Necesito denunciar una tarjeta robada.",
    ],
)
def test_reporting_a_theft_to_the_police_is_not_an_escalation_threat(text: str) -> None:
    assert "escalation_threat" not in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "I will sue you for this.",
        "Ich werde Strafanzeige gegen Sie erstatten.",
        "Je vais porter plainte contre votre banque.",
        "Los voy a denunciar.",
        "I will go to the press with this.",
    ],
)
def test_an_escalation_threat_is_at_least_high(text: str) -> None:
    assert "escalation_threat" in read_signals(text).found
    assert level(text) in (UrgencyLevel.HIGH, UrgencyLevel.CRITICAL)


@pytest.mark.parametrize(
    "text",
    [
        "When I press the button nothing happens.",
        "I had to press 1 and then got cut off.",
        "We ate at the food court and the order was wrong.",
    ],
)
def test_a_button_or_a_food_court_is_no_escalation(text: str) -> None:
    assert "escalation_threat" not in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "Somebody is taking money out of my account without my approval.",
        "There was just a withdrawal but it wasn't me.",
        "I want my card frozen right away, money was withdrawn that I did not make.",
        "Jemand hebt ohne meine Zustimmung Geld von meinem Konto ab.",
        "Gerade gab es eine Abhebung, aber das war nicht ich.",
        "Quelqu'un retire de l'argent de mon compte sans mon accord.",
        "Il vient d'y avoir un retrait mais ce n'était pas moi.",
        "Je veux que ma carte soit bloquée tout de suite, de l'argent a été retiré et ce n'est pas moi.",
        "Alguien está sacando dinero de mi cuenta sin mi permiso.",
        "Acaba de haber un retiro pero no fui yo.",
        "There are a couple payments with my card in the app that I didn't make.",
        "Es gibt ein paar Zahlungen mit meiner Karte in der App, die ich nicht gemacht habe.",
        "Il y a quelques paiements avec ma carte dans l'appli que je n'ai pas faits.",
        "Hay un par de pagos con mi tarjeta en la app que yo no hice.",
        "Some transactions I do not remember purchasing: please freeze my card.",
        "Einige Buchungen, an die ich mich nicht erinnere: bitte sperren Sie meine Karte.",
    ],
)
def test_money_taken_that_can_still_be_taken_is_critical_in_every_language(text: str) -> None:
    assert "money_taken_ongoing" in read_signals(text).found
    assert level(text) is UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "Someone stole my wallet and my card is being used.",
        "Jemand hat mir den Geldbeutel gestohlen und meine Karte wird benutzt.",
        "On m'a volé mon portefeuille et ma carte est utilisée.",
        "Me robaron la cartera y están usando mi tarjeta.",
    ],
)
def test_a_card_being_used_by_someone_else_is_harm_going_on(text: str) -> None:
    assert "ongoing" in read_signals(text).found
