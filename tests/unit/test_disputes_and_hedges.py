"""Step 16 of docs/triage-quality.md: what a dispute letter, a hedge and an alert really say.

- An account the customer disputes "removed" or "deleted" is the remedy, not the customer leaving.
- Acronyms in capitals (FCRA, CFPB) are names, not a raised voice.
- "I think someone…" beside payments going out is money being taken; "what if" is not.
- An alert of a new inquiry, or a fraudster opening more accounts, is identity theft going on.
"""

import pytest

from onecase_triage.domain.complaint_signals import read_signals
from onecase_triage.domain.urgency import UrgencyLevel, score_urgency


@pytest.mark.parametrize(
    "text",
    [
        "I respectfully request that these false accounts be deleted from my credit report.",
        "My credit report shows a collections account that has been removed by the creditor.",
        "These identity theft accounts need to be removed: I never opened them.",
        "Bitte sorgen Sie dafür, dass diese Konten aus meiner Kreditauskunft gelöscht werden, "
        "es ist Betrug.",
    ],
)
def test_removing_a_disputed_account_is_not_leaving(text: str) -> None:
    assert "intent_to_leave" not in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "Please delete my account, I am done with you.",
        "I want to close my account and switch to another bank.",
    ],
)
def test_closing_ones_own_account_is_still_leaving(text: str) -> None:
    assert "intent_to_leave" in read_signals(text).found


def test_late_payments_on_a_report_are_not_payments_going_out() -> None:
    text = "I noticed some late payments on my credit report; this is fraud by the creditor."
    assert "ongoing" not in read_signals(text).found


@pytest.mark.parametrize(
    ("text", "emphasis"),
    [
        ("Under the FCRA and the FDCPA, as the CFPB says, you must verify the debt.", False),
        ("USPS lost it and ESPN reported it.", False),
        ("I have called THREE times and it is STILL broken.", True),
        ("Ich habe es IMMER NOCH nicht bekommen.", True),
    ],
)
def test_acronyms_are_not_capitals_for_emphasis(text: str, emphasis: bool) -> None:
    assert ("some_capitals" in read_signals(text).found) is emphasis


@pytest.mark.parametrize(
    "text",
    [
        "Today I received an email that I had a new credit inquiry. This is a FRAUDULENT "
        "unauthorized inquiry.",
        "The same person who took my identity is trying to continue to open more accounts under "
        "my name. These accounts were not made by me.",
        "Heute habe ich eine E-Mail bekommen, dass es eine neue Kreditanfrage gibt. Das ist eine "
        "betrügerische, nicht autorisierte Anfrage.",
        "Hoy he recibido un email avisándome de que tenía una nueva consulta de crédito. Es una "
        "consulta fraudulenta y no autorizada.",
    ],
)
def test_new_fraudulent_inquiries_and_accounts_are_identity_theft_going_on(text: str) -> None:
    assert "money_taken_ongoing" in read_signals(text).found
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "I think someone may have cloned my card. I just saw a charge of $500 cash withdraw.",
        "I think someone might have a copy of my card because a 500 dollar withdrawal was made, "
        "and it wasn't me.",
        "Ich glaube, jemand hat vielleicht meine Karte geklont. Ich hab gerade eine "
        "Bargeldabhebung über $500 gesehen.",
        "Creo que alguien me ha podido clonar la tarjeta. Acabo de ver una retirada de $500.",
        "Je pense que quelqu'un d'autre a utilisé ma carte : je ne suis jamais allé dans la "
        "ville d'où viennent certaines opérations sur ce relevé.",
    ],
)
def test_a_hedged_belief_beside_payments_going_out_is_money_being_taken(text: str) -> None:
    assert "money_taken_ongoing" in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "What should I do if someone stole my details and made some transactions?",
        "Wie melde ich mögliche betrügerische Aktivitäten auf meinem Konto?",
        "¿Cómo puedo avisar de una posible actividad fraudulenta en mi cuenta?",
    ],
)
def test_a_what_if_or_a_possible_fraud_is_not_money_being_taken(text: str) -> None:
    assert "money_taken_ongoing" not in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "@Bank Trying to report some fraudulent activity on my @116016 debit card, but the "
        "website is down.",
        "@Bank ich versuche, betrügerische Aktivitäten auf meiner @116016 Debitkarte zu melden.",
        "@Bank J'essaie de signaler une activité frauduleuse sur ma carte de débit @116016.",
        "Auf meiner Karte sind Abbuchungen für Sachen, die ich nicht gekauft habe.",
        "Il y a des débits sur ma carte pour des choses que je n'ai pas achetées.",
        "Hay transacciones que no reconozco en mi tarjeta.",
        "Quelqu'un a une copie de ma carte, et quelqu'un vient de faire un retrait de 500£.",
    ],
)
def test_unrecognised_payments_read_the_same_in_every_language(text: str) -> None:
    assert "money_taken_ongoing" in read_signals(text).found


