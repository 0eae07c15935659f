"""The desk's live feed: every change nudges the open pages; a sent notification twice."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any, cast

import pytest

from onecase_shared.events import Topic
from onecase_shared.settings import KafkaSettings
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


class RecordingBroker:
    """Stands in for FastStream's broker: keeps what `subscriber` was asked for."""

    def __init__(self) -> None:
        self.subscriptions: list[tuple[tuple[str, ...], dict[str, Any], Any]] = []

    def subscriber(self, *topics: str, **options: Any) -> Any:
        def register(handler: Any) -> Any:
            self.subscriptions.append((topics, options, handler))
            return handler

        return register


@dataclass
class Record:
    topic: str


@dataclass
class Batch:
    raw_message: tuple[Record, ...]


async def test_one_watching_consumer_reads_both_topics_and_nudges_once_per_topic_per_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(live, "RECORDING_GRACE_S", 0.05)
    broker = RecordingBroker()
    feed = CaseFeed()
    settings = KafkaSettings(watch_fetch_min_bytes=4096, watch_fetch_max_wait_ms=250)
    live.feed_from_kafka(cast(Any, broker), feed, settings)

    [(topics, options, handler)] = broker.subscriptions
    assert set(topics) == {Topic.CASES.value, Topic.NOTIFICATIONS.value}
    assert options["fetch_min_bytes"] == 4096
    assert options["fetch_max_wait_ms"] == 250
    assert options["batch"] is True

    stream = feed.stream(lifetime_s=5)
    await anext(stream)  # the refresh every connection starts with
    batch = Batch(
        (Record(Topic.CASES.value), Record(Topic.CASES.value), Record(Topic.NOTIFICATIONS.value))
    )
    waiting = asyncio.ensure_future(anext(stream))
    await asyncio.sleep(0)  # the stream is listening
    await handler(batch)
    nudges = [await waiting]
    for _ in range(2):
        nudges.append(await asyncio.wait_for(anext(stream), timeout=1))
    sources = sorted(json.loads(n.split("data: ", 1)[1])["source"] for n in nudges)
    assert sources == sorted(
        [Topic.CASES.value, Topic.NOTIFICATIONS.value, Topic.NOTIFICATIONS.value]
    ), "one nudge per topic in the batch, and the notification's second once it is recorded"
