"""What a complaint says, as signals: the same in four languages, with the words behind them."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onecase_triage.domain import phrase_matcher
from onecase_triage.domain.complaint_signals import (
    LEXICON_SIGNALS,
    SIGNAL_NAMES,
    fold,
    read_signals,
)
from onecase_triage.domain.phrase_matcher import PhraseMatcher
from onecase_triage.domain.regex_prefixes import leading_alternatives, prefixes
from tests.signal_reading import found


@pytest.mark.parametrize(
    ("signal", "texts"),
    [
        (
            "stolen",
            [
                "My card was stolen yesterday.",
                "Meine Karte wurde gestohlen.",
                "On m'a volé ma carte.",
                "Me robaron la tarjeta.",
            ],
        ),
        (
            "unauthorised",
            [
                "There is a payment I didn't make.",
                "Da ist eine Zahlung, die ich nicht autorisiert habe.",
                "Il y a un paiement que je n'ai pas autorisé.",
                "Hay un cargo no autorizado en mi cuenta.",
            ],
        ),
        (
            "intent_to_leave",
            [
                "I will cancel my subscription.",
                "Ich werde meinen Vertrag kündigen.",
                "Je vais résilier mon abonnement.",
                "Voy a darme de baja.",
            ],
        ),
        (
            "profanity_insult",
            [
                "You are idiots.",
                "Ihr seid Idioten.",
                "Bande d'idiots.",
                "Sois unos idiotas.",
            ],
        ),
    ],
)
def test_a_signal_is_heard_in_english_german_french_and_spanish(
    signal: str, texts: list[str]
) -> None:
    for text in texts:
        assert signal in found(text), text


def test_evidence_is_the_matched_words() -> None:
    signals = read_signals("Someone used my card without permission and I'm furious!")
    assert signals.evidence("unauthorised")
    for term in signals.found["unauthorised"]:
        assert term in fold("Someone used my card without permission and I'm furious!")
    assert signals.evidence("not_there") == ""


def test_the_anger_scale_follows_the_definitions() -> None:
    assert {"anger_1", "anger_2", "anger_3"} <= found("WHAT A JOKE, YOU ARE USELESS")
    assert "anger_3" not in found("This is ridiculous!!")
    assert "anger_2" in found("This is ridiculous!!")
    assert found("I'm a bit disappointed.") >= {"anger_1"}
    assert not {"anger_1", "anger_2", "anger_3"} & found("Where is my parcel?")


def test_a_plain_question_is_told_apart_from_a_complaint_asked_as_one() -> None:
    assert "plain_question" in found("How do I order a new card?")
    assert "plain_question" not in found("Why has my card been declined three times?")


def test_a_theft_only_supposed_is_not_a_theft_now() -> None:
    assert "theft_now" in found("My phone was stolen at the station.")
    assert "theft_now" not in found("What should I do if my phone is stolen?")


def test_redactions_and_acronyms_are_not_shouting() -> None:
    assert "shouting" not in found("On XXXX/XXXX/XXXX I wrote to XXXX about my credit report.")


def test_fold_removes_accents_and_straightens_apostrophes() -> None:
    assert fold("Je n\u2019ai pas été remboursé, Straße") == "je n'ai pas ete rembourse, strasse"


def test_every_signal_has_a_name_and_a_lexicon_compiles() -> None:
    assert len(set(SIGNAL_NAMES)) == len(SIGNAL_NAMES)
    for entries in LEXICON_SIGNALS.values():
        for entry in entries:
            re.compile(entry)


@given(st.text(max_size=300))
def test_any_text_reads_without_error(text: str) -> None:
    assert set(read_signals(text).found) <= set(SIGNAL_NAMES)


PHRASES = {
    "refund": (r"(?:no|never a) refund", r"refund(?:ed)?"),
    "card": (r"(?:my )?card (?:was )?(?:lost|stolen)", r"\d+ cards?"),
    "smile": (r":\)",),
    # Lookarounds are zero-width: the matcher files these under the characters after them.
    "x": (r"(?<!my )x(?! card)", r"(?<!no )(?<!was )stolen"),
}


@given(
    st.lists(
        st.sampled_from(["no", "refund", "refunded", "my", "card", "was", "stolen", "2", ":)", "x"])
    )
)
def test_the_matcher_finds_what_one_plain_alternation_finds(words: list[str]) -> None:
    text = " ".join(words)
    plain = re.compile(
        r"(?<!\w)(?:"
        + "|".join(f"(?P<{n}>{'|'.join(es)})" for n, es in PHRASES.items())
        + r")(?!\w)"
    )
    expected = [(m.lastgroup, m.span()) for m in plain.finditer(text)]
    actual = [(name, m.span()) for name, m in PhraseMatcher([PHRASES]).find(text)]
    assert actual == expected


OTHER_GROUP = {"loss": (r"(?:card )?(?:was )?stolen", r"no"), "money": (r"refund\w*",)}


@given(st.lists(st.sampled_from(["no", "refunded", "my", "card", "was", "stolen", "x"])))
def test_groups_overlap_each_other_and_come_group_by_group(words: list[str]) -> None:
    text = " ".join(words)
    one_by_one = [
        (name, m.span())
        for group in (PHRASES, OTHER_GROUP)
        for name, m in PhraseMatcher([group]).find(text)
    ]
    together = PhraseMatcher([PHRASES, OTHER_GROUP])
    assert [(name, m.span()) for name, m in together.find(text)] == one_by_one
    # Read again, from the openings it remembers: the same.
    assert [(name, m.span()) for name, m in together.find(text)] == one_by_one


def test_past_its_memory_the_matcher_still_finds_everything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(phrase_matcher, "_MAX_REMEMBERED", 0)
    matcher = PhraseMatcher([PHRASES])
    assert [name for name, _ in matcher.find("my card was stolen, no refund")] == ["card", "refund"]
    assert [name for name, _ in matcher.find("my card was stolen, no refund")] == ["card", "refund"]


def test_first_characters_and_leading_alternatives_are_read_from_the_pattern() -> None:
    assert prefixes(r"unauthori[sz]ed", 2) == frozenset({"un"})
    assert prefixes(r"(?:my )?card", 2) == frozenset({"my", "ca"})
    assert prefixes(r"\d+ times", 1) == frozenset("0123456789")
    assert prefixes(r"\d+ times", 2) is None  # 110 pairs: more than filing them saves
    assert prefixes(r"ty", 3) == frozenset({"ty"})
    assert prefixes(r"(?:[\w']+ )?in my name", 2) is None
    assert prefixes(r"(?<!not )(?<!n't )lost", 2) == frozenset({"lo"})
    assert prefixes(r"(?!lost)lo\w+", 2) == frozenset({"lo"})
    assert leading_alternatives(r"(?:a|b(?:c|d))x") == ["ax", "b(?:c|d)x"]
    assert leading_alternatives(r"(?:my )?card") == [r"(?:my )?card"]


def test_a_payment_the_customer_did_not_make_is_heard_in_everyday_words() -> None:
    for text in (
        "There is a withdrawal on my account that I don't remember initiating.",
        "Somebody is taking money out of my account without my approval.",
        "My card is being used and it isn't me.",
        "The app says I made a cash withdrawal even though I didn't.",
        "I don't know where this debit transaction on my statement came from.",
        "I have a direct debit that I did not set up",
        "Es gibt eine Abhebung, an die ich mich nicht erinnern kann, aber ich habe das nicht getan.",
        "Je ne sais pas d'ou vient ce prelevement sur mon compte.",
        "La app dice que saque dinero del cajero, pero yo no lo hice.",
    ):
        assert "unauthorised" in found(text), text


def test_a_late_parcel_or_a_figure_of_speech_is_not_an_unrecognised_payment() -> None:
    for text in (
        "I didn't receive my parcel and nobody answers.",
        "I have never seen such terrible service.",
        "Someone from your team took my call and hung up.",
        "Je n'ai pas recu mon colis.",
    ):
        assert "unauthorised" not in found(text), text


def test_a_card_left_behind_or_exposed_is_a_lost_means_of_payment() -> None:
    for text in (
        "I misplaced my card somewhere in town.",
        "My card details were exposed in a data leak.",
        "Ich habe meine Karte im Hotel liegen lassen.",
        "J'ai oublie ma carte au restaurant.",
        "Olvide mi tarjeta en el restaurante.",
    ):
        assert "lost_means" in found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "They keep calling me about a debt I do not owe.",
        "The lender is continuing to call me after I made payment arrangements.",
        "The agency has called me repeatedly at all hours.",
        "I have been receiving numerous calls from the collection agency.",
        "Sie rufen mich ständig an wegen einer angeblichen Schuld.",
        "Ständige Anrufe vom Inkassobüro, jeden Tag.",
        "Ils m'appellent tous les jours pour une dette que je ne dois pas.",
        "Me llaman todos los días por una deuda que no debo.",
    ],
)
def test_calls_the_customer_keeps_getting_are_about_staff(text: str) -> None:
    assert "topic_staff" in read_signals(text).found


def test_calls_the_customer_keeps_making_are_not_about_staff() -> None:
    assert "topic_staff" not in read_signals("I keep calling my bank and nobody answers.").found
