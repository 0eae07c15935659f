"""Pure rules for naming customers and merging them without ever creating a cycle."""

from __future__ import annotations

from onecase_shared.ids import derived_id


def customer_id_for(canonical_key: str) -> str:
    """The id of the customer first seen with `canonical_key`.

    Deterministic, so that concurrent first messages from one person on several channels
    agree on it.
    """
    return "cus-" + derived_id("customer", canonical_key).hex[:20]


def merge_direction(first: str, second: str) -> tuple[str, str]:
    """(absorbed, surviving) for two distinct customers.

    Every merge points at the smaller id, whoever asks for it: two merges racing in
    opposite directions therefore agree, and `merged_into` links can never form a cycle.
    """
    if first == second:
        msg = "a customer cannot be merged with itself"
        raise ValueError(msg)
    return (max(first, second), min(first, second))


def merge_id(first: str, second: str) -> str:
    """The one record of merging these two customers, whichever way round they are named."""
    absorbed, surviving = merge_direction(first, second)
    return f"{absorbed}>{surviving}"
