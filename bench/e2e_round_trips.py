"""Only the end-to-end part of `make bench`: Mongo round trips per complaint, by command.

One triage and one notify on fresh servers, `complaints` new customers' emails (default 150):
    uv run --frozen python bench/e2e_round_trips.py 150
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import pipeline_bench
from bench.bench_stack import servers


async def measure(complaints: int) -> pipeline_bench.EndToEndFigure:
    """The end-to-end figure of one triage and one notify."""
    with tempfile.TemporaryDirectory(prefix="onecase-round-trips-") as tmp:
        work = Path(tmp)
        with (
            servers(work / "e2e") as running,
            pipeline_bench.pipeline(running, work / "e2e", triage=1, notify=1) as services,
        ):
            return await pipeline_bench.end_to_end(running, services, complaints=complaints)


def main() -> int:
    """Measure and print."""
    complaints = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    figure = asyncio.run(measure(complaints))
    print(
        f"{figure.complaints} complaints, {figure.per_second:.1f}/s, "
        f"{figure.mongo_round_trips:.2f} Mongo round trips per complaint"
    )
    by_service: dict[str, float] = defaultdict(float)
    for key, count in figure.round_trips_by.items():
        print(f"  {key:32} {count:.2f}")
        by_service[key.split(":", 1)[0]] += count
    print("  " + ", ".join(f"{name} {count:.2f}" for name, count in sorted(by_service.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
