"""The path every webhook takes: size cap → authenticity → depth cap → publish → 202."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import structlog
from fastapi import HTTPException, Request, status
from fastapi.responses import JSONResponse

from onecase_intake.metrics import IntakeMetrics
from onecase_intake.service import DeliveryIntake
from onecase_intake.webhooks.body_limits import json_depth_exceeds, read_body_capped
from onecase_shared.events import Channel
from onecase_shared.kafka import PublishFailedError

log = structlog.get_logger(__name__)


class NotAuthenticError(Exception):
    """The delivery does not prove it comes from the provider (401, nothing published)."""


# Checks a delivery's headers and raw bytes; returns the provider's delivery id.
Authenticator = Callable[[Mapping[str, str], bytes], str]


@dataclass(frozen=True)
class WebhookSpec:
    """One inbound endpoint: which channel, whose format, how it proves itself, how big."""

    channel: Channel
    provider: str
    max_bytes: int
    authenticate: Authenticator
    max_json_depth: int | None = None  # None for bodies that are not JSON


class WebhookEdge:
    """Runs a delivery through the checks and hands it to intake; answers like providers expect."""

    def __init__(self, intake: DeliveryIntake, metrics: IntakeMetrics) -> None:
        self._intake = intake
        self._metrics = metrics

    async def receive(self, request: Request, spec: WebhookSpec) -> JSONResponse:
        """202 once Kafka has the delivery; 401 forged, 413 too big, 422 too deep, 503 no Kafka."""
        outcome = self._metrics.deliveries.labels
        try:
            body = await read_body_capped(request, spec.max_bytes)
        except HTTPException:
            outcome(spec.channel, "too_large").inc()
            raise
        try:
            delivery_id = spec.authenticate(request.headers, body)
        except NotAuthenticError as exc:
            outcome(spec.channel, "unauthorized").inc()
            log.info("webhook rejected", channel=spec.channel, reason=str(exc))
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from None
        if spec.max_json_depth is not None and json_depth_exceeds(body, spec.max_json_depth):
            outcome(spec.channel, "too_deep").inc()
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
            outcome(spec.channel, "unavailable").inc()
            # 5xx, never 4xx: providers retry a 5xx, and a 4xx would lose the complaint.
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE, "event bus unavailable, retry later"
            ) from None
        outcome(spec.channel, acceptance.value).inc()
        return JSONResponse(
            {"status": acceptance.value, "delivery_id": delivery_id},
            status_code=status.HTTP_202_ACCEPTED,
        )
