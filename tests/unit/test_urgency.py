import math
import re

import pytest
from vaderSentiment.vaderSentiment import (  # type: ignore[import-untyped]  # no type hints
    SentimentIntensityAnalyzer,
)

from onecase_triage.domain import urgency_lexicon
from onecase_triage.domain.urgency import (
    DEFAULT_CONTEXT,
    DEFAULT_WEIGHTS,
    CustomerContext,
    Signal,
    Urgency,
    UrgencyLevel,
    UrgencyWeights,
    score_complaint,
    score_urgency,
)
from onecase_triage.domain.urgency_tone import read_tone
from tests.builders import a_complaint

CALM = (
    "Hi there, I ordered a kettle (order 55123) on Tuesday and the tracking hasn't "
    "changed since Wednesday. Could you tell me when it's likely to arrive? Thanks, Priya"
)
FURIOUS = (
    "WHERE THE FUCK IS MY REFUND!!! THIS IS THE THIRD TIME I HAVE CALLED AND YOUR "
    "USELESS STAFF KEEP LYING TO ME. WORST COMPANY EVER!!!"
)
CHARGER_FIRE = (
    "Hello, the phone charger I bought from you last month caught fire on my bedside "
    "table last night. I'd like to know what you are going to do about it."
)
LEGAL = (
    "Your engineer cut through our phone line and nobody has come back in nine days. "
    "I have spoken to my lawyer and I will be raising a chargeback with my bank on Friday."
)
TWEET = "@AcmeHelp three weeks and still no refund for a cancelled order. Really disappointing."


def urgency(
    text: str,
    *,
    public: bool = False,
    reach: int = 0,
    context: CustomerContext = DEFAULT_CONTEXT,
    weights: UrgencyWeights = DEFAULT_WEIGHTS,
) -> Urgency:
    return score_urgency(text, public=public, reach=reach, context=context, weights=weights)


def signals(result: Urgency) -> set[str]:
    return {reason.signal for reason in result.reasons}


def evidence(result: Urgency, signal: Signal) -> str:
    return next(reason.evidence for reason in result.reasons if reason.signal == signal)


def test_a_calm_delivery_question_is_low_with_no_reasons() -> None:
    result = urgency(CALM)
    assert result.level is UrgencyLevel.LOW
    assert result.score == 0
    assert result.reasons == ()
    assert result.threats == ()
    assert not result.abusive


def test_furious_capitals_with_bangs_and_swearing_is_urgent_angry_and_abusive() -> None:
    result = urgency(FURIOUS)
    assert result.level in {UrgencyLevel.HIGH, UrgencyLevel.CRITICAL}
    assert {Signal.NEGATIVE_TONE, Signal.SHOUTING, Signal.EXCLAMATIONS, Signal.ABUSE} <= signals(
        result
    )
    assert result.abusive
    assert evidence(result, Signal.ABUSE) == "fuck"


def test_a_charger_that_caught_fire_is_at_least_high_because_of_safety() -> None:
    result = urgency(CHARGER_FIRE)
    assert result.level in {UrgencyLevel.HIGH, UrgencyLevel.CRITICAL}
    assert evidence(result, Signal.SAFETY) == "caught fire"


def test_safety_forces_high_even_when_its_points_alone_would_not() -> None:
    weak = UrgencyWeights(safety=1)
    no_floor = UrgencyWeights(safety=1, safety_floor=UrgencyLevel.LOW)
    assert urgency(CHARGER_FIRE, weights=weak).level is UrgencyLevel.HIGH
    assert urgency(CHARGER_FIRE, weights=no_floor).level is UrgencyLevel.LOW


def test_an_unauthorised_charge_is_a_security_signal_that_forces_high() -> None:
    result = urgency("There is an unauthorised charge of £89 on my card from your shop.")
    assert evidence(result, Signal.SECURITY) == "unauthorised charge"
    assert result.level is UrgencyLevel.HIGH


