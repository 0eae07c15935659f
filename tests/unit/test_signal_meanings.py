"""What a phrase does not mean: the readings that round after round of translations corrected.

Each case is a wording that used to produce a signal it does not carry, in every language
where it did, beside a wording that still carries it (docs/triage-quality.md, step 11).
"""

import pytest

from onecase_triage.domain.complaint_signals import read_signals
from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found


@pytest.mark.parametrize(
    ("signal", "means_it", "does_not"),
    [
        (
            "lost_means",
            "I lost my card yesterday.",
            [
                "My card isn't lost but I just saw a charge I didn't make.",
                "Ich habe meine Karte nicht verloren, aber da ist eine Abbuchung.",
                "Je n'ai pas perdu ma carte mais je vois un retrait.",
                "No he perdido la tarjeta pero veo un cargo.",
            ],
        ),
        (
            "money_held",
            "They refused to refund me and the money is still frozen.",
            [
                "I want my money back for an item.",
                "Quiero que me devuelvan el dinero de un artículo.",
                "Mon virement est toujours en attente, pourquoi ?",
                "Mi transferencia sigue en espera.",
            ],
        ),
        (
            "long_wait",
            "I have been waiting for three weeks.",
            [
                "I sent it a few days ago.",
                "Ich habe sie vor ein paar Tagen gemacht.",
                "J'en ai fait un il y a quelques jours.",
            ],
        ),
        (
            "repeated_contact",
            "I have called over and over and nobody answers.",
            [
                "The app crashes over and over.",
                "Sie datieren die Konten immer wieder neu.",
                "Y otra vez... esta vez un error.",
            ],
        ),
        (
            "intent_to_leave",
            "I'm cancelling my account, never again.",
            [
                "Do I have to go to the bank to change my PIN?",
                "I want a fraud alert so that this will not happen again.",
                "Ich wechsle von meinem Familientarif in einen neuen.",
                "XXXX eliminó la cuenta de mi informe de crédito.",
            ],
        ),
        (
            "safety",
            "My phone caught fire while charging.",
            [
                "My iPhone makes a weird fire alarm noise.",
                "Meine Rechte nach dem Gesetz wurden verletzt.",
            ],
        ),
        (
            "thanks",
            "Thanks for sorting it out so quickly.",
            [
                "This week was a nightmare thanks to @115830 and their glitch.",
                "Merci d'enquêter sur ces comptes.",
            ],
        ),
        (
            "staff_person",
            "The delivery man was rude to me.",
            ["I uninstalled the wifi drivers and am reinstalling them."],
        ),
    ],
)
def test_a_wording_that_does_not_carry_a_signal_no_longer_produces_it(
    signal: str, means_it: str, does_not: list[str]
) -> None:
    assert signal in found(means_it)
    for text in does_not:
        assert signal not in found(text), text


def test_the_company_s_own_words_are_not_a_theft_or_someone_else_s_use() -> None:
    assert "stolen" not in found("The ATM took my card.")
    assert "stolen" in found("Someone took my card!")
    assert "unauthorised" not in found("Quelqu'un utilise @115940 avec le streaming ?")
    assert "unauthorised" in found("Quelqu'un a utilisé ma carte sans mon accord.")


@pytest.mark.parametrize(
    "text",
    [
        "Someone just withdrew £500 cash and I still have my card.",
        "Jemand hat gerade 500£ abgehoben, ich habe meine Karte noch.",
        "Quelqu'un vient de faire un retrait de 500£, j'ai ma carte sur moi.",
        "Alguien acaba de sacar 500£ en efectivo y tengo la tarjeta.",
    ],
)
def test_money_taken_just_now_is_harm_going_on_in_every_language(text: str) -> None:
    assert "ongoing" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone used my personal information to get goods.",
        "Jemand hat meine Daten benutzt, um Waren zu bekommen.",
        "Alguien usó mis datos para conseguir productos.",
    ],
)
def test_personal_data_used_is_identity_theft_claimed_not_harm_going_on(text: str) -> None:
    assert "ongoing" not in found(text)


def test_the_specific_trouble_keeps_its_words_before_the_plain_problem() -> None:
    signals = read_signals("How do I contact customer support about my declined transfer?")
    assert signals.found["failed_operation"] == ("declined transfer",)
    asked = found("I'm sure I have enough money so why didn't the store accept my card?")
    assert {"rhetorical", "failed_operation"} <= asked


