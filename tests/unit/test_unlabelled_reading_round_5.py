"""Wordings found by reading a third round of unlabelled first tweets (step 28).

Each meaning is said as the unlabelled text said it, then in German, French and Spanish, with
near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I've been through these steps and no luck. Any other suggestions?",
        "Ich habe alle Schritte gemacht, leider ohne Erfolg.",
        "J'ai suivi toutes les étapes, sans succès.",
        "He seguido todos los pasos, sin éxito.",
        "It's been weeks since my phone has stopped autocorrecting properly.",
    ],
)
def test_steps_that_did_not_help_are_a_problem(text: str) -> None:
    assert "problem" in found(text)


def test_a_company_that_stopped_charging_is_no_fault() -> None:
    assert "problem" not in found("They have stopped charging me for the extra line, thanks.")


@pytest.mark.parametrize(
    "text",
    [
        "It's been weeks since my phone has stopped autocorrecting properly.",
        "Seit Wochen funktioniert die Autokorrektur nicht mehr.",
        "Ça fait des semaines que la correction automatique ne marche plus.",
        "Hace semanas que el autocorrector dejó de funcionar.",
    ],
)
def test_it_has_been_weeks_is_a_long_wait(text: str) -> None:
    assert "long_wait" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have mental health problems and cannot use the phone.",
        "Ich habe psychische Probleme und kann nicht telefonieren.",
        "J'ai des problèmes de santé mentale et je ne peux pas téléphoner.",
        "Tengo problemas de salud mental y no puedo llamar por teléfono.",
    ],
)
def test_mental_illness_is_vulnerability(text: str) -> None:
    assert "vulnerable" in found(text)


def test_the_second_time_in_german_is_repeated_contact() -> None:
    assert "repeated_contact" in found("Das war das 2. Mal, dass dort etwas hingeliefert wurde.")


def test_staff_told_to_lie_to_the_client_is_staff_conduct() -> None:
    text = "Tell them not to lie to the client that the router is free with the box."
    assert "staff_conduct" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Any information on flight 475 would be great since we have gotten none.",
        "Infos zu Flug 475 wären super, wir haben noch gar keine bekommen.",
        "Ce serait vraiment bien d'avoir une réponse.",
        "Sería genial recibir una respuesta.",
        "Would have been nice to get correct feedback in store",
    ],
)
def test_praise_wished_for_is_no_praise(text: str) -> None:
    assert "praise" not in found(text)


def test_praise_given_is_praise() -> None:
    assert "praise" in found("The team was great, thanks!")


def test_ill_without_its_apostrophe_is_no_illness() -> None:
    assert "health" not in found("Oh ILL MEET YOU IN DM NOW")
    assert "health" in found("My son is ill and I need the refund now.")
