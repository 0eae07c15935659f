"""Wordings found in the seventeenth to nineteenth rounds of unlabelled banking questions (step 55)."""

import pytest

from onecase_triage.domain.category_judgment import judge_category
from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found


@pytest.mark.parametrize(
    "text",
    [
        "I would like to open a second card for my daughter, how can you assist me?",
        "Ich möchte eine zweite Karte für meine Tochter, wie können Sie mir helfen?",
        "Je voudrais une deuxième carte pour ma fille, comment pouvez-vous m'aider ?",
        "Quisiera una segunda tarjeta para mi hija, ¿cómo pueden ayudarme?",
    ],
)
def test_asking_how_the_bank_can_help_is_no_rhetorical_question(text: str) -> None:
    assert "rhetorical" not in found(text)


def test_asking_how_they_could_do_this_is_still_rhetorical() -> None:
    assert "rhetorical" in found("How could you charge me twice?")


@pytest.mark.parametrize(
    "text",
    [
        "I have not seen any changes in my account balance after making a transfer.",
        "Ich habe nach einer Überweisung keine Änderung an meinem Kontostand gesehen.",
        "Je n'ai vu aucun changement sur le solde de mon compte après un virement.",
        "No he visto ningún cambio en el saldo de mi cuenta después de una transferencia.",
        "I don't think the exchange rate was right.",
        "Ich glaube nicht, dass der Wechselkurs richtig war.",
        "Je ne pense pas que le taux de change était correct.",
        "No creo que el tipo de cambio fuera correcto.",
        "The money I received at the ATM was a different amount!",
        "Das Geld, das ich am Geldautomaten bekommen habe, war ein anderer Betrag!",
        "L'argent que j'ai reçu au distributeur était un montant différent !",
        "El dinero que recibí en el cajero era una cantidad diferente!",
    ],
)
def test_a_balance_unchanged_a_doubted_rate_and_another_amount_are_problems(text: str) -> None:
    assert "problem" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


@pytest.mark.parametrize(
    "text",
    [
        "I tried to make a transfer, but it didn't work.",
        "Ich habe versucht, eine Überweisung zu machen, aber es hat nicht funktioniert.",
        "J'ai essayé de faire un virement, mais ça n'a pas marché.",
        "Intenté hacer una transferencia, pero no funcionó.",
        "I got a message that my transfer is not possible.",
        "Ich habe eine Nachricht bekommen, dass meine Überweisung nicht möglich ist.",
        "J'ai reçu un message disant que mon virement n'est pas possible.",
        "Recibí un mensaje de que mi transferencia no es posible.",
        "I couldn't pay with card in a shop",
        "Ich konnte in einem Geschäft nicht mit Karte bezahlen",
        "Je n'ai pas pu payer par carte dans un magasin",
        "No pude pagar con tarjeta en una tienda",
    ],
)
def test_a_transfer_or_card_payment_that_failed_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "Problem verifying my account",
        "Problem bei der Verifizierung meines Kontos",
        "Problème pour vérifier mon compte",
        "Problema al verificar mi cuenta",
        "Why is my identity verification process not working?",
        "Warum funktioniert meine Identitätsprüfung nicht?",
        "Pourquoi ma vérification d'identité ne fonctionne-t-elle pas ?",
        "¿Por qué no funciona mi proceso de verificación de identidad?",
    ],
)
def test_an_identity_check_that_fails_is_about_the_account(text: str) -> None:
    assert judge_category(text).category == "account_and_security"


@pytest.mark.parametrize(
    "text",
    [
        "There was some weird additional fee that I've never seen before?",
        "Da war eine seltsame zusätzliche Gebühr, die ich noch nie gesehen habe?",
        "Il y avait des frais supplémentaires bizarres que je n'avais jamais vus ?",
        "Había una comisión adicional rara que nunca había visto antes?",
    ],
)
def test_a_fee_never_seen_before_is_a_fee_not_a_payment_the_customer_did_not_make(
    text: str,
) -> None:
    assert "unauthorised" not in found(text)
    assert score_urgency(text, public=False, reach=0).level is not UrgencyLevel.HIGH


