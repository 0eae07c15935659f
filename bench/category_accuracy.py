"""Accuracy and speed of the category classifier, for docs/triage-quality.md.

Run: `uv run python bench/category_accuracy.py ../shared/corpus`. It reads banking77's train split
in place (never copied into the repo), maps its 77 intents to the default taxonomy with the table
below, and scores the classifier on a held-out fifth of the rows (every 5th row, counting data
rows from 0: rows 4, 9, 14, ...). Keywords were tuned only on the other four fifths; both figures
are printed. Then it scores the hand-labelled set in `tests/category_samples.py` and measures
throughput on one core. `--misses` lists misclassified TUNING rows (never held-out ones), which
is what tuning may look at. Without the corpus folder it says so and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

# Run as a script from the repo root: make `tests` (the hand-labelled set) importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from onecase_triage.domain.categories import DEFAULT_TAXONOMY, MAX_CHARS, classify
from tests.category_samples import LABELLED_COMPLAINTS

BANKING77 = Path("complaints/banking77")
HELD_OUT_EVERY = 5

DELIVERY = "delivery"
BILLING = "billing_and_refunds"
DEFECTIVE = "defective_product"
OUTAGE = "service_outage"
STAFF = "staff_conduct"
ACCOUNT = "account_and_security"
OTHER = "other"

INTENT_TO_CATEGORY: dict[str, str] = {
    # delivery: the physical card is the parcel
    "card_arrival": DELIVERY,
    "card_delivery_estimate": DELIVERY,
    # billing_and_refunds: charges, fees, rates, refunds, and money that is late or wrong
    "extra_charge_on_statement": BILLING,
    "transaction_charged_twice": BILLING,
    "card_payment_fee_charged": BILLING,
    "transfer_fee_charged": BILLING,
    "cash_withdrawal_charge": BILLING,
    "exchange_charge": BILLING,
    "top_up_by_card_charge": BILLING,
    "top_up_by_bank_transfer_charge": BILLING,
    "card_payment_wrong_exchange_rate": BILLING,
    "wrong_exchange_rate_for_cash_withdrawal": BILLING,
    "wrong_amount_of_cash_received": BILLING,
    "request_refund": BILLING,
    "Refund_not_showing_up": BILLING,
    "reverted_card_payment?": BILLING,
    "top_up_reverted": BILLING,
    "pending_card_payment": BILLING,
    "pending_cash_withdrawal": BILLING,
    "pending_top_up": BILLING,
    "pending_transfer": BILLING,
    "balance_not_updated_after_bank_transfer": BILLING,
    "balance_not_updated_after_cheque_or_cash_deposit": BILLING,
    "transfer_not_received_by_recipient": BILLING,
    "cancel_transfer": BILLING,
    # defective_product: the card (the product) does not work
    "card_not_working": DEFECTIVE,
    "contactless_not_working": DEFECTIVE,
    "virtual_card_not_working": DEFECTIVE,
    # service_outage: the service failed to carry out an operation
    "declined_card_payment": OUTAGE,
    "declined_transfer": OUTAGE,
    "declined_cash_withdrawal": OUTAGE,
    "failed_transfer": OUTAGE,
    "top_up_failed": OUTAGE,
    "beneficiary_not_allowed": OUTAGE,
    "card_swallowed": OUTAGE,
    # account_and_security: access, credentials, identity, fraud, lost or stolen means of access
    "compromised_card": ACCOUNT,
    "lost_or_stolen_card": ACCOUNT,
    "lost_or_stolen_phone": ACCOUNT,
    "card_payment_not_recognised": ACCOUNT,
    "cash_withdrawal_not_recognised": ACCOUNT,
    "direct_debit_payment_not_recognised": ACCOUNT,
    "pin_blocked": ACCOUNT,
    "change_pin": ACCOUNT,
    "passcode_forgotten": ACCOUNT,
    "verify_my_identity": ACCOUNT,
    "why_verify_identity": ACCOUNT,
    "unable_to_verify_identity": ACCOUNT,
    "verify_source_of_funds": ACCOUNT,
    "edit_personal_details": ACCOUNT,
    "terminate_account": ACCOUNT,
    # other: product questions and how-tos with no complaint in them
    "activate_my_card": OTHER,
    "age_limit": OTHER,
    "apple_pay_or_google_pay": OTHER,
    "atm_support": OTHER,
    "automatic_top_up": OTHER,
    "card_about_to_expire": OTHER,
    "card_acceptance": OTHER,
    "card_linking": OTHER,
    "country_support": OTHER,
    "disposable_card_limits": OTHER,
    "exchange_rate": OTHER,
    "exchange_via_app": OTHER,
    "fiat_currency_support": OTHER,
    "get_disposable_virtual_card": OTHER,
    "get_physical_card": OTHER,
    "getting_spare_card": OTHER,
    "getting_virtual_card": OTHER,
    "order_physical_card": OTHER,
    "receiving_money": OTHER,
    "supported_cards_and_currencies": OTHER,
    "top_up_by_cash_or_cheque": OTHER,
    "top_up_limits": OTHER,
    "topping_up_by_card": OTHER,
    "transfer_into_account": OTHER,
    "transfer_timing": OTHER,
    "verify_top_up": OTHER,
    "visa_or_mastercard": OTHER,
}

CONTESTED = frozenset(
    {
        "card_payment_not_recognised",  # fraud (security) or a charge dispute (billing)
        "cash_withdrawal_not_recognised",
        "direct_debit_payment_not_recognised",
        "declined_card_payment",  # a failed operation (outage) or a card fault (defective)
        "declined_transfer",
        "declined_cash_withdrawal",
        "failed_transfer",
        "top_up_failed",
        "beneficiary_not_allowed",
        "card_swallowed",  # the machine failed (outage), or security
        "pending_card_payment",  # money late (billing) or the service slow (outage)
        "pending_cash_withdrawal",
        "pending_top_up",
        "pending_transfer",
        "transfer_not_received_by_recipient",  # billing, or "delivery" of money
        "activate_my_card",  # a how-to (other) or "my card does not work" (defective)
        "verify_top_up",  # a how-to (other) or identity checks (account)
    }
)
"""Intents whose mapping is a judgment call; accuracy is also shown without them."""

Row = tuple[str, str]  # (text, expected category)


def load_banking77(corpus: Path) -> tuple[list[Row], list[Row], list[tuple[str, str]]]:
    """(tuning rows, held-out rows, held-out (text, intent)) from banking77's train split."""
    folder = corpus / BANKING77
    intents = json.loads((folder / "categories.json").read_text(encoding="utf-8"))
    unmapped = set(intents) - set(INTENT_TO_CATEGORY)
    if unmapped:
        raise SystemExit(f"intents without a mapping: {sorted(unmapped)}")
    tuning: list[Row] = []
    held_out: list[Row] = []
    held_out_intents: list[tuple[str, str]] = []
    with (folder / "train.csv").open(encoding="utf-8", newline="") as handle:
        for i, record in enumerate(csv.DictReader(handle)):
            row = (record["text"], INTENT_TO_CATEGORY[record["category"]])
            if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1:
                held_out.append(row)
                held_out_intents.append((record["text"], record["category"]))
            else:
                tuning.append(row)
    return tuning, held_out, held_out_intents


