"""Deterministic identifiers: the same input always yields the same id, so retries collapse."""

from __future__ import annotations

import hashlib
from uuid import UUID

# Fixed forever: changing it would change every derived id.
ONECASE_NAMESPACE = UUID("6f1d3c1e-5b0e-4c89-9a55-0ad1c2a6e0b1")
# uuid5 hashes the namespace's bytes before the name's: that part is hashed once, here.
_NAMESPACE_SHA1 = hashlib.sha1(ONECASE_NAMESPACE.bytes, usedforsecurity=False)


def derived_id(*parts: str) -> UUID:
    """A UUIDv5 of `parts` joined by ':' in the Onecase namespace (`uuid.uuid5`'s value)."""
    digest = _NAMESPACE_SHA1.copy()
    digest.update(":".join(parts).encode())
    return UUID(bytes=digest.digest()[:16], version=5)
