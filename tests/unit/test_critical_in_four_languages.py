"""The definitions' critical situations, written out in English, German, French and Spanish
(step 33): each is critical in every language, whatever words the translation chose."""

import pytest

from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found

SITUATIONS = {
    "a wallet stolen with the cards in it": [
        "My wallet was stolen this morning with all my cards.",
        "Mir wurde heute Morgen die Geldbörse mit allen Karten gestohlen.",
        "On m'a volé mon portefeuille ce matin avec toutes mes cartes.",
        "Esta mañana me robaron la cartera con todas mis tarjetas.",
    ],
    "new accounts still being opened in the customer's name": [
        "New accounts keep being opened in my name, three more this week. Someone has my identity.",
        "Es werden weiter neue Konten auf meinen Namen eröffnet, diese Woche drei weitere.",
        "On continue d'ouvrir de nouveaux comptes à mon nom, trois de plus cette semaine.",
        "Siguen abriendo cuentas nuevas a mi nombre, tres más esta semana.",
    ],
    "an elderly customer who cannot buy medicine or food": [
        "I am 82, my pension has not arrived and I cannot buy my medicine or food.",
        "Ich bin 82, meine Rente ist nicht angekommen und ich kann weder meine Medikamente noch"
        " Essen kaufen.",
        "J'ai 82 ans, ma retraite n'est pas arrivée et je ne peux acheter ni mes médicaments ni"
        " à manger.",
        "Tengo 82 años, mi pensión no ha llegado y no puedo comprar mis medicinas ni comida.",
    ],
    "money still disappearing without authorisation": [
        "Money keeps disappearing from my account, another 200 dollars was taken today and I did"
        " not authorise any of it.",
        "Von meinem Konto verschwindet ständig Geld, heute wurden weitere 200 Dollar abgebucht und"
        " ich habe nichts davon autorisiert.",
        "De l'argent disparaît sans cesse de mon compte, encore 200 dollars ont été prélevés"
        " aujourd'hui et je n'ai rien autorisé.",
        "Sigue desapareciendo dinero de mi cuenta, hoy se llevaron otros 200 dólares y no"
        " autoricé nada.",
    ],
    "someone using the card right now": [
        "Someone is using my card right now, there are new payments every few minutes. Block it!",
        "Jemand benutzt gerade meine Karte, alle paar Minuten kommen neue Zahlungen. Sperren Sie"
        " sie!",
        "Quelqu'un utilise ma carte en ce moment, il y a de nouveaux paiements toutes les quelques"
        " minutes. Bloquez-la !",
        "Alguien está usando mi tarjeta ahora mismo, hay pagos nuevos cada pocos minutos."
        " ¡Bloquéenla!",
    ],
    "a hacked account being emptied": [
        "Someone hacked my account and is transferring money out of it.",
        "Jemand hat mein Konto gehackt und überweist Geld davon.",
        "Quelqu'un a piraté mon compte et transfère de l'argent.",
        "Alguien hackeó mi cuenta y está transfiriendo dinero.",
    ],
    "card details in a stranger's hands, in use": [
        "Please freeze my card, someone has my details and is buying things online.",
        "Bitte sperren Sie meine Karte, jemand hat meine Daten und kauft online ein.",
        "Bloquez ma carte s'il vous plaît, quelqu'un a mes coordonnées et fait des achats en ligne.",
        "Bloqueen mi tarjeta por favor, alguien tiene mis datos y está comprando por internet.",
    ],
    "loans still applied for with the customer's identity": [
        "Someone continues to apply for loans using my social security number.",
        "Jemand beantragt weiterhin Kredite mit meiner Sozialversicherungsnummer.",
        "Quelqu'un continue de demander des prêts avec mon numéro de sécurité sociale.",
        "Alguien sigue pidiendo préstamos con mi número de la seguridad social.",
    ],
    "a mugging that took the cards": [
        "I got mugged last night and they have my cards and my phone.",
        "Ich wurde gestern Abend überfallen und sie haben meine Karten und mein Handy.",
        "Je me suis fait agresser hier soir et ils ont mes cartes et mon téléphone.",
        "Anoche me asaltaron y tienen mis tarjetas y mi móvil.",
        "Me atracaron en el cajero y se llevaron mi tarjeta.",
    ],
    "a card taken, and money withdrawn an hour ago": [
        "My card was taken from me and someone withdrew 300 pounds an hour ago.",
        "Meine Karte wurde mir weggenommen und vor einer Stunde hat jemand 300 Pfund abgehoben.",
        "On m'a pris ma carte et quelqu'un a retiré 300 livres il y a une heure.",
        "Me quitaron la tarjeta y alguien sacó 300 libras hace una hora.",
    ],
}


@pytest.mark.parametrize(
    "text",
    [text for texts in SITUATIONS.values() for text in texts],
)
def test_each_critical_situation_is_critical_in_every_language(text: str) -> None:
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


def test_an_age_is_not_a_duration() -> None:
    assert "vulnerable" not in found("I am 75 minutes away from the store.")
    assert "vulnerable" in found("I am 82, and I live alone.")


@pytest.mark.parametrize(
    "text",
    [
        "My account doesn't show any funds. Is transferring funds an option I can use?",
        "J'ai retiré de l'argent au distributeur, mais il a dû y avoir un problème.",
    ],
)
def test_a_transfer_asked_about_or_made_by_the_customer_is_not_ongoing(text: str) -> None:
    assert "ongoing" not in found(text)
