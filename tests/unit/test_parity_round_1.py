"""Unlabelled texts translated to check parity only: what a language heard less (step 24).

Each meaning is said as the English original and the German, French and Spanish translations
said it, with near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "It was scanned as delivered at 3:07pm. It was not in the mailbox or on the porch.",
        "Es wurde als zugestellt gescannt. Es war weder im Briefkasten noch an der Haustür.",
        "Il a été scanné comme livré à 15h07. Il n'était ni dans la boîte aux lettres.",
        "Se escaneó como entregado. No estaba ni en el buzón ni en la puerta.",
        "The subtitles are out of sync.",
        "Die Untertitel sind nicht synchron.",
        "Les sous-titres sont décalés.",
        "Los subtítulos están desincronizados.",
        "Nett, zu versuchen, meine Bestellung zu liefern, aber zu scheitern.",
        "Merci d'avoir essayé sans succès de livrer ma commande.",
    ],
)
def test_a_parcel_marked_delivered_and_subtitles_out_of_sync_are_problems(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Says there's network problems.",
        "Es heißt, es gebe Netzwerkprobleme.",
        "Il dit qu'il y a des problèmes de réseau.",
        "Cortes frecuentes de la banda ancha.",
    ],
)
def test_network_problems_and_broadband_cuts_are_the_outage_topic(text: str) -> None:
    assert "topic_outage" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why doesn't my card work for any transactions?",
        "Warum funktioniert meine Karte bei keiner Transaktion?",
        "Pourquoi ma carte ne marche pour aucune opération ?",
        "¿Por qué mi tarjeta no funciona para ninguna operación?",
        "Mon paiement par carte ne passe pas.",
        "Meine Karte wurde heute in einem Restaurant abgelehnt.",
    ],
)
def test_a_card_that_works_nowhere_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text", ["Wie ändere ich meinen Zugangscode?", "Comment changer mon code d'accès ?"]
)
def test_a_passcode_is_the_account_topic(text: str) -> None:
    assert "topic_account" in found(text)


@pytest.mark.parametrize(
    "text",
    ["Ich bekomme keine TAN per SMS.", "Die TAN kommt nicht an.", "Die TAN-Nummer geht nicht."],
)
def test_the_german_tan_is_the_account_topic(text: str) -> None:
    assert "topic_account" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Explicad por qué vuestros ingenieros tan cualificados no pueden resolverlo.",
        "Estoy tan estresado que no puedo dormir.",
    ],
)
def test_spanish_tan_is_not_the_german_tan(text: str) -> None:
    assert "topic_account" not in found(text)


def test_a_german_why_not_question_is_rhetorical() -> None:
    assert "rhetorical" in found("@SW_Help warum halten heute Abend keine Züge in Godalming?")


@pytest.mark.parametrize(
    "text",
    [
        "@comcastcares hi, is there an outage in Cambridge MA right now?",
        "@comcastcares hola, ¿hay una avería en Cambridge, MA, ahora mismo?",
        "¿Hay una avería en la zona 78681? Se me acaba de caer internet.",
    ],
)
def test_an_outage_in_an_area_is_a_service_down(text: str) -> None:
    assert {"service_down", "topic_outage"} <= found(text)


def test_a_breakdown_of_one_thing_is_no_area_outage() -> None:
    assert "topic_outage" not in found("La lavadora tiene una avería en el motor.")


@pytest.mark.parametrize(
    "text",
    [
        "The app says I made a cash withdrawal even though I didn't.",
        "Die App sagt, ich hätte Bargeld abgehoben, obwohl ich das nicht getan habe.",
        "L'appli dit que j'ai fait un retrait d'espèces alors que ce n'est pas le cas.",
    ],
)
def test_a_withdrawal_the_customer_denies_is_unauthorised(text: str) -> None:
    assert "unauthorised" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "How much longer until I get my new card?",
        "I have not received my card and it's been a week.",
        "Was muss ich tun, um meine neue Karte zu bekommen?",
    ],
)
def test_a_card_that_has_not_come_is_the_delivery_topic(text: str) -> None:
    assert "topic_delivery" in found(text)


@pytest.mark.parametrize(
    "text",
    ["I could not get my card to work at a shop.", "How do I get my card out of the ATM?"],
)
def test_getting_a_card_to_work_or_out_of_a_machine_is_no_delivery(text: str) -> None:
    assert "topic_delivery" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "L'argent que j'ai déposé au distributeur est toujours en attente.",
        "J'ai fait un dépôt d'espèces sur mon compte.",
    ],
)
def test_money_deposited_is_the_billing_topic(text: str) -> None:
    assert "topic_billing" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai déposé une plainte auprès du Consumer Finance Protection Bureau.",
        "It hasn't updated since it left the depot.",
    ],
)
def test_a_complaint_filed_or_a_depot_is_no_deposit(text: str) -> None:
    assert "topic_billing" not in found(text)


def test_a_german_sentence_starting_with_am_is_no_question() -> None:
    assert "question" not in found("Am Geldautomaten hat Bargeld gefehlt.")
    assert "problem" in found("Am Geldautomaten hat Bargeld gefehlt.")
    assert "question" in found("Am I supposed to pay twice")


@pytest.mark.parametrize(
    "text",
    [
        "Ich glaube, meine Kartenzahlung wurde rückgängig gemacht.",
        "I believe my card payment was reverted.",
    ],
)
def test_a_reverted_card_payment_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


def test_security_settings_are_the_account_topic_in_spanish() -> None:
    assert "topic_account" in found("¿Cómo reviso la configuración de seguridad en la app?")


@pytest.mark.parametrize(
    "text", ["Was charged twice for my order.", "Was told I would get a refund by now."]
)
def test_an_english_sentence_starting_with_was_is_no_question(text: str) -> None:
    assert "question" not in found(text)


def test_a_german_was_question_is_a_question() -> None:
    assert "question" in found("Was ist mit meiner Karte los")
