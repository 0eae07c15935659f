"""The second translation round of reference-labelled texts, and outage wordings read after it.

Each meaning is said as the English original and the German, French and Spanish translations
said it (docs/triage-quality.md, step 19), with near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I noticed several inaccuracies on my credit report.",
        "I was supposed to get a refund but I do not see it on my statement.",
        "Ich sollte eine Rückerstattung bekommen, aber ich sehe sie nicht auf meinem Kontoauszug.",
        "J'ai relevé plusieurs inexactitudes dans mon rapport de crédit.",
        "Vi varias inexactitudes en mi informe de crédito.",
    ],
)
def test_inaccuracies_and_a_refund_not_seen_are_problems(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I noticed unauthorized accounts/information reporting to my credit report.",
        "Ich habe darin nicht autorisierte Konten bemerkt.",
        "J'y ai relevé des comptes et informations non autorisés.",
        "Vi cuentas e información no autorizadas en él.",
    ],
)
def test_unauthorised_accounts_on_a_report_are_a_claim_of_identity_theft(text: str) -> None:
    assert "identity_theft" in found(text)


def test_unauthorised_account_access_is_not_a_new_account() -> None:
    assert "identity_theft" not in found("There was unauthorized account access last night.")


@pytest.mark.parametrize(
    "text",
    [
        "These remarks have hurt my life and my credit health.",
        "Ces mentions ont nui à ma santé financière.",
        "Estas anotaciones han perjudicado mi salud crediticia.",
    ],
)
def test_financial_health_is_not_health(text: str) -> None:
    assert "health" not in found(text)


def test_my_health_is_still_health() -> None:
    assert "health" in found("Cela a détruit ma santé.")
    assert "health" in found("Esto afecta a mi salud.")


@pytest.mark.parametrize(
    "text",
    [
        "I am concerned that I am being doubled charged for several items.",
        "Me preocupa que me estén cobrando dos veces varios artículos.",
    ],
)
def test_being_charged_twice_is_a_wrong_charge(text: str) -> None:
    assert "wrong_charge" in found(text)


def test_letters_sent_again_and_again_are_repeated_contact_a_failure_again_is_not() -> None:
    assert "repeated_contact" in found(
        "He enviado cartas a las agencias de crédito una y otra vez."
    )
    assert "repeated_contact" not in found("Mis transferencias fallan una y otra vez.")


def test_bureaux_de_credit_are_the_credit_report() -> None:
    assert "credit_report" in found("J'ai envoyé des lettres aux bureaux de crédit.")


def test_a_transfer_that_has_not_made_it_is_not_a_payment_i_did_not_make() -> None:
    assert "unauthorised" not in found("I made a transfer two days ago and it hasn't made it yet.")
    assert "unauthorised" in found("There is a payment I haven't made on my statement.")


@pytest.mark.parametrize(
    "text",
    [
        "my flight got cancel and they rebooked us a day earlier",
        "If you pay for 50 mbps and continually get less than 2, there is a problem",
        "I keep getting the message: the connection to Spotify was lost",
        "Kilmarnock. Never made the connection.",
        "Kilmarnock. Den Anschluss nie gekriegt.",
        "Kilmarnock. Jamais réussi à avoir la correspondance.",
        "Kilmarnock. No llegué a coger el transbordo.",
    ],
)
def test_cancellations_speeds_and_missed_connections_are_about_the_service(text: str) -> None:
    assert "topic_outage" in found(text)
