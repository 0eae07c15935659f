"""Categories by the definitions' conventions, in four languages; the layer and its file."""

import json
from pathlib import Path

import pytest

from onecase_triage.domain.category_judgment import judge_category
from onecase_triage.domain.judgment_model import (
    CategoryLayer,
    default_judgment,
    load_judgment,
    parse_judgment,
)

CONVENTIONS = [
    # what collectors do is staff conduct
    (
        "The debt collector keeps calling me at work and threatened to tell my family.",
        "staff_conduct",
    ),
    # ... whatever the debt is about, and in a credit-report dispute too
    (
        "Diversified Adjustment keeps calling my phone to harass me over a debt I dispute; it "
        "is on my credit report and my payments are made.",
        "staff_conduct",
    ),
    # a credit-report dispute without identity theft is "other"
    ("I am disputing these late payments on my credit report; they are inaccurate.", "other"),
    # ... even when it worries about the security of personal data after a data breach
    (
        "I disputed the inaccurate information on my credit report. I am concerned about the "
        "security of my personal data, as it was affected by the Experian data breach.",
        "other",
    ),
    # ... and when it is about balances the dispute did not correct
    (
        "I requested a dispute to update my credit report to show the actual current balance "
        "of my car loan, and nothing changed.",
        "other",
    ),
    # with identity theft claimed, account and security
    (
        "There are accounts on my credit report opened in my name by an identity thief.",
        "account_and_security",
    ),
    # how staff treated the customer, even when the topic is a delivery
    ("The delivery driver was rude and swore at me.", "staff_conduct"),
    ("My parcel never arrived and tracking has not moved for a week.", "delivery"),
    ("I was charged twice for the same order and want a refund.", "billing_and_refunds"),
    # an account frozen by the company
    ("My account was frozen and I can't access my money.", "account_and_security"),
    # a declined card is a failed operation of the product
    ("My card was declined at the shop.", "defective_product"),
    # a broken product is a product complaint, whatever the remedy and however it came
    ("My new phone arrived with a cracked screen.", "defective_product"),
    (
        "My order 48213 arrived with the handle snapped off. I want my money back.",
        "defective_product",
    ),
    # ... but items missing from an order are delivery, and a refund alone is billing
    ("My order is missing two items.", "delivery"),
    ("I was charged for a subscription I cancelled and want a refund.", "billing_and_refunds"),
]


@pytest.mark.parametrize(("text", "category"), CONVENTIONS)
def test_the_definitions_conventions_hold(text: str, category: str) -> None:
    assert judge_category(text).category == category


@pytest.mark.parametrize(
    ("texts", "category"),
    [
        (
            [
                "My parcel never arrived.",
                "Mein Paket ist nie angekommen.",
                "Mon colis n'est jamais arrivé.",
                "Mi paquete nunca llegó.",
            ],
            "delivery",
        ),
        (
            [
                "Where can I find your exchange rates?",
                "Wo finde ich Ihre Wechselkurse?",
                "Où puis-je trouver vos taux de change ?",
                "¿Dónde puedo ver sus tipos de cambio?",
            ],
            "other",
        ),
        (
            [
                "How do I verify my identity?",
                "Wie verifiziere ich meine Identität?",
                "Comment vérifier mon identité ?",
                "¿Cómo verifico mi identidad?",
            ],
            "other",
        ),
        (
            [
                "I can't verify my identity in the app.",
                "Ich kann mich in der App nicht verifizieren.",
                "Je n'arrive pas à vérifier mon identité dans l'appli.",
                "No puedo verificar mi identidad en la app.",
                "How do I change my PIN?",
                "Wie ändere ich meine PIN?",
                "Comment changer mon code PIN ?",
                "¿Cómo cambio mi PIN?",
                "I forgot my passcode",
                "Ich habe meinen Code vergessen",
                "J'ai oublié mon code",
                "Olvidé mi código",
            ],
            "account_and_security",
        ),
        (
            [
                "Why is my transfer still pending?",
                "Warum ist meine Überweisung noch ausstehend?",
                "Pourquoi mon virement est-il toujours en attente ?",
                "¿Por qué mi transferencia sigue pendiente?",
            ],
            "other",
        ),
        (
            [
                "The exchange rate for my cash withdrawal was wrong.",
                "Der Wechselkurs für meine Abhebung war falsch.",
                "Le taux de change de mon retrait était incorrect.",
                "El tipo de cambio de mi retiro fue incorrecto.",
            ],
            "billing_and_refunds",
        ),
        (
            [
                "My kettle arrived broken, I want a refund.",
                "Mein Wasserkocher kam kaputt an, ich will mein Geld zurück.",
                "Ma bouilloire est arrivée cassée, je veux être remboursé.",
                "Mi hervidor llegó roto, quiero que me devuelvan el dinero.",
            ],
            "defective_product",
        ),
        (
            [
                "The delivery man was very rude to me.",
                "Der Fahrer war sehr unhöflich zu mir.",
                "Le livreur a été très impoli avec moi.",
                "El repartidor fue muy grosero conmigo.",
            ],
            "staff_conduct",
        ),
    ],
)
def test_a_category_does_not_depend_on_the_language(texts: list[str], category: str) -> None:
    assert {judge_category(text).category for text in texts} == {category}


