"""A single-node KRaft Apache Kafka broker run from Maven Central jars."""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import signal
import subprocess
import time
import uuid
from collections import deque
from pathlib import Path
from typing import IO

from onecase_localinfra.kafka_jars import KAFKA_VERSION, ensure_kafka_classpath
from onecase_localinfra.kafka_readiness import broker_ready, port_open
from onecase_localinfra.processes import is_alive
from onecase_shared.settings import KafkaSettings

__all__ = ["KAFKA_VERSION", "LocalKafka", "ensure_kafka_classpath", "stop_from_pidfile"]

HOST = "127.0.0.1"
PID_FILE = "kafka.pid"
CLUSTER_ID_FILE = "cluster.id"
JVM_FLAGS = (
    "-Xms256m",
    "-Xmx1g",
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
    # Log4j's own shutdown hook would race Kafka's and swallow the shutdown
    # log; the console appender flushes every line, so nothing is lost.
    "-Dlog4j2.shutdownHookEnabled=false",
)

_LOG4J2_PROPERTIES = """\
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
# One line per request at INFO would drown everything else.
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.channel.name = kafka.network.RequestChannel$
logger.channel.level = WARN
"""


def _server_properties(
    *, port: int, controller_port: int, log_dir: Path, num_partitions: int
) -> str:
    props = {
        "process.roles": "broker,controller",
        "node.id": "1",
        # Static quorum: the voter's address lives only in this file, not in
        # the formatted log, so a data_dir survives a change of controller port.
        "controller.quorum.voters": f"1@{HOST}:{controller_port}",
        "listeners": f"PLAINTEXT://{HOST}:{port},CONTROLLER://{HOST}:{controller_port}",
        "advertised.listeners": f"PLAINTEXT://{HOST}:{port}",
        "controller.listener.names": "CONTROLLER",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "inter.broker.listener.name": "PLAINTEXT",
        "log.dirs": str(log_dir),
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
        "num.partitions": str(num_partitions),
        "auto.create.topics.enable": "true",
        # After a crash the controller refuses the new incarnation until the
        # old one's session expires: 9 s by default, which dominated restarts.
        "broker.session.timeout.ms": "3000",
        "broker.heartbeat.interval.ms": "500",
    }
    return "".join(f"{key}={value}\n" for key, value in props.items())


def _new_cluster_id() -> str:
    # Same shape as Kafka's Uuid.randomUuid(): URL-safe base64 without
    # padding, never starting with '-' (the CLI would read it as an option).
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cid.startswith("-"):
            return cid


def _tail(path: Path, lines: int = 30) -> str:
    try:
        with path.open(errors="replace") as handle:
            return "".join(deque(handle, maxlen=lines))
    except OSError as exc:
        return f"<log {path} unreadable: {exc}>"


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, sig)


