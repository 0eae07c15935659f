"""`make bench`: every benchmark with its same-run baseline; prints tables, writes docs/benchmarks.md.

Everything runs on this machine, on 127.0.0.1: Kafka, the MongoDB-wire server, the services
and the load generator share its cores, which the report states with the figures.
"""

from __future__ import annotations

import asyncio
import os
import platform
import signal
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import case_scale, pipeline_bench, triage_scoring
from bench.baselines import kafka_passthrough, mongo_insert_rate
from bench.bench_report import Report
from bench.bench_stack import servers
from onecase_localinfra.kafka_jars import KAFKA_VERSION

REPORT = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
PACKAGES = ("faststream", "aiokafka", "pymongo", "nx-27017", "pydantic", "httpx", "uvicorn")
INTAKE_REQUESTS = 2000
E2E_COMPLAINTS = 400
SCALE_COMPLAINTS = 300
LATENCY_SECONDS = 12.0


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
        f"- Python {platform.python_version()}, Apache Kafka {KAFKA_VERSION}, nx-27017 as the "
        f"MongoDB-wire server; {versions}",
    ]


async def measure(report: Report) -> None:
    """Every figure; each pipeline on fresh servers, so no run inherits another's backlog."""
    with tempfile.TemporaryDirectory(prefix="onecase-bench-") as tmp:
        work = Path(tmp)
        with servers(work / "intake") as running:
            report.step("Baselines: Kafka consume-and-produce, MongoDB-wire inserts")
            payload = b"x" * 1200
            kafka = await kafka_passthrough(running.kafka.address, messages=5000, payload=payload)
            store = await mongo_insert_rate(running.mongo.address, documents=5000)
            report.baselines(kafka, store)
            report.step("Intake at saturation")
            intake_dir = work / "intake-run"
            intake_dir.mkdir()
            report.intake(
                await pipeline_bench.intake_rates(running, intake_dir, requests=INTAKE_REQUESTS)
            )
        report.step("End to end, one triage and one notify; then latency at 50% and 90% of it")
        with (
            servers(work / "e2e") as running,
            pipeline_bench.pipeline(running, work / "e2e", triage=1, notify=1) as services,
        ):
            single = await pipeline_bench.end_to_end(running, services, complaints=E2E_COMPLAINTS)
            report.end_to_end(single)
            report.latency(
                await pipeline_bench.latency_at(
                    running,
                    services,
                    max_per_s=single.per_second,
                    shares=(0.5, 0.9),
                    seconds=LATENCY_SECONDS,
                )
            )
        report.step("Scale-out on 6-partition topics")
        scaled = [single]
        for triage, notify in ((2, 1), (1, 2), (2, 2)):
            where = work / f"scale-{triage}-{notify}"
            with (
                servers(where) as running,
                pipeline_bench.pipeline(running, where, triage=triage, notify=notify) as services,
            ):
                scaled.append(
                    await pipeline_bench.end_to_end(running, services, complaints=SCALE_COMPLAINTS)
                )
        report.scale_out(scaled)
    report.step("Triage scoring and classification, one core")
    report.scoring(triage_scoring.measure())
    report.step(case_scale.TITLE)
    with (
        tempfile.TemporaryDirectory(prefix="onecase-scale-") as tmp,
        case_scale.mongo_server(Path(tmp)) as address,
    ):
        report.case_scale(await case_scale.measure(address, case_scale.SIZES))


def _stop(_signum: int, _frame: FrameType | None) -> None:
    # SIGTERM (a timeout, a CI cancel) must stop the servers and services like Ctrl-C does.
    raise KeyboardInterrupt


def main() -> int:
    """Measure, print and record."""
    signal.signal(signal.SIGTERM, _stop)
    started = time.monotonic()
    report = Report(machine())
    asyncio.run(measure(report))
    report.finish(seconds=time.monotonic() - started)
    REPORT.write_text(report.markdown())
    print(f"\nWrote {REPORT} in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
