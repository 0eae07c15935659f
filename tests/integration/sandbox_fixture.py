"""The channel sandbox on a free local port for integration tests: real HTTP, not mocks.

tests/integration/conftest.py imports the fixtures:
`from tests.integration.sandbox_fixture import channel_sandbox, channel_sandbox_server`.
One server runs per session (so services started once can keep its URL); `channel_sandbox`
hands it to a test with no calls recorded and no faults armed.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from onecase_localinfra.channel_sandbox import create_sandbox_app

SANDBOX_CHAT_SECRET = "test-only-chat-api-secret"
_START_TIMEOUT_S = 10.0


class ChannelSandbox:
    """A running sandbox: its URL, what it recorded, and the faults to arm on it."""

    def __init__(self, url: str, chat_secret: str, out: Path | None) -> None:
        self.url = url
        self.chat_secret = chat_secret
        self.out = out

    def env(self) -> dict[str, str]:
        """The environment that points notify's outbound calls at this sandbox."""
        return {
            "ONECASE_X_API_BASE": f"{self.url}/x",
            "ONECASE_GRAPH_API_BASE": f"{self.url}/graph",
            "ONECASE_INTERCOM_API_BASE": f"{self.url}/intercom",
            "ONECASE_CHAT_API_BASE": f"{self.url}/chat",
            "ONECASE_CHAT_API_SECRET": self.chat_secret,
        }

    def calls(self, call: str | None = None) -> list[dict[str, Any]]:
        """Recorded calls, oldest first; only those named `call` (e.g. "x_reply") if given."""
        params = {"call": call} if call is not None else {}
        response = httpx.get(f"{self.url}/_sandbox/calls", params=params)
        response.raise_for_status()
        calls: list[dict[str, Any]] = response.json()
        return calls

    def fail(
        self,
        call: str,
        status: int,
        times: int = 1,
        retry_after: int | None = None,
        body_contains: str | None = None,
    ) -> None:
        """Make the next `times` calls named `call` answer `status`.

        With Retry-After if given; only calls whose body contains `body_contains`, if given.
        """
        spec = {"call": call, "status": status, "times": times, "retry_after": retry_after}
        self._arm(spec | ({"body_contains": body_contains} if body_contains else {}))

    def fail_path(
        self, path_prefix: str, status: int, times: int = 1, retry_after: int | None = None
    ) -> None:
        """As `fail`, for calls whose path starts with `path_prefix` (e.g. "/x/2/tweets")."""
        spec = {"path_prefix": path_prefix, "status": status, "times": times}
        self._arm({**spec, "retry_after": retry_after})

    def clear(self) -> None:
        """Forget recorded calls and disarm every fault."""
        httpx.delete(f"{self.url}/_sandbox/calls").raise_for_status()

    def _arm(self, spec: dict[str, Any]) -> None:
        response = httpx.post(f"{self.url}/_sandbox/faults", json=spec)
        if response.status_code != httpx.codes.CREATED:
            raise ValueError(f"the sandbox refused the fault {spec}: {response.text}")


@contextmanager
def serve_sandbox(
    *, chat_secret: str = SANDBOX_CHAT_SECRET, out: Path | None = None
) -> Iterator[ChannelSandbox]:
    """Run a sandbox with uvicorn in a background thread until the block ends."""
    # Bound here and handed to uvicorn: no window in which another process takes the port.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_sandbox_app(chat_secret=chat_secret, out=out),
        lifespan="off",
        ws="none",  # nothing here speaks WebSocket; skip importing a WebSocket library
        log_level="warning",
        access_log=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="channel-sandbox", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the channel sandbox did not start")
            time.sleep(0.01)
        yield ChannelSandbox(f"http://127.0.0.1:{port}", chat_secret, out)
    finally:
        server.should_exit = True
        thread.join(timeout=_START_TIMEOUT_S)
        sock.close()


@pytest.fixture(scope="session")
def channel_sandbox_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChannelSandbox]:
    """One sandbox for the whole session, recording to a JSON-lines file in a temp dir."""
    out = tmp_path_factory.mktemp("channel-sandbox") / "calls.jsonl"
    with serve_sandbox(out=out) as sandbox:
        yield sandbox


@pytest.fixture
def channel_sandbox(channel_sandbox_server: ChannelSandbox) -> ChannelSandbox:
    """The session's sandbox with no calls recorded and no faults armed."""
    channel_sandbox_server.clear()
    return channel_sandbox_server
