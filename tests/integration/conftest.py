"""Real servers for integration tests: found through the same discovery order as `make up`.

ONECASE_KAFKA_BOOTSTRAP / ONECASE_MONGO_URI → testcontainers (if Docker answers) → the local
launcher (Apache Kafka from Maven Central jars, nx-27017). A server that cannot be had fails the
test with instructions; nothing is skipped.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from onecase_localinfra.discovery import Endpoint, find_kafka, find_mongo
from onecase_localinfra.kafka_server import LocalKafka
from onecase_localinfra.processes import start_process, stop_pid_file, wait_until_ready
from onecase_localinfra.stack import service_command
from tests.integration.sandbox_fixture import (  # noqa: F401 -- fixtures
    channel_sandbox,
    channel_sandbox_server,
)
from tests.integration.triage_world import world_factory  # noqa: F401 -- a fixture

HOW_TO_START = (
    "Integration tests need Apache Kafka and a MongoDB-wire server. Either export "
    "ONECASE_KAFKA_BOOTSTRAP and ONECASE_MONGO_URI pointing at running servers, start Docker, "
    "or let the launcher start them: it needs Java 17+ and Maven on PATH (`make test` checks)."
)


def free_ports(count: int) -> list[int]:
    """Ports nobody listens on right now."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


# Shown at the end of the run (tests/conftest.py), so the output says what the tests ran on.
USED_SERVERS: dict[str, str] = {}


@pytest.fixture(scope="session")
def cache_dir() -> Path:
    return Path(os.environ.get("ONECASE_CACHE_DIR") or Path.home() / ".cache" / "onecase")


@pytest.fixture(scope="session")
def kafka(cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    port, controller_port = free_ports(2)
    try:
        endpoint = find_kafka(
            cache_dir=cache_dir,
            data_dir=tmp_path_factory.mktemp("kafka"),
            port=port,
            controller_port=controller_port,
        )
    except Exception as exc:
        pytest.fail(f"{HOW_TO_START}\nCause: {exc}")
    USED_SERVERS["Kafka"] = f"{endpoint.address} ({endpoint.source})"
    yield endpoint
    endpoint.stop()


@pytest.fixture(scope="session")
def mongo(cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    try:
        endpoint = find_mongo(
            cache_dir=cache_dir, data_dir=tmp_path_factory.mktemp("mongo"), port=free_ports(1)[0]
        )
    except Exception as exc:
        pytest.fail(f"{HOW_TO_START}\nCause: {exc}")
    USED_SERVERS["MongoDB-wire server"] = f"{endpoint.address} ({endpoint.source})"
    yield endpoint
    endpoint.stop()


@contextmanager
def _broker_in(cache_dir: Path, data_dir: Path) -> Iterator[LocalKafka]:
    port, controller_port = free_ports(2)
    broker = LocalKafka(
        cache_dir=cache_dir,
        data_dir=data_dir / "kafka",
        port=port,
        controller_port=controller_port,
        log_file=data_dir / "kafka.log",
    )
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture
def own_kafka(cache_dir: Path, tmp_path: Path) -> Iterator[LocalKafka]:
    """A broker of the test's own: topics no other test writes to."""
    with _broker_in(cache_dir, tmp_path) as broker:
        yield broker


@pytest.fixture(scope="module")
def module_kafka(cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalKafka]:
    """A broker for one test module's services.

    Services started with fresh consumer groups read their topics from the beginning: on the
    session's broker, that is every message the other modules sent, which they would work
    through (and answer) before this module's own.
    """
    with _broker_in(cache_dir, tmp_path_factory.mktemp("module-kafka")) as broker:
        yield broker


class RunningServices:
    """intake, its normalizer, triage and notify as real processes, each on its own free port."""

    def __init__(self, run_dir: Path, env: dict[str, str]) -> None:
        self.run_dir = run_dir
        self.env = env
        self.ports: dict[str, int] = {}
        self._processes: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, instance: str | None = None) -> None:
        """Start service `name`; `instance` names a second copy of it (e.g. "triage-b")."""
        key = instance or name
        port = free_ports(1)[0]
        env = {**self.env, f"ONECASE_{name.upper()}_PORT": str(port)}
        process = start_process(
            service_command(name),
            env=env,
            log_file=self.run_dir / f"{key}.log",
            pid_file=self.run_dir / f"{key}.pid",
        )
        self.ports[key] = port
        self._processes[key] = process
        try:
            wait_until_ready(f"http://127.0.0.1:{port}/readyz", process=process, timeout=60)
        except RuntimeError as exc:
            log = (self.run_dir / f"{key}.log").read_text(errors="replace")[-3000:]
            pytest.fail(f"{key} did not become ready: {exc}\n{log}")

    def kill(self, key: str) -> None:
        """SIGKILL: no shutdown hooks, no commits, as in a crash."""
        process = self._processes.pop(key)
        process.kill()
        process.wait(timeout=30)
        (self.run_dir / f"{key}.pid").unlink(missing_ok=True)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}"

    def stop(self, name: str) -> None:
        stop_pid_file(self.run_dir / f"{name}.pid")
        self._processes.pop(name).wait(timeout=30)

    def stop_all(self) -> None:
        for name in list(self._processes):
            self.stop(name)


def service_env(kafka_bootstrap: str, mongo_uri: str, **extra: str) -> dict[str, str]:
    """Environment for the services: fresh database and consumer groups per test."""
    run = uuid.uuid4().hex[:8]
    return {
        "PATH": os.environ.get("PATH", ""),
        "ONECASE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "ONECASE_MONGO_URI": mongo_uri,
        "ONECASE_MONGO_DATABASE": f"onecase_test_{run}",
        "ONECASE_NORMALIZER_GROUP": f"normalizer-{run}",
        "ONECASE_TRIAGE_GROUP": f"triage-{run}",
        "ONECASE_NOTIFY_GROUP": f"notify-{run}",
        "ONECASE_LOG_LEVEL": "INFO",
        **extra,
    }


class MailCatcher:
    """A real SMTP server (aiosmtpd) that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, _server: SMTP, _session: Session, envelope: Envelope) -> str:  # noqa: N802
        raw = envelope.original_content or b""
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 60.0) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        return list(self.messages)


@pytest.fixture
def smtp() -> Iterator[tuple[MailCatcher, int]]:
    catcher = MailCatcher()
    port = free_ports(1)[0]
    controller = Controller(catcher, hostname="127.0.0.1", port=port)
    controller.start()
    yield catcher, port
    controller.stop()


ALWAYS_ON_SHIFT = {"days": list(range(7)), "start": "00:00", "end": "00:00"}


def always_on_roster(path: Path, agents: list[dict[str, object]]) -> Path:
    """A roster file at `path` whose agents are on shift around the clock (tests run any day)."""
    path.write_text(json.dumps({"agents": [{"shift": ALWAYS_ON_SHIFT} | a for a in agents]}))
    return path


def plain_text(message: EmailMessage) -> str:
    """The plain-text body of a received email ("" if it has none)."""
    body = message.get_body(preferencelist=("plain",))
    return str(body.get_content()) if body is not None else ""