def test_the_decision_keeps_the_words_that_decided_it() -> None:
    decision = judge_category("The staff at your Leeds store were rude and laughed at me.")
    assert decision.category == "staff_conduct"
    assert {"rude", "laughed at"} <= set(decision.evidence)
    assert 0 < decision.confidence <= 1
    assert decision.scores[0][0] == "staff_conduct"


def test_a_layer_written_here_decides_by_its_weights() -> None:
    layer = CategoryLayer(
        categories=("delivery", "other"),
        bias={"delivery": 0.0, "other": 1.0},
        weights={"problem": {"delivery": 3.0}},
    )
    assert judge_category("Hello there.", layer=layer).category == "other"
    decision = judge_category("My parcel is late.", layer=layer)
    assert decision.category == "delivery"
    assert "late" in decision.evidence


def test_what_a_collector_does_is_staff_conduct_whatever_the_layer_weighs() -> None:
    layer = CategoryLayer(
        categories=("billing_and_refunds", "staff_conduct", "other"),
        bias={"billing_and_refunds": 2.0, "staff_conduct": 0.0, "other": 0.0},
        weights={"debt_collection": {"billing_and_refunds": 3.0}},
    )
    text = "The collection agency keeps calling me to harass me about the debt."
    assert judge_category(text, layer=layer).category == "staff_conduct"
    assert judge_category("I owe a debt to the agency.", layer=layer).category != "staff_conduct"


def test_the_shipped_file_round_trips_and_a_changed_copy_is_read(tmp_path: Path) -> None:
    shipped = default_judgment()
    assert shipped.version == 1
    document = json.loads(
        (
            Path(__file__).parents[2]
            / "services/triage/src/onecase_triage/judgment/judgment-v1.json"
        ).read_text()
    )
    document["urgency"]["base"] = 0
    copy = tmp_path / "judgment.json"
    copy.write_text(json.dumps(document))
    assert load_judgment(copy).urgency.base == 0
    assert load_judgment(None) is shipped


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(version=2),
        lambda d: d["urgency"].update(high_at=90),
        lambda d: d["urgency"]["floors"].append({"signals": ["stolen"], "level": "urgent"}),
        lambda d: d["category"]["weights"].update(x={"nowhere": 1.0}),
        lambda d: d.pop("category"),
    ],
)
def test_a_malformed_judgment_file_is_refused(change: object) -> None:
    document = json.loads(
        (
            Path(__file__).parents[2]
            / "services/triage/src/onecase_triage/judgment/judgment-v1.json"
        ).read_text()
    )
    change(document)  # type: ignore[operator]
    with pytest.raises(ValueError, match=r"judgment|threshold|floor|categor"):
        parse_judgment(document)
