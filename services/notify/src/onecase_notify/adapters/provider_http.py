"""Provider calls over HTTP: rate-limited per route, retried on 5xx and 429 with Retry-After.

A refusal (another 4xx) is final: the message cannot be sent as it is, and trying again would
only repeat the refusal. An outage that outlasts the retries is not final: the case event is
read again later.
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx
import structlog
from aiolimiter import AsyncLimiter
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from onecase_shared.kafka import PermanentError, RetryLaterError

log = structlog.get_logger(__name__)

RETRIED_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class DeliveryRefusedError(PermanentError):
    """The provider refused the message for good (a 4xx other than 408, 425 and 429)."""


class ProviderUnavailableError(RetryLaterError):
    """The provider kept failing or throttling through every retry: try the event later."""


class _RetryableResponseError(Exception):
    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


def retry_after_s(response: httpx.Response) -> float | None:
    """The wait a `Retry-After` header asks for, in seconds (delta or HTTP date)."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


class ProviderHttp:
    """POSTs to providers with per-route rate limits and bounded retries."""

    def __init__(
        self,
        *,
        client: httpx.AsyncClient,
        limits_per_s: Mapping[str, float],
        max_attempts: int,
        backoff_s: float,
        max_retry_after_s: float,
    ) -> None:
        self._client = client
        self._limiters = {route: AsyncLimiter(rate, 1) for route, rate in limits_per_s.items()}
        self._default_limiter = AsyncLimiter(10, 1)
        self._max_attempts = max_attempts
        self._exponential = wait_exponential(multiplier=backoff_s, max=max_retry_after_s)
        self._max_retry_after_s = max_retry_after_s

    async def post(
        self,
        route: str,
        url: str,
        *,
        idempotency_key: str,
        json: Any = None,
        data: Mapping[str, str] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """POST once successfully or raise DeliveryRefusedError / ProviderUnavailableError."""
        limiter = self._limiters.get(route, self._default_limiter)
        # Providers that support it dedupe a resend after a crash; the others ignore it.
        all_headers = {"Idempotency-Key": idempotency_key, **(headers or {})}
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(self._max_attempts),
                wait=self._wait,
                retry=retry_if_exception_type((_RetryableResponseError, httpx.TransportError)),
                reraise=True,
            ):
                with attempt:
                    async with limiter:
                        response = await self._client.post(
                            url, json=json, data=data, content=content, headers=all_headers
                        )
                    if response.status_code in RETRIED_STATUSES:
                        log.info(
                            "provider asked to retry", route=route, status=response.status_code
                        )
                        raise _RetryableResponseError(response)
                    if response.status_code >= 400:
                        detail = response.text[:300]
                        msg = f"{route} refused the message: HTTP {response.status_code} {detail}"
                        raise DeliveryRefusedError(msg)
                    return response
        except _RetryableResponseError as error:
            msg = f"{route} still answers HTTP {error.response.status_code} after {self._max_attempts} tries"
            raise ProviderUnavailableError(msg) from error
        except httpx.TransportError as error:
            msg = f"{route} unreachable after {self._max_attempts} tries: {error!r}"
            raise ProviderUnavailableError(msg) from error
        raise AssertionError("unreachable: tenacity either returns or raises")  # pragma: no cover

    def _wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, _RetryableResponseError):
            asked = retry_after_s(error.response)
            if asked is not None:
                return min(asked, self._max_retry_after_s)
        return float(self._exponential(state))
