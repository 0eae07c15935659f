"""Browser sessions for the desk: a signed, expiring cookie naming the user, with its CSRF token.

The signing key is derived from the configured desk tokens, so every replica agrees on it
without a new secret, and changing the tokens ends every session.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from onecase_triage.domain.desk_permissions import DeskRole, DeskUser

COOKIE = "onecase_desk"
SESSION_SECONDS = 12 * 3600  # one working day


@dataclass(frozen=True)
class DeskSession:
    """Who is signed in, until when, and the CSRF token their forms must carry."""

    user: DeskUser
    csrf: str
    expires: int


class SessionSigner:
    """Issues and reads session cookies; a forged, altered or expired cookie reads as none."""

    def __init__(self, desk_tokens: str) -> None:
        self._key = hashlib.sha256(b"onecase-desk-ui-session\0" + desk_tokens.encode()).digest()

    def issue(self, user: DeskUser, *, now: float | None = None) -> tuple[str, DeskSession]:
        """A new session for `user` and its cookie value."""
        expires = int((now or time.time()) + SESSION_SECONDS)
        session = DeskSession(user=user, csrf=secrets.token_urlsafe(24), expires=expires)
        body = json.dumps(
            {"u": user.user_id, "r": user.role.value, "c": session.csrf, "e": expires},
            separators=(",", ":"),
        ).encode()
        payload = base64.urlsafe_b64encode(body).decode().rstrip("=")
        return f"{payload}.{self._sign(payload)}", session

    def read(self, cookie: str | None, *, now: float | None = None) -> DeskSession | None:
        """The session a cookie carries, if it is ours and still valid."""
        if not cookie or "." not in cookie:
            return None
        payload, _, signature = cookie.rpartition(".")
        # Bytes: compare_digest refuses a str with non-ASCII characters, and a cookie is any text.
        if not hmac.compare_digest(signature.encode(), self._sign(payload).encode()):
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
            session = DeskSession(
                user=DeskUser(user_id=data["u"], role=DeskRole(data["r"])),
                csrf=str(data["c"]),
                expires=int(data["e"]),
            )
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > (now or time.time()) else None

    def _sign(self, payload: str) -> str:
        digest = hmac.new(self._key, payload.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def csrf_matches(session: DeskSession, presented: str | None) -> bool:
    """Whether a form's CSRF token is the session's."""
    return presented is not None and hmac.compare_digest(session.csrf.encode(), presented.encode())
