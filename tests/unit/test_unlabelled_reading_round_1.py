"""Wordings found by reading unlabelled first tweets and banking questions (step 21).

Each meaning is said as the unlabelled text said it, then in German, French and Spanish, with
near misses that must not match.
"""

import pytest

from onecase_triage.domain.category_judgment import judge_category
from onecase_triage.domain.complaint_signals import read_signals
from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I saw a charge of one pound, where is this charge coming from?",
        "Woher kommt diese Abbuchung von einem Pfund?",
        "D'où vient ce prélèvement d'une livre ?",
        "¿De dónde viene este cargo de una libra?",
    ],
)
def test_asking_where_a_charge_comes_from_is_an_unrecognised_payment(text: str) -> None:
    assert "unauthorised" in found(text)


def test_asking_where_a_parcel_comes_from_is_no_unrecognised_payment() -> None:
    assert "unauthorised" not in found("Where is this parcel coming from?")


@pytest.mark.parametrize(
    "text",
    [
        "I have sent a message thru your site but heard nothing.",
        "Ich habe über eure Seite geschrieben, aber nichts gehört.",
        "J'ai envoyé un message via votre site mais toujours aucune nouvelle.",
        "Envié un mensaje por su web pero no he sabido nada.",
        "I called to get my plan fixed and no one has contacted me yet.",
        "Ich habe angerufen, und niemand hat sich bei mir gemeldet.",
        "J'ai appelé et personne ne m'a encore contacté.",
        "Llamé y nadie me ha contactado todavía.",
        "Help me, I keep messaging you guys but you won't reply.",
        "Helft mir, ich schreibe euch ständig, aber ihr antwortet nicht.",
        "Aidez-moi, je n'arrête pas de vous écrire.",
        "Ayúdenme, no dejo de escribirles.",
    ],
)
def test_contacts_that_went_unanswered_are_repeated_contact(text: str) -> None:
    assert "repeated_contact" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've heard nothing but good things about you.",
        "Why is there no news about the new season you announced?",
        "Pourquoi il n'y a aucune nouvelle alors que vous aviez annoncé la saison ?",
        "The collector keeps calling me at work.",
    ],
)
def test_near_misses_of_unanswered_contacts(text: str) -> None:
    assert "repeated_contact" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've rebooted on multiple occasions and it's never been this bad.",
        "The wifi didn't work. Flight attendants reset several times.",
        "Ich habe den Router neu gestartet, mehrmals, und es geht nicht.",
        "He reiniciado el móvil varias veces y no funciona.",
    ],
)
def test_a_count_of_what_the_device_or_customer_did_is_no_contact(text: str) -> None:
    assert "repeated_contact" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have rebooted it and called you several times.",
        "It happened again and I have emailed support three times.",
    ],
)
def test_contacts_counted_beside_a_reboot_are_still_repeated_contact(text: str) -> None:
    assert "repeated_contact" in found(text)


def test_streaming_that_chokes_is_no_safety_risk() -> None:
    assert "safety" not in found("Streaming media is choking. Are we about to have an outage?")


@pytest.mark.parametrize(
    "text", ["My son choked on a piece of plastic in the meal.", "Is this toy a choking hazard?"]
)
def test_a_person_choking_is_a_safety_risk(text: str) -> None:
    assert "safety" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "So I just found hairs in my bowl ... disgusted",
        "Ich habe gerade Haare in meiner Schüssel gefunden ... ekelhaft",
        "Je viens de trouver des cheveux dans mon bol ... dégoûtant",
        "Acabo de encontrar pelos en mi bol ... qué asco",
        "Like the other buns, it is inedible.",
        "Wie die anderen Brötchen ist es ungenießbar.",
        "Comme les autres petits pains, il est immangeable.",
        "Como los otros bollos, es incomible.",
        "May I have a replacement broccoli, as I had to throw this one away.",
        "Kann ich einen Ersatzbrokkoli bekommen? Ich musste ihn wegwerfen.",
        "Puis-je avoir un brocoli de remplacement ? J'ai dû le jeter.",
        "¿Me pueden dar un brócoli de repuesto? Tuve que tirarlo.",
    ],
)
def test_food_that_cannot_be_eaten_is_a_defective_product(text: str) -> None:
    signals = read_signals(text)
    assert "problem" in signals
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "How can I dispute the amount of a ride? It was $8, not $26.70.",
        "Wie kann ich den Fahrpreis anfechten? Es waren 8 $, nicht 26,70 $.",
        "Comment contester le prix de la course ? C'était 8 $, pas 26,70 $.",
        "¿Cómo reclamo el precio del viaje? Eran 8 $, no 26,70 $.",
    ],
)
def test_disputing_a_fare_is_billing(text: str) -> None:
    assert judge_category(text).category == "billing_and_refunds"


