"""Repeated authentication failures from one client are refused for a while (429), and counted.

Guessing a Basic password or a desk token takes many tries: after `limit` failures within
`window_s` from one client on one route, that client's requests to the route are answered 429
with `Retry-After` until the window that began with its first failure is over, without being
checked at all. In memory, per process: a bounded table (the least recently failing clients
are forgotten first), so an attacker with many addresses costs memory it cannot grow.
"""

from __future__ import annotations

import functools
import ipaddress
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from cachetools import TTLCache
from fastapi import HTTPException, Request, status
from prometheus_client import CollectorRegistry, Counter

MAX_TRACKED_CLIENTS = 100_000


class TooManyAuthFailuresError(HTTPException):
    """429: this client failed to authenticate too often on this route; retry after a while."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(
            status.HTTP_429_TOO_MANY_REQUESTS,
            "too many failed authentications from this client; retry later",
            headers={"Retry-After": str(retry_after_s)},
        )
        self.retry_after_s = retry_after_s


@dataclass(frozen=True)
class _Failures:
    first_at: float
    count: int


class AuthFailureLimiter:
    """Counts failed authentications per client and route, and refuses clients past the limit."""

    def __init__(
        self,
        *,
        limit: int,
        window_s: float,
        registry: CollectorRegistry,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = MAX_TRACKED_CLIENTS,
    ) -> None:
        self._limit = limit
        self._window_s = window_s
        self._clock = clock
        self._failures: TTLCache[tuple[str, str], _Failures] = TTLCache(
            maxsize=max_clients, ttl=window_s, timer=clock
        )
        self._last_failure_at = -math.inf
        self._counted = Counter(
            "onecase_auth_failures",
            "Failed authentications, by route and outcome (rejected: 401/403; "
            "rate_limited: refused with 429 before any check).",
            ["route", "outcome"],
            registry=registry,
        )

    def check(self, client: str, route: str) -> None:
        """Raise TooManyAuthFailuresError (429) while `client` is over the limit on `route`."""
        now = self._clock()
        if now - self._last_failure_at >= self._window_s:
            # No failure anywhere within a window: no window can still be open. Nearly every
            # request, and the table's lookup (it expires entries first) costs more than the rest.
            return
        failures = self._failures.get((client, route))
        if failures is None or failures.count < self._limit:
            return
        remaining = failures.first_at + self._window_s - now
        if remaining <= 0:
            return
        self._counted.labels(route, "rate_limited").inc()
        raise TooManyAuthFailuresError(max(1, math.ceil(remaining)))

    def record_failure(self, client: str, route: str) -> None:
        """Count one failed authentication of `client` on `route`."""
        self._counted.labels(route, "rejected").inc()
        now = self._clock()
        self._last_failure_at = now
        key = (client, route)
        failures = self._failures.get(key)
        if failures is None or now - failures.first_at >= self._window_s:
            self._failures[key] = _Failures(first_at=now, count=1)
        else:
            self._failures[key] = _Failures(first_at=failures.first_at, count=failures.count + 1)


def client_of(request: Request) -> str:
    """Who is asking: the peer address (uvicorn applies X-Forwarded-For from trusted proxies).

    IPv6 addresses count by /64, the block one subscriber usually holds.
    """
    return _client_key(request.client.host if request.client else "unknown")


# Parsing an address costs more than the rest of the failure check; peers repeat (providers
# send from few addresses), and the cache is bounded whatever the number of addresses.
@functools.lru_cache(maxsize=4096)
def _client_key(host: str) -> str:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)
