"""The same complaint in other words: wordings a paraphrase used where the original did not.

Each case is one meaning said the way an English paraphrase of a tuning complaint said it, and
the same in German, French and Spanish, with the signal the definitions give it
(docs/triage-quality.md, step 19).
"""

import pytest

from onecase_triage.domain.urgency import UrgencyLevel, score_urgency
from tests.signal_reading import found


@pytest.mark.parametrize(
    ("signal", "texts"),
    [
        (
            "unauthorised",
            [
                "There are payments on my account I have no idea about.",
                "Auf meinem Konto sind Zahlungen, von denen ich nichts weiß.",
                "Il y a des paiements sur mon compte dont je n'ai aucune idée.",
                "Hay pagos en mi cuenta de los que no tengo ni idea.",
            ],
        ),
        (
            "ongoing",
            [
                "I got an alert email today about a new hard inquiry on my credit file.",
                "Ich habe heute eine Warnmail wegen einer neuen harten Anfrage bekommen.",
                "J'ai reçu une alerte e-mail signalant une nouvelle demande de crédit.",
                "Recibí un correo de alerta de una nueva consulta de crédito.",
            ],
        ),
        (
            "staff_conduct",
            [
                "They called people I know including my boss and took money out of my paycheck.",
                "Sie haben Leute angerufen, die ich kenne, sogar meinen Chef.",
                "Ils ont appelé des gens que je connais, y compris mon patron.",
                "Llamaron a gente que conozco, incluido mi jefe.",
            ],
        ),
        (
            "profanity_insult",
            [
                "What the hell am I paying you for?",
                "Wofür zum Teufel bezahle ich euch? Wie zum Teufel ist das möglich?",
                "Mais pour quoi je vous paie, bordel ?",
                "¿Cómo demonios es posible?",
            ],
        ),
        (
            "lost_means",
            [
                "If my phone gets lost, how do I stop someone getting into my account?",
                "Wenn mein Handy verloren geht, wie verhindere ich den Zugriff?",
                "Si mon téléphone est perdu, comment empêcher l'accès à mon compte ?",
                "Si se me pierde el móvil, ¿cómo evito que alguien entre en mi cuenta?",
            ],
        ),
        (
            "repeated_contact",
            [
                "I sent proof but neither of them has answered in two years.",
                "Ich habe Nachweise geschickt, aber keiner von beiden hat je geantwortet.",
                "J'ai envoyé des preuves mais aucun des deux n'a répondu.",
                "Envié pruebas pero ninguno de los dos ha respondido.",
            ],
        ),
        (
            "problem",
            [
                "But then all my progress gets wiped.",
                "Aber dann wird mein ganzer Fortschritt gelöscht.",
                "Mais du coup toute ma progression est effacée.",
                "Pero entonces se borra todo mi progreso.",
            ],
        ),
        (
            "failed_operation",
            [
                "My payment went through and then got reversed.",
                "Meine Zahlung ging durch und wurde dann zurückgebucht.",
                "Mon paiement est passé puis a été annulé.",
                "Mi pago se hizo y luego se revirtió.",
            ],
        ),
        (
            "service_down",
            [
                "The power is out again.",
                "Der Strom ist schon wieder weg.",
                "Le courant est coupé depuis ce matin.",
                "Se ha ido la luz otra vez.",
            ],
        ),
        (
            "hypothetical",
            [
                "I'm worried somebody might have got hold of my card details.",
                "Ich mache mir Sorgen, dass jemand an meine Kartendaten gekommen ist.",
                "J'ai peur que quelqu'un ait mis la main sur mes coordonnées bancaires.",
                "Me preocupa que alguien se haya hecho con los datos de mi tarjeta.",
            ],
        ),
        (
            "money_taken_ongoing",
            [
                "The card is in my hand but a £500 cash withdrawal was just made.",
                "Ich habe meine Karte noch, aber gerade wurden 500 £ abgehoben.",
                "J'ai toujours ma carte sur moi, mais un retrait de 500 £ vient d'être fait.",
                "Tengo la tarjeta conmigo, pero acaban de sacar 500 £.",
            ],
        ),
        (
            "problem",
            [
                "The money I transferred into this account isn't showing.",
                "Das Geld, das ich auf dieses Konto überwiesen habe, wird nicht angezeigt.",
                "L'argent que j'ai viré sur ce compte n'apparaît pas.",
                "El dinero que transferí a esta cuenta no aparece.",
            ],
        ),
        (
            "wrong_charge",
            [
                "The same charge went on my account twice.",
                "Dieselbe Abbuchung zweimal auf meinem Konto.",
                "Le même prélèvement est passé deux fois sur mon compte.",
                "El mismo cargo dos veces en mi cuenta.",
            ],
        ),
        (
            "service_down",
            [
                "Why does the internet always cut out at 10pm?",
                "Warum bricht das Internet jeden Abend ab?",
                "Pourquoi internet coupe tous les soirs ?",
                "¿Por qué internet se corta a las 10?",
            ],
        ),
        (
            "problem",
            [
                "Stop messing with my signal.",
                "Hört auf, mit meinem Signal herumzuspielen.",
                "Arrêtez de jouer avec mon signal.",
                "Dejad de jugar con mi señal.",
            ],
        ),
        (
            "intent_to_leave",
            [
                "About to switch my phone and internet to someone else.",
                "Ich wechsle Telefon und Internet zu einem anderen Anbieter.",
                "Je vais passer chez un autre opérateur pour le téléphone et internet.",
                "Voy a cambiar el teléfono e internet a otra compañía.",
            ],
        ),
        (
            "theft_now",
            [
                "Someone nicked my phone, what are my options?",
                "My card's been stolen! What do I do?",
                "Man hat mir mein Handy geklaut, was kann ich tun?",
                "On m'a volé mon téléphone, que faire ?",
                "Me han robado el móvil, ¿qué hago?",
            ],
        ),
        (
            "unauthorised",
            [
                "Some dodgy-looking transactions on my account.",
                "Komische Abbuchungen auf meinem Konto.",
                "Des opérations louches sur mon compte.",
                "Movimientos raros en mi cuenta.",
            ],
        ),
        (
            "problem",
            [
                "Can you help me redo my top-up? It doesn't seem to be working.",
                "Meine Aufladung scheint nicht zu funktionieren.",
                "Ma recharge ne semble pas fonctionner.",
                "Mi recarga no parece funcionar.",
            ],
        ),
        (
            "intent_to_leave",
            [
                "I want to get rid of @cable because my bill is ridiculous.",
                "Think I'll steer clear of you until this is fixed.",
                "Ich will euch endlich loswerden.",
                "Je veux me débarrasser de vous.",
                "Quiero deshacerme de vosotros.",
            ],
        ),
        (
            "identity_theft",
            [
                "These accounts aren't mine.",
                "Dieses Konto ist nicht meins.",
                "Ce compte n'est pas à moi.",
                "Esta cuenta no es mía.",
            ],
        ),
        (
            "repeated_contact",
            [
                "I was told on 4 separate occasions that it was sorted.",
                "Man hat mir bei vier verschiedenen Gelegenheiten gesagt, es sei erledigt.",
                "On m'a dit à quatre reprises que c'était réglé.",
                "Me dijeron en cuatro ocasiones distintas que estaba resuelto.",
            ],
        ),
        (
            "staff_conduct",
            [
                "The lender calls every month, pestering me that the payment is due.",
                "Sie nerven mich jeden Monat mit Anrufen.",
                "Ils me harcèlent tous les mois au téléphone.",
                "Me acosan cada mes por teléfono.",
            ],
        ),
        (
            "unauthorised",
            [
                "There's a card payment from a name I've never heard of.",
                "Eine Kartenzahlung von einem Namen, den ich noch nie gehört habe.",
                "Un paiement par carte d'un nom dont je n'ai jamais entendu parler.",
                "Un pago con tarjeta de un nombre que nunca he oído.",
            ],
        ),
        (
            "topic_identity_check",
            [
                "What should I do if I can't prove who I am?",
                "Was mache ich, wenn ich nicht nachweisen kann, wer ich bin?",
                "Que faire si je ne peux pas prouver qui je suis ?",
                "¿Qué hago si no puedo demostrar quién soy?",
            ],
        ),
        (
            "topic_billing",
            [
                "The company wants $15 from me to swap my SIM card.",
                "Sie wollen 15 € von mir, um die SIM zu tauschen.",
                "Ils veulent 15 € pour changer ma carte SIM.",
                "Quieren 15 € por cambiar la SIM.",
            ],
        ),
        (
            "lost_means",
            [
                "my phone's gone",
                "mein Handy ist weg",
                "mon téléphone a disparu",
                "mi móvil ha desaparecido",
            ],
        ),
        (
            "problem",
            [
                "What has happened to your customer service?",
                "Was ist mit dem Kundenservice von euch passiert?",
                "Qu'est-il arrivé au service client ?",
                "¿Qué le ha pasado al servicio de atención al cliente?",
            ],
        ),
        (
            "failed_operation",
            [
                "I asked the ATM for 30 pounds and it only gave me 10.",
                "Der Automat hat mir nur 10 Pfund gegeben.",
                "Le distributeur ne m'en a donné que 10.",
                "El cajero solo me ha dado 10 libras.",
            ],
        ),
        (
            "unauthorised",
            [
                "What is the strange cash withdrawal on my statement?",
                "Was ist das für eine seltsame Bargeldabhebung auf meinem Kontoauszug?",
                "C'est quoi ce retrait d'espèces bizarre sur mon relevé ?",
                "¿Qué es esa retirada de efectivo tan rara en mi extracto?",
            ],
        ),
        (
            "problem",
            [
                "I'm struggling to prove my identity.",
                "Ich tue mich schwer, meine Identität nachzuweisen.",
                "J'ai du mal à prouver mon identité.",
                "Me cuesta demostrar mi identidad.",
            ],
        ),
        (
            "money_taken_ongoing",
            [
                "Someone's been using my card without me knowing!",
                "Quelqu'un a utilisé ma carte à mon insu !",
                "¡Alguien ha usado mi tarjeta sin que yo lo sepa!",
            ],
        ),
        (
            "unauthorised",
            [
                "Money is leaving my account that I never took out.",
                "Geld geht von meinem Konto ab, das ich nie abgehoben habe.",
                "De l'argent part de mon compte que je n'ai jamais retiré.",
                "Sale dinero de mi cuenta que nunca saqué.",
            ],
        ),
        (
            "health",
            [
                "That burrito place just wrecked my stomach.",
                "Das Essen hat mir den Magen verdorben.",
                "Ça m'a détraqué l'estomac.",
                "Me ha destrozado el estómago.",
            ],
        ),
        (
            "problem",
            [
                "I topped up my card but it doesn't look like it completed.",
                "Ich habe aufgeladen, aber es sieht nicht so aus, als ob es geklappt hat.",
                "J'ai rechargé ma carte mais on dirait que ça n'a pas marché.",
                "He recargado la tarjeta pero parece que no se ha completado.",
            ],
        ),
        (
            "problem",
            [
                "I can't pay over $7,000 at once.",
                "Ich kann die 7.000 $ nicht auf einmal zahlen.",
                "Je ne peux pas payer 7 000 $ en une seule fois.",
                "No puedo pagar 7.000 $ de una vez.",
            ],
        ),
        (
            "safety",
            [
                "My Lyft driver nearly got me killed.",
                "Ein Lyft-Fahrer hätte mich fast umgebracht.",
                "Un chauffeur Lyft a failli me tuer.",
                "Un conductor de Lyft casi me mata.",
            ],
        ),
        (
            "topic_account",
            [
                "I can't remember the code to get into the app.",
                "Ich kann mich nicht an den Code für die App erinnern.",
                "Je ne me souviens plus du code pour entrer dans l'appli.",
                "No recuerdo el código para entrar en la app.",
            ],
        ),
    ],
)
def test_a_paraphrase_carries_the_signal_in_every_language(signal: str, texts: list[str]) -> None:
    for text in texts:
        assert signal in found(text), text


