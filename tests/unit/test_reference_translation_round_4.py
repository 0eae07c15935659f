"""The fourth translation round of reference-labelled texts: where a language heard more or less.

Each meaning is said as the English original and the German, French and Spanish translations
said it (docs/triage-quality.md, step 22), with near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "@VirginTrains Server cannot be found",
        "@VirginTrains Server wird nicht gefunden",
        "@VirginTrains Die Webseite ist nicht erreichbar",
    ],
)
def test_a_server_that_cannot_be_found_is_a_service_down(text: str) -> None:
    assert "service_down" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I just received half of my order.",
        "Ich habe gerade nur die Hälfte meiner Bestellung bekommen.",
        "Je viens de recevoir la moitié de ma commande.",
        "Federal law mandates a response within 15 days, which you've failed to meet.",
        "La loi impose une réponse dans les 15 jours, délai que vous n'avez pas respecté.",
    ],
)
def test_half_an_order_and_a_missed_deadline_are_problems(text: str) -> None:
    assert "problem" in found(text)


def test_a_pity_is_no_frustration() -> None:
    assert "frustration" not in found("Ach, schade, ich vertrage kein Weizen. Trotzdem danke!")


def test_a_demand_is_frustration_in_either_word_order() -> None:
    assert "frustration" in found("Ich verlange die sofortige Löschung.")
    assert "frustration" in found("Daher verlange ich die sofortige Löschung.")


@pytest.mark.parametrize(
    "text",
    [
        "I have been waiting since 11/11 for a replacement phone.",
        "Ich warte seit dem 11.11. auf ein Ersatzhandy.",
        "J'attends depuis le 11/11 un téléphone de remplacement.",
    ],
)
def test_waiting_since_a_date_is_a_long_wait(text: str) -> None:
    assert "long_wait" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "What happened to no hidden fees?",
        "Was ist aus „keine versteckten Gebühren“ geworden?",
        "Qu'est-il arrivé aux « pas de frais cachés » ?",
        "¿Qué pasó con lo de «sin cargos ocultos»?",
    ],
)
def test_hidden_fees_are_a_wrong_charge(text: str) -> None:
    assert "wrong_charge" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Refunds are not even returned back immediately.",
        "Les remboursements ne sont même pas rendus tout de suite.",
        "Los reembolsos ni siquiera se devuelven de inmediato.",
    ],
)
def test_refunds_not_returned_are_money_held(text: str) -> None:
    assert "money_held" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hey, I had an unauthorized credit card charge from you guys.",
        "Ich hatte eine nicht autorisierte Abbuchung auf meiner Kreditkarte von euch.",
        "J'ai eu une opération non autorisée sur ma carte de crédit de votre part.",
        "Tuve un cargo no autorizado en mi tarjeta de crédito de vuestra parte.",
    ],
)
def test_one_unauthorised_charge_is_not_shown_to_be_going_on(text: str) -> None:
    signals = found(text)
    assert "unauthorised" in signals
    assert "ongoing" not in signals


@pytest.mark.parametrize(
    "text",
    [
        "There are unauthorized charges on my card.",
        "Es gibt nicht autorisierte Abbuchungen auf meiner Karte.",
        "Il y a des opérations non autorisées sur ma carte.",
        "Hay cargos no autorizados en mi tarjeta.",
    ],
)
def test_unauthorised_charges_in_the_plural_are_going_on(text: str) -> None:
    assert "ongoing" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My card would not work at a shop.",
        "Meine Karte hat in einem Geschäft nicht funktioniert.",
        "Ma carte n'a pas marché dans un magasin.",
        "Mi tarjeta no funcionó en una tienda.",
        "The ATM took my card.",
        "Der Geldautomat hat meine Karte eingezogen.",
        "Le distributeur a avalé ma carte.",
        "El cajero se ha tragado mi tarjeta.",
    ],
)
def test_a_card_that_failed_or_was_kept_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


def test_the_cash_machine_is_the_product_whoever_names_it() -> None:
    assert "topic_product" in found("¿Por qué mi retirada en el cajero sigue pendiente?")