@pytest.mark.parametrize(
    "text",
    [
        "I can't log in on any device.",
        "Ich kann mich auf keinem Gerät anmelden.",
        "Je ne peux me connecter sur aucun appareil.",
        "No puedo entrar en ningún dispositivo.",
    ],
)
def test_no_device_lets_me_log_in_is_a_lock_out(text: str) -> None:
    assert "locked_out" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I am heartbroken that my account has been deleted. Please restore my account.",
        "Mein Konto wurde gelöscht. Bitte stellt es wieder her.",
        "Mon compte a été supprimé. Merci de le restaurer.",
        "Mi cuenta ha sido eliminada. Por favor, restáurenla.",
    ],
)
def test_an_account_the_company_deleted_is_a_lock_out(text: str) -> None:
    assert "locked_out" in found(text)


def test_an_account_removed_from_a_credit_report_is_no_lock_out() -> None:
    text = "An account that was removed is still being shown on my credit report."
    assert "locked_out" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every time I receive a text I get 10 to 20 of them. Can you guys fix it?",
        "Jedes Mal kommen 10 bis 20 SMS. Könnt ihr das beheben?",
        "Chaque fois je reçois 10 à 20 SMS. Pouvez-vous le réparer ?",
        "Cada vez me llegan 10 o 20 mensajes. ¿Pueden arreglarlo?",
        "I have had a lot of trouble trying to return a phone.",
        "After a week I was told that you can't deliver to my address.",
        "Nach einer Woche hieß es, dass ihr nicht liefern könnt.",
        "Au bout d'une semaine on m'a dit que vous ne pouvez pas livrer.",
        "Después de una semana me dicen que no pueden entregar.",
    ],
)
def test_trouble_said_as_a_request_to_fix_or_a_delivery_that_cannot_be_made(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I spent 30 minutes on the phone trying to figure anything out.",
        "Ich habe 30 Minuten am Telefon verbracht, ohne Ergebnis.",
        "J'ai passé 30 minutes au téléphone sans résultat.",
        "Pasé 30 minutos al teléfono sin resultado.",
    ],
)
def test_time_spent_on_the_phone_is_a_contact_that_failed(text: str) -> None:
    assert "repeated_contact" in found(text)


def test_time_spent_with_a_lovely_agent_is_no_failed_contact() -> None:
    text = "I spent an hour on the phone with a lovely agent who sorted it."
    assert "repeated_contact" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My wifi sucks, but at least it's not satellite.",
        "We're approaching a month in a poor network condition.",
        "Why do I pay you when my mobile speeds are more reliable?",
        "Seit Wochen habe ich hier nur schlechtes Netz.",
        "Mein WLAN ist so schlecht.",
        "Mon wifi est trop lent.",
        "Mala cobertura en todo el barrio.",
        "Mi wifi va muy lento.",
    ],
)
def test_a_poor_connection_is_the_outage_topic(text: str) -> None:
    assert "topic_outage" in found(text)


def test_a_poor_answer_is_not_the_outage_topic() -> None:
    assert "topic_outage" not in found("Poor answer from your agent, I expected better.")
