"""Background processes with pid files: started by `make up`, stopped by `make down`."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import httpx


def start_process(
    argv: Sequence[str], *, env: Mapping[str, str], log_file: Path, pid_file: Path
) -> subprocess.Popen[bytes]:
    """Start `argv` in its own process group, output to `log_file`, pid in `pid_file`."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        process = subprocess.Popen(  # noqa: S603 -- argv is built by this package, not a user
            list(argv),
            env=dict(env),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            # Own group: one signal stops the process and anything it spawned.
            start_new_session=True,
        )
    pid_file.write_text(f"{process.pid}\n{' '.join(argv)}\n")
    return process


def is_alive(pid: int) -> bool:
    """Whether `pid` is a running process (a zombie does not count)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _started_by_us(pid: int, argv_line: str) -> bool:
    # A recycled pid must not receive a signal meant for a process that is long gone.
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return False
    # A script's cmdline starts with its interpreter, so the recorded argv is a suffix.
    return cmdline.strip().endswith(argv_line.strip())


def is_running(pid_file: Path) -> bool:
    """Whether the process recorded in `pid_file` is still running (and is still that process)."""
    try:
        pid_text, argv_line = pid_file.read_text().split("\n", 1)
        pid = int(pid_text)
    except (OSError, ValueError):
        return False
    return is_alive(pid) and _started_by_us(pid, argv_line)


def stop_pid_file(pid_file: Path, timeout: float = 15.0) -> bool:
    """SIGTERM the process group recorded in `pid_file`, SIGKILL after `timeout`.

    Returns whether a running process was stopped; the pid file is removed either way.
    """
    try:
        pid_text, argv_line = pid_file.read_text().split("\n", 1)
        pid = int(pid_text)
    except (OSError, ValueError):
        pid_file.unlink(missing_ok=True)
        return False
    stopped = False
    if is_alive(pid) and _started_by_us(pid, argv_line):
        stopped = True
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while is_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
    pid_file.unlink(missing_ok=True)
    return stopped


def wait_until_ready(url: str, *, process: subprocess.Popen[bytes], timeout: float) -> None:
    """Poll `url` until it answers 200; fail fast if `process` dies first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            msg = f"process for {url} exited with code {process.returncode}"
            raise RuntimeError(msg)
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2.0).status_code == httpx.codes.OK:
                return
        time.sleep(0.3)
    msg = f"{url} not ready after {timeout:.0f}s"
    raise RuntimeError(msg)
