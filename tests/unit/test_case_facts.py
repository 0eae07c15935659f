"""What triage tells notify a complaint was about: only what the text supports."""

from __future__ import annotations

import pytest

from onecase_triage.domain.case_facts import case_facts
from tests.builders import email_from


def facts_of(text: str) -> tuple[str | None, str | None, str | None, tuple[str, ...]]:
    facts = case_facts(email_from("ann@example.com", text))
    return facts.product, facts.subject, facts.concern, facts.problem


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("My new kettle stopped working after a week.", "new kettle"),
        ("The coffee grinder arrived broken (order 48213).", "coffee grinder"),
        # Not things people buy: a wrong product is worse than none.
        ("My name was on the letter and the company and I never agreed.", None),
        ("The credit file that they keep is wrong.", None),
        ("My same situation is still not solved.", None),
    ],
)
def test_a_product_is_named_only_when_it_is_a_known_kind_of_thing(
    text: str, product: str | None
) -> None:
    assert facts_of(text)[0] == product


def test_the_problem_is_quoted_in_whole_descriptive_phrases_only() -> None:
    _, _, _, problem = facts_of("My parcel never arrived and I was charged twice, not okay!")
    assert problem == ("never arrived", "charged twice")
    # Tone, urgency and repetition are not what went wrong.
    _, _, _, problem = facts_of("It keeps saying cannot connect to server, features unavailable")
    assert problem == ("cannot connect to server",)
    _, _, _, problem = facts_of("I demand you fix this right away, I called many times.")
    assert problem == ()


def test_a_phrase_cut_after_a_determiner_is_not_quoted() -> None:
    _, _, _, problem = facts_of("I haven't received any communication from the bureaus.")
    assert problem == ()
    _, _, _, problem = facts_of("I ordered the album but I didn't receive one.")
    assert problem == ("didn't receive one",)


def test_a_phrase_cut_after_a_verb_that_needs_an_object_is_not_quoted() -> None:
    text = "On my credit report I did not authorise in writing that these accounts be posted."
    _, _, _, problem = facts_of(text)
    assert "did not authorise" not in problem


def test_what_is_at_stake_and_what_it_is_about_come_from_the_text() -> None:
    assert facts_of("I was a victim of identity theft: accounts opened in my name.")[2] == (
        "identity_theft"
    )
    assert facts_of("Please remove the wrong late payment from my credit report.")[1] == (
        "credit_report"
    )
    assert facts_of("Your assistant was rude to me on the phone.")[1:3] == (None, None)


def test_the_customers_words_keep_their_accents() -> None:
    problem = facts_of("Bonjour, on m'a débité deux fois mon abonnement ce mois-ci.")[3]
    assert problem == ("débité deux fois",)
    german = facts_of("Mir wurde das Abo doppelt für März belastet. Bitte erstatten.")[3]
    assert german == ("doppelt für märz belastet",)