class LocalKafka:
    """A single-node KRaft Apache Kafka (broker+controller) on 127.0.0.1."""

    def __init__(
        self,
        *,
        cache_dir: Path,
        data_dir: Path,
        port: int = 9092,
        controller_port: int = 9093,
        log_file: Path | None = None,
        num_partitions: int = 6,
    ) -> None:
        """Describe a broker; nothing is started until :meth:`start`."""
        self.cache_dir = cache_dir
        self.data_dir = data_dir
        self.port = port
        self.controller_port = controller_port
        self.log_file = log_file if log_file is not None else data_dir / "kafka.log"
        self.num_partitions = num_partitions
        self.pid: int | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        """The bootstrap address clients should use, ``127.0.0.1:<port>``."""
        return f"{HOST}:{self.port}"

    @property
    def pid_file(self) -> Path:
        """Where the running broker's pid is recorded for :func:`stop_from_pidfile`."""
        return self.data_dir / PID_FILE

    def start(self, timeout: float = 90.0) -> None:
        """Format storage if needed, launch the broker and wait until it is ready.

        Ready means the port is open, metadata lists the broker and, on a
        restart, every __consumer_offsets partition has reloaded its groups
        (so committed offsets are readable at once). The cluster id is kept in ``data_dir`` so a restart on the same
        ``data_dir`` reuses the existing log (topics and committed offsets).
        Raises RuntimeError, with the end of the log, if a port is taken, the
        JVM exits early or the broker is not ready within ``timeout`` seconds.
        """
        if self.is_running():
            return
        other = _running_pid(self.data_dir)
        if other is not None:
            raise RuntimeError(f"a Kafka broker (pid {other}) already runs on {self.data_dir}")
        for port in self._ports():
            if port_open(port):
                raise RuntimeError(f"cannot start Kafka: {HOST}:{port} is already in use")
        java_home = os.environ.get("JAVA_HOME")
        java = str(Path(java_home, "bin", "java")) if java_home else shutil.which("java")
        if java is None:
            raise RuntimeError("cannot start Kafka: 'java' is not on PATH and JAVA_HOME is unset")
        classpath = os.pathsep.join(str(j) for j in ensure_kafka_classpath(self.cache_dir))

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        config_dir = self.data_dir / "config"
        config_dir.mkdir(exist_ok=True)
        log_dir = (self.data_dir / "log").resolve()
        props = config_dir / "server.properties"
        props.write_text(self._properties(log_dir))
        log4j = config_dir / "log4j2.properties"
        log4j.write_text(_LOG4J2_PROPERTIES)
        jvm = [java, *JVM_FLAGS, f"-Dlog4j2.configurationFile={log4j.resolve()}", "-cp", classpath]

        with self.log_file.open("ab") as log:
            if not (log_dir / "meta.properties").is_file():
                self._format(jvm, props, log)
            proc = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                [*jvm, "kafka.Kafka", str(props.resolve())],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.data_dir,
                start_new_session=True,
            )
        self._proc = proc
        self.pid = proc.pid
        self.pid_file.write_text(f"{proc.pid}\n")
        try:
            self._wait_ready(proc, timeout)
        except BaseException:
            # Also on Ctrl-C: the JVM is in its own session and would linger.
            self.kill()
            raise

    # Hooks a multi-broker node (kafka_cluster.py) overrides.
    def _ports(self) -> tuple[int, ...]:
        return (self.port, self.controller_port)

    def _properties(self, log_dir: Path) -> str:
        return _server_properties(
            port=self.port,
            controller_port=self.controller_port,
            log_dir=log_dir,
            num_partitions=self.num_partitions,
        )

    def _format_options(self) -> list[str]:
        return []

    def _ready(self) -> bool:
        return port_open(self.port) and broker_ready(self.client_settings())

    def client_settings(self) -> KafkaSettings:
        """How a client reaches this broker: its PLAINTEXT listener, whatever the environment says."""
        return KafkaSettings(bootstrap=self.bootstrap, security_protocol="PLAINTEXT")

    def _cluster_id(self) -> str:
        path = self.data_dir / CLUSTER_ID_FILE
        if path.is_file():
            return path.read_text().strip()
        cid = _new_cluster_id()
        path.write_text(f"{cid}\n")
        return cid

    def _format(self, jvm: list[str], props: Path, log: IO[bytes]) -> None:
        cmd = [*jvm, "kafka.tools.StorageTool", "format", "--ignore-formatted"]
        cmd += ["--config", str(props.resolve()), "--cluster-id", self._cluster_id()]
        cmd += self._format_options()
        result = subprocess.run(  # noqa: S603 - fixed argv, no shell
            cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, check=False
        )
        if result.returncode != 0:
            log.flush()
            raise RuntimeError(
                f"formatting Kafka storage failed (exit {result.returncode}); "
                f"last lines of {self.log_file}:\n{_tail(self.log_file)}"
            )

    def _wait_ready(self, proc: subprocess.Popen[bytes], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"Kafka exited during start-up with code {proc.returncode}; "
                    f"last lines of {self.log_file}:\n{_tail(self.log_file)}"
                )
            if self._ready():
                return
            time.sleep(0.2)
        raise RuntimeError(
            f"Kafka was not ready on {self.bootstrap} within {timeout:.0f}s; "
            f"last lines of {self.log_file}:\n{_tail(self.log_file)}"
        )

    def stop(self, timeout: float = 30.0) -> None:
        """Shut down cleanly with SIGTERM, SIGKILL the process group after ``timeout``.

        Calling it when nothing runs is a no-op.
        """
        proc = self._proc
        if proc is None:
            return
        _signal_group(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            _signal_group(proc.pid, signal.SIGKILL)
            proc.wait()
        self._forget()

    def kill(self) -> None:
        """SIGKILL the broker's process group at once (a crash, for tests)."""
        proc = self._proc
        if proc is None:
            return
        _signal_group(proc.pid, signal.SIGKILL)
        proc.wait()
        self._forget()

    def _forget(self) -> None:
        proc = self._proc
        if proc is not None:
            # Anything the JVM left in its group must not outlive it.
            _signal_group(proc.pid, signal.SIGKILL)
        self._proc = None
        self.pid = None
        self.pid_file.unlink(missing_ok=True)

    def is_running(self) -> bool:
        """Whether the broker process started by this object is still alive."""
        return self._proc is not None and self._proc.poll() is None

    def __enter__(self) -> LocalKafka:
        """Start the broker (see :meth:`start`) and return it."""
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Stop the broker (see :meth:`stop`)."""
        self.stop()


def _is_our_broker(pid: int, data_dir: Path) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    # A recycled pid must not get a signal meant for an old broker.
    props = str((data_dir / "config" / "server.properties").resolve()).encode()
    return state != "Z" and b"kafka.Kafka" in cmdline and props in cmdline


def _running_pid(data_dir: Path) -> int | None:
    try:
        pid = int((data_dir / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _is_our_broker(pid, data_dir) else None


def stop_from_pidfile(data_dir: Path, timeout: float = 30.0) -> bool:
    """Stop a broker started earlier (possibly by another process) on ``data_dir``.

    Sends SIGTERM to its process group, waits up to ``timeout`` seconds and
    then SIGKILLs it. Returns True if a running broker was stopped, False if
    none was running. The pid file is removed either way.
    """
    pid_file = data_dir / PID_FILE
    pid = _running_pid(data_dir)
    if pid is None:
        pid_file.unlink(missing_ok=True)
        return False
    _signal_group(pid, signal.SIGTERM)
    # Identity was checked above; from here wait on the process itself, because an exiting
    # JVM loses its cmdline before it is gone.
    deadline = time.monotonic() + timeout
    while is_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if is_alive(pid):
        _signal_group(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while is_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
    pid_file.unlink(missing_ok=True)
    return True