def test_payments_the_customer_has_no_idea_about_are_money_being_taken() -> None:
    text = "There are payments on my account I have no idea about."
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


def test_the_words_a_wait_is_measured_in_stay_a_wait() -> None:
    text = (
        "Ich habe Nachweise geschickt, aber keiner von beiden hat in über zwei Jahren geantwortet."
    )
    assert {"repeated_contact", "long_wait"} <= found(text)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("How do I go about getting hold of a virtual card?", "unauthorised"),
        ("Looks like my card payment was duplicated after all.", "ongoing"),
        ("Can that transaction be reversed?", "failed_operation"),
        ("I want to cancel the order and then the payment.", "intent_to_leave"),
        ("The service was out of this world.", "service_down"),
    ],
)
def test_a_near_miss_does_not_carry_the_signal(text: str, signal: str) -> None:
    assert signal not in found(text)


def test_leaving_said_in_passing_is_still_leaving() -> None:
    assert "intent_to_leave" in found("Flying @rival next time for sure.")
    assert "intent_to_leave" in found("About to cancel the order and then Prime too.")


def test_a_theft_only_supposed_stays_a_supposition() -> None:
    assert "theft_now" not in found("I shouldn't be charged a fee if my card got stolen.")


def test_never_use_is_leaving_when_it_is_advice_and_a_denial_when_it_is_about_a_card() -> None:
    assert "intent_to_leave" in found("Terrible service. NEVER use them.")
    assert "unauthorised" in found("I never use this card, so that charge is not mine.")
    assert "intent_to_leave" not in found("I never use this card, so that charge is not mine.")


