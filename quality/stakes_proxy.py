"""A check on banking77 texts nobody labelled: do payments the customer did not make reach high.

Run: `uv run python -m quality.stakes_proxy ../shared/corpus`. The banking77 rows of the
development set (both parts) are left out, so this reads no held-out text. Each row's intent
stands in for a label, one-sidedly: by the triage definitions an unrecognised payment or
withdrawal, a compromised card and a lost or stolen card or phone are at least `high`; the
control intents (a card on its way, exchange rates, a pending payment…) describe nothing the
definitions raise, so few of them should reach `high`. It is a proxy, not a measure: a
banking77 intent is a topic, not a judgment of stakes.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from quality.__main__ import judge
from quality.dev_set import LABELS, TUNING, Example

STAKES = (
    "card_payment_not_recognised",
    "cash_withdrawal_not_recognised",
    "direct_debit_payment_not_recognised",
    "compromised_card",
    "lost_or_stolen_card",
    "lost_or_stolen_phone",
)
CONTROLS = (
    "card_arrival",
    "exchange_rate",
    "top_up_by_card_charge",
    "pending_card_payment",
    "transfer_timing",
    "order_physical_card",
    "getting_spare_card",
    "card_delivery_estimate",
    "activate_my_card",
    "edit_personal_details",
    "supported_cards_and_currencies",
    "top_up_limits",
    "declined_card_payment",
    "extra_charge_on_statement",
    "balance_not_updated_after_bank_transfer",
)
FILE = "banking77/train.csv"


def levels_by_intent(corpus: Path) -> dict[str, Counter[str]]:
    """The level triage gives each unlabelled banking77 row of the checked intents."""
    with LABELS.open(newline="", encoding="utf-8") as handle:
        labelled = {row["key"] for row in csv.DictReader(handle) if row["file"] == FILE}
    with (corpus / "complaints" / FILE).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    wanted = set(STAKES) | set(CONTROLS)
    levels: dict[str, Counter[str]] = {intent: Counter() for intent in wanted}
    for index, row in enumerate(rows):
        if str(index) in labelled or row["category"] not in wanted:
            continue
        example = Example(f"{FILE}:{index}", "en", TUNING, row["text"], "low", "other")
        levels[row["category"]][judge(example)[0]] += 1
    return levels


def main(argv: Sequence[str] | None = None) -> int:
    """Print, per intent, the share of rows at high or critical, and the two means."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus"))
    levels = levels_by_intent(parser.parse_args(argv).corpus)
    for group, intents in (("stakes", STAKES), ("control", CONTROLS)):
        shares = []
        for intent in intents:
            counts = levels[intent]
            total = sum(counts.values())
            high = (counts["high"] + counts["critical"]) / total
            shares.append(high)
            print(
                f"{group:8}{intent:42} n={total:4} at least high {high:.2f} "
                f"critical {counts['critical'] / total:.2f}"
            )
        print(f"{group} mean at least high {sum(shares) / len(shares):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
