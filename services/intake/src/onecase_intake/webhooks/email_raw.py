"""POST /webhooks/email/raw: a raw RFC 822 mail signed with Standard Webhooks."""

from __future__ import annotations

import structlog
from fastapi import APIRouter, HTTPException, Request, status

from onecase_intake.config import IntakeSettings
from onecase_intake.service import DeliveryIntake
from onecase_intake.webhooks.body_limits import read_body_capped
from onecase_shared import standard_webhooks
from onecase_shared.events import Channel
from onecase_shared.kafka import PublishFailedError

log = structlog.get_logger(__name__)


def build_email_raw_router(settings: IntakeSettings, intake: DeliveryIntake) -> APIRouter:
    """The raw-email webhook: verify, publish, and answer 2xx only once Kafka has it."""
    router = APIRouter(tags=["webhooks"])

    @router.post("/webhooks/email/raw", status_code=status.HTTP_202_ACCEPTED)
    async def receive_raw_email(request: Request) -> dict[str, str]:
        """Accept one signed mail; 401 if forged or replayed, 413 if too big, 503 if Kafka is down."""
        body = await read_body_capped(request, settings.max_email_bytes)
        try:
            delivery_id = standard_webhooks.verify(
                [settings.email_webhook_secret.get_secret_value()],
                request.headers,
                body,
                tolerance_s=settings.webhook_tolerance_s,
            )
        except standard_webhooks.SignatureError as exc:
            log.info("webhook rejected", channel=Channel.EMAIL, reason=str(exc))
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from None
        try:
            await intake.accept(
                delivery_id=delivery_id,
                channel=Channel.EMAIL,
                provider="standard-webhooks-email",
                content_type="message/rfc822",
                body=body,
            )
        except PublishFailedError:
            # 5xx, never 4xx: providers retry a 5xx, and a 4xx would lose the complaint.
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE, "event bus unavailable, retry later"
            ) from None
        return {"status": "accepted", "delivery_id": delivery_id}

    return router
