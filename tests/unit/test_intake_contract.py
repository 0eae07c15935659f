"""Intake's HTTP contract, fuzzed: Schemathesis reads its OpenAPI and sends what it allows.

A fuzzer cannot sign a delivery, so the webhooks answer it 401 (or 413/422/400 for what it
sends): those answers must be documented, problem+json and schema-valid, and none a 5xx.
The app is the real edge (`build_service_app` + the webhook routes) over in-memory fakes,
called in-process over ASGI.
"""

from __future__ import annotations

import base64

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from onecase_intake.config import IntakeSettings
from onecase_intake.metrics import IntakeMetrics
from onecase_intake.service import DeliveryIntake
from onecase_intake.webhooks.body_limits import InflightBodyBudget
from onecase_intake.webhooks.pipeline import WebhookEdge
from onecase_intake.webhooks.routes import add_webhook_routes
from onecase_shared.auth_failures import AuthFailureLimiter
from onecase_shared.problems import PROBLEM_MEDIA_TYPE
from onecase_shared.service_app import build_service_app, noop_lifespan
from tests.contract_checks import fuzz_operation, operations_of
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


def intake_app() -> FastAPI:
    """Intake's HTTP edge as production builds it, with Kafka and Mongo faked."""
    registry = CollectorRegistry()
    metrics = IntakeMetrics(registry)
    intake = DeliveryIntake(
        publisher=RecordingEventPublisher(), deliveries=InMemoryDeliveryLog(), metrics=metrics
    )
    app = build_service_app(
        title="intake under test", lifespan=noop_lifespan, registry=registry, readiness={}
    )
    edge = WebhookEdge(
        intake,
        metrics,
        bodies=InflightBodyBudget(SETTINGS.max_inflight_body_bytes),
        auth_failures=AuthFailureLimiter(
            limit=SETTINGS.auth_failure_limit,
            window_s=SETTINGS.auth_failure_window_s,
            registry=registry,
        ),
    )
    add_webhook_routes(app.router, SETTINGS, edge)
    return app


OPERATIONS = operations_of(intake_app().openapi())


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_intake_answers_only_what_its_document_promises(method: str, path: str) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", intake_app())
    fuzz_operation(schema[path][method])


async def test_a_forged_delivery_is_a_problem_document() -> None:
    app = intake_app()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://intake") as client:
        response = await client.post("/webhooks/chat", content=b"{}")
    assert response.status_code == 401
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    problem = response.json()
    assert "webhook-" in problem.pop("detail")
    assert problem == {
        "type": "about:blank",
        "title": "Unauthorized",
        "status": 401,
        "instance": "/webhooks/chat",
    }
