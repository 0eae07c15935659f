"""The HTTP shell every service shares: /healthz, /readyz, /metrics and problem+json errors."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from fastapi.telemetry import TelemetryConfig
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
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from onecase_shared.problems import install_problem_details

ReadinessCheck = Callable[[], Awaitable[bool]]
NO_OPENTELEMETRY: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False}
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
    # Onecase observes through this registry and JSON logs, not OpenTelemetry: FastAPI's native
    # OpenTelemetry would look up the global providers on every request to learn it is unused.
    app = FastAPI(title=title, lifespan=lifespan, telemetry=NO_OPENTELEMETRY)
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

    app.add_middleware(_ObserveLatency, latency=latency, templates=_RouteTemplates(app))

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


class _RouteTemplates:
    """A request's route template ("/cases/{case_id}"), not its raw path: bounded cardinality.

    Matching walks every route, so the answers for recent paths are kept (webhook and health
    paths repeat; ids in desk paths make the rest miss and walk the routes again).
    """

    def __init__(self, app: FastAPI, *, size: int = 1024) -> None:
        self._app = app
        self._known: OrderedDict[tuple[str, str], str] = OrderedDict()
        self._size = size

    def of(self, scope: Scope) -> str:
        """The template of the route that matches `scope` fully, or "unmatched"."""
        key = (str(scope.get("method", "")), str(scope.get("path", "")))
        template = self._known.get(key)
        if template is None:
            template = self._walk(scope)
            self._known[key] = template
            if len(self._known) > self._size:
                self._known.popitem(last=False)
        return template

    def _walk(self, scope: Scope) -> str:
        for route in self._app.router.routes:
            match, _ = route.matches(scope)
            if match is Match.FULL:
                return str(getattr(route, "path", "other"))
        return "unmatched"


class _ObserveLatency:
    """Times every HTTP request, as plain ASGI: no extra task or stream per request."""

    def __init__(self, app: ASGIApp, *, latency: Histogram, templates: _RouteTemplates) -> None:
        self._app = app
        self._latency = latency
        self._templates = templates
        # Histogram.labels validates and locks on every call: its children are kept here (as
        # many as the histogram has: methods x route templates x statuses).
        self._children: dict[tuple[str, str, int], Histogram] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = time.perf_counter()
        asked = dict(scope)  # the routing below writes into `scope` (root_path, route)
        status = 500  # what the client gets if the app fails before it answers

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self._app(scope, receive, sending)
        finally:
            template = _template_of_routed(scope) or self._templates.of(asked)
            key = (scope["method"], template, status)
            child = self._children.get(key)
            if child is None:
                child = self._children[key] = self._latency.labels(*key)
            child.observe(time.perf_counter() - started)


def _template_of_routed(scope: Scope) -> str | None:
    # FastAPI leaves the route it chose in the scope: its full template (prefix included) is
    # in the effective route context of an included router, else on the route itself.
    context = scope.get("fastapi", {}).get("effective_route_context")
    template = getattr(context, "path_format", None)
    if template is None and context is None and "route" in scope:
        template = getattr(scope["route"], "path", None)
    return str(template) if template is not None else None


@asynccontextmanager
async def noop_lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """A lifespan with nothing to start, for tests of the shell itself."""
    yield
