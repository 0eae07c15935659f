"""Wordings found in a seventeenth and eighteenth round of unlabelled banking questions (step 55)."""

import pytest

from onecase_triage.domain.category_judgment import judge_category
from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I would like to open a second card for my daughter, how can you assist me?",
        "Ich möchte eine zweite Karte für meine Tochter, wie können Sie mir helfen?",
        "Je voudrais une deuxième carte pour ma fille, comment pouvez-vous m'aider ?",
        "Quisiera una segunda tarjeta para mi hija, ¿cómo pueden ayudarme?",
    ],
)
def test_asking_how_the_bank_can_help_is_no_rhetorical_question(text: str) -> None:
    assert "rhetorical" not in found(text)


def test_asking_how_they_could_do_this_is_still_rhetorical() -> None:
    assert "rhetorical" in found("How could you charge me twice?")


@pytest.mark.parametrize(
    "text",
    [
        "I have not seen any changes in my account balance after making a transfer.",
        "Ich habe nach einer Überweisung keine Änderung an meinem Kontostand gesehen.",
        "Je n'ai vu aucun changement sur le solde de mon compte après un virement.",
        "No he visto ningún cambio en el saldo de mi cuenta después de una transferencia.",
        "I don't think the exchange rate was right.",
        "Ich glaube nicht, dass der Wechselkurs richtig war.",
        "Je ne pense pas que le taux de change était correct.",
        "No creo que el tipo de cambio fuera correcto.",
        "The money I received at the ATM was a different amount!",
        "Das Geld, das ich am Geldautomaten bekommen habe, war ein anderer Betrag!",
        "L'argent que j'ai reçu au distributeur était un montant différent !",
        "El dinero que recibí en el cajero era una cantidad diferente!",
    ],
)
def test_a_balance_unchanged_a_doubted_rate_and_another_amount_are_problems(text: str) -> None:
    assert "problem" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


@pytest.mark.parametrize(
    "text",
    [
        "I tried to make a transfer, but it didn't work.",
        "Ich habe versucht, eine Überweisung zu machen, aber es hat nicht funktioniert.",
        "J'ai essayé de faire un virement, mais ça n'a pas marché.",
        "Intenté hacer una transferencia, pero no funcionó.",
        "I got a message that my transfer is not possible.",
        "Ich habe eine Nachricht bekommen, dass meine Überweisung nicht möglich ist.",
        "J'ai reçu un message disant que mon virement n'est pas possible.",
        "Recibí un mensaje de que mi transferencia no es posible.",
        "I couldn't pay with card in a shop",
        "Ich konnte in einem Geschäft nicht mit Karte bezahlen",
        "Je n'ai pas pu payer par carte dans un magasin",
        "No pude pagar con tarjeta en una tienda",
    ],
)
def test_a_transfer_or_card_payment_that_failed_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "Problem verifying my account",
        "Problem bei der Verifizierung meines Kontos",
        "Problème pour vérifier mon compte",
        "Problema al verificar mi cuenta",
        "Why is my identity verification process not working?",
        "Warum funktioniert meine Identitätsprüfung nicht?",
        "Pourquoi ma vérification d'identité ne fonctionne-t-elle pas ?",
        "¿Por qué no funciona mi proceso de verificación de identidad?",
    ],
)
def test_an_identity_check_that_fails_is_about_the_account(text: str) -> None:
    assert judge_category(text).category == "account_and_security"


@pytest.mark.parametrize(
    "text",
    [
        "There was some weird additional fee that I've never seen before?",
        "Da war eine seltsame zusätzliche Gebühr, die ich noch nie gesehen habe?",
        "Il y avait des frais supplémentaires bizarres que je n'avais jamais vus ?",
        "Había una comisión adicional rara que nunca había visto antes?",
    ],
)
def test_a_fee_never_seen_before_is_a_fee_not_a_payment_the_customer_did_not_make(
    text: str,
) -> None:
    assert "unauthorised" not in found(text)
    assert score_urgency(text, public=False, reach=0).level is not UrgencyLevel.HIGH


def test_a_charge_never_seen_before_is_still_not_recognised() -> None:
    assert "unauthorised" in found("There's a charge on my card I've never seen before.")


@pytest.mark.parametrize(
    "text",
    [
        "I tried to top-up, why didn't it work?",
        "Ich habe versucht aufzuladen, warum hat es nicht funktioniert?",
        "J'ai essayé de recharger, pourquoi ça n'a pas marché ?",
        "Intenté recargar, ¿por qué no funcionó?",
        "I made a card payment, but it has been declined?",
        "J'ai fait un paiement par carte, mais il a été refusé ?",
        "Hice un pago con tarjeta, pero ha sido rechazado?",
        "My payment has not been accepted.",
        "Mon paiement n'a pas été accepté.",
        "Mi pago no ha sido aceptado.",
        "I have done a topup, but my money was reverted.",
        "Ich habe eine Aufladung gemacht, aber mein Geld wurde zurückgebucht.",
        "J'ai fait un rechargement, mais mon argent a été reversé.",
        "Hice una recarga, pero mi dinero fue revertido.",
    ],
)
def test_a_top_up_or_payment_refused_or_sent_back_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "Using international ATMs messes up the exchange rate.",
        "Internationale Geldautomaten bringen den Wechselkurs durcheinander.",
        "Les distributeurs à l'étranger faussent le taux de change.",
        "Los cajeros internacionales estropean el tipo de cambio.",
    ],
)
def test_an_atm_that_spoils_the_rate_is_a_problem_with_the_product(text: str) -> None:
    assert "problem" in found(text)
    assert judge_category(text).category == "defective_product"
