"""Intake's edge under load and guessing (issue 11): credentials before the body, a cap on the
body bytes held at once, and a limit on repeated authentication failures.

The app is driven at the ASGI level so the test sees exactly when the body is read: each
`receive()` call hands the server one chunk of it.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from onecase_intake.metrics import IntakeMetrics
from onecase_intake.service import DeliveryIntake
from onecase_intake.webhooks.body_limits import InflightBodyBudget
from onecase_intake.webhooks.pipeline import WebhookEdge
from onecase_intake.webhooks.routes import add_webhook_routes
from onecase_shared.auth_failures import AuthFailureLimiter
from onecase_shared.service_app import build_service_app, noop_lifespan
from tests.fakes import InMemoryDeliveryLog, RecordingEventPublisher
from tests.unit.test_webhook_edge import ENDPOINTS, MAIL, SETTINGS, Endpoint

Message = MutableMapping[str, Any]
CHUNK = 64 * 1024


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Call:
    """One request driven by hand: its body is handed over only when the server asks."""

    body_chunks: list[bytes]
    gate: asyncio.Event = field(default_factory=asyncio.Event)  # set: the last chunk may go
    waiting: asyncio.Event = field(default_factory=asyncio.Event)  # the server asks for it
    receives: int = 0
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)

    async def receive(self) -> Message:
        self.receives += 1
        index = self.receives - 1
        if index >= len(self.body_chunks):
            await asyncio.Event().wait()  # the client sends nothing more: as a disconnect would
        last = index == len(self.body_chunks) - 1
        if last:
            self.waiting.set()
            await self.gate.wait()
        return {"type": "http.request", "body": self.body_chunks[index], "more_body": not last}

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = {k.decode(): v.decode() for k, v in message["headers"]}


@dataclass
class World:
    app: FastAPI
    publisher: RecordingEventPublisher
    registry: CollectorRegistry
    bodies: InflightBodyBudget
    clock: FakeClock

    async def call(
        self,
        endpoint: Endpoint,
        headers: dict[str, str],
        chunks: list[bytes],
        *,
        client: str = "203.0.113.7",
        hold_last_chunk: bool = False,
        declare_length: bool = True,
    ) -> tuple[Call, Awaitable[None]]:
        call = Call(chunks)
        if not hold_last_chunk:
            call.gate.set()
        size = sum(len(c) for c in chunks)
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": endpoint.path,
            "raw_path": endpoint.path.encode(),
            "query_string": b"",
            "root_path": "",
            "server": ("intake", 80),
            "client": (client, 50000),
            "headers": [
                (b"content-type", endpoint.content_type.encode()),
                *([(b"content-length", str(size).encode())] if declare_length else []),
                *((k.encode(), v.encode()) for k, v in headers.items()),
            ],
        }
        return call, self.app(scope, call.receive, call.send)


def make_world(*, inflight: int = 10 * 1024 * 1024, failures: int = 3) -> World:
    registry = CollectorRegistry()
    metrics = IntakeMetrics(registry)
    publisher = RecordingEventPublisher()
    intake = DeliveryIntake(publisher=publisher, deliveries=InMemoryDeliveryLog(), metrics=metrics)
    clock = FakeClock()
    bodies = InflightBodyBudget(inflight)
    edge = WebhookEdge(
        intake,
        metrics,
        bodies=bodies,
        auth_failures=AuthFailureLimiter(
            limit=failures, window_s=60, registry=registry, clock=clock
        ),
    )
    # The real service shell (its middleware included) around the webhook routes.
    app = build_service_app(title="intake", lifespan=noop_lifespan, registry=registry, readiness={})
    add_webhook_routes(app.router, SETTINGS, edge)
    return World(app, publisher, registry, bodies, clock)


def chunked(body: bytes) -> list[bytes]:
    return [body[i : i + CHUNK] for i in range(0, len(body), CHUNK)] or [b""]


async def run(
    world: World, endpoint: Endpoint, headers: dict[str, str], body: bytes, **kw: Any
) -> Call:
    call, running = await world.call(endpoint, headers, chunked(body), **kw)
    await asyncio.wait_for(running, timeout=5)
    return call


WRONG_CREDENTIALS: dict[str, dict[str, str]] = {
    "/webhooks/email/raw": {},  # no signature at all
    "/webhooks/email/sendgrid": {
        "authorization": "Basic " + base64.b64encode(b"sg:guess").decode()
    },
    "/webhooks/email/postmark": {
        "authorization": "Basic " + base64.b64encode(b"pm:guess").decode()
    },
    "/webhooks/x": {"x-twitter-webhooks-signature": "sha256=not-a-signature"},
    "/webhooks/facebook": {},
    "/webhooks/chat": {"webhook-id": "m", "webhook-timestamp": "1", "webhook-signature": "v1,AAAA"},
    "/webhooks/intercom": {"x-hub-signature": "sha1=zz"},
}


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e.path for e in ENDPOINTS])
async def test_a_large_body_without_credentials_is_401_before_a_byte_is_read(
    endpoint: Endpoint,
) -> None:
    world = make_world()
    large = b"x" * (SETTINGS.max_email_bytes if "email" in endpoint.path else 4000)
    call = await run(world, endpoint, WRONG_CREDENTIALS[endpoint.path], large)
    assert call.status == 401
    assert call.receives == 0, "the body was read before the credentials were checked"
    assert world.bodies.in_use == 0
    assert world.publisher.published == []


async def test_a_body_signature_can_only_be_checked_once_the_body_is_read() -> None:
    """HMAC over the body: a well-formed but wrong signature costs one read, then 401."""
    world = make_world()
    endpoint = next(e for e in ENDPOINTS if e.path == "/webhooks/x")
    forged = endpoint.sign(b"another body")
    call = await run(world, endpoint, forged, endpoint.body)
    assert call.status == 401
    assert call.receives >= 1
    assert world.bodies.in_use == 0


async def test_bodies_past_the_inflight_cap_are_503_with_retry_after_at_once() -> None:
    email = next(e for e in ENDPOINTS if e.path == "/webhooks/email/sendgrid")
    world = make_world(inflight=3 * len(email.body) // 2)
    # A slow client holds its body's bytes: it has sent all but its last chunk.
    slow, slow_running = await world.call(
        email, email.sign(email.body), [email.body[:10], email.body[10:]], hold_last_chunk=True
    )
    slow_task = asyncio.ensure_future(slow_running)
    await asyncio.wait_for(slow.waiting.wait(), timeout=5)
    assert world.bodies.in_use == len(email.body)

    # The slow body is never finished: a refusal that waited for room would never come.
    refused = await asyncio.wait_for(run(world, email, email.sign(email.body), email.body), 30)
    assert refused.status == 503
    assert refused.headers["retry-after"] == "1"
    assert refused.receives == 0
    overloaded = world.registry.get_sample_value(
        "onecase_webhook_deliveries_total", {"channel": "email", "outcome": "overloaded"}
    )
    assert overloaded == 1.0

    slow.gate.set()
    await asyncio.wait_for(slow_task, timeout=5)
    assert slow.status == 202
    assert world.bodies.in_use == 0, "a finished request gives its bytes back"
    retried = await run(world, email, email.sign(email.body), email.body)
    assert retried.status == 202


async def test_chunked_bodies_are_counted_against_the_cap_as_they_arrive() -> None:
    email = next(e for e in ENDPOINTS if e.path == "/webhooks/email/raw")
    world = make_world(inflight=len(MAIL) - 1)
    # No Content-Length: the server learns the size only while reading.
    call, running = await world.call(
        email, email.sign(MAIL), [MAIL[:50], MAIL[50:]], declare_length=False
    )
    await asyncio.wait_for(running, timeout=5)
    assert call.status == 503
    assert call.receives == 2
    assert world.bodies.in_use == 0
    fits = make_world(inflight=len(MAIL))
    call, running = await fits.call(
        email, email.sign(MAIL), [MAIL[:50], MAIL[50:]], declare_length=False
    )
    await asyncio.wait_for(running, timeout=5)
    assert call.status == 202


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e.path for e in ENDPOINTS])
async def test_repeated_failures_are_429_with_retry_after_then_allowed_again(
    endpoint: Endpoint,
) -> None:
    world = make_world(failures=3)
    wrong = WRONG_CREDENTIALS[endpoint.path]
    for _ in range(3):
        assert (await run(world, endpoint, wrong, endpoint.body)).status == 401
    locked = await run(world, endpoint, endpoint.sign(endpoint.body), endpoint.body)
    assert locked.status == 429, "past the limit even good credentials wait: guesses stop"
    assert locked.headers["retry-after"] == "60"
    assert locked.receives == 0
    other_client = await run(
        world, endpoint, endpoint.sign(endpoint.body), endpoint.body, client="198.51.100.9"
    )
    assert other_client.status == 202, "another client is not held back"

    world.clock.now += 61
    again = await run(world, endpoint, endpoint.sign(endpoint.body), endpoint.body)
    assert again.status == 202
    counted = {
        outcome: world.registry.get_sample_value(
            "onecase_auth_failures_total", {"route": endpoint.path, "outcome": outcome}
        )
        for outcome in ("rejected", "rate_limited")
    }
    assert counted == {"rejected": 3.0, "rate_limited": 1.0}


async def test_a_failure_limit_is_per_route() -> None:
    world = make_world(failures=1)
    x, chat = (next(e for e in ENDPOINTS if e.path == p) for p in ("/webhooks/x", "/webhooks/chat"))
    assert (await run(world, x, {}, x.body)).status == 401
    assert (await run(world, x, x.sign(x.body), x.body)).status == 429
    assert (await run(world, chat, chat.sign(chat.body), chat.body)).status == 202
