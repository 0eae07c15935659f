import json
from pathlib import Path
from typing import Any, cast
from uuid import uuid4

import jsonschema_rs
from faststream.kafka import KafkaBroker

from onecase_shared.asyncapi import asyncapi_document, render
from onecase_shared.events import (
    CustomerErasedV1,
    Event,
    NotificationFailedV1,
    NotificationKind,
    Topic,
    utc_now,
)
from onecase_shared.kafka import KafkaEventPublisher
from onecase_shared.kafka.dead_letters import dead_letter_headers

DOC = Path(__file__).resolve().parents[2] / "docs" / "asyncapi.json"


def test_the_published_asyncapi_file_matches_the_event_models() -> None:
    assert DOC.read_text() == render(), "docs/asyncapi.json is stale: run `make asyncapi`"


def test_every_topic_and_its_dlq_is_documented_with_resolvable_references() -> None:
    document = asyncapi_document()
    addresses = {channel["address"] for channel in document["channels"].values()}
    for topic in Topic:
        assert {topic.value, topic.dlq()} <= addresses
    text = render()
    for name in document["components"]["schemas"]:
        assert (
            f'"#/components/schemas/{name}"' in text or name in document["components"]["messages"]
        )
    assert "$defs" not in text, "nested $defs would not resolve inside an AsyncAPI document"


def published_event_types() -> list[type[Event]]:
    found: list[type[Event]] = []
    pending = list(Event.__subclasses__())
    while pending:
        model = pending.pop()
        found.append(model)
        pending.extend(model.__subclasses__())
    return [m for m in found if m.__module__.startswith("onecase_shared.events")]


def test_every_event_model_is_documented_on_a_topic_with_its_event_type() -> None:
    document = asyncapi_document()
    on_topics = {
        ref["$ref"].rsplit("/", 1)[1]
        for channel in document["channels"].values()
        for ref in channel.get("messages", {}).values()
    }
    models = published_event_types()
    assert {NotificationFailedV1, CustomerErasedV1} <= set(models)
    for model in models:
        assert model.__name__ in on_topics, f"{model.__name__} is on no documented topic"
        headers = document["components"]["messages"][model.__name__]["headers"]
        assert headers["properties"]["onecase-event-type"]["const"] == model.event_type
    notifications = next(
        c for c in document["channels"].values() if c["address"] == Topic.NOTIFICATIONS
    )
    assert set(notifications["messages"]) == {"NotificationSentV1", "NotificationFailedV1"}


class CapturingBroker:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def publish(self, payload: bytes, **kwargs: Any) -> None:
        self.sent.append({"payload": payload, **kwargs})


async def test_the_headers_the_publisher_sets_are_exactly_the_documented_ones() -> None:
    broker = CapturingBroker()
    publisher = KafkaEventPublisher(cast(KafkaBroker, broker), timeout_s=1)
    messages = asyncapi_document()["components"]["messages"]
    for model, event in (
        (NotificationFailedV1, a_failed_notification()),
        (CustomerErasedV1, an_erasure()),
    ):
        await publisher.publish(event, topic="t", key="k")
        sent = broker.sent[-1]
        # FastStream turns `correlation_id` into the header of that name.
        headers = {**sent["headers"], "correlation_id": sent["correlation_id"]}
        schema = messages[model.__name__]["headers"]
        assert set(headers) == set(schema["properties"])
        assert jsonschema_rs.validator_for(schema).is_valid(headers)
        payload = json.loads(sent["payload"])
        assert payload["correlation_id"] == headers["correlation_id"]


def test_dead_letters_carry_exactly_the_documented_headers() -> None:
    schema = asyncapi_document()["components"]["messages"]["DeadLetter"]["headers"]
    headers = dead_letter_headers(
        reason="handler_failed",
        error=ValueError("boom"),
        topic=Topic.CASES,
        partition=0,
        offset=7,
        group_id="g",
    )
    assert set(headers) == set(schema["required"]) == set(schema["properties"])
    assert jsonschema_rs.validator_for(schema).is_valid(headers)


def a_failed_notification() -> NotificationFailedV1:
    return NotificationFailedV1(
        correlation_id=uuid4(),
        notification_key="c:acknowledgment:1",
        case_id=uuid4(),
        kind=NotificationKind.ACKNOWLEDGMENT,
        channel=None,
        reason="no private channel is open",
        failed_at=utc_now(),
    )


def an_erasure() -> CustomerErasedV1:
    return CustomerErasedV1(correlation_id=uuid4(), erasure_id=uuid4(), customer_ids=("cus-1",))
