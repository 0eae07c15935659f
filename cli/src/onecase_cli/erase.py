"""Erase a customer through the desk: `DELETE /customers/{id}` with a lead's or admin's token."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx


class EraseFailedError(Exception):
    """The desk did not erase the customer; the message says why (its problem detail)."""


async def erase_customer(
    desk_url: str,
    customer_id: str,
    token: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> dict[str, Any]:
    """Ask the desk to erase `customer_id` everywhere; the audit entry it recorded."""
    async with httpx.AsyncClient(
        base_url=desk_url, transport=transport, timeout=30.0, trust_env=False
    ) as client:
        response = await client.delete(
            f"/customers/{quote(customer_id, safe='')}",
            headers={"Authorization": f"Bearer {token}"},
        )
    if response.status_code != 200:
        try:
            detail = response.json().get("detail") or response.json().get("title")
        except ValueError:
            detail = response.text[:200]
        msg = f"the desk answered {response.status_code}: {detail}"
        raise EraseFailedError(msg)
    body: dict[str, Any] = response.json()
    return body
