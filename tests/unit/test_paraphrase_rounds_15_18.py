"""Wordings paraphrase rounds 15 to 18 used where their originals did not (step 19).

Each meaning is said as the English paraphrase said it, then in German, French and Spanish,
with near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "Under the Fair Credit Reporting Act, these accounts have breached my rights.",
        "The collector infringed my right to privacy.",
        "Diese Konten haben meine Rechte verletzt.",
        "Ces comptes ont violé mes droits.",
        "Estas cuentas han vulnerado mis derechos.",
    ],
)
def test_rights_breached_are_a_legal_claim_not_lost_card_details(text: str) -> None:
    signals = found(text)
    assert "legal_citation" in signals
    assert "lost_means" not in signals


def test_a_data_breach_still_puts_card_details_at_risk() -> None:
    assert "lost_means" in found("My card details were breached in your data breach.")


@pytest.mark.parametrize(
    "text",
    [
        "Another week, another USPS mess-up.",
        "Another week, another USPS screw up.",
        "Die Post hat es wieder vermasselt.",
        "Encore un cafouillage de la poste.",
        "Otra chapuza de Correos.",
    ],
)
def test_a_mess_up_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My identity can't be verified.",
        "Why isn't my ID verified?",
        "Why is my identity not being verified?",
        "Mon identité ne peut pas être vérifiée.",
        "Mi identidad no pudo ser verificada.",
    ],
)
def test_an_identity_that_cannot_be_verified_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "How do I get the top-up card verified?",
        "Why does my identity need to be verified?",
        "Can I use my account before I am verified?",
    ],
)
def test_asking_to_be_verified_is_not_an_earlier_dispute(text: str) -> None:
    assert "prior_attempts" not in found(text)


def test_items_the_bureaus_verified_again_are_an_earlier_dispute() -> None:
    assert "prior_attempts" in found("I disputed them and the bureaus verified the accounts.")


@pytest.mark.parametrize(
    "text",
    [
        "Is that CRICKETS I'm hearing?",
        "Hello?? Anybody there? Just silence, apparently.",
        "Seit einer Woche Funkstille.",
        "Toujours silence radio de votre part.",
        "Silencio total, ni caso.",
    ],
)
def test_silence_after_asking_is_frustration(text: str) -> None:
    assert "frustration" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "This is best described as a shark tactic.",
        "What's the best way to top up with a cheque?",
        "They are doing the best they can, at best.",
    ],
)
def test_best_as_a_figure_of_speech_is_not_praise(text: str) -> None:
    assert "praise" not in found(text)


def test_the_best_said_of_the_company_is_praise() -> None:
    assert "praise" in found("You guys are the best, thank you!")


@pytest.mark.parametrize(
    "text",
    [
        "You have no manners: you break it, deliver it, and how much more theft is this?",
        "This is daylight robbery!",
        "Ihr habt keine Manieren, das ist Diebstahl.",
        "Vous n'avez aucune éducation, c'est du vol.",
        "No tienen modales, esto es un robo.",
    ],
)
def test_calling_the_company_thieves_or_ill_mannered_is_an_insult(text: str) -> None:
    assert "profanity_insult" in found(text)


def test_identity_theft_is_not_an_insult() -> None:
    assert "profanity_insult" not in found("This is identity theft and I reported it.")


def test_delivered_as_if_nothing_happened_is_not_a_repeated_contact() -> None:
    assert "repeated_contact" not in found("They deliver it broken as if nothing happened.")
    assert "repeated_contact" in found("I called twice and still nothing has happened.")


@pytest.mark.parametrize(
    "text",
    [
        "@UPSHelp OK, thanks. So will it be two days late or three?",
        "Okay, danke. Kommt das Paket nun zwei Tage zu spät?",
        "D'accord, merci. Le colis aura donc deux jours de retard ?",
        "Vale, gracias. ¿Entonces el paquete llega dos días tarde?",
    ],
)
def test_ok_thanks_acknowledges_a_reply_it_does_not_thank(text: str) -> None:
    assert "thanks" not in found(text)


def test_thanks_for_the_help_still_thanks() -> None:
    assert "thanks" in found("Thanks for the quick help!")


@pytest.mark.parametrize(
    "text",
    [
        "For weeks the attorney handling my collection account has been unable to take payments.",
        "XXXX and their attorneys tried to foreclose.",
        "XXXX und ihre Anwälte wollten die Zwangsvollstreckung.",
        "XXXX et leurs avocats ont tenté de saisir la maison.",
        "XXXX y sus abogados intentaron ejecutar la hipoteca.",
    ],
)
def test_the_other_sides_lawyer_is_not_a_threat(text: str) -> None:
    assert "escalation_threat" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will contact my attorney.",
        "I will write to the attorney general.",
        "Ich schalte meinen Anwalt ein.",
        "Je vais voir un avocat.",
        "Voy a llamar a mi abogado.",
    ],
)
def test_the_customers_own_lawyer_is_a_threat(text: str) -> None:
    assert "escalation_threat" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cash machine kept my card.",
        "Der Geldautomat hat meine Karte eingezogen.",
        "Le distributeur a avalé ma carte.",
        "El cajero se tragó mi tarjeta.",
    ],
)
def test_a_cash_machine_that_keeps_the_card_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "@VirginTrains Can't find the server",
        "@VirginTrains Server nicht gefunden",
        "@VirginTrains Impossible de trouver le serveur",
        "@VirginTrains No se encuentra el servidor",
    ],
)
def test_a_server_that_cannot_be_found_is_a_service_down(text: str) -> None:
    assert "service_down" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Any news about flight 475 would be appreciated, we haven't been told anything.",
        "Uns wurde nichts gesagt.",
        "On ne nous a rien dit.",
        "No nos han dicho nada.",
    ],
)
def test_being_told_nothing_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


def test_no_connection_with_a_creditor_is_not_a_service_down() -> None:
    assert "service_down" not in found("I have no connection with these creditors.")
    assert "service_down" in found("No connection to the internet since this morning.")


def test_using_information_is_identity_theft_only_when_it_is_mine() -> None:
    assert "identity_theft" not in found("Using information no longer on my credit report.")
    assert "identity_theft" in found("They used my personal information to open a loan.")


@pytest.mark.parametrize(
    "text",
    [
        "Why hasn't my new card arrived?",
        "Warum ist meine neue Karte noch nicht angekommen?",
        "Pourquoi ma nouvelle carte n'est-elle pas arrivée ?",
        "¿Por qué no ha llegado mi tarjeta nueva?",
    ],
)
def test_why_has_it_not_arrived_is_a_problem_asked_in_frustration(text: str) -> None:
    assert {"problem", "rhetorical"} <= found(text)
