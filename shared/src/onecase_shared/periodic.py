"""Background duties that run every few seconds until the service shuts down."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import structlog

log = structlog.get_logger(__name__)


async def repeat_every(
    interval_s: float,
    duty: Callable[[], Awaitable[object]],
    *,
    name: str,
    retry_on: tuple[type[Exception], ...] = (Exception,),
    wait_first: bool = False,
) -> None:
    """Run `duty` every `interval_s` seconds until the task is cancelled.

    A failure in `retry_on` is logged and the duty runs again at the next interval; any other
    exception ends the loop. With `wait_first`, the first run waits one interval.
    """
    if wait_first:
        await asyncio.sleep(interval_s)
    while True:
        try:
            await duty()
        except retry_on as exc:
            _stop_if_cancelled()
            log.warning("background duty failed", duty=name, error_type=type(exc).__name__)
        _stop_if_cancelled()
        await asyncio.sleep(interval_s)


def _stop_if_cancelled() -> None:
    # pymongo's connection pool catches a cancellation to close its socket and may report it as
    # a network error (or not at all). The task is still marked as cancelling: honour that, or
    # the duty sleeps through the shutdown that cancelled it.
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError
