"""The third parity round on unlabelled texts: what a language heard less (step 24).

Each meaning is said as the English original and the German, French and Spanish translations
said it, with near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "The new update completely screwed up the podcast app.",
        "Das neue Update hat die Podcast-App komplett zerschossen.",
        "La mise à jour a complètement bousillé l'appli Podcasts.",
        "La actualización ha destrozado por completo la app de podcasts.",
        "Anyone else experiencing a lag?",
        "Quelqu'un d'autre a du lag avec ces produits ?",
        "¿Alguien más tiene lag con estos productos?",
        "Ihr schafft es, das Produkt nicht zu liefern und es trotzdem zu berechnen.",
        "Vous arrivez à ne pas livrer le produit tout en le facturant.",
        "Conseguís no entregar el producto y aun así cobrarlo.",
        "Der Akku ist innerhalb von 8-9 Stunden leer.",
    ],
)
def test_everyday_trouble_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


def test_anyone_else_with_lag_is_no_stranger_using_an_account() -> None:
    assert "unauthorised" not in found("¿Alguien más tiene lag usando los productos de Xbox?")
    assert "unauthorised" in found("Alguien está usando mi tarjeta sin permiso.")


def test_maybe_i_am_missing_something_is_a_hedge_not_a_problem() -> None:
    assert "problem" not in found("OK, maybe I'm missing something. Can I only watch one game?")
    assert "problem" in found("The box is missing two screws.")


@pytest.mark.parametrize(
    "text",
    [
        "9 days and still nothing..",
        "9 Tage und immer noch nichts..",
        "9 jours et toujours rien..",
        "9 días y todavía nada..",
    ],
)
def test_days_and_still_nothing_is_a_long_wait(text: str) -> None:
    assert "long_wait" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Answer my DM, I need to be home now!",
        "Antwortet auf meine DM, ich muss jetzt nach Hause!",
        "Répondez à mon DM, je dois rentrer chez moi maintenant !",
    ],
)
def test_having_to_be_somewhere_now_is_an_immediate_need(text: str) -> None:
    assert "immediate_need" in found(text)


def test_asking_what_to_do_now_is_no_immediate_need() -> None:
    assert "immediate_need" not in found(
        "J'ai saisi les mauvaises infos, je dois faire quoi maintenant"
    )


@pytest.mark.parametrize(
    "text",
    [
        "A foreign purchase I made has the incorrect rate applied to it.",
        "Bei einem Kauf im Ausland wurde ein falscher Kurs angewendet.",
        "Un achat à l'étranger s'est vu appliquer un mauvais taux.",
    ],
)
def test_a_wrong_exchange_rate_is_the_billing_topic(text: str) -> None:
    assert "topic_billing" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich konnte keine Überweisung machen, weil sie abgelehnt wurde.",
        "Je n'ai pas pu faire de virement parce qu'il a été refusé.",
    ],
)
def test_a_transfer_refused_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


def test_an_abbreviated_insult_is_profanity() -> None:
    assert "profanity_insult" in found("I ordered mine from you mfs on the 29th where is it??")


def test_a_french_serious_question_is_rhetorical() -> None:
    assert "rhetorical" in found("SÉRIEUX ? Je l'ai dit à la réception.")


def test_one_of_the_worst_is_anger_in_french() -> None:
    assert "anger" in found("Le service est franchement l'un des pires, à chaque fois")


@pytest.mark.parametrize(
    "text",
    [
        "Can't be much of a priority.. 9 days and still nothing..",
        "Didn't get my order",
        "Habe für Premium bezahlt, bin aber immer noch bei Free",
        "Bekomme keine TAN",
    ],
)
def test_a_statement_that_starts_with_a_verb_is_no_question(text: str) -> None:
    assert "question" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you help me",
        "Kann ich eine Karte bekommen, obwohl ich in den USA wohne",
        "Können Sie mir sagen, wo ich eine Karte bestellen kann",
        "Ist meine PIN das gleiche wie mein Zugangscode",
    ],
)
def test_a_question_without_a_question_mark_is_still_a_question(text: str) -> None:
    assert "question" in found(text)


@pytest.mark.parametrize(
    "text", ["Passiert 2-3 Mal am Tag.", "Ça arrive 2-3 fois par jour.", "Pasa 2-3 veces al día."]
)
def test_how_often_a_fault_happens_is_no_count_of_contacts(text: str) -> None:
    assert "repeated_contact" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "They said no one can come until tomorrow. Discontinuing service.",
        "Ich kündige den Dienst.",
        "J'arrête le service.",
        "Me doy de baja del servicio.",
    ],
)
def test_stopping_the_service_is_an_intent_to_leave(text: str) -> None:
    assert "intent_to_leave" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why didn't my transfer work?",
        "Warum hat meine Überweisung nicht funktioniert?",
        "¿Por qué no funcionó mi transferencia?",
    ],
)
def test_a_transfer_that_did_not_work_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A transaction was made by some seller that I don't recognize.",
        "Une transaction a été faite par un vendeur que je ne connais pas.",
        "Weird Direct Debit payment",
        "Domiciliación rara",
    ],
)
def test_a_payee_the_customer_does_not_know_is_unauthorised(text: str) -> None:
    assert "unauthorised" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My refund has not yet been credited on my statement.",
        "Mon remboursement n'a pas encore été crédité sur mon relevé.",
        "Ich habe eine Rückerstattung bekommen, kann sie aber auf meinem Konto nicht sehen.",
        "Vous avez raté ma transaction ?",
        "¿Habéis fastidiado mi transacción?",
        "Siete veces este mes he llegado tarde al trabajo.",
    ],
)
def test_a_refund_not_credited_and_a_botched_transaction_are_problems(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    ["Me cobrasteis por encima del tipo de cambio.", "Me cobraron dos veces el mismo mes."],
)
def test_charged_me_is_the_billing_topic_in_spanish(text: str) -> None:
    assert "topic_billing" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je n'ai reçu aucune réponse sur le produit livré à la mauvaise adresse.",
        "Vuestro nuevo sistema de seguimiento es una mierda.",
    ],
)
def test_a_wrong_address_and_the_tracking_are_the_delivery_topic(text: str) -> None:
    assert "topic_delivery" in found(text)


def test_spanish_cabin_crew_are_staff_and_nonsense_is_an_insult() -> None:
    assert "staff_person" in found("Con retraso porque los auxiliares de vuelo no llegan.")
    assert "profanity_insult" in found("Estos mensajes de soporte no son más que chorradas.")


@pytest.mark.parametrize(
    "text",
    [
        "Why am I getting a message saying you can't load content from sponsors?",
        "Warum bekomme ich eine Meldung, dass ihr keine Inhalte laden könnt?",
        "Pourquoi un message dit que vous ne pouvez pas charger le contenu ?",
        "¿Por qué me sale un mensaje diciendo que no podéis cargar el contenido?",
    ],
)
def test_content_that_cannot_load_is_a_service_down(text: str) -> None:
    assert "service_down" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We wish you'd deliver payroll checks on time. #WishesNotDelivered",
        "Wir wünschten, ihr würdet pünktlich zustellen. #WünscheNichtZugestellt",
        "On aimerait que vous livriez à temps. #SouhaitsNonLivrés",
        "Ojalá entregarais a tiempo. #DeseosNoEntregados",
    ],
)
def test_a_hashtag_with_accents_is_read_as_its_words(text: str) -> None:
    assert "problem" in found(text)


def test_a_spanish_subscription_cancelled_in_the_future_is_an_intent_to_leave() -> None:
    assert "intent_to_leave" in found("Esto hay que solucionarlo o cancelaré mi suscripción.")


@pytest.mark.parametrize(
    "text",
    [
        "What are the steps to get my card back that was kept by the ATM?",
        "Comment récupérer ma carte qui a été gardée par le distributeur ?",
        "¿Cómo recupero la tarjeta que se quedó el cajero?",
    ],
)
def test_a_card_the_machine_kept_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Warum wird meine Überweisung nicht angezeigt",
        "Pourquoi mon virement n'apparaît pas",
        "¿Por qué no aparece mi transferencia?",
    ],
)
def test_a_transfer_that_does_not_show_is_the_billing_topic(text: str) -> None:
    assert "topic_billing" in found(text)


def test_spanish_overdrawn_is_an_account_in_the_red_not_finding_out() -> None:
    assert "problem" not in found("Gracias... creo que ya lo he descubierto.")
    assert "problem" in found("Mi cuenta está en descubierto sin motivo.")


def test_stuck_somewhere_is_a_problem_in_german_word_order() -> None:
    assert "problem" in found("Jetzt sitzt sie also in Charlotte fest.")


def test_a_spanish_flight_cancelled_is_the_outage_topic() -> None:
    assert "topic_outage" in found("Vuelo de Jhb a CT cancelado. Llevo 4 horas esperando.")


@pytest.mark.parametrize(
    "text",
    [
        "Who can remove this hold on my account so I have my work money?!?",
        "Wer kann die Sperre auf meinem Konto aufheben, damit ich an mein Geld komme?!?",
        "Qui peut lever ce blocage sur mon compte pour que je récupère mon argent ?!?",
        "¿Quién puede quitar esta retención de mi cuenta para que tenga mi dinero?!?",
    ],
)
def test_a_hold_on_the_account_is_money_held(text: str) -> None:
    assert "money_held" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The brand sux, the stores are horrible.",
        "¿Para qué pedirnos que quitemos mierdas si nunca funciona?",
    ],
)
def test_sux_and_spanish_crap_are_insults(text: str) -> None:
    assert "profanity_insult" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Schämt euch @idea_cares",
        "@TMobileHelp ist bei den Preisen einfach irre",
        "@TMobileHelp est juste délirant niveau prix",
        "@TMobileHelp tiene unos precios de locos",
    ],
)
def test_shame_and_insane_prices_are_anger(text: str) -> None:
    assert "anger" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My contactless is non-functional.",
        "J'ai quelques soucis avec un iPhone de 2 ans.",
        "Mein kontaktloses Bezahlen funktioniert plötzlich nirgendwo mehr.",
        "Was stimmt mit dem Wechselkurs nicht?",
        "¿Qué pasa con el tipo de cambio?",
    ],
)
def test_trouble_said_as_non_functional_or_as_a_question_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "What is wrong with the exchange rate?",
        "Was stimmt mit dem Wechselkurs nicht?",
        "Qu'est-ce qui ne va pas avec le taux de change ?",
        "¿Qué pasa con el tipo de cambio?",
    ],
)
def test_a_wrong_exchange_rate_is_billing_but_asking_for_the_rate_is_not(text: str) -> None:
    assert "topic_billing" in found(text)
    assert "topic_billing" not in found("How did you guys get your exchange rate?")


def test_a_delivery_error_is_the_delivery_topic_in_german() -> None:
    assert "topic_delivery" in found("Bekomme ständig einen Lieferfehler.")


def test_unblocking_a_card_is_a_lock_out_in_french() -> None:
    assert "locked_out" in found("Comment je débloque ma carte ?")


@pytest.mark.parametrize(
    "text",
    [
        "I called to get my plan fixed and bis jetzt hat sich niemand bei mir gemeldet.",
        "Llamé y todavía nadie se ha puesto en contacto conmigo.",
    ],
)
def test_nobody_getting_in_touch_is_repeated_contact_in_any_word_order(text: str) -> None:
    assert "repeated_contact" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Warum mein neues iPhone ständig einfriert und neu startet?!",
        "¿Por qué mi iPhone nuevo se congela y se reinicia todo el rato?",
    ],
)
def test_a_phone_that_freezes_and_restarts_is_a_device_fault(text: str) -> None:
    assert "device_fault" in found(text)


@pytest.mark.parametrize(
    "text",
    ["CoD WW2 hat Serverprobleme.", "CoD WW2 tiene problemas con los servidores."],
)
def test_server_problems_are_the_outage_topic(text: str) -> None:
    assert "topic_outage" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I clicked on student by mistake and got charged",
        "Ich habe aus Versehen auf Student geklickt und es wurde mir berechnet",
        "Le di a estudiante sin querer y me han cobrado",
    ],
)
def test_charged_by_mistake_is_a_billing_problem(text: str) -> None:
    signals = found(text)
    assert {"problem", "topic_billing"} <= signals


@pytest.mark.parametrize(
    "text",
    ["BRINGT EUCH UM!", "CREVEZ !", "¡MORÍOS!", "I want you to combust in hell. KILL YOURSELF!"],
)
def test_wishing_the_company_dead_is_an_insult(text: str) -> None:
    assert "profanity_insult" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Warum geht meine Aufladung nicht durch?",
        "¿Por qué no se hace mi recarga?",
        "Why won't my top up go through?",
    ],
)
def test_a_top_up_that_does_not_go_through_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "What do I do if I can't get my card out of the ATM?",
        "Was mache ich, wenn ich meine Karte nicht aus dem Geldautomaten bekomme?",
        "Qu'est-ce que je fais si je n'arrive pas à récupérer ma carte ?",
        "¿Qué hago si no puedo sacar la tarjeta del cajero?",
    ],
)
def test_a_card_stuck_in_the_machine_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


def test_how_do_you_is_a_question_unless_it_accuses() -> None:
    assert "rhetorical" not in found("How do you exchange currencies")
    assert "rhetorical" in found("How do you lot justify charging £40 to stand?")
    assert "rhetorical" in found("How can you treat customers like this?")
