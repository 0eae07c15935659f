"""The shared HTTP shell times every request under its route template, never its raw path."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, HTTPException
from prometheus_client import CollectorRegistry

from onecase_shared.service_app import build_service_app, noop_lifespan


def observed(registry: CollectorRegistry) -> dict[tuple[str, str, str], float]:
    return {
        (s.labels["method"], s.labels["route"], s.labels["status"]): s.value
        for metric in registry.collect()
        if metric.name == "onecase_http_request_duration_seconds"
        for s in metric.samples
        if s.name.endswith("_count")
    }


async def test_requests_are_counted_by_method_route_template_and_status() -> None:
    registry = CollectorRegistry()
    app = build_service_app(title="t", lifespan=noop_lifespan, registry=registry, readiness={})
    router = APIRouter()

    @router.get("/cases/{case_id}")
    async def case(case_id: str) -> dict[str, str]:
        if case_id == "missing":
            raise HTTPException(404, "no such case")
        return {"id": case_id}

    app.include_router(router, prefix="/api")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        for path in ("/api/cases/1", "/api/cases/2", "/api/cases/missing", "/nowhere", "/healthz"):
            await client.get(path)
    assert observed(registry) == {
        ("GET", "/api/cases/{case_id}", "200"): 2.0,
        ("GET", "/api/cases/{case_id}", "404"): 1.0,
        ("GET", "unmatched", "404"): 1.0,
        ("GET", "/healthz", "200"): 1.0,
    }


def test_the_shell_leaves_fastapis_opentelemetry_off() -> None:
    # Onecase exports Prometheus metrics; FastAPI's own OpenTelemetry would otherwise look up
    # the global providers on every request.
    app = build_service_app(
        title="t", lifespan=noop_lifespan, registry=CollectorRegistry(), readiness={}
    )
    assert {app._telemetry["tracing"], app._telemetry["metrics"], app._telemetry["logs"]} == {False}
