"""Unlabelled texts translated to check parity only: what a language heard less (step 24).

Each meaning is said as the English original and the German, French and Spanish translations
said it, with near misses that must not match.
"""

import pytest

from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "It was scanned as delivered at 3:07pm. It was not in the mailbox or on the porch.",
        "Es wurde als zugestellt gescannt. Es war weder im Briefkasten noch an der Haustür.",
        "Il a été scanné comme livré à 15h07. Il n'était ni dans la boîte aux lettres.",
        "Se escaneó como entregado. No estaba ni en el buzón ni en la puerta.",
        "The subtitles are out of sync.",
        "Die Untertitel sind nicht synchron.",
        "Les sous-titres sont décalés.",
        "Los subtítulos están desincronizados.",
        "Nett, zu versuchen, meine Bestellung zu liefern, aber zu scheitern.",
        "Merci d'avoir essayé sans succès de livrer ma commande.",
    ],
)
def test_a_parcel_marked_delivered_and_subtitles_out_of_sync_are_problems(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Says there's network problems.",
        "Es heißt, es gebe Netzwerkprobleme.",
        "Il dit qu'il y a des problèmes de réseau.",
        "Cortes frecuentes de la banda ancha.",
    ],
)
def test_network_problems_and_broadband_cuts_are_the_outage_topic(text: str) -> None:
    assert "topic_outage" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why doesn't my card work for any transactions?",
        "Warum funktioniert meine Karte bei keiner Transaktion?",
        "Pourquoi ma carte ne marche pour aucune opération ?",
        "¿Por qué mi tarjeta no funciona para ninguna operación?",
        "Mon paiement par carte ne passe pas.",
        "Meine Karte wurde heute in einem Restaurant abgelehnt.",
    ],
)
def test_a_card_that_works_nowhere_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text", ["Wie ändere ich meinen Zugangscode?", "Comment changer mon code d'accès ?"]
)
def test_a_passcode_is_the_account_topic(text: str) -> None:
    assert "topic_account" in found(text)


@pytest.mark.parametrize(
    "text",
    ["Ich bekomme keine TAN per SMS.", "Die TAN kommt nicht an.", "Die TAN-Nummer geht nicht."],
)
def test_the_german_tan_is_the_account_topic(text: str) -> None:
    assert "topic_account" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Explicad por qué vuestros ingenieros tan cualificados no pueden resolverlo.",
        "Estoy tan estresado que no puedo dormir.",
    ],
)
def test_spanish_tan_is_not_the_german_tan(text: str) -> None:
    assert "topic_account" not in found(text)


def test_a_german_why_not_question_is_rhetorical() -> None:
    assert "rhetorical" in found("@SW_Help warum halten heute Abend keine Züge in Godalming?")
