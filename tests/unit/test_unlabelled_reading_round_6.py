"""Wordings found by reading a fourth round of unlabelled first tweets (step 31).

Each meaning is said as the unlabelled text said it, then in German, French and Spanish, with
near misses that must not match.
"""

import pytest

from tests.signal_reading import found


def test_best_regards_is_a_sign_off_not_praise() -> None:
    assert "praise" not in found(
        "The case has been closed because of invalid tracking. Best regards"
    )
    assert "praise" in found("You are the best!")


@pytest.mark.parametrize(
    "text",
    [
        "It is getting unreliable to a point that I am considering buying a car",
        "Der Service ist unzuverlässig.",
        "Le service n'est pas fiable.",
        "El servicio es poco fiable.",
        "Trying to install again but it keeps stopping",
        "My Spotify keeps cutting off",
    ],
)
def test_unreliable_service_and_repeated_stops_are_a_problem(text: str) -> None:
    assert "problem" in found(text)


def test_more_reliable_in_french_is_no_problem() -> None:
    assert "problem" not in found("Ma connexion mobile est plus fiable et plus rapide.")


@pytest.mark.parametrize(
    "text",
    [
        "They make people miss their connecting flight because they are lazy AF.",
        "Die Mitarbeiter sind so faul und langsam.",
        "Les employés sont trop fainéants.",
        "Los empleados son muy vagos.",
    ],
)
def test_lazy_staff_are_staff_conduct(text: str) -> None:
    assert "staff_conduct" in found(text)


def test_rotten_apples_in_german_are_no_staff_conduct() -> None:
    assert "staff_conduct" not in found("Die Äpfel sind faul.")


@pytest.mark.parametrize(
    "text",
    [
        "Lol can you please fix this bug that is impacting our phones.",
        "Typical customer service. Just pay us more and we'll see what we can do for you lol.",
        "My order is 48 years late... 😂😂😂",
        "Hahahaha well that will get you to evacuate and destroy your ears. 🤣🤣",
    ],
)
def test_laughter_is_not_praise(text: str) -> None:
    assert "praise" not in found(text)
