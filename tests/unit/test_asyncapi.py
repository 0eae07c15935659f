from pathlib import Path

from onecase_shared.asyncapi import asyncapi_document, render
from onecase_shared.events import Topic

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