def test_a_state_court_is_an_escalation_in_german() -> None:
    text = "ALLE ZAHLUNGEN WERDEN AN DAS STAATSGERICHT GEZAHLT, IHR BETRÜGER!"
    assert "escalation_threat" in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "Don't fly BA001 to JFK. Lounge closed. Next time @122394 for sure",
        "Getting ready to make a switch on phone and internet.",
        "Think I'll avoid you guys till this is sorted.",
        "@sprintcare Nah, I quit",
        "Now I need to look for an alternative app.",
        "Fliegt nicht mit BA001. Nächstes Mal auf jeden Fall @122394",
        "Ich glaub, ich mach einen Bogen um euch, bis das geklärt ist.",
        "Maintenant je dois chercher une autre appli.",
        "Creo que os voy a evitar hasta que esto se solucione.",
    ],
)
def test_leaving_said_in_everyday_words(text: str) -> None:
    assert "intent_to_leave" in read_signals(text).found


def test_quitting_a_match_is_not_leaving() -> None:
    text = "I am now locked out from joining a new match because it thinks I quit the match."
    assert "intent_to_leave" not in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "Lyft driver almost killed me.",
        "Ein Lyft-Fahrer hätte mich fast umgebracht.",
        "Un chauffeur Lyft a failli me tuer.",
        "Un conductor de Lyft casi me mata.",
        "My pregnant wife's order included raw chicken.",
    ],
)
def test_a_near_miss_and_raw_chicken_are_safety(text: str) -> None:
    assert "safety" in read_signals(text).found
    assert score_urgency(text, public=False, reach=0).level in {
        UrgencyLevel.HIGH,
        UrgencyLevel.CRITICAL,
    }


@pytest.mark.parametrize(
    "text",
    [
        "I have no affiliation with these creditors and did not initiate these inquiries. Kindly "
        "remove them from my credit report.",
        "INQUIRIES / Hard pulls / Negative, also without my permission, on my Equifax credit report",
    ],
)
def test_an_inquiry_not_authorised_on_a_credit_report_is_a_problem_not_a_payment(
    text: str,
) -> None:
    found = read_signals(text).found
    assert "unauthorised" not in found
    assert "problem" in found
    assert score_urgency(text, public=False, reach=0).level is UrgencyLevel.NORMAL


def test_unauthorised_charges_beside_a_credit_report_stay_unrecognised_payments() -> None:
    text = "There are unauthorized charges on my card and they now show on my credit report."
    assert "unauthorised" in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "I did a bank transfer to top up, but the money is not available.",
        "I do not see the money I transferred into this account",
        "I don't have the device I used to log in so I can't access it.",
        "Das Geld ist noch nicht auf dem Konto des Empfängers eingegangen.",
        "Ich habe das Gerät nicht, deshalb komme ich nicht rein.",
        "L'argent n'a pas encore été versé sur le compte du bénéficiaire.",
        "No veo el dinero que transferí a esta cuenta",
    ],
)
def test_money_not_arriving_and_access_lost_are_problems(text: str) -> None:
    found = read_signals(text).found
    assert "problem" in found
    assert "nothing_wrong" not in found


@pytest.mark.parametrize(
    "text",
    [
        "I'm sick of Norton eating all my memory",
        "ill be there tomorrow to pick it up",
    ],
)
def test_fed_up_and_a_missing_apostrophe_are_not_health(text: str) -> None:
    assert "health" not in read_signals(text).found


