"""Background duties stop when their service shuts down, even if a library absorbs the cancel."""

from __future__ import annotations

import asyncio

import pytest

from onecase_shared.periodic import repeat_every


class FlakyStoreError(Exception):
    """What a store library raises when it turns a cancellation into its own error."""


async def _runs(duty_started: asyncio.Event, *, absorb: type[Exception] | None) -> None:
    async def duty() -> None:
        duty_started.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            # A library closing its socket on cancellation and reporting something else.
            if absorb is not None:
                raise absorb("connection closed") from None

    await repeat_every(3600, duty, name="test duty", retry_on=(FlakyStoreError,))


@pytest.mark.parametrize("absorb", [FlakyStoreError, None], ids=["as-an-error", "silently"])
async def test_a_duty_whose_library_absorbs_the_cancel_still_stops(
    absorb: type[Exception] | None,
) -> None:
    started = asyncio.Event()
    task = asyncio.create_task(_runs(started, absorb=absorb))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=5)


async def test_a_failed_duty_runs_again_at_the_next_interval() -> None:
    calls = 0
    third_call = asyncio.Event()

    async def duty() -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            third_call.set()
        raise FlakyStoreError("store down")

    task = asyncio.create_task(
        repeat_every(0.01, duty, name="test duty", retry_on=(FlakyStoreError,))
    )
    await asyncio.wait_for(third_call.wait(), timeout=5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_an_unexpected_error_ends_the_duty() -> None:
    async def duty() -> None:
        raise ValueError("a bug")

    with pytest.raises(ValueError, match="a bug"):
        await repeat_every(0.01, duty, name="test duty", retry_on=(FlakyStoreError,))
