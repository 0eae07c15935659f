"""How a public post's reach moves the levels of first tweets, on the tuning part only.

Run: `uv run python -m quality.public_reach ../shared/corpus`. `make quality` scores every text
as a private web-chat message; a first tweet reaches triage through X's webhook, public, with
its author's followers as reach. This prints, for the tuning part's English first tweets
(labelled by their content, as the definitions say), the urgency accuracy, macro-F1 and how
many come out high or critical when each is scored as a private message and as a public post
at several reaches, with the shipped judgment and context weights (docs/triage-quality.md,
step 18). It never reads the held-out part.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from quality.__main__ import judge
from quality.dev_set import LEVELS, TUNING, load_examples
from quality.metrics import accuracy, macro_f1

REACHES = (0, 30, 300, 1_000, 5_000, 18_500, 40_000, 1_000_000)
_URGENT = frozenset({"high", "critical"})


def main(argv: Sequence[str] | None = None) -> int:
    """Print one line per reach: accuracy, macro-F1 and the count called high or critical."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus"))
    args = parser.parse_args(argv)
    tweets = [
        e
        for e in load_examples(args.corpus, with_reference=False)
        if e.split == TUNING and e.lang == "en" and e.source.startswith("twcs")
    ]
    truth = [e.urgency for e in tweets]
    print(
        f"{len(tweets)} English first tweets of the tuning part; labelled high or critical:"
        f" {sum(t in _URGENT for t in truth)}"
    )
    print("as                 accuracy  macro-F1  high or critical")
    for public, reach in [(False, 0), *((True, r) for r in REACHES)]:
        predicted = [judge(e, public=public, reach=reach)[0] for e in tweets]
        name = f"public, {reach:,}" if public else "private"
        print(
            f"{name:<19}{accuracy(truth, predicted):>8.3f}{macro_f1(truth, predicted, LEVELS):>10.3f}"
            f"{sum(p in _URGENT for p in predicted):>18}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
