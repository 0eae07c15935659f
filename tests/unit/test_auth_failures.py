"""The shared limiter on repeated authentication failures, and the desk's use of it (issue 11)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from onecase_shared.auth_failures import AuthFailureLimiter, TooManyAuthFailuresError
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk.dependencies import CurrentUser, wire_desk
from onecase_triage.domain.desk_permissions import DeskUser


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def limiter(clock: FakeClock, *, limit: int = 3, max_clients: int = 1000) -> AuthFailureLimiter:
    return AuthFailureLimiter(
        limit=limit,
        window_s=60,
        registry=CollectorRegistry(),
        clock=clock,
        max_clients=max_clients,
    )


def test_a_client_past_the_limit_waits_until_its_window_is_over() -> None:
    clock = FakeClock()
    limits = limiter(clock)
    for _ in range(3):
        limits.check("a", "/r")
        limits.record_failure("a", "/r")
        clock.now += 10
    with pytest.raises(TooManyAuthFailuresError) as refused:
        limits.check("a", "/r")
    assert refused.value.status_code == 429
    assert refused.value.headers == {"Retry-After": "30"}  # first failure at 50, now 80
    limits.check("b", "/r")  # another client
    limits.check("a", "/other")  # another route
    clock.now = 50 + 60
    limits.check("a", "/r")
    limits.record_failure("a", "/r")  # a new window: one failure, under the limit
    limits.check("a", "/r")


def test_failures_spread_over_longer_than_the_window_never_lock_out() -> None:
    clock = FakeClock()
    limits = limiter(clock)
    for _ in range(10):
        limits.check("a", "/r")
        limits.record_failure("a", "/r")
        clock.now += 31  # at most two failures in any 60 s window


def test_a_refusal_lasts_its_window_whoever_failed_since() -> None:
    clock = FakeClock()
    limits = limiter(clock)
    for _ in range(3):
        limits.record_failure("a", "/r")  # at 50: a's window runs to 110
    clock.now = 100
    limits.record_failure("b", "/r")
    clock.now = 109.5
    with pytest.raises(TooManyAuthFailuresError):
        limits.check("a", "/r")
    clock.now = 110
    limits.check("a", "/r")  # a's window is over, b's is not: a is let through
    for _ in range(3):
        limits.record_failure("a", "/r")
    with pytest.raises(TooManyAuthFailuresError):
        limits.check("a", "/r")  # a new window, full again
    clock.now = 110 + 60
    limits.check("a", "/r")  # nobody failed within a window: nothing is refused


def test_the_table_of_clients_is_bounded() -> None:
    clock = FakeClock()
    limits = limiter(clock, limit=1, max_clients=100)
    for n in range(1000):
        limits.record_failure(f"10.0.{n // 256}.{n % 256}", "/r")
    with pytest.raises(TooManyAuthFailuresError):
        limits.check("10.0.3.231", "/r")  # among the most recent: still held
    limits.check("10.0.0.0", "/r")  # the oldest were forgotten, not kept forever


def test_failures_and_refusals_are_counted_by_route() -> None:
    registry = CollectorRegistry()
    limits = AuthFailureLimiter(limit=1, window_s=60, registry=registry)
    limits.record_failure("a", "desk")
    with pytest.raises(TooManyAuthFailuresError):
        limits.check("a", "desk")
    for outcome in ("rejected", "rate_limited"):
        labels = {"route": "desk", "outcome": outcome}
        assert registry.get_sample_value("onecase_auth_failures_total", labels) == 1.0


TOKENS = "agent-token=sam:agent"


@pytest.fixture
async def desk() -> AsyncIterator[httpx.AsyncClient]:
    app = FastAPI()
    wire_desk(
        app,
        tokens=TokenTable(TOKENS),
        auth_failures=AuthFailureLimiter(limit=3, window_s=60, registry=CollectorRegistry()),
    )

    @app.get("/me")
    async def me(user: CurrentUser) -> DeskUser:
        return user

    transport = httpx.ASGITransport(app=app, client=("192.0.2.10", 4000))
    async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
        yield client


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


async def test_the_desk_refuses_a_token_guesser_with_429(desk: httpx.AsyncClient) -> None:
    for _ in range(5):  # no token at all (a page load) is not a guess
        assert (await desk.get("/me")).status_code == 401
    assert (await desk.get("/me", headers=bearer("agent-token"))).status_code == 200
    for guess in ("a", "b", "c"):
        assert (await desk.get("/me", headers=bearer(guess))).status_code == 401
    locked = await desk.get("/me", headers=bearer("agent-token"))
    assert locked.status_code == 429
    assert 0 < int(locked.headers["retry-after"]) <= 60
