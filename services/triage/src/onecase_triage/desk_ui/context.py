"""What every desk page handler needs, built once by `mount_desk_ui`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from onecase_shared.auth_failures import AuthFailureLimiter
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk_ui.gateway import DeskGateway
from onecase_triage.desk_ui.live import CaseFeed
from onecase_triage.desk_ui.operations import KafkaOperations
from onecase_triage.desk_ui.session import COOKIE, DeskSession, SessionSigner

SECURITY_HEADERS = {
    # Everything is served by Onecase itself; nothing inline runs, nothing frames the desk.
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class LoginRequiredError(Exception):
    """An anonymous browser asked for a desk page: it goes to the login form instead."""


@dataclass(frozen=True)
class DeskUi:
    """The browser desk's collaborators."""

    gateway: DeskGateway
    signer: SessionSigner
    tokens: TokenTable
    limiter: AuthFailureLimiter | None
    templates: Jinja2Templates
    feed: CaseFeed
    kafka: KafkaOperations
    services: dict[str, str]
    clock: Callable[[], datetime]

    def session(self, request: Request) -> DeskSession:
        """The signed-in session, or `LoginRequiredError`."""
        session = self.signer.read(request.cookies.get(COOKIE))
        if session is None:
            raise LoginRequiredError
        return session

    def page(
        self, request: Request, template: str, session: DeskSession | None, **values: Any
    ) -> HTMLResponse:
        """Render a page with the session's user and CSRF token."""
        response = self.templates.TemplateResponse(
            request,
            template,
            {
                "user": session.user if session else None,
                "csrf": session.csrf if session else "",
                "now": self.clock(),
                "path": request.url.path,
                **values,
            },
        )
        response.headers.update(SECURITY_HEADERS)
        return response


def back_to(path: str, *, done: str = "", error: str = "") -> RedirectResponse:
    """Post/redirect/get: back to a page, saying what happened."""
    note = f"?done={quote(done)}" if done else f"?error={quote(error)}" if error else ""
    return RedirectResponse(path + note, status_code=303)


def is_tls(request: Request) -> bool:
    """Whether the browser reached us over TLS (directly, or through a proxy that says so)."""
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return request.url.scheme == "https" or forwarded == "https"
