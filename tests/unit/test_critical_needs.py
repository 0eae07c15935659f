"""Critical is a situation the definitions name, not a sum of lesser signals (step 20)."""

import pytest

from onecase_triage.domain.complaint_signals import read_signals
from onecase_triage.domain.judgment_model import UrgencyLayer, default_judgment
from onecase_triage.domain.urgency import CustomerContext, UrgencyLevel, score_urgency

GATED = UrgencyLayer(
    points={"problem": 40, "anger": 30, "hacked": 10, "ongoing": 5},
    base=10,
    normal_at=25,
    high_at=50,
    critical_at=75,
    floors=(),
    critical_needs=("money_taken_ongoing",),
)


def test_points_alone_stop_at_high_with_a_reason_a_person_can_read() -> None:
    result = score_urgency("The app is broken and I'm furious.", public=False, reach=0, layer=GATED)
    assert result.level is UrgencyLevel.HIGH
    assert result.score == GATED.critical_at - 1
    ceiling = next(r for r in result.reasons if r.signal == "ceiling")
    assert ceiling.points == GATED.critical_at - 1 - (10 + 40 + 30)
    assert "critical" in ceiling.evidence


def test_a_critical_situation_lets_the_points_reach_critical() -> None:
    text = (
        "My account was hacked and the app is broken: several transactions I didn't make. Furious."
    )
    assert "money_taken_ongoing" in read_signals(text)
    result = score_urgency(text, public=False, reach=0, layer=GATED)
    assert result.level is UrgencyLevel.CRITICAL
    assert "ceiling" not in {r.signal for r in result.reasons}


def test_a_layer_that_names_no_needs_lets_points_reach_critical() -> None:
    ungated = UrgencyLayer(
        points=GATED.points, base=10, normal_at=25, high_at=50, critical_at=75, floors=()
    )
    result = score_urgency(
        "The app is broken and I'm furious.", public=False, reach=0, layer=ungated
    )
    assert result.level is UrgencyLevel.CRITICAL


def test_the_customers_history_still_adds_on_top() -> None:
    context = CustomerContext(prior_contacts=3)
    result = score_urgency(
        "The app is broken and I'm furious.", public=False, reach=0, layer=GATED, context=context
    )
    assert result.level is UrgencyLevel.CRITICAL


def test_the_shipped_judgment_needs_the_definitions_critical_situations() -> None:
    needs = set(default_judgment().urgency.critical_needs)
    assert needs == {
        "safety",
        "theft_now",
        "money_taken_ongoing",
        "threat_with_anger",
        "no_food_or_medicine",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Help me. My phone has been lost or stolen!",
        "Helfen Sie mir. Ich habe mein Handy verloren oder es wurde geklaut!",
        "Aidez-moi. J'ai perdu mon téléphone ou on me l'a volé !",
        "Ayúdenme. ¡He perdido mi móvil o me lo han robado!",
    ],
)
def test_a_phone_lost_or_stolen_is_a_theft_now(text: str) -> None:
    assert "theft_now" in read_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Whatever freezes I put on this account, someone is still able to access this account.",
        "Jemand kann trotzdem auf mein Konto zugreifen.",
        "Quelqu'un arrive toujours à accéder à ce compte.",
        "Alguien sigue pudiendo acceder a esta cuenta.",
    ],
)
def test_someone_still_getting_into_the_account_is_money_at_risk_now(text: str) -> None:
    assert "money_taken_ongoing" in read_signals(text)