def test_what_the_customer_just_did_is_not_money_being_taken() -> None:
    text = (
        "Bank of America asked if someone was committing fraud on my card cause I just spent 900$"
    )
    assert "money_taken_ongoing" not in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "your burritos taste like stale corn flakes",
        "I keep getting the same error message after the update",
        "Meine Milch war sauer und das Brot hart.",
        "Le poulet était cru et le fromage aussi.",
        "El último juego pierde mi progreso cada vez.",
    ],
)
def test_food_and_software_are_what_a_product_complaint_is_about(text: str) -> None:
    assert "topic_product" in read_signals(text).found


@pytest.mark.parametrize(
    ("text", "leaving"),
    [
        ("I invested a lot of time on that site with zero results. Won't do it again.", True),
        ("I tried to top up and it worked before, but it won't do it anymore.", False),
    ],
)
def test_wont_do_it_again_is_the_customer_leaving_not_a_machine(text: str, leaving: bool) -> None:
    assert ("intent_to_leave" in read_signals(text).found) is leaving


@pytest.mark.parametrize(
    "text",
    [
        "@VirginTrains Server cannot be found",
        "Server nicht erreichbar, schon wieder.",
        "Serveur introuvable depuis ce matin.",
        "Servidor no encontrado desde esta mañana.",
    ],
)
def test_a_server_not_found_is_a_service_down(text: str) -> None:
    assert "service_down" in read_signals(text).found


@pytest.mark.parametrize(
    "text",
    [
        "@ATVIAssist Every since the double XP lobbies it started happening to me",
        "@ATVIAssist Seit den Double-XP-Lobbys passiert mir das auch",
        "@ATVIAssist Depuis les lobbys double XP ça a commencé à m'arriver aussi",
        "@ATVIAssist Desde las salas de doble XP me ha empezado a pasar a mí también",
        "@AppleSupport And it just does this...",
        "@AppleSupport Und es macht einfach das hier...",
        "@NikeSupport But then I lose all my progress",
        "@NikeSupport Mais du coup je perds toute ma progression",
        "Every time I try to download a work on 4G this happens",
        "Jedes Mal, wenn ich über 4G ein Werk runterladen will, passiert das",
        "Cada vez que intento descargar una obra con 4G pasa esto",
        "@AppleSupport Cannot log my support request because I cannot get the code",
        "@AppleSupport Impossible d'enregistrer ma demande d'assistance",
        "@AppleSupport it never offers me the 2 step process",
        "@AppleSupport nunca me ofrece el proceso en 2 pasos",
    ],
)
def test_trouble_that_recurs_or_blocks_is_a_problem(text: str) -> None:
    found = read_signals(text).found
    assert "problem" in found
    assert "nothing_wrong" not in found


@pytest.mark.parametrize(
    "text",
    [
        "I forgot my code",
        "Ich habe meinen Code vergessen",
        "J'ai oublié mon code",
        "Olvidé mi código",
        "Ich kann mich in der App nicht verifizieren.",
    ],
)
def test_a_forgotten_code_or_a_failed_check_is_a_problem(text: str) -> None:
    assert "problem" in read_signals(text).found


@pytest.mark.parametrize(
    ("text", "signal", "present"),
    [
        ("This is something I've never applied for.", "identity_theft", True),
        ("@115888 why my premium student account got cancelled?!", "intent_to_leave", False),
        ("I want my account cancelled, I'm done.", "intent_to_leave", True),
        ("service pathétique #AmazonIndia", "anger", True),
        ("les informations trompeuses sur mon dossier de crédit", "anger", False),
        ("wenn ich im Inland erste Klasse fliege", "praise", False),
        ("c'est devenu super galère", "praise", False),
        ("Meine Überweisung hängt auf „ausstehend“ fest.", "problem", True),
        ("No hace falta. Este conductor es genial.", "problem", False),
        ("Ça n'arrête pas de dire impossible de se connecter au serveur", "service_down", True),
        ("No para de decir que no se puede conectar al servidor", "service_down", True),
        ("L'existence de ce compte m'a causé une détresse importante", "frustration", True),
        ("I have contacted the bureaus and the creditor about this account", "credit_report", True),
    ],
)
def test_the_same_words_read_the_same_in_every_language(
    text: str, signal: str, present: bool
) -> None:
    assert (signal in read_signals(text).found) is present