def test_a_charge_never_seen_before_is_still_not_recognised() -> None:
    assert "unauthorised" in found("There's a charge on my card I've never seen before.")


@pytest.mark.parametrize(
    "text",
    [
        "I tried to top-up, why didn't it work?",
        "Ich habe versucht aufzuladen, warum hat es nicht funktioniert?",
        "J'ai essayé de recharger, pourquoi ça n'a pas marché ?",
        "Intenté recargar, ¿por qué no funcionó?",
        "I made a card payment, but it has been declined?",
        "J'ai fait un paiement par carte, mais il a été refusé ?",
        "Hice un pago con tarjeta, pero ha sido rechazado?",
        "My payment has not been accepted.",
        "Mon paiement n'a pas été accepté.",
        "Mi pago no ha sido aceptado.",
        "I have done a topup, but my money was reverted.",
        "Ich habe eine Aufladung gemacht, aber mein Geld wurde zurückgebucht.",
        "J'ai fait un rechargement, mais mon argent a été reversé.",
        "Hice una recarga, pero mi dinero fue revertido.",
    ],
)
def test_a_top_up_or_payment_refused_or_sent_back_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "Using international ATMs messes up the exchange rate.",
        "Internationale Geldautomaten bringen den Wechselkurs durcheinander.",
        "Les distributeurs à l'étranger faussent le taux de change.",
        "Los cajeros internacionales estropean el tipo de cambio.",
    ],
)
def test_an_atm_that_spoils_the_rate_is_a_problem_with_the_product(text: str) -> None:
    assert "problem" in found(text)
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "I asked the ATM for an amount, but it gave me a different amount. Less than what I asked for.",
        "Ich habe am Geldautomaten einen Betrag angefordert, aber er hat mir einen anderen Betrag "
        "gegeben.",
        "J'ai demandé un montant au distributeur, mais il m'a donné un montant différent.",
        "Pedí una cantidad al cajero, pero me dio una cantidad diferente.",
        "why didnt my account allow a transfer",
        "Warum hat mein Konto keine Überweisung zugelassen?",
        "Pourquoi mon compte n'a pas autorisé un virement ?",
        "¿Por qué mi cuenta no permitió una transferencia?",
    ],
)
def test_an_atm_short_of_the_amount_or_a_transfer_not_allowed_is_a_failed_operation(
    text: str,
) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "I noticed a charge that is fairly large that I'm certain was not completed by me.",
        "Ich habe eine ziemlich hohe Abbuchung bemerkt, die sicher nicht von mir getätigt wurde.",
        "J'ai remarqué un débit assez important qui n'a certainement pas été effectué par moi.",
        "Noté un cargo bastante grande que estoy seguro de que no fue realizado por mí.",
    ],
)
def test_a_charge_not_completed_by_the_customer_is_not_recognised(text: str) -> None:
    assert "unauthorised" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I used my pin too many times.",
        "Ich habe meine PIN zu oft benutzt.",
        "J'ai utilisé mon code PIN trop de fois.",
        "He usado mi PIN demasiadas veces.",
    ],
)
def test_a_pin_used_too_often_is_a_problem_not_a_repeated_contact(text: str) -> None:
    assert "repeated_contact" not in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


@pytest.mark.parametrize(
    "text",
    [
        "I attempted a transfer, but it failed.",
        "Ich habe eine Überweisung versucht, aber sie ist fehlgeschlagen.",
        "J'ai tenté un virement, mais il a échoué.",
        "Intenté una transferencia, pero falló.",
    ],
)
def test_a_transfer_attempted_that_failed_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "I am not recognized by the app.",
        "Die App erkennt mich nicht.",
        "L'application ne me reconnaît pas.",
        "La app no me reconoce.",
    ],
)
def test_an_app_that_does_not_recognise_the_customer_is_a_problem(text: str) -> None:
    assert "problem" in found(text)
    assert "unauthorised" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "How can I tell if someone else is using my card?",
        "Wie erkenne ich, ob jemand anderes meine Karte benutzt?",
        "Comment savoir si quelqu'un d'autre utilise ma carte ?",
        "¿Cómo sé si alguien más está usando mi tarjeta?",
    ],
)
def test_asking_how_to_tell_whether_someone_uses_the_card_is_supposed(text: str) -> None:
    assert "money_taken_ongoing" not in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.HIGH


