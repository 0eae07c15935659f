"""A small hand-labelled set of helpdesk complaints, one label each, for the category classifier.

Written for Onecase (not copied from any dataset), across all seven default categories, with a
few German, French and Spanish ones. Some are deliberately mixed (a rude delivery driver, a
product that "arrived broken", missing items that were still charged); the label is the issue a
triage desk would route the complaint for. The unit tests and `bench/category_accuracy.py` read it.
"""

from __future__ import annotations

from typing import NamedTuple


class LabelledComplaint(NamedTuple):
    """One complaint with the category a person gave it."""

    category: str
    text: str
    subject: str | None = None


DELIVERY = "delivery"
BILLING = "billing_and_refunds"
DEFECTIVE = "defective_product"
OUTAGE = "service_outage"
STAFF = "staff_conduct"
ACCOUNT = "account_and_security"
OTHER = "other"

LABELLED_COMPLAINTS: tuple[LabelledComplaint, ...] = (
    # delivery
    LabelledComplaint(
        DELIVERY,
        "Order #48213 was supposed to arrive on Tuesday. It's now Friday and the tracking page "
        "hasn't updated since it left the depot. Where is my parcel?",
    ),
    LabelledComplaint(
        DELIVERY,
        "Your courier marked my package as delivered at 14:02 but nothing was left at my door "
        "or with the neighbours. I was home all afternoon.",
        "Parcel marked delivered but not here",
    ),
    LabelledComplaint(
        DELIVERY,
        "I ordered a sofa six weeks ago and have been given three different delivery dates. "
        "Each time nobody turns up and I've taken a day off work for nothing.",
    ),
    LabelledComplaint(
        DELIVERY,
        "The box arrived completely crushed and soaking wet, it was just left in the rain by "
        "the gate.",
    ),
    LabelledComplaint(
        DELIVERY,
        "Still waiting for my order from 3 March. Can someone tell me when it will actually ship?",
    ),
    LabelledComplaint(
        DELIVERY,
        "You sent me the wrong item. I ordered the blue jacket in size M and received a "
        "child's raincoat.",
    ),
    LabelledComplaint(
        DELIVERY,
        "Half of my grocery order was missing: no milk, no eggs, no bread, but I was charged "
        "for everything.",
    ),
    LabelledComplaint(
        DELIVERY,
        "Meine Bestellung ist immer noch nicht angekommen, die Sendungsverfolgung zeigt seit "
        "einer Woche keinen Fortschritt.",
    ),
    LabelledComplaint(
        DELIVERY,
        "Mon colis n'est toujours pas arrivé alors que la livraison était prévue lundi.",
    ),
    LabelledComplaint(
        DELIVERY,
        "Mi pedido no ha llegado y el número de seguimiento no funciona.",
    ),
    LabelledComplaint(
        DELIVERY,
        "Nobody came in the 8-12 window and no card was left. I need to rebook the delivery "
        "of my washing machine.",
        "Missed delivery slot",
    ),
    LabelledComplaint(
        DELIVERY,
        "Tracking says the shipment is held at customs and nobody can tell me why. It's been "
        "ten days.",
    ),
    # billing_and_refunds
    LabelledComplaint(
        BILLING,
        "I was charged twice for the same order, two payments of £49.99 on my card statement "
        "on 12 May. Please refund the duplicate.",
    ),
    LabelledComplaint(
        BILLING,
        "I cancelled my subscription in January but you are still taking £12.99 every month. "
        "I want the last three payments back.",
    ),
    LabelledComplaint(
        BILLING,
        "I returned the shoes on the 2nd and your warehouse confirmed receipt, but the refund "
        "still hasn't shown up on my account after 3 weeks.",
    ),
    LabelledComplaint(
        BILLING,
        "My invoice for April shows 1,200 kWh but the meter reading I submitted was 420. The "
        "bill is three times what it should be.",
        "Wrong amount on invoice",
    ),
    LabelledComplaint(
        BILLING,
        "Why has my monthly bill gone up by £8 without any notice? I never agreed to a price "
        "increase.",
    ),
    LabelledComplaint(
        BILLING,
        "There's a late payment fee on my account even though I paid on time by direct debit.",
    ),
    LabelledComplaint(
        BILLING,
        "I was promised a 20% discount on the phone but it wasn't applied at checkout. Please "
        "credit the difference.",
    ),
    LabelledComplaint(
        BILLING,
        "You took a deposit of 300 euros for the rental and never returned it.",
    ),
    LabelledComplaint(
        BILLING,
        "Sie haben mir den Betrag doppelt abgebucht. Ich bitte um Rückerstattung.",
    ),
    LabelledComplaint(
        BILLING,
        "J'ai été facturé deux fois pour la même commande, je demande un remboursement.",
    ),
    LabelledComplaint(
        BILLING,
        "Me cobraron dos veces el mismo mes, quiero que me devuelvan el dinero.",
    ),
    LabelledComplaint(
        BILLING,
        "Can I get my money back for the concert tickets? The event was cancelled.",
    ),
    # defective_product
    LabelledComplaint(
        DEFECTIVE,
        "The kettle I bought last month has stopped working completely. The light comes on "
        "but it doesn't heat.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "My new laptop's screen flickers and goes black after about ten minutes of use. It's "
        "only two weeks old.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "The zip on the suitcase broke the first time I used it.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "The charger that came with the phone gets extremely hot and stopped charging after "
        "three days.",
        "Faulty charger",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "The washing machine leaks water all over the kitchen floor every time it goes into spin.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "The headphones only play sound in the left ear. I've tried two different phones, so "
        "it's the headphones.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "Printer keeps jamming and showing error E-04 even with new paper. It's a brand new unit.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "The paint started peeling off the chair within a week, really poor quality.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "The replacement part you sent is also defective, same crack in the casing as the "
        "first one.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "Der Staubsauger ist nach zwei Wochen kaputt gegangen und lässt sich nicht mehr "
        "einschalten.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "Le produit est arrivé cassé et ne fonctionne pas.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "La batería del teléfono no carga, el producto es defectuoso.",
    ),
    LabelledComplaint(
        DEFECTIVE,
        "My card stopped working at every shop today even though there's money in the "
        "account; the chip looks damaged.",
    ),
    # service_outage
    LabelledComplaint(
        OUTAGE,
        "Your website has been down all morning, I can't log in to pay my bill.",
    ),
    LabelledComplaint(
        OUTAGE,
        "No internet since 7 am. The router lights are all green but nothing loads. Is there "
        "an outage in SW19?",
    ),
    LabelledComplaint(
        OUTAGE,
        "The app crashes every time I open it since the last update.",
    ),
    LabelledComplaint(
        OUTAGE,
        "We've had no electricity on our street for six hours and your helpline just plays music.",
        "Power cut",
    ),
    LabelledComplaint(
        OUTAGE,
        "Mobile signal has been gone for two days in the whole village, no calls, no data.",
    ),
    LabelledComplaint(
        OUTAGE,
        "Checkout keeps failing with 'something went wrong'. I've tried three cards.",
    ),
    LabelledComplaint(
        OUTAGE,
        "Streaming keeps buffering and then stops with error 503 every evening.",
    ),
    LabelledComplaint(
        OUTAGE,
        "The water supply has been off since yesterday and no one told us about any works.",
    ),
    LabelledComplaint(
        OUTAGE,
        "Your payment page won't load and my bill is due today.",
    ),
    LabelledComplaint(
        OUTAGE,
        "Seit gestern Abend haben wir keinen Internetzugang, die Störung ist immer noch nicht "
        "behoben.",
    ),
    LabelledComplaint(
        OUTAGE,
        "Le service est en panne depuis ce matin, impossible de me connecter.",
    ),
    LabelledComplaint(
        OUTAGE,
        "No hay servicio de internet desde ayer, la conexión está caída.",
    ),
    # staff_conduct
    LabelledComplaint(
        STAFF,
        "The man at the till was incredibly rude to my elderly mother and laughed at her when "
        "she asked for help.",
    ),
    LabelledComplaint(
        STAFF,
        "Your agent hung up on me twice and refused to give me his name.",
    ),
    LabelledComplaint(
        STAFF,
        "Your delivery driver swore at me and threw the parcel over the fence.",
        "Complaint about your driver",
    ),
    LabelledComplaint(
        STAFF,
        "The technician who came to install the boiler was unprofessional, left a mess and "
        "was smoking in our house.",
    ),
    LabelledComplaint(
        STAFF,
        "I was treated like a criminal by the security guard in your store, he followed me "
        "around and searched my bag in front of everyone.",
    ),
    LabelledComplaint(
        STAFF,
        "The receptionist was dismissive and condescending when I asked about my appointment.",
    ),
    LabelledComplaint(
        STAFF,
        "A member of staff made a racist comment to my husband. I expect this to be taken "
        "seriously.",
    ),
    LabelledComplaint(
        STAFF,
        "The manager shouted at me in front of other customers.",
    ),
    LabelledComplaint(
        STAFF,
        "Your call centre advisor promised a callback within 24 hours and never called. "
        "Nobody takes responsibility.",
    ),
    LabelledComplaint(
        STAFF,
        "Der Mitarbeiter am Schalter war extrem unhöflich und hat mich angeschrien.",
    ),
    LabelledComplaint(
        STAFF,
        "Le vendeur a été très impoli et m'a ignoré pendant vingt minutes.",
    ),
    LabelledComplaint(
        STAFF,
        "La empleada fue muy grosera conmigo y se negó a ayudarme.",
    ),
    # account_and_security
    LabelledComplaint(
        ACCOUNT,
        "Someone logged into my account from another country and changed my email address. "
        "I didn't do this!",
    ),
    LabelledComplaint(
        ACCOUNT,
        "I can't reset my password, the reset link in the email says it has expired every time.",
    ),
    LabelledComplaint(
        ACCOUNT,
        "My account got locked after I mistyped my PIN three times and I can't unlock it in "
        "the app.",
        "Account locked",
    ),
    LabelledComplaint(
        ACCOUNT,
        "I've received a text with a verification code I never asked for. Is someone trying "
        "to get into my account?",
    ),
    LabelledComplaint(
        ACCOUNT,
        "My card was stolen last night, please block it immediately.",
    ),
    LabelledComplaint(
        ACCOUNT,
        "There are purchases on my account I didn't make, I think I've been hacked.",
    ),
    LabelledComplaint(
        ACCOUNT,
        "I want to close my account and have all my personal data deleted under GDPR.",
    ),
    LabelledComplaint(
        ACCOUNT,
        "I changed my address in the app but my profile still shows the old one.",
    ),
    LabelledComplaint(
        ACCOUNT,
        "The two-factor authentication codes never arrive so I'm locked out.",
    ),
    LabelledComplaint(
        ACCOUNT,
        "Mein Konto wurde gesperrt und ich kann mein Passwort nicht zurücksetzen.",
    ),
    LabelledComplaint(
        ACCOUNT,
        "Quelqu'un a piraté mon compte et a modifié mon mot de passe.",
    ),
    LabelledComplaint(
        ACCOUNT,
        "Me han robado la tarjeta, por favor bloqueen mi cuenta.",
    ),
    # other
    LabelledComplaint(OTHER, "What are your opening hours on bank holidays?"),
    LabelledComplaint(OTHER, "Do you have the trainers in size 46 anywhere in stock?"),
    LabelledComplaint(OTHER, "I'd like some information about your student discount."),
    LabelledComplaint(OTHER, "Just wanted to say the new store layout is great, thanks."),
    LabelledComplaint(OTHER, "Could you send me a copy of the product manual for model XT-200?"),
    LabelledComplaint(OTHER, "Is it possible to book an appointment for Saturday morning?"),
    LabelledComplaint(OTHER, "Do you offer gift wrapping?"),
    LabelledComplaint(OTHER, "I have a suggestion: it would be nice if the app had a dark mode."),
    LabelledComplaint(OTHER, "Where is your nearest branch to Leeds city centre?"),
    LabelledComplaint(OTHER, "Haben Sie am Sonntag geöffnet?"),
    LabelledComplaint(OTHER, "Est-ce que vous proposez des cartes cadeaux ?"),
    LabelledComplaint(OTHER, "¿Tienen este modelo en color negro?"),
)
