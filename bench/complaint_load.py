"""Realistic signed webhook requests and an asyncio load generator, bounded in count and time.

The complaints are the hand-labelled ones of tests/category_samples.py (written for Onecase,
seven categories, a few languages), each from its own customer; numbers of five digits or
more are made unique, so that no two customers are linked by a shared order number.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import re
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

from onecase_shared import standard_webhooks
from tests.category_samples import LABELLED_COMPLAINTS

EMAIL_SECRET = "whsec_" + base64.b64encode(b"bench-email-webhook-secret").decode()
X_SECRET = "bench-x-consumer-secret"  # noqa: S105 -- the bench stack's own test secret
_LONG_NUMBER = re.compile(r"\d{5,}")


@dataclass(frozen=True)
class SignedRequest:
    """One webhook delivery ready to POST: path, body, headers, and who the customer is."""

    path: str
    body: bytes
    headers: dict[str, str]
    customer: str


def _text(n: int, run: str) -> tuple[str, str]:
    sample = LABELLED_COMPLAINTS[n % len(LABELLED_COMPLAINTS)]
    counter = itertools.count()
    # Unique across runs as well: customers of two runs must not share an order number.
    base = 10_000_000 + int(run, 16) % 10_000 * 10_000_000

    def unique(_: re.Match[str]) -> str:
        return str(base + n * 10 + next(counter))

    text = _LONG_NUMBER.sub(unique, sample.text)
    subject = sample.subject or text.split(".")[0][:70]
    return subject, text


def email_requests(count: int, *, run: str) -> list[SignedRequest]:
    """Raw emails for POST /webhooks/email/raw, Standard Webhooks signed, one customer each."""
    requests = []
    for n in range(count):
        subject, text = _text(n, run)
        address = f"customer{n}.{run}@example.com"
        mail = EmailMessage()
        mail["From"] = f"Customer {n} <{address}>"
        mail["To"] = "support@onecase.example"
        mail["Subject"] = subject
        mail["Message-ID"] = make_msgid(domain="example.com")
        mail.set_content(text)
        body = mail.as_bytes()
        headers = standard_webhooks.signed_headers(EMAIL_SECRET, f"msg_{uuid.uuid4().hex}", body)
        requests.append(SignedRequest("/webhooks/email/raw", body, headers, address))
    return requests


def x_requests(count: int, *, run: str) -> list[SignedRequest]:
    """X Account Activity deliveries (a public mention each) for POST /webhooks/x, signed."""
    requests = []
    base = 1_900_000_000_000_000_000 + int(uuid.uuid4().int % 10**12) * 1000
    for n in range(count):
        _, text = _text(n, run)
        user_id = str(10_000_000 + n)
        tweet_id = str(base + n)
        tweet = {
            "id": int(tweet_id),
            "id_str": tweet_id,
            "created_at": "Mon Nov 23 09:00:00 +0000 2026",
            "text": f"@onecase_shop {text[:250]}",
            "user": {"id_str": user_id, "screen_name": f"c{n}_{run}", "name": f"Customer {n}"},
            "entities": {"user_mentions": [{"id_str": "1", "screen_name": "onecase_shop"}]},
        }
        body = json.dumps({"for_user_id": "1", "tweet_create_events": [tweet]}).encode()
        digest = hmac.new(X_SECRET.encode(), body, hashlib.sha256).digest()
        headers = {
            "content-type": "application/json",
            "x-twitter-webhooks-signature": "sha256=" + base64.b64encode(digest).decode(),
        }
        requests.append(SignedRequest("/webhooks/x", body, headers, user_id))
    return requests


@dataclass(frozen=True)
class Sent:
    """One request as the load generator saw it: when it left, how long, what came back."""

    customer: str
    started: float  # wall clock, comparable with the SMTP receiver's
    latency_s: float
    status: int


class _Connection:
    """One keep-alive HTTP/1.1 connection, written by hand.

    httpx's client costs more CPU per request than the servers under test (encode/httpx#3215):
    on two cores it measured itself, not intake. This does the least a client can.
    """

    def __init__(self, host: str, port: int) -> None:
        self._host, self._port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, request: SignedRequest) -> int:
        """POST and read the whole answer; its status code.

        A kept-alive connection the server closed while idle is reopened once: the request
        never reached the server, so sending it again is safe.
        """
        reused = self._writer is not None
        try:
            return await self._exchange(path, request)
        except (asyncio.IncompleteReadError, ConnectionError):
            if not reused:
                raise
            self.close()
            self._reader = self._writer = None
            return await self._exchange(path, request)

    async def _exchange(self, path: str, request: SignedRequest) -> int:
        if self._writer is None or self._reader is None:
            self._reader, self._writer = await asyncio.open_connection(self._host, self._port)
        head = [f"POST {path} HTTP/1.1", f"Host: {self._host}:{self._port}"]
        head += [f"{name}: {value}" for name, value in request.headers.items()]
        head.append(f"Content-Length: {len(request.body)}")
        self._writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + request.body)
        answer = await self._reader.readuntil(b"\r\n\r\n")
        status = int(answer.split(b" ", 2)[1])
        length = 0
        for line in answer.lower().split(b"\r\n"):
            if line.startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        await self._reader.readexactly(length)
        return status

    def close(self) -> None:
        """Close the connection."""
        if self._writer is not None:
            self._writer.close()


def _address(base_url: str) -> tuple[str, int]:
    host, _, port = base_url.removeprefix("http://").partition(":")
    return host, int(port)


async def closed_loop(
    base_url: str, requests: Sequence[SignedRequest], *, concurrency: int, path: str | None = None
) -> tuple[list[Sent], float]:
    """Send every request with `concurrency` clients back to back; results and wall seconds."""
    host, port = _address(base_url)
    pending = iter(requests)
    results: list[Sent] = []

    async def worker() -> None:
        connection = _Connection(host, port)
        try:
            for request in pending:
                results.append(await _post(connection, request, path))
        finally:
            connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return results, time.perf_counter() - started


async def open_loop(
    base_url: str, requests: Sequence[SignedRequest], *, rate_per_s: float, connections: int = 64
) -> list[Sent]:
    """Send the requests at a fixed rate, whatever the answers' latency (open loop)."""
    host, port = _address(base_url)
    idle: asyncio.Queue[_Connection] = asyncio.Queue()
    for _ in range(connections):
        idle.put_nowait(_Connection(host, port))

    async def send(request: SignedRequest) -> Sent:
        connection = await idle.get()
        try:
            return await _post(connection, request, None)
        finally:
            idle.put_nowait(connection)

    started = time.perf_counter()
    tasks = []
    for n, request in enumerate(requests):
        delay = started + n / rate_per_s - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(send(request)))
    results = list(await asyncio.gather(*tasks))
    while not idle.empty():
        idle.get_nowait().close()
    return results


async def _post(connection: _Connection, request: SignedRequest, path: str | None) -> Sent:
    wall, started = time.time(), time.perf_counter()
    status = await connection.post(path or request.path, request)
    return Sent(request.customer, wall, time.perf_counter() - started, status)


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which `fraction` of `values` fall (nearest rank)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]