def test_calls_made_several_times_are_still_repeated_contacts() -> None:
    assert "repeated_contact" in found("I called you several times and nobody answered.")


@pytest.mark.parametrize(
    "text",
    [
        "I thought I lost my card but I found it today, so I would like to reactivate it.",
        "Ich dachte, ich hätte meine Karte verloren, aber ich habe sie gefunden.",
        "Je pensais avoir perdu ma carte mais je l'ai retrouvée.",
        "Pensé que había perdido mi tarjeta pero la encontré.",
    ],
)
def test_a_card_lost_then_found_is_nothing_lost(text: str) -> None:
    assert "lost_means" not in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "I lost my card and found a charge I didn't make.",
        "Perdí mi tarjeta y encontré un cargo que no hice.",
    ],
)
def test_a_card_lost_and_a_charge_found_is_still_lost(text: str) -> None:
    assert "lost_means" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My money hasn't been transferred yet.",
        "Mein Geld wurde noch nicht überwiesen.",
        "Mon argent n'a pas encore été transféré.",
        "Mi dinero todavía no ha sido transferido.",
    ],
)
def test_money_not_transferred_yet_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I looked on the app and it says I withdrew cash.  I didn't!",
        "In der App steht, dass ich Bargeld abgehoben habe. Habe ich nicht!",
        "Dans l'appli, il est indiqué que j'ai retiré de l'argent. Ce n'est pas moi !",
        "En la app dice que retiré efectivo. ¡No lo hice!",
    ],
)
def test_a_withdrawal_the_customer_denies_is_not_recognised(text: str) -> None:
    assert "unauthorised" in found(text)


def test_a_plain_i_did_not_is_no_denial_of_a_payment() -> None:
    assert "unauthorised" not in found("I didn't know that. Thanks for the help.")


@pytest.mark.parametrize(
    "text",
    [
        "i have tried everything to complete a transfer but can't, what should i do next",
        "Ich habe alles versucht, um eine Überweisung abzuschließen, aber es geht nicht.",
        "J'ai tout essayé pour effectuer un virement mais je n'y arrive pas.",
        "He intentado de todo para completar una transferencia pero no puedo.",
    ],
)
def test_a_transfer_that_cannot_be_completed_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "I was wrongfully charged one pound.",
        "Mir wurde zu Unrecht ein Pfund berechnet.",
        "On m'a facturé une livre à tort.",
        "Me cobraron una libra indebidamente.",
    ],
)
def test_a_charge_made_wrongly_is_a_wrong_charge(text: str) -> None:
    assert "wrong_charge" in found(text)
    assert judge_category(text).category == "billing_and_refunds"


@pytest.mark.parametrize(
    "text",
    [
        "I need to figure out what these charges are on my account. They've been coming out "
        "for a couple of days.",
        "Ich muss herausfinden, was diese Abbuchungen auf meinem Konto sind. Sie kommen seit "
        "ein paar Tagen.",
        "Je dois comprendre ce que sont ces débits sur mon compte. Ils sont prélevés depuis "
        "quelques jours.",
        "Necesito averiguar qué son estos cargos en mi cuenta. Llevan saliendo un par de días.",
    ],
)
def test_charges_not_understood_that_keep_coming_are_money_taken_now(text: str) -> None:
    assert "money_taken_ongoing" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "I tried to get gas but my money was gone!",
        "I wasn't applied the correct exchange rate when getting cash",
        "Beim Abheben wurde mir nicht der richtige Wechselkurs berechnet",
        "On ne m'a pas appliqué le bon taux de change quand j'ai retiré de l'argent",
        "No me aplicaron el tipo de cambio correcto al sacar efectivo",
    ],
)
def test_money_gone_and_a_rate_not_applied_are_problems(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't have my phone and am unable to make the payment because I forgot my details.",
        "Ich habe mein Handy nicht und kann die Zahlung nicht durchführen.",
        "Je n'ai pas mon téléphone et je ne peux pas effectuer le paiement.",
        "No tengo mi móvil y no puedo hacer el pago.",
    ],
)
def test_a_payment_the_customer_cannot_make_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My transfer isn't in",
        "Meine Überweisung ist nicht eingegangen",
        "Mon virement n'est pas arrivé",
        "Mi transferencia no ha entrado",
    ],
)
def test_a_transfer_not_in_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My top up was denied",
        "Meine Aufladung wurde verweigert",
        "Mon rechargement a été refusé",
        "Mi recarga fue denegada",
        "It shows that the transfer on my account wasn't allowed.",
        "Es wird angezeigt, dass die Überweisung auf meinem Konto nicht erlaubt wurde.",
        "Il est indiqué que le virement sur mon compte n'a pas été autorisé.",
        "Aparece que la transferencia en mi cuenta no fue permitida.",
    ],
)
def test_a_top_up_denied_or_a_transfer_not_allowed_is_a_failed_operation(text: str) -> None:
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "I made a payment and it is showing up twice",
        "Ich habe eine Zahlung gemacht und sie wird doppelt angezeigt",
        "J'ai fait un paiement et il apparaît deux fois",
        "Hice un pago y aparece dos veces",
    ],
)
def test_a_payment_showing_twice_is_a_wrong_charge(text: str) -> None:
    assert "wrong_charge" in found(text)
    assert judge_category(text).category == "billing_and_refunds"


