"""A local stand-in for X, Facebook Graph, Intercom and Onecase chat that records every call.

`python -m onecase_localinfra.channel_sandbox --port 8010 --out .run/sandbox.jsonl`

Point notify at it with `ONECASE_X_API_BASE=http://127.0.0.1:8010/x`, `ONECASE_GRAPH_API_BASE=
http://127.0.0.1:8010/graph`, `ONECASE_INTERCOM_API_BASE=http://127.0.0.1:8010/intercom` and
`ONECASE_CHAT_API_BASE=http://127.0.0.1:8010/chat`. Control it under `/_sandbox/`: `GET calls`
(`?call=`, `?provider=`), `DELETE calls` (also disarms faults), `POST faults`, `GET faults`.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from onecase_localinfra.channel_sandbox_routes import register_provider_routes
from onecase_localinfra.channel_sandbox_state import FaultSpec, SandboxState, read_calls

__all__ = ["DEFAULT_CHAT_SECRET", "DEFAULT_PORT", "create_sandbox_app", "main", "read_calls"]

DEFAULT_PORT = 8010
DEFAULT_CHAT_SECRET = "dev-only-chat-api-secret"  # noqa: S105 -- the documented dev default


def create_sandbox_app(*, chat_secret: str, out: Path | None) -> FastAPI:
    """The sandbox as an ASGI app: chat calls must be signed with `chat_secret`; calls go to `out`."""
    state = SandboxState(out)
    app = FastAPI(
        title="Onecase channel sandbox",
        summary="Stands in for X, Facebook Graph, Intercom and Onecase chat; records every call.",
    )

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        """Liveness."""
        return {"status": "ok"}

    @app.get("/_sandbox/calls")
    async def list_calls(
        call: str | None = None, provider: str | None = None
    ) -> list[dict[str, Any]]:
        """Recorded calls, oldest first, optionally of one call name or provider."""
        return state.select(call=call, provider=provider)

    @app.delete("/_sandbox/calls")
    async def clear_calls() -> dict[str, int]:
        """Forget recorded calls and disarm every fault (the JSON-lines file is kept)."""
        counts = {"cleared_calls": len(state.calls), "cleared_faults": len(state.faults)}
        state.clear()
        return counts

    @app.post("/_sandbox/faults", status_code=201)
    async def arm_fault(spec: FaultSpec) -> dict[str, Any]:
        """Make the next `times` matching calls answer `status`."""
        return state.arm(spec).as_json()

    @app.get("/_sandbox/faults")
    async def list_faults() -> list[dict[str, Any]]:
        """Faults still armed, in the order they will be used."""
        return [fault.as_json() for fault in state.faults]

    @app.delete("/_sandbox/faults")
    async def disarm_faults() -> dict[str, int]:
        """Disarm every fault, keep the recorded calls."""
        count = len(state.faults)
        state.faults.clear()
        return {"cleared_faults": count}

    register_provider_routes(app, state, chat_secret=chat_secret)
    return app


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the sandbox until SIGINT or SIGTERM."""
    parser = argparse.ArgumentParser(
        prog="python -m onecase_localinfra.channel_sandbox",
        description="Record every outbound provider call Onecase makes; inject faults for tests.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--out", type=Path, help="append each call to this JSON-lines file")
    parser.add_argument(
        "--chat-secret",
        default=os.environ.get("ONECASE_CHAT_API_SECRET") or DEFAULT_CHAT_SECRET,
        help="Standard Webhooks secret chat calls are signed with "
        "(default: $ONECASE_CHAT_API_SECRET, else the dev default)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s sandbox %(message)s")
    app = create_sandbox_app(chat_secret=args.chat_secret, out=args.out)
    # Our own log line names the call and says whether a fault answered it; the access log
    # would only repeat the path.
    uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_level="info")


if __name__ == "__main__":
    main()
