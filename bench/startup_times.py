"""Start-up and stop times of the local servers, for docs/local-infrastructure.md.

Run: `uv run python bench/startup_times.py`. The jar download uses a fresh, empty cache, so the
first figure is what a new machine pays once.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from onecase_localinfra.kafka_server import LocalKafka, ensure_kafka_classpath
from onecase_localinfra.mongo_server import LocalMongoWire

RUNS = 3


def timed(action: Callable[[], object]) -> float:
    """Seconds `action` took."""
    started = time.monotonic()
    action()
    return time.monotonic() - started


def summary(label: str, seconds: list[float]) -> str:
    """`label: median (each run)`."""
    runs = ", ".join(f"{s:.2f}" for s in seconds)
    return f"{label:<42} median {statistics.median(seconds):.2f} s  ({runs})"


def main() -> None:
    """Measure and print."""
    cache = Path(tempfile.mkdtemp(prefix="onecase-cold-cache-"))
    cold = timed(lambda: ensure_kafka_classpath(cache))
    warm = timed(lambda: ensure_kafka_classpath(cache))
    print(f"{'Kafka jars, cold download (empty cache)':<42} {cold:.2f} s")
    print(f"{'Kafka jars, cached':<42} {warm * 1000:.1f} ms")

    fresh, restart, stop = [], [], []
    for _ in range(RUNS):
        kafka = LocalKafka(
            cache_dir=cache,
            data_dir=Path(tempfile.mkdtemp()),
            port=29192,
            controller_port=29193,
        )
        fresh.append(timed(kafka.start))
        stop.append(timed(kafka.stop))
        restart.append(timed(kafka.start))
        kafka.stop()
    print(summary("Kafka start to ready, new data dir", fresh))
    print(summary("Kafka restart to ready, same data dir", restart))
    print(summary("Kafka stop", stop))

    mongo_start, mongo_stop = [], []
    for _ in range(RUNS):
        data = Path(tempfile.mkdtemp())
        mongo = LocalMongoWire(cache_dir=data, data_dir=data, port=29217)
        mongo_start.append(timed(mongo.start))
        mongo_stop.append(timed(mongo.stop))
    print(summary("nx-27017 start to first ping", mongo_start))
    print(summary("nx-27017 stop", mongo_stop))


if __name__ == "__main__":
    main()