@pytest.mark.parametrize(
    "text",
    [
        "@Postmates_Help you are kidding me - I have now emailed your support 5 times.",
        "@Postmates_Help das ist doch ein Witz - ich habe eurem Support jetzt 5 Mal geschrieben.",
        "@Postmates_Help vous plaisantez - j'ai écrit à votre support 5 fois.",
        "@Postmates_Help es una broma - he escrito a vuestro soporte 5 veces.",
    ],
)
def test_you_are_kidding_me_is_anger_in_every_language(text: str) -> None:
    assert "anger" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I didn't cancel my top-up.",
        "Ich habe meine Aufladung nicht storniert.",
        "Je n'ai pas annulé mon rechargement.",
        "No cancelé mi recarga.",
        "I should have a refund in my statement but I can't see it",
        "Money was transferred to me and I am unable to see it",
    ],
)
def test_a_cancellation_denied_and_money_not_seen_are_problems(text: str) -> None:
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


@pytest.mark.parametrize(
    "text",
    [
        "My payment was terminated",
        "Meine Zahlung wurde abgebrochen",
        "Mon paiement a été interrompu",
        "Mi pago fue cancelado",
        "I couldn't transfer to an account.",
        "Ich konnte nicht auf ein Konto überweisen.",
        "Je n'ai pas pu faire de virement vers un compte.",
        "No pude transferir a una cuenta.",
    ],
)
def test_a_payment_stopped_or_a_transfer_not_made_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"


@pytest.mark.parametrize(
    "text",
    [
        "What is up with the exchange rate! This should have been a much higher amount of cash",
        "Was ist mit dem Wechselkurs los! Das hätte ein viel höherer Betrag sein sollen",
        "C'est quoi ce taux de change ! Ça aurait dû être un montant bien plus élevé",
        "¿Qué pasa con el tipo de cambio? ¡Debería haber sido una cantidad mucho mayor!",
        "The correct exchange rate wasn't given to me for an item I purchased.",
        "The app is not able to realize that it is me.",
    ],
)
def test_an_amount_that_should_have_been_higher_is_a_problem(text: str) -> None:
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


