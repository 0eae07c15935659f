"""Bearer tokens for the desk: each maps to a user and a role, compared in constant time."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from onecase_triage.domain.desk_permissions import DeskRole, DeskUser

_bearer = HTTPBearer(
    auto_error=False, description="A desk token: `token=user:role` in ONECASE_DESK_TOKENS"
)


class TokenTable:
    """The configured tokens, parsed once: `token=user_id:role` separated by whitespace."""

    def __init__(self, spec: str) -> None:
        self._entries: list[tuple[bytes, DeskUser]] = []
        for entry in spec.split():
            token, _, who = entry.partition("=")
            user_id, _, role = who.partition(":")
            if not token or not user_id or role not in {r.value for r in DeskRole}:
                msg = f"desk token entry {user_id or '?'!r} must look like token=user_id:agent|lead|admin"
                raise ValueError(msg)
            self._entries.append((token.encode(), DeskUser(user_id=user_id, role=DeskRole(role))))

    def user_for(self, token: str) -> DeskUser | None:
        """The user a token belongs to; every entry is compared so timing reveals nothing."""
        found: DeskUser | None = None
        presented = token.encode()
        for expected, user in self._entries:
            if hmac.compare_digest(presented, expected):
                found = user
        return found


def current_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> DeskUser:
    """The desk user a request's bearer token names, or 401."""
    table: TokenTable = request.app.state.desk_tokens
    user = table.user_for(credentials.credentials) if credentials else None
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="a valid desk bearer token is required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[DeskUser, Depends(current_user)]
