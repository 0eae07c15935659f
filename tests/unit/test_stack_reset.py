"""`make run` starts afresh: a stack that still runs is refused, one that died is cleared."""

import sys
from pathlib import Path

import pytest

from onecase_localinfra.processes import is_running, start_process, stop_pid_file
from onecase_localinfra.stack import StackPaths, reset


def paths_in(tmp_path: Path) -> StackPaths:
    (tmp_path / "run" / "pids").mkdir(parents=True)
    return StackPaths(run_dir=tmp_path / "run", cache_dir=tmp_path / "cache")


def test_a_stack_that_stopped_without_make_down_is_cleared(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    stale = paths.pid_file("triage-0")
    # Above Linux's largest pid: no process can have it.
    stale.write_text(f"{2**22 + 7}\n{sys.executable} -m onecase_triage\n")
    (paths.kafka_dir / "data").mkdir(parents=True)
    assert not is_running(stale)

    reset(paths)

    assert not stale.exists()
    assert not paths.kafka_dir.exists()


def test_a_stack_that_still_runs_is_refused(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    argv = [sys.executable, "-c", "import time; time.sleep(30)"]
    pid_file = paths.pid_file("notify-0")
    start_process(argv, env={}, log_file=paths.log_file("notify-0"), pid_file=pid_file)
    try:
        assert is_running(pid_file)
        with pytest.raises(RuntimeError, match="make down"):
            reset(paths)
        assert pid_file.exists()
    finally:
        stop_pid_file(pid_file, timeout=5)