@pytest.mark.parametrize(
    "text",
    [
        "I got billed an extra pound!",
        "Mir wurde ein Pfund extra berechnet!",
        "On m'a facturé une livre en trop !",
        "¡Me cobraron una libra de más!",
    ],
)
def test_an_extra_pound_billed_is_a_wrong_charge(text: str) -> None:
    assert "wrong_charge" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I cannot make a transfer to another account.",
        "Ich kann keine Überweisung auf ein anderes Konto machen.",
        "Je ne peux pas faire de virement vers un autre compte.",
        "No puedo hacer una transferencia a otra cuenta.",
    ],
)
def test_a_transfer_the_customer_cannot_make_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't think my top up worked",
        "Ich glaube nicht, dass meine Aufladung funktioniert hat",
        "Je ne pense pas que mon rechargement ait fonctionné",
        "No creo que mi recarga haya funcionado",
    ],
)
def test_a_top_up_the_customer_doubts_worked_is_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my cash balance less than what I thought",
        "Mein Guthaben ist geringer als ich dachte",
        "Mon solde est inférieur à ce que je pensais",
        "Mi saldo es menor de lo que pensaba",
        "The product simply is not coming. Just give me back my money.",
        "Das Produkt kommt einfach nicht. Gebt mir einfach mein Geld zurück.",
        "Le produit n'arrive tout simplement pas. Rendez-moi mon argent.",
        "El producto simplemente no llega. Devuélvanme mi dinero.",
        "I don't see my top up in my wallet.",
        "Ich sehe meine Aufladung nicht in meinem Wallet.",
        "Je ne vois pas mon rechargement dans mon portefeuille.",
        "No veo mi recarga en mi billetera.",
    ],
)
def test_a_short_balance_an_order_not_coming_and_a_missing_top_up_are_problems(
    text: str,
) -> None:
    assert "problem" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


@pytest.mark.parametrize(
    "text",
    [
        "I don't think I made this transaction on my statement",
        "Ich glaube nicht, dass ich diese Transaktion auf meinem Kontoauszug gemacht habe",
        "Je ne pense pas avoir fait cette transaction sur mon relevé",
        "No creo que haya hecho esta transacción de mi extracto",
        "I am seeing a direct debit I wasn't aware of.",
        "Ich sehe eine Lastschrift, von der ich nichts wusste.",
        "Je vois un prélèvement dont je n'avais pas connaissance.",
        "Veo un débito directo del que no tenía conocimiento.",
    ],
)
def test_a_payment_the_customer_doubts_making_or_never_knew_of_is_not_recognised(
    text: str,
) -> None:
    assert "unauthorised" in found(text)
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I don't think I did anything wrong.",
        "Mir wurde eine Gebühr berechnet, von der ich nichts wusste.",
        "On m'a prélevé des frais dont je n'étais pas au courant.",
    ],
)
def test_a_fee_not_known_of_or_a_plain_i_do_not_think_is_no_unrecognised_payment(
    text: str,
) -> None:
    assert "unauthorised" not in found(text)


@pytest.mark.parametrize(
    "text", ["my refund has not hit my account yet", "i can not see my top up"]
)
def test_a_refund_not_arrived_and_a_top_up_not_seen_are_problems(text: str) -> None:
    assert "problem" in found(text)


def test_never_doing_business_again_is_leaving_not_a_payment_denied() -> None:
    text = "I want to close my account & I will never do business with you again."
    assert "unauthorised" not in found(text)
    assert "unauthorised" in found("I didn't do this transaction.")


@pytest.mark.parametrize(
    "text",
    [
        "I am yet to receive my pin.",
        "I can't enter my passcode.",
        "Ich kann meinen Passcode nicht eingeben.",
        "Je ne peux pas saisir mon code.",
        "No puedo introducir mi código.",
    ],
)
def test_a_pin_not_received_or_a_code_that_cannot_be_entered_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


def test_details_checked_several_times_are_no_repeated_contact() -> None:
    text = "I checked the details several times and the transfer still fails."
    assert "repeated_contact" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I ordered my card but it still isn't here",
        "J'ai commandé ma carte mais elle n'est toujours pas là",
    ],
)
def test_a_card_still_not_here_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The balance does not appear to have updated.",
        "Der Kontostand scheint nicht aktualisiert worden zu sein.",
        "Le solde ne semble pas avoir été mis à jour.",
        "El saldo no parece haberse actualizado.",
    ],
)
def test_a_balance_that_does_not_seem_updated_is_a_problem(text: str) -> None:
    assert "problem" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't make purchases with my virtual card.",
        "Ich kann mit meiner virtuellen Karte keine Einkäufe machen.",
        "Je ne peux pas faire d'achats avec ma carte virtuelle.",
        "No puedo hacer compras con mi tarjeta virtual.",
    ],
)
def test_purchases_a_card_cannot_make_are_a_failed_operation(text: str) -> None:
    assert "failed_operation" in found(text)
    assert judge_category(text).category == "defective_product"
