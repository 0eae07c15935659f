"""A local SMTP server that records every mail Onecase sends, one JSON line each.

`python -m onecase_localinfra.smtp_sink --port 2525 --out .run/mail.jsonl`
"""

from __future__ import annotations

import argparse
import asyncio
import email
import email.policy
import json
import signal
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


class RecordingHandler:
    """Appends each received mail (envelope, headers, text) to a JSON-lines file."""

    def __init__(self, out: Path) -> None:
        self._out = out

    async def handle_DATA(self, _server: SMTP, _session: Session, envelope: Envelope) -> str:  # noqa: N802 -- aiosmtpd's hook name
        """Record one mail and accept it."""
        raw = envelope.original_content or envelope.content or b""
        data = raw if isinstance(raw, bytes) else raw.encode()
        message = email.message_from_bytes(data, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        record: dict[str, Any] = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": {key: str(value) for key, value in message.items()},
            "text": body.get_content() if body is not None else "",
        }
        with self._out.open("a") as sink:
            sink.write(json.dumps(record) + "\n")
        return "250 Message accepted for delivery"


def read_mail(out: Path) -> list[dict[str, Any]]:
    """Every mail recorded so far in `out`."""
    if not out.exists():
        return []
    return [json.loads(line) for line in out.read_text().splitlines() if line.strip()]


async def _serve(host: str, port: int, out: Path) -> None:
    controller = Controller(RecordingHandler(out), hostname=host, port=port)
    controller.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    controller.stop()


def main() -> None:
    """Serve until SIGINT or SIGTERM."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    asyncio.run(_serve(args.host, args.port, args.out))


if __name__ == "__main__":
    main()
