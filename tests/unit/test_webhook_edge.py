"""Every inbound endpoint against forged, replayed, oversized, deeply nested and malformed input.

The HTTP edge runs for real (FastAPI over ASGI); Kafka and Mongo are in-memory fakes here. The
same edge on a real broker is proven in tests/integration/test_pipeline.py and
test_kafka_outage.py.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from onecase_intake.config import IntakeSettings
from onecase_intake.metrics import IntakeMetrics
from onecase_intake.service import DeliveryIntake
from onecase_intake.webhooks.body_limits import InflightBodyBudget
from onecase_intake.webhooks.pipeline import WebhookEdge
from onecase_intake.webhooks.routes import add_webhook_routes
from onecase_shared import standard_webhooks
from onecase_shared.auth_failures import AuthFailureLimiter
from onecase_shared.events import RawDeliveryReceivedV1, Topic
from tests.fakes import InMemoryDeliveryLog, RecordingEventPublisher

SETTINGS = IntakeSettings(
    email_webhook_secret="whsec_" + base64.b64encode(b"email-secret-32-bytes-long-12345").decode(),
    chat_webhook_secret="chat-secret",
    sendgrid_basic_auth="sg:sg-pass",
    postmark_basic_auth="pm:pm-pass",
    x_consumer_secret="x-secret",
    meta_app_secret="meta-secret",
    meta_verify_token="meta-token",
    intercom_client_secret="intercom-secret",
    max_email_bytes=10_000,
    max_json_bytes=5_000,
    max_json_depth=16,
)

Signer = Callable[[bytes], dict[str, str]]


def _standard(secret: str) -> Signer:
    counter = iter(range(10**6))
    return lambda body: standard_webhooks.signed_headers(
        secret, f"msg_{next(counter)}_{time.time_ns()}", body
    )


def _basic(credentials: str) -> Signer:
    token = base64.b64encode(credentials.encode()).decode()
    return lambda _body: {"authorization": f"Basic {token}"}


def _x(body: bytes) -> dict[str, str]:
    digest = hmac.new(b"x-secret", body, hashlib.sha256).digest()
    return {"x-twitter-webhooks-signature": "sha256=" + base64.b64encode(digest).decode()}


def _meta(body: bytes) -> dict[str, str]:
    return {
        "x-hub-signature-256": "sha256="
        + hmac.new(b"meta-secret", body, hashlib.sha256).hexdigest()
    }


def _intercom(body: bytes) -> dict[str, str]:
    return {
        "x-hub-signature": "sha1=" + hmac.new(b"intercom-secret", body, hashlib.sha1).hexdigest()
    }


@dataclass(frozen=True)
class Endpoint:
    path: str
    sign: Signer
    body: bytes
    json: bool
    content_type: str = "application/json"


MAIL = b"From: Ana <ana@example.com>\r\nSubject: Broken lid\r\nMessage-ID: <a@example.com>\r\n\r\nThe lid broke.\r\n"
FORM = (
    b'--xYzZY\r\nContent-Disposition: form-data; name="from"\r\n\r\nAna <ana@example.com>\r\n'
    b'--xYzZY\r\nContent-Disposition: form-data; name="text"\r\n\r\nThe lid broke.\r\n--xYzZY--\r\n'
)

ENDPOINTS = [
    Endpoint(
        "/webhooks/email/raw",
        _standard(SETTINGS.email_webhook_secret.get_secret_value()),
        MAIL,
        False,
        "message/rfc822",
    ),
    Endpoint(
        "/webhooks/email/sendgrid",
        _basic("sg:sg-pass"),
        FORM,
        False,
        "multipart/form-data; boundary=xYzZY",
    ),
    Endpoint(
        "/webhooks/email/postmark",
        _basic("pm:pm-pass"),
        b'{"From": "ana@example.com", "TextBody": "The lid broke."}',
        True,
    ),
    Endpoint("/webhooks/x", _x, b'{"for_user_id": "1", "tweet_create_events": []}', True),
    Endpoint("/webhooks/facebook", _meta, b'{"object": "page", "entry": []}', True),
    Endpoint(
        "/webhooks/chat",
        _standard("chat-secret"),
        b'{"type": "chat.messages", "messages": []}',
        True,
    ),
    Endpoint(
        "/webhooks/intercom", _intercom, b'{"type": "notification_event", "topic": "ping"}', True
    ),
]
IDS = [e.path for e in ENDPOINTS]


@dataclass
class Edge:
    client: httpx.AsyncClient
    publisher: RecordingEventPublisher
    registry: CollectorRegistry

    def raw_deliveries(self) -> list[RawDeliveryReceivedV1]:
        return [
            e
            for t, _, e in self.publisher.published
            if t == Topic.INTAKE_RAW and isinstance(e, RawDeliveryReceivedV1)
        ]


def edge_of(
    intake: DeliveryIntake,
    metrics: IntakeMetrics,
    registry: CollectorRegistry,
    *,
    settings: IntakeSettings = SETTINGS,
) -> WebhookEdge:
    return WebhookEdge(
        intake,
        metrics,
        bodies=InflightBodyBudget(settings.max_inflight_body_bytes),
        auth_failures=AuthFailureLimiter(
            limit=settings.auth_failure_limit,
            window_s=settings.auth_failure_window_s,
            registry=registry,
        ),
    )


@pytest.fixture
async def edge() -> AsyncIterator[Edge]:
    registry = CollectorRegistry()
    metrics = IntakeMetrics(registry)
    publisher = RecordingEventPublisher()
    intake = DeliveryIntake(publisher=publisher, deliveries=InMemoryDeliveryLog(), metrics=metrics)
    app = FastAPI()
    add_webhook_routes(app.router, SETTINGS, edge_of(intake, metrics, registry))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://intake"
    ) as client:
        yield Edge(client, publisher, registry)


async def post(
    edge: Edge, endpoint: Endpoint, body: bytes, headers: dict[str, str]
) -> httpx.Response:
    return await edge.client.post(
        endpoint.path, content=body, headers={"content-type": endpoint.content_type, **headers}
    )


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
async def test_an_authentic_delivery_is_published_before_the_202(
    edge: Edge, endpoint: Endpoint
) -> None:
    response = await post(edge, endpoint, endpoint.body, endpoint.sign(endpoint.body))
    assert response.status_code == 202, response.text
    (raw,) = edge.raw_deliveries()
    assert raw.body == endpoint.body
    assert raw.delivery_id == response.json()["delivery_id"]


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
async def test_a_forged_delivery_is_401_and_publishes_nothing(
    edge: Edge, endpoint: Endpoint
) -> None:
    headers = endpoint.sign(endpoint.body)
    if "authorization" in headers:  # SendGrid and Postmark sign nothing: forging = guessing
        wrong = {"authorization": "Basic " + base64.b64encode(b"sg:guess").decode()}
        assert (await post(edge, endpoint, endpoint.body, wrong)).status_code == 401
    else:
        tampered = endpoint.body + b" "
        assert (await post(edge, endpoint, tampered, headers)).status_code == 401
    assert (await post(edge, endpoint, endpoint.body, {})).status_code == 401
    assert edge.raw_deliveries() == []


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
async def test_a_replayed_delivery_publishes_nothing_new(edge: Edge, endpoint: Endpoint) -> None:
    headers = endpoint.sign(endpoint.body)
    first = await post(edge, endpoint, endpoint.body, headers)
    again = await post(edge, endpoint, endpoint.body, headers)
    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json()["status"] == "duplicate"
    assert len(edge.raw_deliveries()) == 1


STANDARD_WEBHOOKS = {
    "/webhooks/email/raw": SETTINGS.email_webhook_secret.get_secret_value(),
    "/webhooks/chat": "chat-secret",
}


@pytest.mark.parametrize(("path", "secret"), STANDARD_WEBHOOKS.items())
async def test_a_standard_webhooks_replay_after_the_tolerance_window_is_401(
    edge: Edge, path: str, secret: str
) -> None:
    endpoint = next(e for e in ENDPOINTS if e.path == path)
    stale = standard_webhooks.signed_headers(
        secret, "msg_old", endpoint.body, now=time.time() - 301
    )
    assert (await post(edge, endpoint, endpoint.body, stale)).status_code == 401
    assert edge.raw_deliveries() == []


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
async def test_an_oversized_delivery_is_413_before_it_is_read(
    edge: Edge, endpoint: Endpoint
) -> None:
    limit = SETTINGS.max_email_bytes if "email" in endpoint.path else SETTINGS.max_json_bytes
    huge = endpoint.body + b" " * limit
    response = await post(edge, endpoint, huge, endpoint.sign(huge))
    assert response.status_code == 413

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted while streaming
        for _ in range(limit // 1000 + 2):
            yield b" " * 1000

    # Credentials (or a well-formed signature) first: only then is the body read and counted.
    headers = {"content-type": endpoint.content_type, **endpoint.sign(b"")}
    streamed = await edge.client.post(endpoint.path, content=chunks(), headers=headers)
    assert streamed.status_code == 413
    assert edge.raw_deliveries() == []


@pytest.mark.parametrize(
    "endpoint", [e for e in ENDPOINTS if e.json], ids=[e.path for e in ENDPOINTS if e.json]
)
async def test_deeply_nested_json_is_422_and_publishes_nothing(
    edge: Edge, endpoint: Endpoint
) -> None:
    nested = b'{"a": ' * 200 + b"1" + b"}" * 200  # small in bytes, deep in structure
    response = await post(edge, endpoint, nested, endpoint.sign(nested))
    assert response.status_code == 422
    assert "nested deeper" in response.json()["detail"]
    assert edge.raw_deliveries() == []


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
async def test_authentic_but_malformed_bytes_are_accepted_for_quarantine(
    edge: Edge, endpoint: Endpoint
) -> None:
    garbage = b"\xff\xfe{not json, not mime \x00"
    response = await post(edge, endpoint, garbage, endpoint.sign(garbage))
    # 2xx so the provider does not retry forever; the normalizer quarantines it with the reason.
    assert response.status_code == 202
    assert [r.body for r in edge.raw_deliveries()] == [garbage]


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
async def test_kafka_down_is_503_never_4xx(edge: Edge, endpoint: Endpoint) -> None:
    edge.publisher.down = True
    response = await post(edge, endpoint, endpoint.body, endpoint.sign(endpoint.body))
    assert response.status_code == 503


async def test_x_crc_challenge_is_answered_with_the_consumer_secret(edge: Edge) -> None:
    response = await edge.client.get("/webhooks/x", params={"crc_token": "challenge-123"})
    expected = base64.b64encode(
        hmac.new(b"x-secret", b"challenge-123", hashlib.sha256).digest()
    ).decode()
    assert response.status_code == 200
    assert response.json() == {"response_token": f"sha256={expected}"}
    assert (await edge.client.get("/webhooks/x")).status_code == 422


async def test_the_crc_cannot_sign_a_forged_dm(edge: Edge) -> None:
    """Issue 11: a JSON body sent as crc_token came back as its valid X signature."""
    forged_dm = json.dumps(
        {"for_user_id": "1", "direct_message_events": [{"type": "message_create"}]}
    ).encode()
    oracle = await edge.client.get("/webhooks/x", params={"crc_token": forged_dm.decode()})
    assert oracle.status_code == 422
    assert "response_token" not in oracle.text
    signature = oracle.json().get("response_token", "sha256=AAAA")
    endpoint = next(e for e in ENDPOINTS if e.path == "/webhooks/x")
    headers = {"x-twitter-webhooks-signature": signature}
    assert (await post(edge, endpoint, forged_dm, headers)).status_code == 401
    assert edge.raw_deliveries() == []


@pytest.mark.parametrize(
    "headers",
    [
        {"x-twitter-webhooks-signature": "sha256=\u00e9t\u00e9"},
        {"webhook-id": "m", "webhook-timestamp": "1", "webhook-signature": "v1,\u00e9"},
        {"authorization": "Basic \u00e9\u00e9"},
    ],
)
async def test_non_ascii_auth_headers_are_401_not_500(edge: Edge, headers: dict[str, str]) -> None:
    for endpoint in ENDPOINTS:
        encoded = [(k.encode(), v.encode("latin-1", "replace")) for k, v in headers.items()]
        response = await edge.client.post(
            endpoint.path,
            content=endpoint.body,
            headers=[(b"content-type", endpoint.content_type.encode()), *encoded],
        )
        assert response.status_code == 401, (endpoint.path, response.text)
    assert edge.raw_deliveries() == []


async def test_meta_verification_echoes_the_challenge_only_for_the_right_token(edge: Edge) -> None:
    ok = await edge.client.get(
        "/webhooks/facebook",
        params={"hub.mode": "subscribe", "hub.verify_token": "meta-token", "hub.challenge": "42"},
    )
    assert (ok.status_code, ok.text) == (200, "42")
    wrong = await edge.client.get(
        "/webhooks/facebook",
        params={"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "42"},
    )
    assert wrong.status_code == 403
    non_ascii = await edge.client.get(
        "/webhooks/facebook",
        params={"hub.mode": "subscribe", "hub.verify_token": "jeton-é", "hub.challenge": "42"},
    )
    assert non_ascii.status_code == 403, "a non-ASCII token is refused, not a server error"


async def test_outcomes_are_counted_by_channel(edge: Edge) -> None:
    endpoint = ENDPOINTS[3]  # X
    await post(edge, endpoint, endpoint.body, endpoint.sign(endpoint.body))
    await post(edge, endpoint, endpoint.body, {})
    accepted = edge.registry.get_sample_value(
        "onecase_webhook_deliveries_total", {"channel": "x", "outcome": "accepted"}
    )
    forged = edge.registry.get_sample_value(
        "onecase_webhook_deliveries_total", {"channel": "x", "outcome": "unauthorized"}
    )
    assert (accepted, forged) == (1.0, 1.0)


def test_the_json_fixtures_are_json() -> None:
    for endpoint in ENDPOINTS:
        if endpoint.json:
            json.loads(endpoint.body)
