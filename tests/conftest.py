"""Suite-wide hooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.terminal import TerminalReporter

from tests.integration.conftest import USED_SERVERS

CLUSTER_TESTS = Path(__file__).parent / "cluster"


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--cluster`: the 3-broker SASL_SSL tests in tests/cluster (`make cluster-test`)."""
    parser.addoption(
        "--cluster",
        action="store_true",
        help="run only tests/cluster: a local 3-broker SASL_SSL Kafka cluster loses a broker",
    )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """tests/cluster runs only with --cluster, and then alone: it is too slow for `make test`."""
    in_cluster = collection_path == CLUSTER_TESTS or CLUSTER_TESTS in collection_path.parents
    if config.getoption("--cluster"):
        inside = in_cluster or collection_path in CLUSTER_TESTS.parents
        return None if inside else True
    return True if in_cluster else None


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    """Say which real servers the integration tests ran against."""
    if USED_SERVERS:
        terminalreporter.section("integration servers")
        for name, where in USED_SERVERS.items():
            terminalreporter.write_line(f"{name}: {where}")
