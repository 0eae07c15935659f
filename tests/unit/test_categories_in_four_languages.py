"""The definitions' category conventions, written out in English, German, French and Spanish
(step 36): each situation gets the same category, the one the conventions give, in every
language."""

import pytest

from onecase_triage.domain.category_judgment import judge_category

SITUATIONS = {
    "defective_product": [
        "The chicken in my burrito was raw.",
        "Das Hähnchen in meinem Burrito war roh.",
        "Le poulet de mon burrito était cru.",
        "El pollo de mi burrito estaba crudo.",
        "My new laptop's screen cracked after a week.",
        "Der Bildschirm meines neuen Laptops hat nach einer Woche einen Sprung bekommen.",
        "L'écran de mon nouvel ordinateur portable s'est fissuré au bout d'une semaine.",
        "La pantalla de mi portátil nuevo se agrietó a la semana.",
        "My card was declined at the supermarket even though I have money.",
        "Ma carte a été refusée au supermarché alors que j'ai de l'argent.",
    ],
    "delivery": [
        "Two items were missing from my grocery order.",
        "In meiner Lebensmittelbestellung fehlten zwei Artikel.",
        "Il manquait deux articles dans ma commande de courses.",
        "Faltaban dos artículos en mi pedido del supermercado.",
    ],
    "service_outage": [
        "There is no mobile signal in my whole town since this morning.",
        "In meiner ganzen Stadt gibt es seit heute Morgen kein Handynetz.",
        "Il n'y a plus de réseau mobile dans toute ma ville depuis ce matin.",
        "No hay cobertura móvil en todo mi pueblo desde esta mañana.",
    ],
    "staff_conduct": [
        "The collector calls me at work every day and threatened to tell my family.",
        "La cajera fue grosera conmigo y se rió de mí delante de otros clientes.",
    ],
    "billing_and_refunds": [
        "My mortgage servicer applied my payment to the wrong month and charged a late fee.",
        "Me cobraron dos veces el mismo pedido y quiero un reembolso.",
    ],
    "account_and_security": [
        "Sie haben mein Konto ohne Vorwarnung geschlossen und ich kann mich nicht anmelden.",
        "J'ai perdu mon téléphone et je ne reçois plus le code de double authentification pour"
        " me connecter.",
    ],
    "other": [
        "I am disputing a late payment on my credit report that I believe is inaccurate.",
        "Je conteste un retard de paiement sur mon rapport de crédit que je crois inexact.",
    ],
}


@pytest.mark.parametrize(
    ("category", "text"),
    [(category, text) for category, texts in SITUATIONS.items() for text in texts],
)
def test_each_convention_holds_in_every_language(category: str, text: str) -> None:
    assert judge_category(text).category == category