def test_calling_the_company_a_scam_is_anger_not_a_security_incident() -> None:
    assert Signal.SECURITY not in signals(urgency("Your scam company took my money."))
    assert Signal.SECURITY in signals(urgency("I was scammed by someone pretending to be you."))


def test_lawyer_and_chargeback_threats_are_recorded_in_order() -> None:
    result = urgency(LEGAL)
    assert result.threats == ("lawyer", "chargeback")
    assert evidence(result, Signal.THREAT) == "lawyer, chargeback"


def test_a_denied_threat_is_still_recorded() -> None:
    assert urgency("I'm not a lawyer, but this can't be legal.").threats == ("lawyer",)


KEYWORD_SIGNALS = {
    Signal.SAFETY,
    Signal.SECURITY,
    Signal.ABUSE,
    Signal.THREAT,
    Signal.INTENT_TO_LEAVE,
    Signal.VULNERABILITY,
}


@pytest.mark.parametrize(
    "text",
    [
        "There's an issue with the class of service. Press 1 did nothing.",
        "The yoghurt was past its date when it arrived.",
        "Our order to the Scunthorpe store never turned up.",
    ],
)
def test_keywords_inside_other_words_do_not_count(text: str) -> None:
    result = urgency(text)
    assert signals(result) & KEYWORD_SIGNALS == set()
    assert not result.abusive


def test_intent_to_leave_is_found_and_its_negation_is_not() -> None:
    leaving = urgency("Fix the broadband or I will cancel my account.")
    staying = urgency("I don't want to cancel my account, I just want the broadband to work.")
    blocked = urgency("I can't cancel my account online, the button does nothing.")
    assert evidence(leaving, Signal.INTENT_TO_LEAVE) == "cancel my account"
    assert Signal.INTENT_TO_LEAVE not in signals(staying)
    assert Signal.INTENT_TO_LEAVE in signals(blocked)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My mum passed away in March and you keep sending her bills.", "my mum passed away"),
        ("I'm 84, housebound, and I can't afford these charges.", "housebound, can't afford"),
        ("We have had no heating since Monday with a newborn at home.", "no heating, newborn"),
    ],
)
def test_vulnerability_raises_priority_to_at_least_normal(text: str, expected: str) -> None:
    result = urgency(text)
    assert evidence(result, Signal.VULNERABILITY) == expected
    assert result.level is not UrgencyLevel.LOW


@pytest.mark.parametrize(
    "text",
    ["Your app disabled my account again.", "My phone died on day two.", "The blinds are bent."],
)
def test_everyday_words_near_vulnerability_do_not_count(text: str) -> None:
    assert Signal.VULNERABILITY not in signals(urgency(text))


@pytest.mark.parametrize(
    ("text", "signal", "term"),
    [
        ("Das Ladegerät hat Feuer gefangen.", Signal.SAFETY, "feuer"),
        ("Je vais contacter mon avocat.", Signal.THREAT, "avocat"),
        ("Me han robado la tarjeta y es una estafa.", Signal.SECURITY, "robado, estafa"),
    ],
)
def test_the_strongest_signals_know_some_german_french_and_spanish(
    text: str, signal: Signal, term: str
) -> None:
    assert evidence(urgency(text), signal) == term


def test_a_public_tweet_from_a_big_account_outscores_the_same_text_in_private() -> None:
    private = urgency(TWEET).score
    small = urgency(TWEET, public=True, reach=200).score
    big = urgency(TWEET, public=True, reach=200_000).score
    assert private < small < big
    assert big - private == 5 + round(5 * math.log10(200_001))


def test_repeat_contacts_and_waiting_raise_the_score_up_to_their_caps() -> None:
    scores = [urgency(TWEET, context=CustomerContext(prior_contacts=n)).score for n in range(7)]
    assert scores == sorted(scores)
    assert scores[1] > scores[0]
    assert scores[6] - scores[0] == 20
    waited = urgency(TWEET, context=CustomerContext(hours_waiting=72)).score
    assert waited - urgency(TWEET).score == 15


