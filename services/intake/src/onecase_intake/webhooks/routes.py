"""The inbound HTTP interface (DESIGN.md, Inbound): thin handlers over the webhook pipeline."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from typing import Any, cast

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from fastapi.responses import PlainTextResponse
from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from onecase_intake import authenticity
from onecase_intake.config import IntakeSettings
from onecase_intake.webhooks.pipeline import WebhookEdge, WebhookSpec
from onecase_intake.webhooks.specs import webhook_specs
from onecase_shared.problems import problem_responses
from onecase_shared.settings import secret_values


def _endpoint(
    edge: WebhookEdge, spec: WebhookSpec, route: str
) -> Callable[[Request], Awaitable[Response]]:
    async def receive(request: Request) -> Response:
        return await edge.receive(request, spec, route)

    return receive


def _delivery_errors(spec: WebhookSpec) -> dict[int | str, dict[str, Any]]:
    # What WebhookEdge.receive answers besides 202: a bad length, forged, too big, too many
    # failures from this client (429), too deep (JSON formats only), and 503 while Kafka
    # cannot take the delivery or the bodies in flight fill their budget.
    statuses = [400, 401, 413, 429, 503]
    if spec.max_json_depth is not None:
        statuses.append(422)
    return problem_responses(*sorted(statuses))


class DeliveryRoute(APIRoute):
    """A delivery endpoint: documented like any route, called with the bare request.

    Its endpoint takes only the `Request` and answers its own `Response` (WebhookEdge does
    every check), so FastAPI's request handler, which solves dependencies, validates and
    serializes, has nothing to do; skipping it saves about a fifth of the edge's CPU per
    delivery. Neither has FastAPI's per-request wrapper anything to do (two exit stacks for
    dependencies with `yield`, an exception-handling layer around every message sent): the
    route runs the endpoint and sends its answer. Errors still become problem+json, from the
    app's exception middleware, which holds the same handlers.
    """

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, endpoint, **kwargs)
        self.app = _answer_with(cast(Callable[[Request], Awaitable[Response]], endpoint))


def _answer_with(endpoint: Callable[[Request], Awaitable[Response]]) -> ASGIApp:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = await endpoint(Request(scope, receive, send))
        await response(scope, receive, send)

    return app


def add_webhook_routes(router: APIRouter, settings: IntakeSettings, edge: WebhookEdge) -> None:
    """Every provider endpoint: one POST per format, plus X's and Meta's handshakes.

    The service passes its app's own router (`app.router`): FastAPI walks an included
    router's routes twice per request (to match, then to handle), which every delivery pays.
    The delivery routes go first in it.
    """
    for path, spec in webhook_specs(settings).items():
        router.add_api_route(
            path,
            _endpoint(edge, spec, path),
            methods=["POST"],
            status_code=status.HTTP_202_ACCEPTED,
            summary=f"{spec.channel} deliveries ({spec.provider})",
            responses=_delivery_errors(spec),
            tags=["webhooks"],
            route_class_override=DeliveryRoute,
        )
    # Matching walks the routes in order, a regex each, until one fits: deliveries, nearly
    # every request, are tried first (no other route shares a POST path with them).
    router.routes[:] = sorted(router.routes, key=lambda route: not isinstance(route, DeliveryRoute))

    @router.get("/webhooks/x", responses=problem_responses(422, 503), tags=["webhooks"])
    async def x_challenge(
        crc_token: str = Query(pattern=authenticity.X_CRC_TOKEN_PATTERN),
    ) -> dict[str, str]:
        """X's challenge-response check: prove we hold the consumer secret.

        Only tokens shaped like X's are answered (422 otherwise), so the answer can never be a
        valid signature of a body someone chose; 503 while no consumer secret is configured.
        """
        secrets = [s for s in secret_values(settings.x_consumer_secret) if s]
        if not secrets:
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "X is not configured")
        return {"response_token": authenticity.x_crc_response_token(secrets, crc_token)}

    @router.get(
        "/webhooks/facebook",
        tags=["webhooks"],
        response_class=PlainTextResponse,
        responses=problem_responses(403, 422),
    )
    async def facebook_verification(
        mode: str = Query(alias="hub.mode"),
        verify_token: str = Query(alias="hub.verify_token"),
        challenge: str = Query(alias="hub.challenge", max_length=256),
    ) -> PlainTextResponse:
        """Meta's subscription check: echo the challenge when the verify token matches."""
        expected = settings.meta_verify_token.get_secret_value()
        # Bytes: compare_digest refuses a str with non-ASCII characters, and a query is any text.
        if mode != "subscribe" or not hmac.compare_digest(verify_token.encode(), expected.encode()):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "verify token does not match")
        return PlainTextResponse(challenge)
