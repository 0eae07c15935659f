"""The local MongoDB-wire server: nx-27017 (SQLite-backed), chosen in docs/local-infrastructure.md."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from pymongo import MongoClient
from pymongo.errors import PyMongoError

from onecase_localinfra.processes import start_process, stop_pid_file

PID_FILE = "mongo-wire.pid"


class LocalMongoWire:
    """nx-27017 on 127.0.0.1, one SQLite file per database under `data_dir`."""

    def __init__(self, *, cache_dir: Path, data_dir: Path, port: int = 27017) -> None:
        self._cache_dir = cache_dir  # unused today: nx-27017 is a Python dependency, no download
        self._data_dir = data_dir
        self._port = port
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def uri(self) -> str:
        """The connection string clients use."""
        return f"mongodb://127.0.0.1:{self._port}/"

    def start(self, timeout: float = 30.0) -> None:
        """Start the server and wait until it answers `ping`."""
        self._data_dir.mkdir(parents=True, exist_ok=True)
        executable = shutil.which("nx-27017", path=str(Path(sys.executable).parent))
        if executable is None:
            msg = "nx-27017 is not installed in this environment: run `make install`"
            raise RuntimeError(msg)
        argv = [
            executable,
            "--data-dir",
            str(self._data_dir / "data"),
            "--host",
            "127.0.0.1",
            "--port",
            str(self._port),
            "--log-file",
            str(self._data_dir / "server.log"),
            "--pid-file",
            str(self._data_dir / "nx.pid"),
        ]
        self._process = start_process(
            argv,
            env={"PATH": str(Path(sys.executable).parent)},
            log_file=self._data_dir / "stdout.log",
            pid_file=self._data_dir / PID_FILE,
        )
        self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                log = (self._data_dir / "stdout.log").read_text(errors="replace")[-2000:]
                msg = f"nx-27017 exited with code {self._process.returncode}:\n{log}"
                raise RuntimeError(msg)
            client: MongoClient[dict[str, object]] = MongoClient(
                self.uri, serverSelectionTimeoutMS=100
            )
            try:
                client.admin.command("ping")
            except PyMongoError:
                time.sleep(0.05)
            else:
                return
            finally:
                client.close()
        msg = f"nx-27017 did not answer ping on port {self._port} within {timeout:.0f}s"
        raise RuntimeError(msg)

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL); a no-op when it is not running."""
        stop_pid_file(self._data_dir / PID_FILE)
        if self._process is not None:
            self._process.wait(timeout=15)
            self._process = None

    def kill(self) -> None:
        """SIGKILL the server at once (a crash, for tests)."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None
        (self._data_dir / PID_FILE).unlink(missing_ok=True)


def stop_from_pidfile(data_dir: Path) -> bool:
    """Stop a server started earlier, possibly by another process, on `data_dir`."""
    return stop_pid_file(data_dir / PID_FILE)
