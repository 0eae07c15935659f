"""The path every webhook takes, cheapest refusal first.

failure rate limit (429) → credentials in the headers (401) → size cap (413) and in-flight
budget (503) while the body is read → signature over the body (401) → depth cap (422) →
publish → 202. A scheme that signs the body (HMAC) can only be checked once the body is read:
its headers are checked for shape and freshness first, and the budget bounds what forgers hold.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

import structlog
from fastapi import HTTPException, Request, Response, status
from prometheus_client import Counter

from onecase_intake.metrics import IntakeMetrics
from onecase_intake.service import DeliveryIntake
from onecase_intake.webhooks.body_limits import (
    InflightBodyBudget,
    json_depth_exceeds,
    read_body_capped,
)
from onecase_shared.auth_failures import AuthFailureLimiter, client_of
from onecase_shared.events import Channel
from onecase_shared.kafka import PublishFailedError

log = structlog.get_logger(__name__)
T = TypeVar("T")
_READ_REFUSALS = {413: "too_large", 503: "overloaded"}


class NotAuthenticError(Exception):
    """The delivery does not prove it comes from the provider (401, nothing published)."""


# Checks a delivery's headers and raw bytes; returns the provider's delivery id.
Authenticator = Callable[[Mapping[str, str], bytes], str]
# Checks what the headers alone can show, before any of the body is read; raises
# NotAuthenticError. For Basic auth that is everything; for body signatures, their shape.
HeaderCheck = Callable[[Mapping[str, str]], None]


def no_header_check(_headers: Mapping[str, str]) -> None:
    """For a scheme whose headers tell nothing until the body is read."""


@dataclass(frozen=True)
class WebhookSpec:
    """One inbound endpoint: which channel, whose format, how it proves itself, how big."""

    channel: Channel
    provider: str
    max_bytes: int
    authenticate: Authenticator
    max_json_depth: int | None = None  # None for bodies that are not JSON
    check_headers: HeaderCheck = no_header_check


class WebhookEdge:
    """Runs a delivery through the checks and hands it to intake; answers like providers expect."""

    def __init__(
        self,
        intake: DeliveryIntake,
        metrics: IntakeMetrics,
        *,
        bodies: InflightBodyBudget,
        auth_failures: AuthFailureLimiter,
    ) -> None:
        self._intake = intake
        self._metrics = metrics
        self._bodies = bodies
        self._auth_failures = auth_failures
        self._outcomes: dict[tuple[Channel, str], Counter] = {}

    def _count(self, channel: Channel, outcome: str) -> None:
        # Counter.labels validates and locks on every call; the children are few and fixed.
        counter = self._outcomes.get((channel, outcome))
        if counter is None:
            counter = self._outcomes[channel, outcome] = self._metrics.deliveries.labels(
                channel, outcome
            )
        counter.inc()

    async def receive(self, request: Request, spec: WebhookSpec, route: str) -> Response:
        """202 once Kafka has the delivery, or the first refusal that applies.

        401 forged, 413 too big, 422 too deep, 429 after repeated failures, 503 without Kafka
        or without room for the body. `route` is the endpoint's path, which failures count by.
        """
        client = client_of(request)
        try:
            self._auth_failures.check(client, route)
        except HTTPException:
            self._count(spec.channel, "rate_limited")
            raise
        self._authentic_or_401(client, route, spec, lambda: spec.check_headers(request.headers))
        with self._bodies.hold() as hold:
            try:
                body = await read_body_capped(request, spec.max_bytes, hold)
            except HTTPException as refused:
                self._count(spec.channel, _READ_REFUSALS.get(refused.status_code, "bad_length"))
                raise
            delivery_id = self._authentic_or_401(
                client, route, spec, lambda: spec.authenticate(request.headers, body)
            )
            return await self._publish(request, spec, delivery_id, body)

    def _authentic_or_401(
        self, client: str, route: str, spec: WebhookSpec, check: Callable[[], T]
    ) -> T:
        try:
            return check()
        except NotAuthenticError as exc:
            self._count(spec.channel, "unauthorized")
            self._auth_failures.record_failure(client, route)
            log.info("webhook rejected", channel=spec.channel, reason=str(exc))
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from None

    async def _publish(
        self, request: Request, spec: WebhookSpec, delivery_id: str, body: bytes
    ) -> Response:
        if spec.max_json_depth is not None and json_depth_exceeds(body, spec.max_json_depth):
            self._count(spec.channel, "too_deep")
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_CONTENT,
                f"JSON nested deeper than {spec.max_json_depth} levels",
            )
        try:
            acceptance = await self._intake.accept(
                delivery_id=delivery_id,
                channel=spec.channel,
                provider=spec.provider,
                content_type=request.headers.get("content-type", ""),
                body=body,
            )
        except PublishFailedError:
            self._count(spec.channel, "unavailable")
            # 5xx, never 4xx: providers retry a 5xx, and a 4xx would lose the complaint.
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE, "event bus unavailable, retry later"
            ) from None
        self._count(spec.channel, acceptance)
        return Response(
            accepted_body(acceptance, delivery_id),
            status_code=status.HTTP_202_ACCEPTED,
            media_type="application/json",
        )


def accepted_body(acceptance: str, delivery_id: str) -> bytes:
    """The 202's JSON, `{"status": ..., "delivery_id": ...}`, as JSONResponse renders it.

    Built from its two strings (the status is one of a few words, the id is escaped like any
    JSON string): a dict through `json.dumps` cost more than the rest of the answer.
    """
    return b'{"status":"%s","delivery_id":%s}' % (
        acceptance.encode(),
        json.dumps(delivery_id, ensure_ascii=False).encode(),
    )
