"""`make bench`: run every benchmark, print the tables, write docs/benchmarks.md.

Each benchmark measures its baseline in the same run, so the ratios hold on any machine; the
absolute figures are this machine's, recorded with its cores, memory and versions.
"""

from __future__ import annotations

import os
import platform
import sys
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import triage_scoring
from onecase_localinfra.kafka_jars import KAFKA_VERSION

REPORT = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
PACKAGES = ("faststream", "aiokafka", "pymongo", "nx-27017", "pydantic", "vadersentiment")


def machine() -> list[str]:
    """Date, cores, memory and versions, as report lines."""
    meminfo = Path("/proc/meminfo")
    memory = "unknown"
    if meminfo.exists():
        total_kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
        memory = f"{total_kb / 1024 / 1024:.1f} GiB"
    versions = ", ".join(f"{name} {version(name)}" for name in PACKAGES)
    return [
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {os.cpu_count()} cores, {memory} memory, {platform.platform()}",
        f"- Python {platform.python_version()}, Apache Kafka {KAFKA_VERSION}, {versions}",
    ]


def main() -> int:
    """Measure, print and record."""
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (bench/run_all.py); do not edit by hand.",
        "",
    ]
    lines += machine()
    print("\n".join(lines[4:]))
    print("\nTriage scoring and classification (one core) …", flush=True)
    scoring = triage_scoring.report(triage_scoring.measure())
    print("\n".join(scoring))
    lines += [
        "",
        "## Triage: urgency scoring and category classification, one core",
        "",
        triage_scoring.__doc__.strip().split("\n\n", 1)[1] if triage_scoring.__doc__ else "",
        "",
        *scoring,
    ]
    REPORT.write_text("\n".join(lines) + "\n")
    print(f"\nWrote {REPORT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
