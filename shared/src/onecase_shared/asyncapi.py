"""The AsyncAPI 3.0 document of Onecase's topics, generated from the event models.

    uv run python -m onecase_shared.asyncapi > docs/asyncapi.json   (make asyncapi)

A unit test compares docs/asyncapi.json with this output, so the published contract cannot
drift from the models.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from onecase_shared.events import (
    CaseEventV1,
    ComplaintReceivedV1,
    CustomerErasedV1,
    NotificationSentV1,
    QuarantinedDeliveryV1,
    RawDeliveryReceivedV1,
    Topic,
)

SCHEMA_REF = "#/components/schemas/{model}"


@dataclass(frozen=True)
class TopicContract:
    """What travels on one topic, under which key, and who writes and reads it."""

    topic: Topic
    model: type[BaseModel]
    key: str
    producer: str
    consumers: str
    description: str


CONTRACTS = (
    TopicContract(
        Topic.INTAKE_RAW,
        RawDeliveryReceivedV1,
        "the provider's delivery id",
        "intake (webhooks)",
        "intake (normalizer), replay",
        "Every authenticated webhook delivery, byte for byte.",
    ),
    TopicContract(
        Topic.INTAKE_QUARANTINE,
        QuarantinedDeliveryV1,
        "the delivery id",
        "intake (normalizer)",
        "operators",
        "Authentic deliveries that could not be understood, with the reason.",
    ),
    TopicContract(
        Topic.COMPLAINTS,
        ComplaintReceivedV1,
        "the customer handle, `kind:value`",
        "intake",
        "triage",
        "One normalized customer message.",
    ),
    TopicContract(
        Topic.CASES,
        CaseEventV1,
        "the case id",
        "triage",
        "notify, external support queues",
        "The routed-case stream: every change to a case, in order per case.",
    ),
    TopicContract(
        Topic.NOTIFICATIONS,
        NotificationSentV1,
        "the case id",
        "notify",
        "triage, reporting",
        "Every message delivered to a customer, once per notification key.",
    ),
    TopicContract(
        Topic.PRIVACY,
        CustomerErasedV1,
        "the customer id",
        "triage (desk erasure)",
        "intake, notify, external support queues",
        "Customers erased at the desk: ids of every record to erase, never personal data.",
    ),
)


def asyncapi_document() -> dict[str, Any]:
    """The whole document as a JSON-ready dict, stable in order."""
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for contract in CONTRACTS:
        name = contract.model.__name__
        schema = contract.model.model_json_schema(ref_template=SCHEMA_REF)
        schemas.update(schema.pop("$defs", {}))
        schemas[name] = schema
        messages[name] = {
            "name": name,
            "contentType": "application/json",
            "payload": {"$ref": SCHEMA_REF.format(model=name)},
            "bindings": {"kafka": {"key": {"type": "string", "description": contract.key}}},
        }
        channel = contract.topic.name.lower()
        channels[channel] = {
            "address": contract.topic.value,
            "description": f"{contract.description} Consumed by {contract.consumers}.",
            "messages": {name: {"$ref": f"#/components/messages/{name}"}},
        }
        channels[f"{channel}_dlq"] = {
            "address": contract.topic.dlq(),
            "description": (
                "Messages that kept failing, as their original bytes, with headers "
                "onecase-dlq-reason, onecase-error-type, onecase-error, onecase-original-topic, "
                "onecase-original-partition, onecase-original-offset, onecase-consumer-group."
            ),
        }
        operations[f"publish_{channel}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{channel}"},
            "summary": f"Published by {contract.producer}.",
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Onecase events",
            "version": "1",
            "description": (
                "Topics are versioned (`.v1`); within a version only optional fields are "
                "added, and consumers ignore fields they do not know."
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
