"""What a delivery endpoint answers inside the service shell: the 202's JSON, problem+json
errors, and the request's latency under its route template.

The delivery routes skip FastAPI's per-request wrapper, so these check, on the shell intake
runs (`build_service_app`), that nothing it gave is lost: errors still reach the app's
problem+json handlers and every answer is still timed.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi.responses import JSONResponse
from prometheus_client import CollectorRegistry

from onecase_intake.metrics import IntakeMetrics
from onecase_intake.service import Acceptance, DeliveryIntake
from onecase_intake.webhooks.pipeline import accepted_body
from onecase_intake.webhooks.routes import add_webhook_routes
from onecase_shared.problems import PROBLEM_MEDIA_TYPE
from onecase_shared.service_app import build_service_app, noop_lifespan
from tests.fakes import InMemoryDeliveryLog, RecordingEventPublisher
from tests.unit.test_webhook_edge import ENDPOINTS, SETTINGS, edge_of

X = next(e for e in ENDPOINTS if e.path == "/webhooks/x")


@pytest.fixture
async def shell() -> AsyncIterator[tuple[httpx.AsyncClient, CollectorRegistry]]:
    registry = CollectorRegistry()
    metrics = IntakeMetrics(registry)
    intake = DeliveryIntake(
        publisher=RecordingEventPublisher(), deliveries=InMemoryDeliveryLog(), metrics=metrics
    )
    app = build_service_app(title="t", lifespan=noop_lifespan, registry=registry, readiness={})
    add_webhook_routes(app.router, SETTINGS, edge_of(intake, metrics, registry))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://intake") as client:
        yield client, registry


def timed(registry: CollectorRegistry, route: str, status: str) -> float | None:
    return registry.get_sample_value(
        "onecase_http_request_duration_seconds_count",
        {"method": "POST", "route": route, "status": status},
    )


async def test_an_accepted_delivery_is_202_with_its_json_and_is_timed(
    shell: tuple[httpx.AsyncClient, CollectorRegistry],
) -> None:
    client, registry = shell
    headers = {"content-type": X.content_type, **X.sign(X.body)}
    first = await client.post(X.path, content=X.body, headers=headers)
    again = await client.post(X.path, content=X.body, headers=headers)
    assert first.status_code == again.status_code == 202
    assert first.headers["content-type"] == "application/json"
    assert first.json() == {"status": "accepted", "delivery_id": first.json()["delivery_id"]}
    assert again.json() == {"status": "duplicate", "delivery_id": first.json()["delivery_id"]}
    assert timed(registry, "/webhooks/x", "202") == 2.0


async def test_a_refused_delivery_is_problem_json_and_is_timed(
    shell: tuple[httpx.AsyncClient, CollectorRegistry],
) -> None:
    client, registry = shell
    forged = await client.post(X.path, content=X.body, headers={"content-type": X.content_type})
    assert forged.status_code == 401
    assert forged.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert forged.json()["status"] == 401
    assert forged.json()["instance"] == "/webhooks/x"
    big = b" " * (SETTINGS.max_json_bytes + 1)
    too_big = await client.post(X.path, content=big, headers=X.sign(big))
    assert too_big.status_code == 413
    assert too_big.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert timed(registry, "/webhooks/x", "401") == 1.0
    assert timed(registry, "/webhooks/x", "413") == 1.0


@pytest.mark.parametrize(
    "delivery_id",
    ["msg_2a1f", 'quote"back\\slash', "sha256:" + "ab" * 32, "ünï\u2028cödé\ttab", "\x00\x1f"],
)
@pytest.mark.parametrize("acceptance", list(Acceptance))
def test_the_202_body_is_what_json_response_renders(
    acceptance: Acceptance, delivery_id: str
) -> None:
    expected = JSONResponse({"status": acceptance.value, "delivery_id": delivery_id}).body
    assert accepted_body(acceptance, delivery_id) == expected
    assert json.loads(accepted_body(acceptance, delivery_id)) == {
        "status": acceptance.value,
        "delivery_id": delivery_id,
    }
