"""Wordings paraphrase rounds 19 and 20 used where their originals did not (step 19).

Each meaning is said as the English paraphrase said it, then in German, French and Spanish,
with near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "Curious why they charged us three times for last week's order.",
        "Warum hat uns der Shop dreimal für die Bestellung belastet?",
        "Pourquoi nous a-t-on débité trois fois pour la commande ?",
        "¿Por qué nos cobraron tres veces el pedido?",
    ],
)
def test_charged_three_times_is_one_wrong_charge_not_three_contacts(text: str) -> None:
    signals = found(text)
    assert "wrong_charge" in signals
    assert "repeated_contact" not in signals


def test_three_calls_beside_a_double_charge_are_still_repeated_contact() -> None:
    signals = found("I called three times and was charged twice.")
    assert {"repeated_contact", "wrong_charge"} <= signals


@pytest.mark.parametrize(
    "text",
    [
        "The bill is three times what it should be.",
        "Die Rechnung ist dreimal so hoch wie sie sein sollte.",
        "La facture est trois fois plus élevée qu'elle ne devrait.",
        "La factura es el triple de lo que debería ser.",
    ],
)
def test_a_bill_three_times_too_high_is_a_wrong_charge(text: str) -> None:
    signals = found(text)
    assert "wrong_charge" in signals
    assert "repeated_contact" not in signals


def test_accounts_i_never_initiated_are_a_claim_of_identity_theft() -> None:
    text = "Unauthorized and inaccurate accounts and inquiries I never initiated or approved."
    assert "identity_theft" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My card can't be used.",
        "Meine Karte kann nicht benutzt werden.",
        "Ma carte ne peut pas être utilisée.",
        "Mi tarjeta no se puede usar.",
        "There's enough money in my account, so why did the shop refuse my card?",
        "Pourquoi le magasin a refusé ma carte ?",
    ],
)
def test_a_card_that_cannot_be_used_or_was_refused_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's been happening to me ever since the double XP lobbies.",
        "It cost me £40 in total to have it sent back.",
        "Das hat mich insgesamt 40 £ gekostet.",
        "Das passiert mir seit dem Update.",
        "Ça m'arrive depuis la mise à jour.",
        "Me pasa desde la actualización.",
    ],
)
def test_a_recurring_fault_or_a_cost_suffered_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why is my transfer still showing as pending?",
        "Warum wird die Zahlung immer noch als ausstehend angezeigt?",
        "Pourquoi elle apparaît toujours en attente ?",
    ],
)
def test_a_payment_still_pending_is_no_earlier_dispute(text: str) -> None:
    assert "prior_attempts" not in found(text)


def test_an_entry_still_showing_on_a_report_is_an_earlier_dispute() -> None:
    assert "prior_attempts" in found("I disputed it and the account is still showing on my report.")
