"""Deterministic identifiers: the same input always yields the same id, so retries collapse."""

from __future__ import annotations

from uuid import UUID, uuid5

# Fixed forever: changing it would change every derived id.
ONECASE_NAMESPACE = UUID("6f1d3c1e-5b0e-4c89-9a55-0ad1c2a6e0b1")


def derived_id(*parts: str) -> UUID:
    """A UUIDv5 of `parts` joined by ':' in the Onecase namespace."""
    return uuid5(ONECASE_NAMESPACE, ":".join(parts))