@pytest.mark.parametrize(
    "text",
    [
        "How do I deactivate my account?",
        "I'd like my account to be deleted.",
        "I no longer want to be a customer.",
        "Bitte löschen Sie dieses Konto.",
        "Ich möchte mein Konto so schnell wie möglich schließen.",
        "Ich möchte kein Kunde mehr sein.",
        "Veuillez supprimer ce compte.",
        "Je ne veux plus être client.",
        "¿Cómo desactivo mi cuenta?",
        "Ya no quiero ser cliente.",
    ],
)
def test_closing_the_account_is_leaving_in_every_language(text: str) -> None:
    assert "intent_to_leave" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you cancel my card? There are payments I did not make.",
        "Bitte kündigen Sie meine Karte, da sind Zahlungen, die ich nicht gemacht habe.",
        "Pouvez-vous annuler ma carte ? Il y a des paiements que je n'ai pas faits.",
        "¿Pueden cancelar mi tarjeta? Hay pagos que no hice.",
    ],
)
def test_stopping_a_card_is_not_leaving_the_company(text: str) -> None:
    assert "intent_to_leave" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I am not sure where my phone is.",
        "Ich weiß nicht, wo mein Handy ist.",
        "Je ne sais pas où est mon téléphone.",
        "No sé dónde está mi móvil.",
    ],
)
def test_not_knowing_where_the_phone_is_is_a_means_lost(text: str) -> None:
    assert "lost_means" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I didn't receive the correct amount of cash.",
        "I tried to withdraw 40 pounds but only 20 came out.",
        "Ich habe einen falschen Betrag an Bargeld bekommen.",
        "Le montant reçu ne correspond pas à ce que j'ai demandé.",
        "No recibí la cantidad correcta de efectivo.",
    ],
)
def test_short_cash_from_a_machine_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


def test_a_transfer_not_approved_is_not_an_unauthorised_payment() -> None:
    assert "unauthorised" not in found("Meine Überweisung wurde nicht genehmigt.")
    assert "unauthorised" in found("Da ist eine nicht genehmigte Abbuchung.")


@pytest.mark.parametrize(
    "text",
    [
        "I am 82 years old and my pension has been frozen, I cannot buy food this week.",
        "Ich bin 82 Jahre alt und meine Rente wurde eingefroren, ich kann diese Woche kein Essen "
        "kaufen.",
        "J'ai 82 ans et ma pension est bloquée, je ne peux pas acheter à manger cette semaine.",
        "Tengo 82 años y mi pensión está congelada, no puedo comprar comida esta semana.",
    ],
)
def test_an_elderly_customer_who_cannot_buy_food_is_critical_in_every_language(text: str) -> None:
    assert {"vulnerable", "money_held", "no_food_or_medicine"} <= found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


