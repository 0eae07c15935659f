"""The provider endpoints of the channel sandbox, and the one pipeline every call goes through.

Each call: parse the body, let an armed fault answer if one matches, else validate and answer
as the provider would; then record it, rejected or not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from onecase_localinfra.channel_sandbox_intercom_chat import (
    answer_chat_message,
    answer_intercom_reply,
)
from onecase_localinfra.channel_sandbox_state import Provider, SandboxState
from onecase_localinfra.channel_sandbox_wire import (
    Answer,
    Incoming,
    Rejected,
    error_body,
    fault_answer,
    parse_body,
)
from onecase_localinfra.channel_sandbox_x_graph import (
    answer_facebook_comment_reply,
    answer_messenger,
    answer_x_dm,
    answer_x_reply,
    x_text_key,
)

logger = logging.getLogger("onecase_localinfra.channel_sandbox")

Responder = Callable[[Incoming], Answer]
_PROVIDER_PREFIXES: dict[str, Provider] = {
    "x": "x",
    "graph": "graph",
    "intercom": "intercom",
    "chat": "chat",
}
_SECRET_FIELDS = frozenset({"access_token"})


def _redacted(body: dict[str, Any]) -> dict[str, Any]:
    # The JSON-lines file outlives the run; a real token pasted into .env must not land in it.
    return {key: "<redacted>" if key in _SECRET_FIELDS else value for key, value in body.items()}


def _rejection(provider: Provider, exc: Rejected) -> Answer:
    return Answer(exc.status, error_body(provider, exc.status, exc.message, exc.code))


async def serve_call(
    request: Request, state: SandboxState, provider: Provider, call: str, respond: Responder
) -> JSONResponse:
    """Answer one provider call (or let a fault answer it) and record it."""
    raw = await request.body()
    headers = request.headers
    path = request.url.path
    parse_error: Rejected | None = None
    try:
        body = parse_body(raw, headers.get("content-type", ""))
    except Rejected as exc:
        body, parse_error = {"unparsed": raw.decode(errors="replace")}, exc
    fault = state.take_fault(call, path, raw.decode(errors="replace"))
    if fault is not None:
        answer = fault_answer(provider, fault.status, fault.retry_after)
    elif parse_error is not None:
        answer = _rejection(provider, parse_error)
    else:
        incoming = Incoming(
            path=path,
            path_params=dict(request.path_params),
            query=dict(request.query_params),
            headers=headers,
            body=body,
            raw=raw,
        )
        try:
            answer = respond(incoming)
        except Rejected as exc:
            answer = _rejection(provider, exc)
    idempotency_key = headers.get("idempotency-key")
    if idempotency_key is None and provider == "chat":
        # Standard Webhooks: webhook-id is the message's idempotency key.
        idempotency_key = headers.get("webhook-id")
    state.record(
        {
            "at": datetime.now(UTC).isoformat(),
            "provider": provider,
            "call": call,
            "path": path,
            "status": answer.status,
            "body": _redacted(body),
            "response": answer.body,
            "idempotency_key": idempotency_key,
            "fault": fault is not None,
        }
    )
    logger.info("%s %s %s%s", answer.status, call, path, " (injected fault)" if fault else "")
    return JSONResponse(answer.body, status_code=answer.status, headers=answer.headers)


def register_provider_routes(app: FastAPI, state: SandboxState, *, chat_secret: str) -> None:
    """Mount the X, Graph, Intercom and chat endpoints, then a 404 recorder for other provider paths."""

    def earlier_x_texts() -> set[str]:
        accepted = (entry for entry in state.select("x_reply") if entry["status"] == 201)
        return {x_text_key(entry["body"]["text"]) for entry in accepted}

    @app.post("/x/2/tweets")
    async def x_reply(request: Request) -> JSONResponse:
        """X API v2: post a reply."""
        return await serve_call(
            request, state, "x", "x_reply", lambda call: answer_x_reply(call, earlier_x_texts())
        )

    @app.post("/x/2/dm_conversations/with/{participant_id}/messages")
    async def x_dm(request: Request) -> JSONResponse:
        """X API v2: send a direct message to one user."""
        return await serve_call(request, state, "x", "x_dm", answer_x_dm)

    @app.post("/graph/{version}/{comment_id}/comments")
    async def facebook_comment_reply(request: Request) -> JSONResponse:
        """Graph API: reply to a comment on a Page post."""
        return await serve_call(
            request, state, "graph", "facebook_comment_reply", answer_facebook_comment_reply
        )

    @app.post("/graph/{version}/{page_id}/messages")
    async def messenger(request: Request) -> JSONResponse:
        """Graph API Send API: a Messenger message or a private reply to a comment."""
        return await serve_call(request, state, "graph", "messenger", answer_messenger)

    @app.post("/intercom/conversations/{conversation_id}/reply")
    async def intercom_reply(request: Request) -> JSONResponse:
        """Intercom: reply to a conversation."""
        return await serve_call(request, state, "intercom", "intercom_reply", answer_intercom_reply)

    @app.post("/chat/sessions/{session_id}/messages")
    async def chat_message(request: Request) -> JSONResponse:
        """Onecase chat: a message into a visitor's session."""
        return await serve_call(
            request,
            state,
            "chat",
            "chat_message",
            lambda call: answer_chat_message(call, chat_secret),
        )

    @app.api_route(
        "/{rest:path}",
        methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        include_in_schema=False,
    )
    async def unknown(request: Request, rest: str) -> JSONResponse:
        """Any other path under a provider: 404, recorded, so a wrong URL shows up in tests."""
        provider = _PROVIDER_PREFIXES.get(rest.split("/", 1)[0])
        if provider is None:  # a browser's favicon or a typo in /_sandbox: nothing a client sent
            return JSONResponse({"detail": "Not Found"}, status_code=404)
        message = f"the channel sandbox has no {request.method} /{rest}"

        def not_found(_call: Incoming) -> Answer:
            raise Rejected(404, message)

        return await serve_call(request, state, provider, "unknown", not_found)
