"""The default taxonomy's terms: what a helpdesk complaint of each category tends to say.

Weights: 3 for a term that decides on its own ("charged twice", "never arrived", "rude"), 2 for
a clear topic word ("parcel", "invoice", "pin"), 1 for a hint that needs company ("order",
"top up"): the default `min_score` is 2, so a hint alone never decides. Terms are normalized like
texts (`category_text`), so write them plainly: "arrived" also matches "arrive", "arriving" and
"arrivé"; "not arrived" also matches "hasn't arrived" and "never arrived". Filler words are
dropped, so "my details" would be the same term as "details": write what is left on purpose.
English first, with common German, French and Spanish words. The terms were tuned on four
fifths of banking77 only (docs/triage-quality.md).
"""

from __future__ import annotations

STRONG, CLEAR, HINT = 3.0, 2.0, 1.0

DEFAULT_FALLBACK = "other"
DEFAULT_MIN_SCORE = CLEAR
"""A hint alone never decides; one clear term does."""


def _weighted(strong: str = "", clear: str = "", hint: str = "") -> dict[str, float]:
    """Terms by tier, one per line or separated by `|`, as a term -> weight table."""
    table: dict[str, float] = {}
    for weight, terms in ((STRONG, strong), (CLEAR, clear), (HINT, hint)):
        for term in filter(None, (t.strip() for t in terms.replace("\n", "|").split("|"))):
            if term in table:
                raise ValueError(f"{term!r} is listed twice")
            table[term] = weight
    return table


DELIVERY = _weighted(
    strong="""never arrived | not arrived | not delivered | not been delivered
        | not received my order | where is my order | where is my parcel | where is my package
        | tracking number | missed delivery | delivery date | marked as delivered
        | lost in the post | out for delivery | wrong item | not shipped | not dispatched
        | not turned up | still waiting for my order | not come | not came | not here yet
        | not got | on its way | en route | on route | in the mail | expedite | expedited
        | nicht angekommen | nicht geliefert | sendungsverfolgung | pas arrivé | pas livré
        | no ha llegado | número de seguimiento""",
    clear="""delivery | deliver | parcel | package | courier | shipment | shipping | shipped
        | ship | tracking | dispatch | arrived | arrival | not received | not gotten
        | in transit | customs | postman | post office | lieferung | geliefert | paket | sendung
        | zustellung | livraison | livré | colis | suivi | entrega | paquete | envío
        | seguimiento | pedido""",
    hint="""order | waiting | late | driver | box | expect | when will | how long | missing
        | bestellung | commande""",
)

BILLING = _weighted(
    strong="""charged twice | double charged | double charge | duplicate charge | charged me twice
        | refund | money back | overcharged | wrong amount | extra charge | hidden fee
        | still being charged | keep charging | wrong rate | wrong exchange rate
        | where is my money | not received the money | not received my money
        | not received the payment | not received the funds | rückerstattung | erstattung
        | doppelt abgebucht | remboursement | facturé deux fois | reembolso | dos veces
        | devuelvan el dinero""",
    clear="""charge | charged | fee | bill | billing | invoice | payment | paid | price | discount
        | subscription | statement | direct debit | debit | deposit | balance | pending | cost
        | reverted | revert | duplicate | cancel | not show | not appear | rechnung | abbuchung
        | abgebucht | betrag | facture | facturé | paiement | factura | cobro | cobraron | cargo
        | dinero""",
    hint="""amount | pay | transfer | top up | cash | euros | pounds | dollars | money | funds
        | credit | transaction | rate | exchange rate | wrong | incorrect | incorrectly | bad
        | terrible""",
)

DEFECTIVE = _weighted(
    strong="""stopped working | broken | broke | faulty | defective | damaged | cracked
        | not turn on | not switch on | poor quality | kaputt | defekt | funktioniert nicht
        | cassé | défectueux | ne fonctionne pas | no funciona | roto | defectuoso | averiado""",
    clear="""leak | fault | malfunction | flicker | jam | overheat | quality | repair | warranty
        | guarantee | peeling | ripped | torn | battery | screen | not heat | not use
        | not working | not function | non-functional | charger | einschalten""",
    hint="""replacement | device | work""",
)

OUTAGE = _weighted(
    strong="""outage | offline | no internet | no signal | no service | no power | power cut
        | no electricity | no water | website down | is down | crash | crashes | not load
        | service unavailable | something went wrong | declined | rejected | denied
        | not accepted | not approved | not complete | störung | ausfall | kein internet
        | en panne | panne | hors service | caída | sin servicio | no hay servicio""",
    clear="""down | internet | wifi | broadband | website | site | system | server | network
        | connection | connect | error | buffering | signal | electricity | water supply
        | failed | failing | not go through | not withdraw | not transfer | not let
        | not allowed | not possible | internetzugang | conexión | connecter""",
    hint="""login page | checkout | trouble | not working""",
)

STAFF = _weighted(
    strong="""rude | rudely | unprofessional | impolite | disrespectful | shouted | yelled | swore
        | hung up | racist | sexist | harassed | harassment | condescending | dismissive
        | arrogant | insulted | laughed at | treated like | unhöflich | angeschrien | impoli
        | grossier | grosero | grosera | maleducado""",
    clear="""staff | employee | member of staff | agent | advisor | adviser | representative
        | manager | cashier | receptionist | technician | security guard | salesperson
        | attitude | behaviour | behavior | conduct | ignored | refused to help | mitarbeiter
        | vendeur | vendeuse | empleado | empleada""",
    hint="""treated | called | callback | promised | nobody | responsibility""",
)

ACCOUNT = _weighted(
    strong="""password | passcode | reset password | locked out | account locked | hacked
        | stolen | stole | fraud | fraudulent | unauthorised | unauthorized | not authorised
        | not authorized | not recognise | not recognize | recognise | recognize | didn't make
        | never made | phishing | scam | two-factor | 2fa | verification code | identity
        | compromised | without my consent | without permission | not mine | someone is using
        | someone used | someone else | suspicious | strange payment | unfamiliar
        | not familiar | unknown charge | unknown payment | freeze my card | frozen
        | block my card | cancel my card | close my account | delete my account
        | personal data | gdpr | passwort | gesperrt | mot de passe | piraté | contraseña
        | robado | bloqueen""",
    clear="""login | log in | logged in | sign in | security | verify | verification | profile
        | email address | personal details | change my details | update my details
        | personal information | update my information | change my name | phone number
        | change my address
        | change of address | new address | update my address | lost | lost my card
        | lost my phone | pin | blocked | locked | not access | no access | source of funds | id
        | id check | identity check | identification | not remember | someone | konto | compte
        | cuenta""",
    hint="""freeze | address | account | access | strange | odd | unknown""",
)

OTHER = _weighted(
    clear="""opening hours | suggestion | feedback | question | thanks | thank you | do you offer
        | do you have | in stock | appointment | branch""",
    hint="""how do i | how can i | how to | can i | could i | is it possible | do you | what are
        | where can i | where do i | i would like | tell me about | info | information
        | where is your | geöffnet | proposez | tienen""",
)

DEFAULT_TERMS: dict[str, dict[str, float]] = {
    "delivery": DELIVERY,
    "billing_and_refunds": BILLING,
    "defective_product": DEFECTIVE,
    "service_outage": OUTAGE,
    "staff_conduct": STAFF,
    "account_and_security": ACCOUNT,
    DEFAULT_FALLBACK: OTHER,
}
"""Category name -> term -> weight, in tie-breaking order."""
