"""The HTTP shell every service shares: /healthz, /readyz, /metrics and problem+json errors."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)
from starlette.routing import Match

from onecase_shared.problems import install_problem_details

ReadinessCheck = Callable[[], Awaitable[bool]]
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def build_service_app(
    *,
    title: str,
    lifespan: Lifespan,
    registry: CollectorRegistry,
    readiness: Mapping[str, ReadinessCheck],
    check_timeout_s: float = 2.0,
) -> FastAPI:
    """A FastAPI app with the health, readiness and metrics endpoints every service serves.

    Every error it answers is `application/problem+json` (`onecase_shared.problems`). The
    registry gets the process, GC and platform collectors (memory, CPU, file descriptors).
    """
    app = FastAPI(title=title, lifespan=lifespan)
    ProcessCollector(registry=registry)
    GCCollector(registry=registry)
    PlatformCollector(registry=registry)
    install_problem_details(app)
    latency = Histogram(
        "onecase_http_request_duration_seconds",
        "HTTP request latency by route template and status.",
        ["method", "route", "status"],
        registry=registry,
    )

    @app.middleware("http")
    async def observe(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        latency.labels(request.method, _route_template(app, request), response.status_code).observe(
            time.perf_counter() - started
        )
        return response

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        """The process is alive."""
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> JSONResponse:
        """Every dependency answers: Kafka, Mongo, and whatever the service adds."""
        results = {
            name: await _run_check(check, check_timeout_s) for name, check in readiness.items()
        }
        ready = all(results.values())
        body = {"status": "ready" if ready else "not ready", "checks": results}
        return JSONResponse(body, status_code=200 if ready else 503)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        """Prometheus exposition of this service's registry."""
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return app


async def _run_check(check: ReadinessCheck, timeout_s: float) -> bool:
    try:
        return await asyncio.wait_for(check(), timeout=timeout_s)
    except Exception:  # any failure means "not ready", never a 500
        return False


def _route_template(app: FastAPI, request: Request) -> str:
    # Label by template ("/cases/{case_id}"), not raw path, to keep metric cardinality bounded.
    for route in app.router.routes:
        match, _ = route.matches(request.scope)
        if match is Match.FULL:
            return str(getattr(route, "path", "other"))
    return "unmatched"


@asynccontextmanager
async def noop_lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """A lifespan with nothing to start, for tests of the shell itself."""
    yield