@pytest.mark.parametrize(
    "text",
    [
        "I accidentally sent money to an account that wasn't mine.",
        "There is a cash withdrawal in my account that isn't mine.",
    ],
)
def test_a_payment_that_is_not_mine_is_not_an_account_opened_in_my_name(text: str) -> None:
    assert "identity_theft" not in found(text)


def test_a_wait_said_without_for_before_the_days_is_a_wait() -> None:
    assert "long_wait" in found("I've been waiting days for an agent to pick up my chat.")


def test_an_amount_asked_of_a_cash_machine_is_not_a_bill() -> None:
    assert "topic_billing" not in found("Asked for $100 but only got $20. Why would this happen?")


def test_buying_somewhere_else_and_ripping_people_off() -> None:
    assert "intent_to_leave" in found(
        "The order never arrived and I had to buy everything somewhere else."
    )
    assert "profanity_insult" in found("Apparently you can just rip people off.")


def test_a_social_security_card_is_a_document_not_a_vulnerability() -> None:
    assert "vulnerable" not in found("I lost my wallet with my social security card long ago.")
    assert "vulnerable" in found("I live on social security and this fee leaves me nothing.")


def test_a_payment_that_will_not_go_through_is_a_failed_operation() -> None:
    text = "Why won't my card payments go through when I buy things online?"
    assert "failed_operation" in found(text)


