"""Mounting the browser desk on triage's app: login, logout, live events, static assets."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from onecase_shared.auth_failures import AuthFailureLimiter, TooManyAuthFailuresError, client_of
from onecase_shared.settings import KafkaSettings
from onecase_triage.desk.auth import DESK_ROUTE, TokenTable
from onecase_triage.desk_ui import actions, pages
from onecase_triage.desk_ui.context import DeskUi, LoginRequiredError, is_tls
from onecase_triage.desk_ui.gateway import DeskGateway
from onecase_triage.desk_ui.live import CaseFeed
from onecase_triage.desk_ui.operations import KafkaOperations
from onecase_triage.desk_ui.session import COOKIE, SESSION_SECONDS, SessionSigner

HERE = Path(__file__).parent
LOGIN_CSRF = "onecase_desk_login"


def build_session_router(ui: DeskUi) -> APIRouter:
    """The login form's answer, logout and the live event stream."""
    router = APIRouter(include_in_schema=False)

    @router.post("/ui/login")
    async def login(
        request: Request, token: Annotated[str, Form()], csrf: Annotated[str, Form()] = ""
    ) -> Response:
        """Exchange a desk token for a session cookie (rate-limited like the API)."""
        expected = request.cookies.get(LOGIN_CSRF, "")
        if not expected or not secrets.compare_digest(expected.encode(), csrf.encode()):
            return ui.page(request, "login.html", None, error="The form expired; try again.")
        client = client_of(request)
        try:
            if ui.limiter is not None:
                ui.limiter.check(client, DESK_ROUTE)
        except TooManyAuthFailuresError:
            return ui.page(
                request, "login.html", None, error="Too many wrong tokens; wait a minute."
            )
        user = ui.tokens.user_for(token.strip())
        if user is None:
            if ui.limiter is not None:
                ui.limiter.record_failure(client, DESK_ROUTE)
            return ui.page(request, "login.html", None, error="That token is not valid.")
        cookie, _ = ui.signer.issue(user)
        response = RedirectResponse("/ui/", status_code=303)
        response.set_cookie(
            COOKIE,
            cookie,
            max_age=SESSION_SECONDS,
            path="/ui",
            httponly=True,
            samesite="strict",
            secure=is_tls(request),
        )
        response.delete_cookie(LOGIN_CSRF, path="/ui")
        return response

    @router.post("/ui/logout")
    async def logout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
        """End the session."""
        session = ui.signer.read(request.cookies.get(COOKIE))
        response = RedirectResponse("/ui/", status_code=303)
        if session is not None and secrets.compare_digest(session.csrf.encode(), csrf.encode()):
            response.delete_cookie(COOKIE, path="/ui")
        return response

    @router.get("/ui/events")
    async def events(request: Request) -> StreamingResponse:
        """Server-sent events: a nudge whenever a case is opened or changes."""
        ui.session(request)
        return StreamingResponse(
            ui.feed.stream(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    return router


def login_page(ui: DeskUi, request: Request) -> Response:
    """The login form, with a CSRF token of its own (there is no session yet)."""
    token = secrets.token_urlsafe(24)
    response = ui.page(request, "login.html", None, login_csrf=token, error="")
    response.set_cookie(
        LOGIN_CSRF, token, path="/ui", httponly=True, samesite="strict", secure=is_tls(request)
    )
    return response


def mount_desk_ui(
    app: FastAPI,
    *,
    gateway: DeskGateway,
    tokens: TokenTable,
    desk_tokens: str,
    limiter: AuthFailureLimiter | None,
    feed: CaseFeed,
    kafka: KafkaSettings,
    services: dict[str, str],
    clock: Callable[[], datetime],
) -> None:
    """Serve the browser desk under /ui/ on `app` (kept out of the OpenAPI schema)."""
    ui = DeskUi(
        gateway=gateway,
        signer=SessionSigner(desk_tokens),
        tokens=tokens,
        limiter=limiter,
        templates=Jinja2Templates(directory=HERE / "templates"),
        feed=feed,
        kafka=KafkaOperations(kafka),
        services=services,
        clock=clock,
    )

    async def to_login(request: Request, _error: Exception) -> Response:
        if request.url.path == "/ui/" or request.method != "GET":
            return login_page(ui, request)
        return RedirectResponse("/ui/", status_code=303)

    app.add_exception_handler(LoginRequiredError, to_login)
    app.include_router(build_session_router(ui))
    app.include_router(pages.build_router(ui))
    app.include_router(actions.build_router(ui))
    app.mount("/ui/static", StaticFiles(directory=HERE / "static"), name="desk-ui-static")