def test_a_vip_tier_adds_points_and_an_unknown_tier_adds_no_reason() -> None:
    vip = urgency(TWEET, context=CustomerContext(tier="VIP"))
    standard = urgency(TWEET, context=CustomerContext(tier="standard"))
    assert evidence(vip, Signal.TIER) == "tier vip"
    assert vip.score == urgency(TWEET).score + 15
    assert Signal.TIER not in signals(standard)


def test_changing_a_weight_changes_the_score_and_the_level() -> None:
    default = urgency(LEGAL)
    heavier = urgency(LEGAL, weights=UrgencyWeights(threat=60))
    assert heavier.score == default.score + 30
    assert heavier.level is not default.level


def test_changing_thresholds_changes_the_level() -> None:
    assert urgency(LEGAL, weights=UrgencyWeights(normal_at=10, high_at=20)).level is (
        UrgencyLevel.HIGH
    )


def test_thresholds_out_of_order_are_rejected() -> None:
    with pytest.raises(ValueError, match="thresholds"):
        UrgencyWeights(high_at=80, critical_at=70)


def test_reasons_are_strongest_first_and_never_zero() -> None:
    result = urgency(FURIOUS + " " + LEGAL, context=CustomerContext(tier="standard"))
    points = [reason.points for reason in result.reasons]
    assert points == sorted(points, reverse=True)
    assert 0 not in points


EVERYTHING = " ".join([FURIOUS, CHARGER_FIRE, LEGAL, "My mum passed away. I'm done."])


@pytest.mark.parametrize(
    ("text", "public", "reach", "context"),
    [
        ("", False, 0, CustomerContext()),
        ("   \n\t ", True, -5, CustomerContext(hours_waiting=math.nan)),
        ("!!!!!!!!!!", False, 0, CustomerContext(prior_contacts=-3)),
        ("😡🤬😡", True, 10, CustomerContext()),
        (EVERYTHING, True, 10**12, CustomerContext(50, math.inf, "vip")),
        (EVERYTHING * 200, True, 200_000, CustomerContext(9, 1e9, "vip")),
        ("fuck " * 20_000, False, 0, CustomerContext()),
        ("a" * 100_000, False, 0, CustomerContext()),
    ],
)
def test_the_score_stays_within_0_and_100(
    text: str, public: bool, reach: int, context: CustomerContext
) -> None:
    result = urgency(text, public=public, reach=reach, context=context)
    assert 0 <= result.score <= 100
    assert len(result.threats) <= 5


def test_the_score_stays_within_0_and_100_with_negative_weights() -> None:
    weights = UrgencyWeights(tier_points=(("internal", -200),))
    assert urgency(CALM, context=CustomerContext(tier="internal"), weights=weights).score == 0


def test_reasons_carry_only_the_matched_words_never_the_text_around_them() -> None:
    secret = "card 4929 1234 5678 9012, password hunter2"
    text = f"{FURIOUS} {secret}. My charger caught fire and I've called my solicitor. {secret}"
    result = urgency(text * 50, public=True, reach=1_000)
    lowered = text.lower()
    for reason in result.reasons:
        assert "4929" not in reason.evidence
        assert "hunter2" not in reason.evidence
        assert len(reason.evidence) <= 120
    for signal in (Signal.ABUSE, Signal.SAFETY, Signal.THREAT):
        for term in evidence(result, signal).split(", "):
            assert term in lowered


