"""Wordings found in the first rounds of a new draw of unlabelled banking questions (step 56)."""

import pytest

from onecase_triage.domain.category_judgment import judge_category
from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found


def test_a_category_does_not_change_with_an_exclamation_mark() -> None:
    calm = "How come my cash withdrawal came with an unnecessary fee?"
    assert judge_category(calm).category == "billing_and_refunds"
    assert judge_category(f"{calm}!").category == judge_category(calm).category


@pytest.mark.parametrize(
    "text",
    [
        "Why cant I send money to a beneficiary?",
        "Warum kann ich kein Geld an einen Empfänger senden?",
        "Pourquoi je ne peux pas envoyer d'argent à un bénéficiaire ?",
        "¿Por qué no puedo enviar dinero a un beneficiario?",
        "When I tried to transfer funds to my friend today I was unable to do so, why?",
        "Als ich heute versucht habe, meinem Freund Geld zu überweisen, ging es nicht, warum?",
        "Quand j'ai essayé de transférer des fonds à mon ami aujourd'hui, je n'ai pas pu, pourquoi ?",
        "Cuando intenté transferir fondos a mi amigo hoy no pude hacerlo, ¿por qué?",
        "Why would you decline my card?",
        "Warum lehnen Sie meine Karte ab?",
        "Pourquoi refusez-vous ma carte ?",
        "¿Por qué rechazan mi tarjeta?",
        "While doing a transfer, it says declined.",
        "Bei einer Überweisung steht da abgelehnt.",
        "En faisant un virement, il est écrit refusé.",
        "Al hacer una transferencia, dice rechazada.",
        "I have been trying to make a transfer and it won't go through.",
        "Ich versuche seit einer Weile, eine Überweisung zu machen, und sie geht nicht durch.",
        "J'essaie de faire un virement et il ne passe pas.",
        "He estado intentando hacer una transferencia y no se completa.",
        "I can't get the card itself to work.",
        "Ich bekomme die Karte selbst nicht zum Laufen.",
        "Je n'arrive pas à faire fonctionner la carte.",
        "No consigo que la tarjeta funcione.",
        "I tried topping up my account but it failed, can you help me?",
        "Ich habe versucht, mein Konto aufzuladen, aber es ist fehlgeschlagen, können Sie mir helfen?",
        "J'ai essayé de recharger mon compte mais ça a échoué, pouvez-vous m'aider ?",
        "Intenté recargar mi cuenta pero falló, ¿me pueden ayudar?",
        "The ATM didnt let me get cash",
        "Der Geldautomat hat mich kein Bargeld abheben lassen",
        "Le distributeur ne m'a pas laissé retirer d'argent",
        "El cajero no me dejó sacar dinero",
        "Why did the bank reject my transfer?",
        "Warum hat die Bank meine Überweisung abgelehnt?",
        "Pourquoi la banque a-t-elle rejeté mon virement ?",
        "¿Por qué el banco rechazó mi transferencia?",
        "I attempted to get cash in the ATM but I was denied",
        "Ich habe versucht, am Geldautomaten Bargeld abzuheben, aber es wurde verweigert",
        "J'ai essayé de retirer de l'argent au distributeur mais on me l'a refusé",
        "Intenté sacar dinero en el cajero pero me lo denegaron",
        "Errors keep showing up every time I try to make this transfer",
        "Jedes Mal, wenn ich diese Überweisung machen will, kommen Fehler",
        "Des erreurs s'affichent chaque fois que j'essaie de faire ce virement",
        "Aparecen errores cada vez que intento hacer esta transferencia",
        "I got my card stuck in your machine",
        "Meine Karte ist in Ihrem Automaten stecken geblieben",
        "Ma carte est restée coincée dans votre distributeur",
        "Mi tarjeta se quedó atascada en su cajero",
    ],
)
def test_a_transfer_card_or_withdrawal_refused_in_other_words_is_a_failed_operation(
    text: str,
) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


@pytest.mark.parametrize(
    "text",
    ["Ich habe versucht, Geld zu überweisen.", "I tried to send money to my sister."],
)
def test_a_transfer_only_tried_is_no_failed_operation(text: str) -> None:
    assert "failed_operation" not in found(text)


@pytest.mark.parametrize(
    "text",
    ["Why do I have to give you my drivers license", "Why do I need to send my driver's license?"],
)
def test_a_driving_licence_is_no_staff_member(text: str) -> None:
    assert "staff_person" not in found(text)


def test_having_no_money_left_is_still_an_immediate_need() -> None:
    assert "immediate_need" in found("Ich habe kein Geld mehr für Essen.")
    assert "immediate_need" not in found("Warum kann ich kein Geld an einen Empfänger senden?")


def test_asking_whether_a_card_will_be_declined_is_no_failed_operation() -> None:
    assert "failed_operation" not in found("Will any ATM's decline my card?")


@pytest.mark.parametrize(
    "text",
    [
        "A refund for a recent return has not arrived on my card.",
        "The refund on my account hasn't shown up",
        "Le remboursement n'est pas encore arrivé.",
        "El reembolso no me ha llegado.",
    ],
)
def test_a_refund_not_arrived_is_billing_not_delivery(text: str) -> None:
    assert judge_category(text).category == "billing_and_refunds"


def test_an_order_not_arrived_with_a_refund_asked_is_still_delivery() -> None:
    assert judge_category("My order hasn't arrived and I want a refund").category == "delivery"
