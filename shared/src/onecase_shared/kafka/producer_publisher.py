"""Publish events on a bare aiokafka producer: for a process that only publishes.

Same guarantee and same headers as `KafkaEventPublisher` (acks=all, idempotent, returns only
once Kafka acknowledged), without FastStream's per-message command, codec and publish
middleware, which cost about as much CPU as the send itself on intake's webhook path.
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from onecase_shared.events import Event
from onecase_shared.kafka.broker_factory import durable_producer_options
from onecase_shared.kafka.connection import client_options
from onecase_shared.kafka.event_publisher import (
    CONTENT_TYPE_HEADER,
    CORRELATION_ID_HEADER,
    event_headers,
    not_acknowledged,
)
from onecase_shared.kafka.partitioning import default_partition
from onecase_shared.settings import KafkaSettings


class ProducerEventPublisher:
    """Owns one producer: `start()` inside the event loop, `publish()`, `ping()`, `stop()`."""

    def __init__(self, settings: KafkaSettings, *, client_id: str) -> None:
        self._settings = settings
        self._client_id = client_id
        self._timeout_s = settings.publish_timeout_s
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        """Create the producer (aiokafka binds it to the running loop) and connect."""
        producer = AIOKafkaProducer(
            **client_options(self._settings),
            client_id=self._client_id,
            # As make_broker's producer: a leader crash must not lose a delivery answered 202.
            **durable_producer_options(self._settings),
            partitioner=default_partition,  # Kafka's murmur2, cheaper per record
        )
        await producer.start()
        self._producer = producer

    async def stop(self) -> None:
        """Flush what is pending and disconnect."""
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    async def ping(self) -> bool:
        """Readiness: a broker answers a metadata request (raises otherwise)."""
        if self._producer is None:
            return False
        await self._producer.client.fetch_all_metadata()
        return True

    async def publish(
        self, event: Event, *, topic: str, key: str, headers: dict[str, str] | None = None
    ) -> None:
        """Send one event keyed for ordering; raise PublishFailedError unless acknowledged."""
        # KafkaEventPublisher's headers in its order (FastStream puts correlation_id second).
        all_headers = {
            CONTENT_TYPE_HEADER: "application/json",
            CORRELATION_ID_HEADER: str(event.correlation_id),
            **event_headers(event),
            **(headers or {}),
        }
        try:
            if self._producer is None:
                raise ConnectionError("the producer is not started")
            # A send to a broker that is down waits for metadata: bounded, so the webhook
            # caller gets a 5xx instead of hanging until the provider times out.
            async with asyncio.timeout(self._timeout_s):
                await self._producer.send_and_wait(
                    topic,
                    # model_dump_json().encode()'s bytes, without the detour through str
                    event.__pydantic_serializer__.to_json(event),
                    key=key.encode(),
                    headers=[(name, value.encode()) for name, value in all_headers.items()],
                )
        except (KafkaError, TimeoutError, ConnectionError) as exc:
            raise not_acknowledged(topic, exc) from exc
