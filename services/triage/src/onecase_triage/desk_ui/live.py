"""Live pages: every case event (and sent notification) nudges the open browsers to refresh.

Each triage process reads the topic itself, without a consumer group: a group would split the
partitions between replicas, and a browser connected to one replica would miss the cases the
others handle. Nothing is committed: a nudge that is missed is made up by the next one, and by
the refresh every (re)connection starts with.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable

from faststream import AckPolicy
from faststream.kafka import KafkaBroker

from onecase_shared.events import Topic
from onecase_shared.kafka import KafkaMessage
from onecase_shared.settings import KafkaSettings

KEEPALIVE_S = 15.0
RECORDING_GRACE_S = 2.0
STREAM_SECONDS = 300.0  # then the browser reconnects (it does by itself), so no stream is eternal
NUDGE_BATCH_RECORDS = 500
NUDGE_WAIT_MS = 100
LIVE_TOPICS = (Topic.CASES, Topic.NOTIFICATIONS)


class CaseFeed:
    """Fans case events out to every connected browser; slow browsers lose nudges, not memory."""

    def __init__(self) -> None:
        self._listeners: set[asyncio.Queue[str]] = set()

    def publish(self, source: str) -> None:
        """Tell every listener that something changed, and where (no personal data)."""
        nudge = json.dumps({"source": source})
        for queue in self._listeners:
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(nudge)

    async def stream(self, *, lifetime_s: float = STREAM_SECONDS) -> AsyncIterator[str]:
        """Server-sent events: a refresh at once, then one per case event, with keep-alives."""
        queue: asyncio.Queue[str] = asyncio.Queue(maxsize=100)
        self._listeners.add(queue)
        loop = asyncio.get_running_loop()
        ends = loop.time() + lifetime_s
        try:
            yield "retry: 2000\nevent: case\ndata: {}\n\n"
            while (left := ends - loop.time()) > 0:
                try:
                    nudge = await asyncio.wait_for(queue.get(), timeout=min(KEEPALIVE_S, left))
                except TimeoutError:
                    yield ": keep-alive\n\n"
                    continue
                yield f"event: case\ndata: {nudge}\n\n"
        finally:
            self._listeners.discard(queue)


def feed_from_kafka(broker: KafkaBroker, feed: CaseFeed, settings: KafkaSettings) -> None:
    """Subscribe `feed` to case events and sent notifications (before the broker starts).

    Notifications matter too: a public reply going out changes the social watch, and it is
    recorded from `onecase.notifications.v1`, not from a case event.
    """
    nudgers = {topic.value: _nudger(feed, topic.value) for topic in LIVE_TOPICS}

    async def on_changes(batch: KafkaMessage) -> None:
        for topic in sorted({record.topic for record in batch.raw_message}):
            await nudgers[topic](batch)

    broker.subscriber(
        *LIVE_TOPICS,
        auto_offset_reset="latest",
        ack_policy=AckPolicy.ACK_FIRST,
        # One consumer for both topics, and one nudge per topic per fetched batch, not per
        # event: this runs whether or not a browser is connected. Its fetches wait for a
        # batch's worth of records (or half a second), so under load the broker answers it
        # a few times a second instead of once per record.
        batch=True,
        max_records=NUDGE_BATCH_RECORDS,
        batch_timeout_ms=NUDGE_WAIT_MS,
        fetch_min_bytes=settings.watch_fetch_min_bytes,
        fetch_max_wait_ms=settings.watch_fetch_max_wait_ms,
        title="desk-ui-live",
        include_in_schema=False,
    )(on_changes)


def _nudger(feed: CaseFeed, source: str) -> Callable[[KafkaMessage], Awaitable[None]]:
    async def on_change(_batch: KafkaMessage) -> None:
        feed.publish(source)
        if source == Topic.NOTIFICATIONS.value:
            # A sent notification is stored by triage's own consumer group, which may read it
            # after this one: a page refreshed now could still show "not sent" and stay so.
            asyncio.get_running_loop().call_later(RECORDING_GRACE_S, feed.publish, source)

    return on_change
