"""Bearer tokens for the desk: each maps to a user and a role, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from onecase_shared.auth_failures import AuthFailureLimiter, client_of
from onecase_triage.domain.desk_permissions import DeskRole, DeskUser

_bearer = HTTPBearer(
    auto_error=False, description="A desk token: `token=user:role` in ONECASE_DESK_TOKENS"
)


HASHED_PREFIX = "sha256:"
"""A token stored as `sha256:<hex digest of the token>`: the configuration never holds it."""


def hashed_token(token: str) -> str:
    """What to write in `ONECASE_DESK_TOKENS` instead of the token itself."""
    return HASHED_PREFIX + hashlib.sha256(token.encode()).hexdigest()


class TokenTable:
    """The configured tokens, parsed once: `token=user_id:role` separated by whitespace.

    A token may be written as itself (dev) or as `sha256:<hex>` (`hashed_token`); either way
    only digests are kept and compared, in constant time. Entries split on their last `=`, so
    a base64 token keeps its padding.
    """

    def __init__(self, spec: str) -> None:
        self._entries: list[tuple[bytes, DeskUser]] = []
        for entry in spec.split():
            token, _, who = entry.rpartition("=")
            user_id, _, role = who.partition(":")
            if not token or not user_id or role not in {r.value for r in DeskRole}:
                msg = f"desk token entry {user_id or '?'!r} must look like token=user_id:agent|lead|admin"
                raise ValueError(msg)
            self._entries.append(
                (_digest_of(token), DeskUser(user_id=user_id, role=DeskRole(role)))
            )

    def user_for(self, token: str) -> DeskUser | None:
        """The user a token belongs to; every entry is compared so timing reveals nothing."""
        found: DeskUser | None = None
        presented = hashlib.sha256(token.encode()).digest()
        for expected, user in self._entries:
            if hmac.compare_digest(presented, expected):
                found = user
        return found


def _digest_of(token: str) -> bytes:
    if token.startswith(HASHED_PREFIX):
        try:
            digest = bytes.fromhex(token.removeprefix(HASHED_PREFIX))
        except ValueError:
            digest = b""
        if len(digest) != hashlib.sha256().digest_size:
            raise ValueError(f"a {HASHED_PREFIX} desk token must be 64 hex digits")
        return digest
    return hashlib.sha256(token.encode()).digest()


def current_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> DeskUser:
    """The desk user a request's bearer token names; 401, or 429 after repeated wrong tokens."""
    table: TokenTable = request.app.state.desk_tokens
    limiter: AuthFailureLimiter | None = getattr(request.app.state, "auth_failures", None)
    client = client_of(request)
    if limiter is not None:
        limiter.check(client, DESK_ROUTE)
    user = table.user_for(credentials.credentials) if credentials else None
    if user is None:
        # Only a wrong token is a guess: a request without one (a page load) is not counted.
        if limiter is not None and credentials is not None:
            limiter.record_failure(client, DESK_ROUTE)
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="a valid desk bearer token is required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


DESK_ROUTE = "desk"
"""Every desk route shares one failure count: a guesser gains nothing by changing route."""

CurrentUser = Annotated[DeskUser, Depends(current_user)]