def test_cash_the_machine_never_gave_is_not_a_withdrawal_someone_else_made() -> None:
    text = "My card was declined and I never took out any money. When will it come back?"
    assert "unauthorised" not in found(text)


def test_money_that_isnt_available_is_a_problem() -> None:
    assert "problem" in found("I topped up by bank transfer but the money isn't available.")
    assert "problem" in found("@phone And it just keeps doing this...")


def test_a_score_that_went_down_is_not_a_service_that_went_down() -> None:
    assert "service_down" not in found("My credit score went down and I was refused a card.")
    assert "service_down" in found("The website went down again.")


def test_a_code_not_remembered_is_not_a_payment_not_recognised() -> None:
    assert "unauthorised" not in found("No recuerdo el código para entrar en la app.")
    assert "unauthorised" in found("No recuerdo haber hecho este pago.")
    assert "problem" in found("I paid cash into my account but it isn't showing")


@pytest.mark.parametrize(
    "text",
    [
        "A credit freeze was wrongly placed on my file.",
        "They keep reporting it as part of my bankruptcy, which has lowered my credit.",
        "Eine Kreditsperre wurde fälschlich eingetragen.",
        "Un gel de crédit a été placé par erreur.",
        "Pusieron por error una congelación de crédito.",
    ],
)
def test_a_credit_freeze_or_a_lowered_credit_is_about_the_credit_report(text: str) -> None:
    signals = found(text)
    assert "credit_report" in signals
    assert "device_fault" not in signals
