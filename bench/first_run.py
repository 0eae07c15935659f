"""The first run's figures are the baseline later runs are held to (issue 6).

`make bench` stores its headline figures in bench/first_run.json when that file does not exist
yet; every later run compares with it and lists what got worse by more than the noise margin
this machine shows between identical runs.
"""

from __future__ import annotations

import json
from pathlib import Path

FIRST_RUN = Path(__file__).resolve().parent / "first_run.json"
# Identical runs on this 2-core machine differ by up to ~25% (docs/benchmarks.md history).
NOISE = 0.25
# Figures where less is better; the others are rates, where more is better.
LOWER_IS_BETTER = ("round_trips", "p99_ms", "rss_mib")


def compare(figures: dict[str, float]) -> list[str]:
    """Lines saying how this run stands against the first; records it if it is the first."""
    if not FIRST_RUN.exists():
        FIRST_RUN.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
        return [f"This is the first run: its figures are now the baseline ({FIRST_RUN.name})."]
    first: dict[str, float] = json.loads(FIRST_RUN.read_text())
    lines = []
    for name, value in sorted(figures.items()):
        before = first.get(name)
        if before is None or before == 0:
            continue
        change = value / before - 1
        worse = change > NOISE if name.endswith(LOWER_IS_BETTER) else change < -NOISE
        mark = " **regression**" if worse else ""
        lines.append(f"- {name}: {value:,.1f} (first run {before:,.1f}, {change:+.0%}){mark}")
    return lines