def test_score_complaint_reads_the_subject_and_the_visibility() -> None:
    complaint = a_complaint(subject="URGENT: your charger caught fire").model_copy(
        update={"public": True, "reach": 5_000}
    )
    result = score_complaint(complaint)
    assert Signal.SAFETY in signals(result)
    assert Signal.PUBLIC in signals(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "This is absolutely the worst service I have ever had!!!",
        "I am not happy with the delivery at all.",
        "The engineer was very kind but the router is still broken.",
        "Never so disappointed in my life, this is a disgrace",
        "WHY is it SO hard to get a simple REFUND???",
        "It is not the least bit acceptable.",
        "The app is kind of slow but mostly fine",
        "Oh yeah right, great service",
        "Still waiting for my refund 😠",
        "Thanks for the quick reply, that's really helpful :)",
    ],
)
def test_the_tone_of_one_sentence_matches_vader_itself(sentence: str) -> None:
    expected = SentimentIntensityAnalyzer().polarity_scores(sentence)["compound"]
    assert read_tone(sentence, max_chars=1_000).compound == pytest.approx(expected, abs=1e-3)


def test_tone_is_the_mean_of_the_sentences_that_carry_sentiment() -> None:
    analyzer = SentimentIntensityAnalyzer()
    first, second = "Your staff were rude and useless.", "Thanks for nothing."
    expected = [analyzer.polarity_scores(s)["compound"] for s in (first, second)]
    tone = read_tone(f"{first} Order 5512. {second}", max_chars=1_000)
    assert tone.compound == pytest.approx(sum(expected) / 2, abs=1e-3)
    assert tone.negative_words == ("rude", "useless")


def test_tone_reads_only_the_first_characters_while_keywords_read_everything() -> None:
    text = CALM + " " + FURIOUS
    whole = signals(urgency(text))
    head = signals(urgency(text, weights=UrgencyWeights(tone_max_chars=len(CALM))))
    assert {Signal.NEGATIVE_TONE, Signal.EXCLAMATIONS, Signal.ABUSE} <= whole
    assert head & {Signal.NEGATIVE_TONE, Signal.EXCLAMATIONS} == set()
    assert Signal.ABUSE in head


@pytest.mark.parametrize(
    "entries",
    [
        urgency_lexicon.SAFETY,
        urgency_lexicon.SECURITY,
        urgency_lexicon.THREAT,
        urgency_lexicon.INTENT_TO_LEAVE,
        urgency_lexicon.VULNERABILITY,
        urgency_lexicon.ABUSE,
    ],
)
def test_every_lexicon_entry_is_one_alternative_that_starts_with_a_letter(
    entries: tuple[str, ...],
) -> None:
    # The scorer factors entries by their first letter: "smoke|smoking" would break that.
    for entry in entries:
        re.compile(entry)
        assert entry[0].isalpha(), entry
        depth = 0
        for char in re.sub(r"\\.|\[[^]]*\]", "", entry):
            depth += {"(": 1, ")": -1}.get(char, 0)
            assert not (char == "|" and depth == 0), entry


def test_capitals_and_bangs_in_a_happy_message_are_not_anger() -> None:
    assert urgency("THANK YOU SO MUCH, THE ENGINEER WAS BRILLIANT!!!").reasons == ()


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("This is the SECOND time my order arrived broken.", "second time"),
        ("I have waited three weeks for a working grinder.", "waited three weeks"),
        ("I have written to you twice already with no answer.", "written to you twice"),
        ("Nobody came and nobody called to explain.", "nobody came"),
        ("My router is still not working after the repair.", "still not"),
    ],
)
def test_a_recurring_or_long_unresolved_problem_is_a_reason(text: str, evidence: str) -> None:
    urgency = score_urgency(text, public=False, reach=0)
    recurring = [r for r in urgency.reasons if r.signal == "recurring_problem"]
    assert recurring, urgency
    assert evidence in recurring[0].evidence
    assert urgency.level is not UrgencyLevel.LOW


def test_a_first_calm_question_is_not_recurring() -> None:
    urgency = score_urgency(
        "Where is my parcel? Tracking says it left the depot yesterday.", public=False, reach=0
    )
    assert all(r.signal != "recurring_problem" for r in urgency.reasons)
