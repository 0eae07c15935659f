"""The definitions' high situations, written out in English, German, French and Spanish
(step 35): each reads at the same level in every language, and the wordings a language lacked
are read."""

import pytest

from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found

HIGH_EVERYWHERE = [
    "You are a bunch of useless idiots, this is the worst bank ever.",
    "Ihr seid ein Haufen nutzloser Idioten, das ist die schlechteste Bank überhaupt.",
    "I'm cancelling my contract and switching to another provider.",
    "Je résilie mon contrat et je passe chez un autre opérateur.",
    "If this is not fixed by Friday I will file a complaint with the CFPB and talk to my lawyer.",
    "Si no se arregla antes del viernes, pondré una reclamación ante el regulador y hablaré con"
    " mi abogado.",
    "You refused my dispute and are keeping my money.",
    "Sie haben meinen Einspruch abgelehnt und behalten mein Geld.",
    "Vous avez refusé ma contestation et vous gardez mon argent.",
    "Rechazaron mi reclamación y se quedan con mi dinero.",
    "My cheque deposit has been on hold for ten days and I need the money.",
    "Meine Scheckeinzahlung wird seit zehn Tagen zurückgehalten und ich brauche das Geld.",
    "Mon dépôt de chèque est bloqué depuis dix jours et j'ai besoin de l'argent.",
    "Mi depósito de cheque lleva diez días retenido y necesito el dinero.",
    "My account has been frozen for a week and I cannot pay my rent.",
    "Mein Konto ist seit einer Woche eingefroren und ich kann meine Miete nicht zahlen.",
    "Mon compte est gelé depuis une semaine et je ne peux pas payer mon loyer.",
    "Mi cuenta lleva una semana congelada y no puedo pagar el alquiler.",
    "I am going to do a chargeback with my credit card company.",
    "Ich werde bei meiner Kreditkartenfirma eine Rückbuchung veranlassen.",
    "Je vais demander une rétrofacturation à ma banque.",
    "Voy a pedir un contracargo a mi tarjeta de crédito.",
    "There is a direct debit on my statement that I don't recognise.",
    "Il y a un prélèvement sur mon relevé que je ne reconnais pas.",
]


@pytest.mark.parametrize("text", HIGH_EVERYWHERE)
def test_each_high_situation_is_high(text: str) -> None:
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.HIGH


def test_an_account_frozen_holds_the_customers_money() -> None:
    assert "money_held" in found("My account has been frozen for a week.")
    assert "locked_out" in found("My account has been frozen for a week.")


def test_asking_whether_an_account_is_frozen_is_not_money_held() -> None:
    assert "money_held" not in found("Has my account been frozen?")


def test_unable_to_pay_the_rent_is_an_immediate_need() -> None:
    assert "immediate_need" in found("My account has been frozen and I cannot pay my rent.")
