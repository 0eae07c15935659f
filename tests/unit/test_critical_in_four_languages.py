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
