"""Publish events as JSON with a key, and know for sure whether Kafka has them."""

from __future__ import annotations

import asyncio

from aiokafka.errors import KafkaError
from faststream.kafka import KafkaBroker

from onecase_shared.events import Event

# Headers every event carries (docs/asyncapi.json documents them, from these names):
# consumers route on the event type without parsing the payload.
CONTENT_TYPE_HEADER = "content-type"
EVENT_TYPE_HEADER = "onecase-event-type"
SCHEMA_VERSION_HEADER = "onecase-schema-version"
# Set by FastStream from `correlation_id`: the event's own correlation id.
CORRELATION_ID_HEADER = "correlation_id"


def event_headers(event: Event) -> dict[str, str]:
    """The headers `KafkaEventPublisher.publish` puts on `event` (FastStream adds correlation_id)."""
    return {
        CONTENT_TYPE_HEADER: "application/json",
        EVENT_TYPE_HEADER: event.event_type,
        SCHEMA_VERSION_HEADER: str(event.schema_version),
    }


class PublishFailedError(Exception):
    """Kafka did not acknowledge a message in time: the caller must not report success."""


class KafkaEventPublisher:
    """Sends events and returns only once Kafka acknowledged them (acks=all)."""

    def __init__(self, broker: KafkaBroker, *, timeout_s: float) -> None:
        self._broker = broker
        self._timeout_s = timeout_s

    async def publish(
        self, event: Event, *, topic: str, key: str, headers: dict[str, str] | None = None
    ) -> None:
        """Send one event keyed for ordering; raise PublishFailedError unless acknowledged."""
        all_headers = {**event_headers(event), **(headers or {})}
        await self.publish_raw(
            event.model_dump_json().encode(),
            topic=topic,
            key=key,
            headers=all_headers,
            correlation_id=str(event.correlation_id),
        )

    async def publish_raw(
        self,
        payload: bytes,
        *,
        topic: str,
        key: str | bytes | None,
        headers: dict[str, str],
        correlation_id: str | None = None,
    ) -> None:
        """Send bytes as they are (used for dead letters); same guarantee as `publish`."""
        key_bytes = key.encode() if isinstance(key, str) else key
        try:
            # A send to a broker that is down waits for metadata; the webhook caller needs a
            # bounded answer (5xx) instead of hanging until the provider times out.
            # asyncio.timeout, not wait_for: no extra task per message on the webhook path.
            async with asyncio.timeout(self._timeout_s):
                await self._broker.publish(
                    payload,
                    topic=topic,
                    key=key_bytes,
                    headers=headers,
                    correlation_id=correlation_id,
                )
        except (KafkaError, TimeoutError, ConnectionError) as exc:
            raise not_acknowledged(topic, exc) from exc


def not_acknowledged(topic: str, exc: BaseException) -> PublishFailedError:
    """The error a publisher raises when Kafka did not acknowledge a message for `topic`."""
    return PublishFailedError(
        f"Kafka did not acknowledge a message for {topic}: {type(exc).__name__}"
    )
