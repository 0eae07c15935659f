"""Suite-wide hooks."""

from __future__ import annotations

from _pytest.terminal import TerminalReporter

from tests.integration.conftest import USED_SERVERS


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    """Say which real servers the integration tests ran against."""
    if USED_SERVERS:
        terminalreporter.section("integration servers")
        for name, where in USED_SERVERS.items():
            terminalreporter.write_line(f"{name}: {where}")