def predict(rows: Sequence[Row]) -> list[str]:
    """The classifier's category for each row's text."""
    return [classify(text).category for text, _ in rows]


def report(title: str, expected: Sequence[str], predicted: Sequence[str]) -> None:
    """Print accuracy, per-category precision/recall/F1, macro-F1 and the top confusions."""
    labels = list(DEFAULT_TAXONOMY.categories)
    pairs = Counter(zip(expected, predicted, strict=True))
    correct = sum(n for (e, p), n in pairs.items() if e == p)
    print(f"\n## {title}: {len(expected)} rows")
    print(f"accuracy {correct}/{len(expected)} = {correct / len(expected):.1%}")
    print(f"{'category':<22}{'n':>6}{'recall':>8}{'precision':>11}{'F1':>7}")
    f1s = []
    for label in labels:
        support = sum(n for (e, _), n in pairs.items() if e == label)
        said = sum(n for (_, p), n in pairs.items() if p == label)
        hits = pairs[(label, label)]
        recall = hits / support if support else 0.0
        precision = hits / said if said else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if support:
            f1s.append(f1)
            print(f"{label:<22}{support:>6}{recall:>8.1%}{precision:>11.1%}{f1:>7.2f}")
        else:
            print(f"{label:<22}{support:>6}{'-':>8}{'-':>11}{'-':>7}  (predicted {said}x)")
    print(f"macro-F1 over the {len(f1s)} categories present: {sum(f1s) / len(f1s):.3f}")
    confusions = [((e, p), n) for (e, p), n in pairs.most_common() if e != p][:8]
    print("top confusions (expected -> predicted):")
    for (e, p), n in confusions:
        print(f"  {n:>4}  {e} -> {p}")


