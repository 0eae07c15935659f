"""The stack a benchmark runs on: Kafka, the MongoDB-wire server, an SMTP receiver, services.

Everything is a real process on 127.0.0.1, started the way `make up` starts it, each service
on a free port, with as many triage and notify instances as a run asks for.
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from onecase_localinfra.discovery import Endpoint, find_kafka, find_mongo
from onecase_localinfra.processes import start_process, stop_pid_file, wait_until_ready
from onecase_localinfra.stack import service_command


def free_port() -> int:
    """A port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ReceivedMail:
    """One mail the receiver accepted, and when (wall clock, comparable across processes)."""

    to: str
    at: float
    case_number: str | None
    kind: str | None


@dataclass
class MailReceiver:
    """An SMTP server that only notes who got what and when."""

    mails: list[ReceivedMail] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, _server: SMTP, _session: Session, envelope: Envelope) -> str:  # noqa: N802 -- aiosmtpd's hook name
        """Note the mail; parse only its headers."""
        at = time.time()
        raw = envelope.original_content or b""
        headers = message_from_bytes(raw.split(b"\r\n\r\n", 1)[0])
        with self.lock:
            for to in envelope.rcpt_tos:
                self.mails.append(
                    ReceivedMail(
                        to, at, headers["X-Onecase-Case"], headers["X-Onecase-Notification"]
                    )
                )
        return "250 OK"

    def acknowledgments(self) -> dict[str, float]:
        """Recipient → when their first acknowledgment arrived."""
        with self.lock:
            found: dict[str, float] = {}
            for mail in self.mails:
                if mail.kind == "acknowledgment":
                    found.setdefault(mail.to, mail.at)
            return found


@dataclass
class Servers:
    """Kafka, Mongo and the SMTP receiver for one benchmark run."""

    kafka: Endpoint
    mongo: Endpoint
    smtp_port: int
    mail: MailReceiver


@contextmanager
def servers(work_dir: Path) -> Iterator[Servers]:
    """Start Kafka, the MongoDB-wire server and an SMTP receiver; stop them afterwards."""
    work_dir.mkdir(parents=True, exist_ok=True)
    cache = Path(os.environ.get("ONECASE_CACHE_DIR") or Path.home() / ".cache" / "onecase")
    kafka = find_kafka(
        cache_dir=cache,
        data_dir=work_dir / "kafka",
        port=free_port(),
        controller_port=free_port(),
    )
    mongo = find_mongo(cache_dir=cache, data_dir=work_dir / "mongo", port=free_port())
    receiver = MailReceiver()
    smtp_port = free_port()
    controller = Controller(receiver, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        yield Servers(kafka=kafka, mongo=mongo, smtp_port=smtp_port, mail=receiver)
    finally:
        controller.stop()
        mongo.stop()
        kafka.stop()


@dataclass
class Service:
    """One running service process."""

    name: str
    key: str
    port: int
    process: subprocess.Popen[bytes]
    pid_file: Path

    @property
    def url(self) -> str:
        """Its base URL."""
        return f"http://127.0.0.1:{self.port}"

    def peak_rss_mib(self) -> float:
        """The process's peak resident memory so far (VmHWM), in MiB."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")


class Services:
    """intake, triage and notify processes for one run, with a fresh database and groups."""

    def __init__(self, servers: Servers, work_dir: Path, **extra_env: str) -> None:
        run = uuid.uuid4().hex[:8]
        self._work_dir = work_dir
        self.env = {
            "PATH": os.environ.get("PATH", ""),
            "ONECASE_KAFKA_BOOTSTRAP": servers.kafka.address,
            "ONECASE_MONGO_URI": servers.mongo.address,
            "ONECASE_MONGO_DATABASE": f"bench_{run}",
            "ONECASE_NORMALIZER_GROUP": f"normalizer-{run}",
            "ONECASE_TRIAGE_GROUP": f"triage-{run}",
            "ONECASE_NOTIFY_GROUP": f"notify-{run}",
            "ONECASE_SMTP_HOST": "127.0.0.1",
            "ONECASE_SMTP_PORT": str(servers.smtp_port),
            "ONECASE_SMTP_PER_SECOND": "10000",
            "ONECASE_LOG_LEVEL": "WARNING",
            **extra_env,
        }
        self.running: list[Service] = []

    def start(self, name: str, instance: int = 0) -> Service:
        """Start one instance of a service and wait until it is ready."""
        key = f"{name}-{instance}"
        port = free_port()
        pid_file = self._work_dir / f"{key}.pid"
        process = start_process(
            service_command(name),
            env={**self.env, f"ONECASE_{name.upper()}_PORT": str(port)},
            log_file=self._work_dir / f"{key}.log",
            pid_file=pid_file,
        )
        wait_until_ready(f"http://127.0.0.1:{port}/readyz", process=process, timeout=90)
        service = Service(name, key, port, process, pid_file)
        self.running.append(service)
        return service

    def of(self, name: str) -> list[Service]:
        """The running instances of one service."""
        return [s for s in self.running if s.name == name]

    def stop_all(self) -> None:
        """Stop every instance, newest first."""
        for service in reversed(self.running):
            stop_pid_file(service.pid_file)
            service.process.wait(timeout=30)
        self.running.clear()
