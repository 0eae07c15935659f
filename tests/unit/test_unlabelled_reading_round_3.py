"""Wordings found by reading a round of unlabelled banking questions (step 26).

Each meaning is said as the unlabelled text said it, then in German, French and Spanish, with
near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I have a pending transaction due to an ATM machine that wasn't working.",
        "Der Geldautomat funktionierte nicht.",
        "Le distributeur ne fonctionnait pas.",
        "El cajero no funcionaba.",
        "I transferred money but the balance hasn't changed.",
        "Ich habe Geld überwiesen, aber der Kontostand hat sich nicht geändert.",
        "J'ai fait un virement mais le solde n'a pas changé.",
        "Hice una transferencia pero el saldo no ha cambiado.",
        "I don't have my passcode to access the app.",
        "Ich habe meinen Passcode nicht.",
        "Je n'ai pas mon code d'accès.",
        "No tengo mi código de acceso.",
    ],
)
def test_what_did_not_work_or_did_not_arrive_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je n'ai pas le code-barres ni le numéro de lot.",
        "No tengo el código de barras ni el número de lote.",
    ],
)
def test_a_missing_barcode_is_no_lock_out_problem(text: str) -> None:
    assert "problem" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was charged several times for something",
        "Mir wurde mehrmals etwas berechnet.",
        "On m'a débité plusieurs fois pour quelque chose.",
        "Me cobraron varias veces por algo.",
    ],
)
def test_charged_several_times_is_a_wrong_charge_not_repeated_contacts(text: str) -> None:
    signals = found(text)
    assert "wrong_charge" in signals
    assert "repeated_contact" not in signals


@pytest.mark.parametrize(
    "text",
    [
        "Where can I check to see where the money in my account came from?",
        "How do I know where the funds come from?",
    ],
)
def test_asking_where_incoming_money_came_from_is_no_unrecognised_payment(text: str) -> None:
    assert "unauthorised" not in found(text)


def test_asking_where_a_charge_came_from_still_is() -> None:
    assert "unauthorised" in found("I want to know where this charge came from.")


def test_a_top_up_that_needs_verifying_is_no_earlier_attempt() -> None:
    assert "prior_attempts" not in found("Does the top-up need verified?")


@pytest.mark.parametrize(
    "text",
    [
        "I was given less cash then I wanted.",
        "Der Automat hat mir weniger Geld gegeben, als ich wollte.",
        "Le distributeur m'a donné moins d'argent que demandé.",
        "El cajero me dio menos dinero del que pedí.",
    ],
)
def test_less_cash_than_asked_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I cannot view the refunded amount in my account.",
        "Ich kann den erstatteten Betrag nicht sehen.",
        "No puedo ver el importe reembolsado en mi cuenta.",
    ],
)
def test_a_refund_the_customer_cannot_see_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


def test_deleting_all_my_accounts_is_intent_to_leave() -> None:
    text = "I am not satisfied with your company and wish to delete all my accounts immediately."
    assert "intent_to_leave" in found(text)


def test_asking_when_to_expect_a_card_is_no_frustration() -> None:
    assert "frustration" not in found("When can I expect my card?")
    assert "frustration" in found("I expect a refund today.")


@pytest.mark.parametrize(
    "text",
    [
        "the money i transferred didnt arrive",
        "I was charged an exorbitant fee!",
    ],
)
def test_money_that_did_not_arrive_and_exorbitant_fees_are_problems(text: str) -> None:
    assert "problem" in found(text)


def test_an_atm_that_keeps_declining_the_card_is_a_failed_operation() -> None:
    assert "failed_operation" in found("The ATM keeps declining my card!")


def test_getting_identification_verified_is_no_earlier_attempt() -> None:
    assert "prior_attempts" not in found("I can get my identification verified.")
