"""The whole local stack: Kafka, the MongoDB-wire server, an SMTP sink and the services."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from onecase_localinfra import kafka_server, mongo_server
from onecase_localinfra.discovery import find_kafka, find_mongo
from onecase_localinfra.processes import (
    is_running,
    start_process,
    stop_pid_file,
    wait_until_ready,
)

SERVICES = (("intake", 8001), ("normalizer", 8004), ("triage", 8002), ("notify", 8003))
# Deployables that live inside another service's package.
_MODULES = {"normalizer": "onecase_intake.normalizer"}


def service_command(name: str) -> list[str]:
    """The command that runs one deployable (`normalizer` is intake's second process)."""
    return [sys.executable, "-m", _MODULES.get(name, f"onecase_{name}")]


SMTP_SINK_PORT = 2525
SANDBOX_PORT = 8010


@dataclass(frozen=True)
class StackPaths:
    """Where the stack keeps its state (`run_dir`) and its downloads (`cache_dir`)."""

    run_dir: Path
    cache_dir: Path

    @property
    def kafka_dir(self) -> Path:
        """Kafka's data, config, log and pid file."""
        return self.run_dir / "kafka"

    @property
    def mongo_dir(self) -> Path:
        """The MongoDB-wire server's data, log and pid file."""
        return self.run_dir / "mongo"

    @property
    def mail_log(self) -> Path:
        """Every mail the SMTP sink received, one JSON line each."""
        return self.run_dir / "mail.jsonl"

    @property
    def sandbox_log(self) -> Path:
        """Every provider call notify made, as the channel sandbox recorded it (JSON lines)."""
        return self.run_dir / "sandbox.jsonl"

    @property
    def env_file(self) -> Path:
        """The `ONECASE_*` variables the running stack uses."""
        return self.run_dir / "stack.env"

    @property
    def containers_file(self) -> Path:
        """Ids of containers `up` started through testcontainers, for `down`."""
        return self.run_dir / "containers"

    def pid_file(self, name: str) -> Path:
        """The pid file of one background process."""
        return self.run_dir / "pids" / f"{name}.pid"

    def log_file(self, name: str) -> Path:
        """The log of one background process."""
        return self.run_dir / "logs" / f"{name}.log"

    @classmethod
    def from_environment(cls) -> StackPaths:
        """`ONECASE_RUN_DIR` (default `.run`) and `ONECASE_CACHE_DIR` (default ~/.cache/onecase)."""
        cache = os.environ.get("ONECASE_CACHE_DIR") or str(Path.home() / ".cache" / "onecase")
        return cls(Path(os.environ.get("ONECASE_RUN_DIR", ".run")).resolve(), Path(cache))


# deploy/roster.json: the demo's agents, teams and shifts (one generalist is always on).
DEMO_ROSTER = Path(__file__).resolve().parents[3] / "roster.json"


def up(paths: StackPaths) -> dict[str, str]:
    """Start everything in the background and wait until each service is ready."""
    (paths.run_dir / "pids").mkdir(parents=True, exist_ok=True)
    # Containers must outlive this process (make up returns at once): no reaper.
    os.environ.setdefault("TESTCONTAINERS_RYUK_DISABLED", "true")
    kafka = find_kafka(
        cache_dir=paths.cache_dir, data_dir=paths.kafka_dir, port=9092, controller_port=9093
    )
    print(f"kafka  {kafka.address}  ({kafka.source})")
    mongo = find_mongo(cache_dir=paths.cache_dir, data_dir=paths.mongo_dir, port=27017)
    print(f"mongo  {mongo.address}  ({mongo.source})")
    ids = [c for c in (kafka.container_id, mongo.container_id) if c]
    if ids:
        paths.containers_file.write_text("\n".join(ids) + "\n")
    env = {
        **os.environ,
        "ONECASE_KAFKA_BOOTSTRAP": kafka.address,
        "ONECASE_MONGO_URI": mongo.address,
    }
    if "ONECASE_ROSTER_FILE" not in os.environ:
        env["ONECASE_ROSTER_FILE"] = str(DEMO_ROSTER)
    if "ONECASE_SMTP_HOST" not in os.environ:
        env |= {"ONECASE_SMTP_HOST": "127.0.0.1", "ONECASE_SMTP_PORT": str(SMTP_SINK_PORT)}
        argv = [sys.executable, "-m", "onecase_localinfra.smtp_sink"]
        argv += ["--port", str(SMTP_SINK_PORT), "--out", str(paths.mail_log)]
        start_process(
            argv,
            env=env,
            log_file=paths.log_file("smtp-sink"),
            pid_file=paths.pid_file("smtp-sink"),
        )
        print(f"smtp   127.0.0.1:{SMTP_SINK_PORT}  (sink, mail in {paths.mail_log})")
    if "ONECASE_X_API_BASE" not in os.environ:
        _start_channel_sandbox(paths, env)
    for name, port in SERVICES:
        process = start_process(
            service_command(name),
            env=env,
            log_file=paths.log_file(name),
            pid_file=paths.pid_file(name),
        )
        wait_until_ready(f"http://127.0.0.1:{port}/readyz", process=process, timeout=90)
        print(f"{name:<10} http://127.0.0.1:{port}  ready")
    stack_env = {k: v for k, v in env.items() if k.startswith("ONECASE_")}
    paths.env_file.write_text("".join(f"{k}={v}\n" for k, v in sorted(stack_env.items())))
    return stack_env


def _start_channel_sandbox(paths: StackPaths, env: dict[str, str]) -> None:
    """X, Graph, Intercom and chat APIs on one local port, recording what notify sends."""
    base = f"http://127.0.0.1:{SANDBOX_PORT}"
    env |= {
        "ONECASE_X_API_BASE": f"{base}/x",
        "ONECASE_GRAPH_API_BASE": f"{base}/graph",
        "ONECASE_INTERCOM_API_BASE": f"{base}/intercom",
        "ONECASE_CHAT_API_BASE": f"{base}/chat",
    }
    argv = [sys.executable, "-m", "onecase_localinfra.channel_sandbox"]
    argv += ["--port", str(SANDBOX_PORT), "--out", str(paths.sandbox_log)]
    process = start_process(
        argv,
        env=env,
        log_file=paths.log_file("channel-sandbox"),
        pid_file=paths.pid_file("channel-sandbox"),
    )
    wait_until_ready(f"{base}/healthz", process=process, timeout=30)
    print(
        f"apis   {base}  (channel sandbox: X, Graph, Intercom, chat; calls in {paths.sandbox_log})"
    )


def reset(paths: StackPaths) -> None:
    """Forget all local state (broker log, database, recorded mail) of a stopped stack.

    A stack whose processes all ended without `make down` (killed, or the machine restarted)
    left only pid files behind: they are cleared, and what may still run of it is stopped.
    """
    pid_files = sorted((paths.run_dir / "pids").glob("*.pid"))
    if any(is_running(pid_file) for pid_file in pid_files):
        msg = f"a stack is running from {paths.run_dir}: run `make down` first"
        raise RuntimeError(msg)
    if pid_files:
        print(f"clearing a stack in {paths.run_dir} that stopped without `make down`")
        down(paths)
        for pid_file in pid_files:
            pid_file.unlink(missing_ok=True)
    for directory in (paths.kafka_dir, paths.mongo_dir):
        shutil.rmtree(directory, ignore_errors=True)
    paths.mail_log.unlink(missing_ok=True)
    paths.sandbox_log.unlink(missing_ok=True)


def down(paths: StackPaths) -> None:
    """Stop everything `up` started, services first, then the servers they use."""
    for name, _port in reversed(SERVICES):
        stop_pid_file(paths.pid_file(name))
    stop_pid_file(paths.pid_file("smtp-sink"))
    stop_pid_file(paths.pid_file("channel-sandbox"))
    kafka_server.stop_from_pidfile(paths.kafka_dir)
    mongo_server.stop_from_pidfile(paths.mongo_dir)
    if paths.containers_file.exists():
        _stop_containers(paths.containers_file.read_text().split())
        paths.containers_file.unlink()
    paths.env_file.unlink(missing_ok=True)


def _stop_containers(ids: list[str]) -> None:
    import docker

    client = docker.from_env()
    for container_id in ids:
        with contextlib.suppress(Exception):
            client.containers.get(container_id).stop()