@pytest.mark.parametrize(
    ("text", "signal", "present"),
    [
        ("XXXX, my wife, died last year and I wrote to all three agencies", "vulnerable", True),
        ("I filed a request over 2weeks ago, still no response", "long_wait", True),
        ("In my village, no signals of these three service providers", "service_down", True),
        ("I am not recognizing a debit payment from my account.", "unauthorised", True),
        ("Dieses Unternehmen weigert sich, mir einen Nachweis vorzulegen.", "prior_attempts", True),
        ("Je ne suis jamais allé dans cet établissement.", "unauthorised", True),
        ("Nunca he estado en ese centro.", "unauthorised", True),
        ("Ich hab mein Handy in einem eurer Taxis verloren.", "lost_means", True),
        ("@CoxHelp Bin kurz davor, bei Telefon und Internet zu wechseln.", "intent_to_leave", True),
        (
            "Preparándome para cambiarme de compañía de teléfono e internet.",
            "intent_to_leave",
            True,
        ),
        ("acabo de encontrar la respuesta en otro sitio, muchas gracias", "intent_to_leave", False),
        ("solo era una pregunta rápida entre medias", "escalation_threat", False),
        ("BITTE SPERREN UND ENTFERNEN. Diese Einträge stimmen nicht.", "ongoing", False),
    ],
)
def test_parity_and_false_friends(text: str, signal: str, present: bool) -> None:
    assert (signal in read_signals(text).found) is present


@pytest.mark.parametrize(
    ("text", "signal", "present"),
    [
        ("Comment savoir d'où vient cette opération sur mon compte ?", "unauthorised", True),
        ("¿Cómo averiguo de dónde viene este movimiento de mi cuenta?", "unauthorised", True),
        (
            "des demandes de crédit que je n'ai ni faites ni approuvées sur mon rapport",
            "identity_theft",
            True,
        ),
        ("Kreditanfragen, die ich weder veranlasst noch genehmigt habe", "identity_theft", True),
        ("consultas de crédito que yo no inicié ni aprobé", "identity_theft", True),
        ("@sprintcare Nee, ich bin raus", "intent_to_leave", True),
        ("@sprintcare Nan, j'arrête", "intent_to_leave", True),
        # leaving considered ("perhaps"), not said: step 57 (the tuning label is normal)
        (
            "Empty shelves every time I shop @Tesco. Time to shop elsewhere perhaps",
            "intent_to_leave",
            False,
        ),
        ("No me puedo permitir pagar todo el saldo.", "problem", True),
        ("It is a defamation to my character.", "problem", True),
    ],
)
def test_parity_second_round(text: str, signal: str, present: bool) -> None:
    assert (signal in read_signals(text).found) is present


def test_what_happened_is_that_tells_a_story_not_a_question() -> None:
    text = "What happened is that i was trying to buy a house and saw damages on my report."
    assert "plain_question" not in read_signals(text).found


def test_a_double_space_or_a_line_break_does_not_hide_a_phrase() -> None:
    assert "long_wait" in read_signals("We're patiently approaching  a month now").found
    assert "unauthorised" in read_signals("a payment I did\nnot make").found