def test_a_vulnerable_customer_in_a_hurry_is_not_critical_for_that_alone() -> None:
    text = "I am a pensioner and I need an answer urgently about my statement."
    assert {"vulnerable", "immediate_need"} <= found(text)
    assert score_urgency(text, public=False, reach=0).level is not UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "My father is 84 and cannot buy his medication because you froze his account.",
        "Mein Vater ist 84 und kann seine Medikamente nicht kaufen, weil Sie sein Konto gesperrt "
        "haben.",
        "Mon père a 84 ans et ne peut pas acheter ses médicaments parce que vous avez bloqué son "
        "compte.",
        "Mi padre tiene 84 años y no puede comprar sus medicamentos porque bloquearon su cuenta.",
    ],
)
def test_a_relative_s_age_and_a_frozen_account_are_heard_when_told_for_them(text: str) -> None:
    assert {"vulnerable", "no_food_or_medicine", "locked_out"} <= found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "The total is 84 dollars and she is 72 percent sure.",
        "Er ist 70 Prozent sicher, dass der Betrag stimmt.",
    ],
)
def test_a_number_after_is_is_not_an_age(text: str) -> None:
    assert "vulnerable" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The gas heater you installed is leaking and my kids feel dizzy.",
        "Der Gasofen, den Sie installiert haben, ist undicht und meinen Kindern ist schwindelig.",
        "Le chauffage au gaz que vous avez installé fuit et mes enfants ont des vertiges.",
        "El calentador de gas que instalaron tiene una fuga y mis hijos están mareados.",
        "I am stuck at the airport, my flight was cancelled and I have nowhere to sleep tonight.",
        "Ich sitze am Flughafen fest, mein Flug wurde gestrichen und ich habe keinen Schlafplatz.",
        "Je suis bloquée à l'aéroport, mon vol a été annulé et je n'ai nulle part où dormir.",
        "Estoy atrapada en el aeropuerto, cancelaron mi vuelo y no tengo dónde dormir.",
    ],
)
def test_a_gas_leak_or_a_customer_stranded_is_a_safety_risk_in_every_language(text: str) -> None:
    assert "safety" in found(text)
    assert score_urgency(text, public=False, reach=0).level in (
        UrgencyLevel.HIGH,
        UrgencyLevel.CRITICAL,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Someone keeps opening new credit cards in my name, a new one appeared again yesterday.",
        "Jemand eröffnet immer wieder Kreditkarten auf meinen Namen, gestern ist wieder eine neue "
        "aufgetaucht.",
        "Quelqu'un continue d'ouvrir des cartes de crédit à mon nom, une nouvelle est encore "
        "apparue hier.",
        "Alguien sigue abriendo tarjetas de crédito a mi nombre, ayer apareció otra nueva.",
    ],
)
def test_accounts_still_being_opened_in_my_name_are_identity_theft_in_progress(text: str) -> None:
    assert {"identity_theft", "money_taken_ongoing"} <= found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "The bank is holding my deposit for ten days and I can't pay my bills.",
        "Die Bank hält meine Einzahlung zehn Tage zurück und ich kann meine Rechnungen nicht "
        "bezahlen.",
        "La banque bloque mon dépôt pendant dix jours et je ne peux pas payer mes factures.",
        "El banco retiene mi depósito diez días y no puedo pagar mis facturas.",
    ],
)
def test_a_deposit_the_bank_is_holding_is_money_held_in_every_language(text: str) -> None:
    assert "money_held" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.HIGH


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("The internet has been completely down at my house since Monday.", "service_down"),
        ("Internet est complètement coupé chez moi depuis lundi.", "service_down"),
        ("Ich warte auf meine Erstattung und niemand geht ans Telefon.", "repeated_contact"),
    ],
)
def test_an_adverb_in_between_does_not_hide_the_trouble(text: str, signal: str) -> None:
    assert signal in found(text)


def test_the_french_fraud_authority_is_a_threat_not_a_fraud() -> None:
    text = "Je vais vous signaler à la répression des fraudes."
    assert "escalation_threat" in found(text)
    assert "fraud" not in found(text)
    assert "fraud" in found("Il y a une fraude sur ma carte.")


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("The burger I ordered was raw in the middle and the fries were cold.", "problem"),
        ("Der Burger war in der Mitte roh und die Pommes waren kalt.", "problem"),
        ("Le burger était cru au milieu et les frites étaient froides.", "problem"),
        ("La hamburguesa estaba cruda por dentro y las papas estaban frías.", "problem"),
        ("In meiner Bestellung fehlten zwei Artikel.", "problem"),
        ("Il manquait deux articles dans ma commande.", "problem"),
        ("The new phone you sent me won't turn on.", "device_fault"),
        ("Das neue Handy lässt sich nicht einschalten.", "device_fault"),
        ("Le nouveau téléphone ne s'allume pas.", "device_fault"),
        ("El teléfono nuevo que me enviaron no enciende.", "device_fault"),
    ],
)
def test_bad_food_missing_items_and_a_dead_device_are_a_problem_not_nothing_wrong(
    text: str, signal: str
) -> None:
    assert signal in found(text)
    assert "nothing_wrong" not in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


def test_cold_weather_is_not_cold_food() -> None:
    assert "problem" not in found("It was cold outside and the delivery man was nice.")


@pytest.mark.parametrize(
    "text",
    [
        "Someone hacked my account and is changing my password right now.",
        "Jemand hat mein Konto gehackt und ändert gerade mein Passwort.",
        "Quelqu'un a piraté mon compte et est en train de changer mon mot de passe.",
        "Alguien hackeó mi cuenta y está cambiando mi contraseña ahora mismo.",
    ],
)
def test_a_takeover_happening_now_is_critical_in_every_language(text: str) -> None:
    assert {"hacked", "money_taken_ongoing"} <= found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


def test_trying_to_change_one_s_own_password_is_not_a_takeover() -> None:
    assert "ongoing" not in found(
        "Ich versuche gerade, mein Passwort zu ändern, aber es klappt nicht."
    )


