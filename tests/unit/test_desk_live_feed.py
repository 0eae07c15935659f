"""The desk's live feed: every change nudges the open pages; a sent notification twice."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import pytest

from onecase_shared.events import Topic
from onecase_triage.desk_ui import live
from onecase_triage.desk_ui.live import CaseFeed


async def nudges_within(feed: CaseFeed, source: str, seconds: float) -> list[str]:
    stream = feed.stream(lifetime_s=seconds + 5)
    assert "event: case" in await anext(stream)  # the refresh every connection starts with
    received: list[str] = []
    waiting = asyncio.ensure_future(anext(stream))
    await asyncio.sleep(0)  # the stream is listening
    await live._nudger(feed, source)(cast(Any, None))
    deadline = asyncio.get_running_loop().time() + seconds
    while (left := deadline - asyncio.get_running_loop().time()) > 0:
        done, _ = await asyncio.wait({waiting}, timeout=left)
        if not done:
            break
        chunk = waiting.result()
        if chunk.startswith("event: case"):
            received.append(chunk)
        waiting = asyncio.ensure_future(anext(stream))
    waiting.cancel()
    return received


async def test_a_case_event_nudges_once() -> None:
    assert len(await nudges_within(CaseFeed(), Topic.CASES.value, 0.3)) == 1


async def test_a_sent_notification_nudges_again_once_it_is_recorded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(live, "RECORDING_GRACE_S", 0.05)
    assert len(await nudges_within(CaseFeed(), Topic.NOTIFICATIONS.value, 0.3)) == 2