@pytest.mark.parametrize(
    ("text", "signal", "present"),
    [
        (
            "Ich wollte wissen, wie sie überprüft wurden, ohne jeden Nachweis",
            "prior_attempts",
            True,
        ),
        ("comment ils ont été vérifiés, sans aucune preuve", "prior_attempts", True),
        ("cómo se verificaron, sin ninguna prueba", "prior_attempts", True),
        ("Kein Netz. Überlege, ob ich wechseln soll", "intent_to_leave", True),
        ("Sin cobertura. Me estoy planteando cambiarme", "intent_to_leave", True),
        ("Discover meldet einen Zahlungsverzug, der entfernt werden muss.", "problem", True),
        ("Meine Überweisung hat nicht geklappt, woran lag das?", "failed_operation", True),
        ("Der geschätzte Wert lag damals bei 300.", "problem", False),
        ("just occasional lag in some lobbies", "problem", True),
    ],
)
def test_parity_third_round(text: str, signal: str, present: bool) -> None:
    assert (signal in read_signals(text).found) is present


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("warum liefert ihr nicht vor 5, wenn ich eine Büroadresse angebe", "topic_delivery"),
        (
            "pourquoi vous livrez pas avant 5h quand je donne une adresse de bureau",
            "topic_delivery",
        ),
        ("Quand j'ai retiré des espèces le taux de change n'était pas bon", "topic_billing"),
        ("Muss ich extra zahlen, wenn ich mit einer ausländischen Karte auflade?", "topic_billing"),
        ("¿Por qué me aparecen movimientos duplicados de una sola compra?", "wrong_charge"),
        ("Ich habe Probleme, meine Identität nachzuweisen.", "topic_account"),
        ("J'ai du mal à prouver mon identité.", "topic_account"),
        ("They put a permanent freeze on my account.", "topic_account"),
    ],
)
def test_what_a_complaint_is_about_reads_the_same_in_every_language(text: str, signal: str) -> None:
    assert signal in read_signals(text).found


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Der Geldautomat hat mir den falschen Betrag ausgegeben.", "failed_operation"),
        ("Le distributeur m'a donné un mauvais montant.", "failed_operation"),
        ("La transferencia a la cuenta no ha salido bien.", "failed_operation"),
        (
            "Wie erreiche ich den Kundenservice wegen meiner abgelehnten Überweisung?",
            "failed_operation",
        ),
        ("Refusé, virement non effectué.", "failed_operation"),
        ("Rechazada, transferencia no completada.", "failed_operation"),
        ("warum @shop uns letzte Woche 3x für unsere Bestellung abgebucht hat", "wrong_charge"),
        ("pourquoi @shop nous a débité 3x pour notre commande", "wrong_charge"),
        ("wollen mir $15 dafür abknöpfen, meine SIM-Karte zu tauschen", "topic_billing"),
        ("¿Se cobra algo por recibir dinero?", "topic_billing"),
        ("por favor devolvedme el dinero o cambiadme el producto", "topic_billing"),
        ("Wie kann ich testen, warum meine Karte vielleicht nicht funktioniert?", "topic_product"),
    ],
)
def test_failed_operations_and_charges_read_the_same_in_every_language(
    text: str, signal: str
) -> None:
    assert signal in read_signals(text).found


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Can you provide information for freezing my card immediately?", "topic_account"),
        ("Können Sie mir sagen, wie ich meine Karte sofort einfrieren kann?", "topic_account"),
        ("Vous pouvez m'expliquer comment geler ma carte immédiatement ?", "topic_account"),
        ("¿Me pueden dar información para congelar mi tarjeta ahora mismo?", "topic_account"),
        ("@shop Der Kundenservice ist scheiße.", "staff_conduct"),
        ("@shop La atención al cliente es una mierda.", "staff_conduct"),
        ("Il y a des réductions si on change souvent des devises ?", "topic_billing"),
        ("weil meine Kabelrechnung einfach bescheuert ist", "topic_billing"),
        ("¿Todavía se puede sin que me cobren nada extra?", "topic_billing"),
        ("How soon do cards arrive after I order them?", "topic_delivery"),
    ],
)
def test_topics_fourth_round(text: str, signal: str) -> None:
    assert signal in read_signals(text).found


def test_freezing_a_card_is_not_a_product_that_freezes() -> None:
    found = read_signals("Can you provide information for freezing my card immediately?").found
    assert "topic_product" not in found


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("I'm not recognizing the card payment.", "unauthorised"),
        ("@ComcastCares I need of help with account", "help_request"),
        ("und der Kundenservice weigert sich, jemanden zu schicken", "problem"),
        ("y atención al cliente se niega a mandar a nadie", "problem"),
        ("Cette société refuse de me fournir une vérification de la dette.", "problem"),
        ("En mi pueblo, nada de cobertura con estas tres compañías", "service_down"),
        ("Am Geldautomaten wurde mir eine Extragebühr berechnet. Warum?", "wrong_charge"),
    ],
)
def test_parity_fifth_round(text: str, signal: str) -> None:
    assert signal in read_signals(text).found