@pytest.mark.parametrize(
    "text",
    [
        "I returned the item in March and the refund never came.",
        "Ich habe den Artikel im März zurückgeschickt und die Erstattung kam nie an.",
        "J'ai renvoyé l'article en mars et le remboursement n'est jamais arrivé.",
        "Devolví el artículo en marzo y el reembolso nunca llegó.",
    ],
)
def test_a_refund_that_never_came_is_money_not_returned_in_every_language(text: str) -> None:
    assert "money_held" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I was on hold for two hours and then the call dropped.",
        "Ich war zwei Stunden in der Warteschleife und dann wurde der Anruf getrennt.",
        "J'ai attendu deux heures en ligne et puis l'appel a coupé.",
        "Estuve dos horas en espera y luego se cortó la llamada.",
    ],
)
def test_hours_on_hold_are_a_failed_contact_in_every_language(text: str) -> None:
    assert "repeated_contact" in found(text)


def test_a_call_put_on_hold_is_not_money_held() -> None:
    assert "money_held" not in found("I was put on hold for over 45 minutes!")
    assert "money_held" in found("They placed a 10-day hold on my deposit.")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai déposé une plainte auprès de l'ACPR.",
        "He presentado una reclamación ante el Banco de España.",
        "Ich habe eine Beschwerde bei der BaFin eingereicht.",
    ],
)
def test_a_banking_regulator_is_an_escalation_in_every_language(text: str) -> None:
    assert "escalation_threat" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much, the support team solved my problem in minutes!",
        "Vielen Dank, das Support-Team hat mein Problem in wenigen Minuten gelöst!",
        "Merci beaucoup, l'équipe du support a résolu mon problème en quelques minutes !",
        "¡Muchas gracias, el equipo de soporte resolvió mi problema en minutos!",
    ],
)
def test_thanks_for_a_problem_solved_is_low_in_every_language(text: str) -> None:
    assert "problem" not in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "You haven't solved my problem in three weeks.",
        "Vous n'avez pas résolu mon problème.",
        "Das Problem ist immer noch nicht gelöst.",
        "You fixed the problem with my card but now there is a new problem with my app.",
    ],
)
def test_a_problem_not_solved_is_still_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My card got swallowed by the ATM and I am abroad with no other money.",
        "Der Automat hat meine Karte eingezogen und ich bin im Ausland ohne anderes Geld.",
        "Le distributeur a avalé ma carte et je suis à l'étranger sans autre argent.",
        "El cajero se tragó mi tarjeta y estoy en el extranjero sin otro dinero.",
    ],
)
def test_a_card_kept_by_a_machine_abroad_without_money_is_heard_in_every_language(
    text: str,
) -> None:
    assert {"failed_operation", "immediate_need"} <= found(text)


def test_something_that_broke_is_a_problem_in_spanish_too() -> None:
    assert "problem" in found("Su repartidor tiró mi paquete por encima de la valla y se rompió.")


@pytest.mark.parametrize(
    "text",
    [
        "You lost my bag and my medication is in it. I need it tonight.",
        "Ihr habt meinen Koffer verloren und meine Medikamente sind darin. Ich brauche sie heute "
        "Abend.",
        "Vous avez perdu ma valise et mes médicaments sont dedans. J'en ai besoin ce soir.",
        "Perdieron mi maleta y mis medicamentos están dentro. Los necesito esta noche.",
    ],
)
def test_medication_needed_tonight_is_at_least_high_in_every_language(text: str) -> None:
    assert {"health", "immediate_need"} <= found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.HIGH


@pytest.mark.parametrize(
    ("text", "signal", "evidence"),
    [
        ("Stale corn flakes in my burrito. #NeverAgain", "intent_to_leave", "never again"),
        ("Not one bar @carrier #NoService #DoBetter", "service_down", "no service"),
        ("So much for same day delivery. #AMZLFail", "problem", "fail"),
        ("Waited two hours on hold. #WorstServiceEver", "anger", "worst"),
    ],
)
def test_a_camel_case_hashtag_is_read_as_its_words(text: str, signal: str, evidence: str) -> None:
    signals = read_signals(text)
    assert evidence in signals.found[signal], signals.found


def test_a_hashtag_in_one_case_and_an_order_number_stay_as_they_are() -> None:
    assert found("My order #12345 is here, thank you") == found("My order 12345 is here, thank you")
    assert "intent_to_leave" not in found("#neveragainwithoutcoffee")
