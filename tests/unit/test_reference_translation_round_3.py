"""The third translation round of reference-labelled texts: where a language heard more or less.

Each meaning is said as the English original and the German, French and Spanish translations
said it (docs/triage-quality.md, step 20), with near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "You charge your customers to pay you no money and to give you more money.",
        "Ihr berechnet den Kunden Geld dafür, einem kein Geld zu zahlen.",
        "Vous faites payer vos clients pour vous donner plus d'argent.",
    ],
)
def test_money_in_a_sarcastic_sum_is_no_need_and_nothing_taken(text: str) -> None:
    signals = found(text)
    assert "immediate_need" not in signals
    assert "ongoing" not in signals


def test_money_the_customer_lacks_or_may_lose_still_counts() -> None:
    assert "immediate_need" in found("I have no money left for food.")
    assert "immediate_need" in found("Ich habe kein Geld mehr.")
    assert "ongoing" in found("My wallet was stolen, I can't afford to lose more money!")


@pytest.mark.parametrize(
    "text",
    [
        "It is appalling that you have ignored my repeated requests.",
        "Sie haben meine wiederholten Bitten ignoriert.",
        "Vous avez ignoré mes demandes répétées.",
        "Han ignorado mis reiteradas solicitudes.",
    ],
)
def test_requests_ignored_again_and_again_are_repeated_contact(text: str) -> None:
    assert "repeated_contact" in found(text)


def test_outrage_is_anger_in_german_as_elsewhere() -> None:
    assert "anger" in found("Es ist empörend, dass Sie das ignorieren.")


def test_an_account_the_customer_closed_is_no_lock_out_and_no_leaving() -> None:
    for text in (
        "And Equifax kept an old account I closed, as not paid.",
        "Equifax a gardé un ancien compte que j'ai fermé.",
    ):
        signals = found(text)
        assert "locked_out" not in signals
        assert "intent_to_leave" not in signals
    assert "locked_out" in found("My account was closed by the bank.")
    assert "locked_out" in found("Mon compte a été fermé.")


def test_twelve_months_still_to_run_are_no_wait() -> None:
    assert "long_wait" not in found("Je garde le même téléphone pendant les 12 mois restants.")
    assert "long_wait" in found("J'attends pendant 3 mois.")


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Was ist mit dem Kundenservice von @115821 passiert?", "problem"),
        ("Kommt es also zwei oder drei Tage zu spät?", "problem"),
        ("Das Handy zeigt 3G, aber keine Datenverbindung.", "service_down"),
        ("Le téléphone affiche 3G mais aucune connexion de données.", "service_down"),
        ("Probleme mit den mobilen Daten in meiner Gegend.", "topic_outage"),
        ("Des problèmes de données mobiles dans mon secteur.", "topic_outage"),
        ("Schon wieder ruft Harley Davidson mich an.", "topic_staff"),
        ("Harley Davidson sigue llamándome.", "topic_staff"),
        ("My app says that I'm not verified.", "problem"),
    ],
)
def test_what_the_other_languages_heard_is_heard(text: str, signal: str) -> None:
    assert signal in found(text)


def test_spanish_tan_is_not_a_german_tan() -> None:
    assert "topic_account" not in found("Es casi tan malo como una inspección de Hacienda.")
    assert "topic_account" in found("Ich bekomme keine TAN für die Überweisung.")


def test_accounts_not_properly_verified_are_no_earlier_dispute() -> None:
    text = "Correct the accounts on my credit report that are not properly verified."
    assert "prior_attempts" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je ne suis pas à l'origine de ces demandes de renseignements.",
        "J'ai examiné mon rapport de consommateur.",
        "L'agence d'évaluation de crédit a vérifié ces comptes.",
        "Ich habe meinen Verbraucherbericht geprüft und eine neue Kreditanfrage gesehen.",
        "Revisé mi informe de consumidor y vi consultas de crédito que no hice.",
    ],
)
def test_the_credit_report_in_the_words_our_translations_use(text: str) -> None:
    assert "credit_report" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Konten wurden als bestätigt zurückgemeldet.",
        "Tous les comptes sont revenus vérifiés.",
        "Todas las cuentas salieron verificadas.",
        "XXXX meldet in meiner Kreditauskunft immer wieder, dass das falsch ist.",
        "XXXX continue d'indiquer sur mon rapport de crédit que c'est impayé.",
        "XXXX sigue poniendo en mi informe de crédito que está impagado.",
        "Sie haben es versäumt, die Informationen zu entfernen.",
        "Ils n'ont pas supprimé les informations contestées.",
        "No han eliminado la información impugnada.",
    ],
)
def test_an_earlier_dispute_that_got_nowhere_in_every_language(text: str) -> None:
    assert "prior_attempts" in found(text)


def test_a_driver_who_refused_a_ride_is_no_earlier_dispute() -> None:
    text = "Der Fahrer hat sich geweigert, mich zum Flughafen zu bringen."
    assert "prior_attempts" not in found(text)
