"""A local 3-broker KRaft cluster on SASL_SSL for `make cluster-test` (not part of `make test`).

The MongoDB-wire server, the SMTP catcher and the channel sandbox are the integration tests'.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from _pytest.terminal import TerminalReporter

from onecase_localinfra.kafka_cluster import LocalKafkaCluster
from tests.integration.conftest import (  # noqa: F401 -- fixtures
    cache_dir,
    free_ports,
    mongo,
    smtp,
)
from tests.integration.sandbox_fixture import (  # noqa: F401 -- fixtures
    channel_sandbox,
    channel_sandbox_server,
)

BROKERS = 3
# What the run measured and on what, printed at the end of the run.
REPORT: list[str] = []


@pytest.fixture
def kafka_cluster(cache_dir: Path, tmp_path: Path) -> Iterator[LocalKafkaCluster]:  # noqa: F811
    ports = free_ports(2 * BROKERS)
    cluster = LocalKafkaCluster(
        cache_dir=cache_dir,
        data_dir=tmp_path / "cluster",
        ports=tuple(ports[:BROKERS]),
        controller_ports=tuple(ports[BROKERS:]),
    )
    try:
        cluster.start()
    except Exception as exc:
        cluster.stop()
        pytest.fail(f"the {BROKERS}-broker cluster did not start (Java 17+ and Maven?): {exc}")
    yield cluster
    cluster.stop()


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    """Say what the cluster test ran on and what it measured."""
    if REPORT:
        terminalreporter.section("kafka cluster")
        for line in REPORT:
            terminalreporter.write_line(line)
