"""Bearer tokens for the desk: each maps to a user and a role, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac

from onecase_triage.domain.desk_permissions import DeskRole, DeskUser

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


DESK_ROUTE = "desk"
"""Every desk route shares one failure count: a guesser gains nothing by changing route."""
