"""Never argue: the desk warns before an update that argues, blames or over-promises."""

from __future__ import annotations

import pytest

from onecase_triage.domain.update_tone import ToneProblem, tone_warnings


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm afraid that's not our fault: the courier lost it.", ToneProblem.ARGUING),
        ("As I already told you, the refund takes five days.", ToneProblem.ARGUING),
        ("You should have checked the address before ordering.", ToneProblem.BLAMING),
        ("You didn't read the terms, so the fee stands.", ToneProblem.BLAMING),
        ("I guarantee the parcel arrives tomorrow.", ToneProblem.OVER_PROMISING),
        ("This will never happen again.", ToneProblem.OVER_PROMISING),
        ("Ce n'est pas notre faute si le colis est en retard.", ToneProblem.ARGUING),
        ("Vous auriez dû vérifier l'adresse.", ToneProblem.BLAMING),
        ("No es nuestra culpa.", ToneProblem.ARGUING),
        ("Das wird nie wieder vorkommen.", ToneProblem.OVER_PROMISING),
    ],
)
def test_an_update_that_argues_blames_or_over_promises_is_flagged(
    text: str, kind: ToneProblem
) -> None:
    assert [warning.kind for warning in tone_warnings(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry for the wait. The courier has confirmed the parcel left today.",
        "I have refunded the second charge; you will see it within five working days.",
        "I should have written sooner, and I'm sorry I didn't.",
        "Our fault-finding team checked the router remotely.",
        "Je suis désolé pour ce retard : le remboursement est parti aujourd'hui.",
    ],
)
def test_an_ordinary_kind_update_passes(text: str) -> None:
    assert tone_warnings(text) == ()


def test_every_phrase_is_named_in_the_order_it_appears() -> None:
    warnings = tone_warnings("You should have called. As we already said, it's not our problem.")
    assert [w.kind for w in warnings] == [
        ToneProblem.BLAMING,
        ToneProblem.ARGUING,
        ToneProblem.ARGUING,
    ]
    assert warnings[0].phrase == "you should have"
