"""The AsyncAPI 3.0 document of Onecase's topics, generated from the event models.

    uv run python -m onecase_shared.asyncapi > docs/asyncapi.json   (make asyncapi)

A unit test compares docs/asyncapi.json with this output, so the published contract cannot
drift from the models.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from onecase_shared.events import (
    CaseEventV1,
    ComplaintReceivedV1,
    CustomerErasedV1,
    Event,
    NotificationFailedV1,
    NotificationSentV1,
    QuarantinedDeliveryV1,
    RawDeliveryReceivedV1,
    Topic,
)
from onecase_shared.kafka.dead_letters import DLQ_HEADERS
from onecase_shared.kafka.event_publisher import (
    CONTENT_TYPE_HEADER,
    CORRELATION_ID_HEADER,
    EVENT_TYPE_HEADER,
    SCHEMA_VERSION_HEADER,
)

SCHEMA_REF = "#/components/schemas/{model}"


@dataclass(frozen=True)
class TopicContract:
    """What travels on one topic, under which key, and who writes and reads it."""

    topic: Topic
    models: tuple[type[Event], ...]
    key: str
    producer: str
    consumers: str
    description: str


CONTRACTS = (
    TopicContract(
        Topic.INTAKE_RAW,
        (RawDeliveryReceivedV1,),
        "the provider's delivery id",
        "intake (webhooks)",
        "intake's normalizer, replay",
        "Every authenticated webhook delivery, byte for byte.",
    ),
    TopicContract(
        Topic.INTAKE_QUARANTINE,
        (QuarantinedDeliveryV1,),
        "the delivery id",
        "intake's normalizer",
        "operators",
        "Authentic deliveries that could not be understood, with the reason.",
    ),
    TopicContract(
        Topic.COMPLAINTS,
        (ComplaintReceivedV1,),
        "the customer handle, `kind:value`",
        "intake's normalizer",
        "triage",
        "One normalized customer message.",
    ),
    TopicContract(
        Topic.CASES,
        (CaseEventV1,),
        "the case id",
        "triage",
        "notify, external support queues",
        "The routed-case stream: every change to a case, in order per case.",
    ),
    TopicContract(
        Topic.NOTIFICATIONS,
        (NotificationSentV1, NotificationFailedV1),
        "the case id",
        "notify",
        "triage, reporting",
        "Every message delivered to a customer, once per notification key "
        "(NotificationSentV1), and every message a provider refused for good "
        "(NotificationFailedV1); the `onecase-event-type` header tells them apart.",
    ),
    TopicContract(
        Topic.PRIVACY,
        (CustomerErasedV1,),
        "the customer id",
        "triage (desk erasure)",
        "intake's normalizer, notify, external support queues",
        "Customers erased at the desk: ids of every record to erase, never personal data.",
    ),
)


def event_headers_schema(model: type[Event]) -> dict[str, Any]:
    """The headers KafkaEventPublisher puts on every `model` event, as a JSON schema."""
    return {
        "type": "object",
        "required": [
            CONTENT_TYPE_HEADER,
            EVENT_TYPE_HEADER,
            SCHEMA_VERSION_HEADER,
            CORRELATION_ID_HEADER,
        ],
        "properties": {
            CONTENT_TYPE_HEADER: {"type": "string", "const": "application/json"},
            EVENT_TYPE_HEADER: {
                "type": "string",
                "const": model.event_type,
                "description": "Which event the payload is; a topic may carry several, and a "
                "consumer skips the types it does not read without parsing the payload.",
            },
            SCHEMA_VERSION_HEADER: {
                "type": "string",
                "const": str(model.model_fields["schema_version"].default),
                "description": "The payload's schema version (also its `schema_version`).",
            },
            CORRELATION_ID_HEADER: {
                "type": "string",
                "format": "uuid",
                "description": "The payload's `correlation_id`, set by the producer library.",
            },
        },
    }


def dead_letter_message() -> dict[str, Any]:
    """A dead letter: the original record's bytes and key, with why and where in headers."""
    return {
        "name": "DeadLetter",
        "summary": "A message that kept failing, moved aside so its partition keeps moving.",
        "description": "The payload and key are the original record's, byte for byte (it may "
        "not even be valid JSON); the original headers are not copied.",
        "headers": {
            "type": "object",
            "required": sorted(DLQ_HEADERS),
            "properties": {
                name: {"type": "string", "description": description}
                for name, description in DLQ_HEADERS.items()
            },
        },
        "payload": {"description": "The original record's value, unchanged."},
    }


def asyncapi_document() -> dict[str, Any]:
    """The whole document as a JSON-ready dict, stable in order."""
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {"DeadLetter": dead_letter_message()}
    schemas: dict[str, Any] = {}
    for contract in CONTRACTS:
        channel = contract.topic.name.lower()
        for model in contract.models:
            name = model.__name__
            schema = model.model_json_schema(ref_template=SCHEMA_REF)
            schemas.update(schema.pop("$defs", {}))
            schemas[name] = schema
            messages[name] = {
                "name": name,
                "title": model.event_type,
                "summary": (model.__doc__ or name).strip().splitlines()[0],
                "contentType": "application/json",
                "headers": event_headers_schema(model),
                "payload": {"$ref": SCHEMA_REF.format(model=name)},
                "bindings": {"kafka": {"key": {"type": "string", "description": contract.key}}},
            }
        names = [model.__name__ for model in contract.models]
        channels[channel] = {
            "address": contract.topic.value,
            "description": f"{contract.description} Consumed by {contract.consumers}.",
            "messages": {name: {"$ref": f"#/components/messages/{name}"} for name in names},
        }
        channels[f"{channel}_dlq"] = {
            "address": contract.topic.dlq(),
            "description": f"Messages from {contract.topic.value} that kept failing.",
            "messages": {"DeadLetter": {"$ref": "#/components/messages/DeadLetter"}},
        }
        operations[f"publish_{channel}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{channel}"},
            "summary": f"Published by {contract.producer}.",
            "messages": [{"$ref": f"#/channels/{channel}/messages/{name}"} for name in names],
        }
        operations[f"dead_letter_{channel}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{channel}_dlq"},
            "summary": f"Published by any consumer of {contract.topic.value} that gives up.",
            "messages": [{"$ref": f"#/channels/{channel}_dlq/messages/DeadLetter"}],
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Onecase events",
            "version": "1",
            "description": (
                "Topics are versioned (`.v1`); within a version only optional fields are "
                "added, and consumers ignore fields they do not know. Every event carries "
                f"the `{EVENT_TYPE_HEADER}` header; a consumer takes only its own types."
            ),
        },
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": dict(sorted(schemas.items()))},
    }


def render() -> str:
    """The document as the JSON text kept in docs/asyncapi.json."""
    return json.dumps(asyncapi_document(), indent=2, sort_keys=False) + "\n"


if __name__ == "__main__":
    print(render(), end="")