def throughput(texts: Sequence[str], label: str, rounds: int = 3) -> None:
    """Print complaints per second on one core, best of `rounds` passes."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            classify(text)
        best = min(best, time.perf_counter() - started)
    per_second = len(texts) / best
    print(f"{label:<58} {per_second:>9,.0f}/s  ({best / len(texts) * 1e6:.0f} µs each)")


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print; exit 0 when the corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path, help="the shared corpus folder (../shared/corpus)")
    parser.add_argument("--misses", action="store_true", help="list misclassified tuning rows")
    args = parser.parse_args(argv)

    own_expected = [c.category for c in LABELLED_COMPLAINTS]
    own_predicted = [classify(c.text, c.subject).category for c in LABELLED_COMPLAINTS]

    if not (args.corpus / BANKING77 / "train.csv").is_file():
        print(f"banking77 not found under {args.corpus}: skipping the corpus figures.")
        report("own labelled set (tests/category_samples.py)", own_expected, own_predicted)
        return 0

    tuning, held_out, held_out_intents = load_banking77(args.corpus)
    if args.misses:
        predicted = predict(tuning)
        for (text, want), got in zip(tuning, predicted, strict=True):
            if want != got:
                print(f"{want:<22} {got:<22} {text}")
        report("banking77 tuning split", [c for _, c in tuning], predicted)
        report("own labelled set (tests/category_samples.py)", own_expected, own_predicted)
        return 0

    print("# Category classifier accuracy (default taxonomy)")
    report(
        "banking77 HELD-OUT (every 5th row; headline)",
        [c for _, c in held_out],
        predict(held_out),
    )
    clear = [
        row
        for row, (_, intent) in zip(held_out, held_out_intents, strict=True)
        if intent not in CONTESTED
    ]
    report("banking77 held-out, contested intents left out", [c for _, c in clear], predict(clear))
    report(
        "banking77 tuning split (keywords were tuned on it)",
        [c for _, c in tuning],
        predict(tuning),
    )
    report("own labelled set (tests/category_samples.py)", own_expected, own_predicted)

    print("\n## throughput, classify() only, one core")
    every = [t for t, _ in tuning + held_out]
    throughput(
        every, f"banking77, {len(every)} texts (mean {sum(map(len, every)) // len(every)} chars)"
    )
    own = [f"{c.subject or ''}\n{c.text}" for c in LABELLED_COMPLAINTS]
    emails = [" ".join(own[i : i + 8]) for i in range(0, len(own), 2)]
    mean = sum(map(len, emails)) // len(emails)
    throughput(emails * 20, f"email-sized, {len(emails) * 20} texts (mean {mean} chars)")
    longest = " ".join(own * 30)[:MAX_CHARS]
    throughput([longest] * 50, f"at the cap, 50 texts of {len(longest):,} chars")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
