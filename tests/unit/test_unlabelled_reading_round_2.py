"""Wordings found by reading a second round of unlabelled first tweets (step 25).

Each meaning is said as the unlabelled text said it, then in German, French and Spanish, with
near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "Just checked. Problem is solved. Thanks for the answer.",
        "The issue has been fixed, thanks!",
        "Das Problem ist gelöst, danke.",
        "Le problème est résolu, merci.",
        "Mi problema ya está resuelto, gracias.",
    ],
)
def test_a_problem_said_to_be_solved_is_no_problem(text: str) -> None:
    assert "problem" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My problem has not been resolved and I am waiting.",
        "How do I get this problem fixed?",
        "You said you would raise a ticket to get a problem fixed.",
    ],
)
def test_a_problem_not_yet_solved_or_asked_to_be_fixed_stays_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "And yes my husband did all that! Nothing worked",
        "Ich habe alles versucht. Nichts hat geholfen.",
        "J'ai tout essayé. Rien n'a marché.",
        "Lo he intentado todo. Nada ha funcionado.",
        "Tracking says a first attempt was made. No one came!",
        "Laut Sendungsverfolgung gab es einen Zustellversuch. Niemand ist gekommen!",
        "Le suivi parle d'une tentative de livraison. Personne n'est venu !",
        "El seguimiento dice que hubo un intento de entrega. ¡No vino nadie!",
        "I can't scroll left or right, fix this",
    ],
)
def test_what_failed_or_never_came_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "5th order in a row for the delivery to be delayed.",
        "Zum dritten Mal in Folge kam das Paket zu spät, drei Lieferungen hintereinander.",
        "Trois jours de suite sans internet.",
        "Tres días seguidos sin internet.",
        "That's what you always say and nothing is ever done.",
    ],
)
def test_the_same_failure_again_and_again_is_repeated_contact(text: str) -> None:
    assert "repeated_contact" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "@130182 He seguido todos los pasos y sigue el error.",
        "Tout de suite après la mise à jour, l'appli plante.",
    ],
)
def test_followed_steps_and_at_once_are_not_repeats(text: str) -> None:
    assert "repeated_contact" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The most awful customer service from Sandra in your store. Will not be going back.",
        "Never going back there.",
        "Unfreundliches Personal. Ich gehe da nicht mehr hin.",
        "Un personnel désagréable. Je n'y retournerai jamais.",
        "Un personal muy antipático. No vuelvo nunca.",
    ],
)
def test_not_going_back_is_intent_to_leave(text: str) -> None:
    assert "intent_to_leave" in found(text)


def test_going_back_to_sleep_is_no_intent_to_leave() -> None:
    assert "intent_to_leave" not in found("I'm never going back to sleep after that alarm.")


def test_not_buying_from_a_shop_is_no_unrecognised_payment() -> None:
    text = "My defective machine cannot be replaced because I didn't buy from an Apple store"
    assert "unauthorised" not in found(text)
    assert "unauthorised" in found("There is a charge for a phone I didn't buy.")


@pytest.mark.parametrize(
    "text",
    [
        "Your flight attendants are the sweetest!!",
        "Eure Flugbegleiter sind wirklich nett!!",
        "Vos hôtesses sont vraiment adorables !!",
        "¡¡Sus azafatas son muy amables!!",
    ],
)
def test_kind_staff_are_praise(text: str) -> None:
    assert "praise" in found(text)


def test_asking_someone_to_be_so_kind_is_no_praise() -> None:
    assert "praise" not in found("Could you be so kind as to check my order?")


@pytest.mark.parametrize(
    "text", ["Status updated to Monday now. Grrrr.", "6PM instead of noon argh"]
)
def test_a_growl_is_frustration(text: str) -> None:
    assert "frustration" in found(text)
