import json
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from onecase_intake.domain.chat_normalizer import normalize_chat
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_shared.events import (
    Channel,
    ComplaintReceivedV1,
    HandleKind,
    HandleV1,
    RawDeliveryReceivedV1,
)
from onecase_shared.ids import derived_id

RECEIVED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def a_message(
    message_id: str, author: str = "visitor", text: str = "", **extra: Any
) -> dict[str, Any]:
    return {
        "id": message_id,
        "author": author,
        "text": text or f"Message {message_id}: my order 1182 still has not arrived.",
        "sent_at": "2026-11-23T08:59:30Z",
        **extra,
    }


def a_batch(*messages: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    batch: dict[str, Any] = {
        "type": "chat.messages",
        "session": {
            "id": "s_01JD8Z6Q",
            "started_at": "2026-11-23T08:58:00+01:00",
            "page_url": "https://shop.example/orders/1182",
        },
        "visitor": {
            "id": "v_7f3a9c",
            "name": "Ana Lima",
            "email": "Ana.Lima@Example.com",
            "language": "en",
        },
        "messages": list(messages) or [a_message("m_1")],
    }
    batch.update(overrides)
    return batch


def a_delivery(body: bytes) -> RawDeliveryReceivedV1:
    return RawDeliveryReceivedV1(
        correlation_id=uuid4(),
        delivery_id="chat_1",
        channel=Channel.CHAT,
        provider="onecase-chat",
        content_type="application/json",
        body=body,
        received_at=RECEIVED,
    )


def outcomes_of(batch: dict[str, Any]) -> list[Normalized]:
    outcomes = normalize_chat(a_delivery(json.dumps(batch).encode()))
    for outcome in outcomes:
        if isinstance(outcome, ComplaintReceivedV1):
            outcome.model_dump_json()
    return outcomes


def complaint_of(batch: dict[str, Any]) -> ComplaintReceivedV1:
    (outcome,) = outcomes_of(batch)
    assert isinstance(outcome, ComplaintReceivedV1), outcome
    return outcome


def test_each_visitor_message_is_a_complaint_and_the_support_side_is_ignored() -> None:
    outcomes = outcomes_of(
        a_batch(
            a_message("m_1"),
            a_message("m_2", "bot", "Hi! I am the Onecase assistant."),
            a_message("m_3", "agent", "Sorry to hear that, let me check."),
            a_message("m_4", text="It was due on Friday."),
        )
    )
    assert [type(o).__name__ for o in outcomes] == [
        "ComplaintReceivedV1",
        "Ignored",
        "Ignored",
        "ComplaintReceivedV1",
    ]
    assert outcomes[1] == Ignored("not_from_customer", "m_2")
    assert outcomes[2] == Ignored("not_from_customer", "m_3")
    last = outcomes[3]
    assert isinstance(last, ComplaintReceivedV1)
    assert last.text == "It was due on Friday."
    assert last.provider_message_id == "m_4"


def test_a_complaint_carries_the_visitor_session_and_email_handle() -> None:
    complaint = complaint_of(a_batch())
    visitor = HandleV1(kind=HandleKind.CHAT_VISITOR, value="v_7f3a9c")
    assert complaint.channel is Channel.CHAT
    assert complaint.author == visitor
    assert complaint.author_handles == (
        visitor,
        HandleV1(kind=HandleKind.EMAIL, value="ana.lima@example.com"),
    )
    assert complaint.author_name == "Ana Lima"
    assert complaint.conversation_id == "s_01JD8Z6Q"
    assert complaint.provider_author_id == "v_7f3a9c"
    assert (complaint.message_kind, complaint.public, complaint.subject) == ("chat", False, None)
    assert complaint.complaint_id == derived_id("complaint", Channel.CHAT, "s_01JD8Z6Q", "m_1")
    assert (complaint.received_at, complaint.raw_delivery_id) == (RECEIVED, "chat_1")


def test_a_redelivered_batch_yields_the_same_complaint_ids() -> None:
    batch = a_batch(a_message("m_1"), a_message("m_2"))
    first = [o.complaint_id for o in outcomes_of(batch) if isinstance(o, ComplaintReceivedV1)]
    again = [o.complaint_id for o in outcomes_of(batch) if isinstance(o, ComplaintReceivedV1)]
    assert first == again
    assert len(set(first)) == 2


def test_an_anonymous_visitor_has_only_the_chat_handle() -> None:
    batch = a_batch(visitor={"id": "v_anon", "name": None, "email": None, "language": None})
    complaint = complaint_of(batch)
    assert complaint.author_handles == (HandleV1(kind=HandleKind.CHAT_VISITOR, value="v_anon"),)
    assert complaint.author_name is None


def test_language_is_detected_and_the_browser_language_only_fills_in() -> None:
    german = "Meine Bestellung ist seit zwei Wochen nicht angekommen, das ist ärgerlich."
    visitor = {"id": "v_1", "language": "fr-CA"}
    assert complaint_of(a_batch(a_message("m_1", text=german), visitor=visitor)).language == "de"
    assert complaint_of(a_batch(a_message("m_1", text="Hallo?"), visitor=visitor)).language == "fr"


def test_attachments_are_metadata_and_a_photo_alone_is_a_complaint() -> None:
    photo = {"filename": "kettle.JPG", "content_type": "Image/JPEG", "size": 183_204}
    complaint = complaint_of(a_batch(a_message("m_1", text=" ", attachments=[photo])))
    assert complaint.text == ""
    assert [(a.filename, a.content_type, a.size) for a in complaint.attachments] == [
        ("kettle.JPG", "image/jpeg", 183_204)
    ]


def test_unicode_text_is_kept_and_a_quoted_case_reference_is_found() -> None:
    text = "Zoë here 😡 — 注文 OC-0A1B2C3D still open.\r\n\r\n\r\n\u05e9\u05dc\u05d5\u05dd  "
    complaint = complaint_of(a_batch(a_message("m_1", text=text)))
    assert (
        complaint.text == "Zoë here 😡 — 注文 OC-0A1B2C3D still open.\n\n\u05e9\u05dc\u05d5\u05dd"
    )
    assert complaint.case_reference == "OC-0A1B2C3D"


def test_other_event_types_are_unsupported_events() -> None:
    assert outcomes_of({"type": "chat.typing", "session": {"id": "s_1"}}) == [
        Ignored("unsupported_event")
    ]


def replaced(path: str, value: Any) -> dict[str, Any]:
    batch = a_batch()
    *parents, leaf = path.split(".")
    node: Any = batch
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is ...:
        del node[leaf]
    else:
        node[leaf] = value
    return batch


@pytest.mark.parametrize(
    "batch",
    [
        replaced("session", ...),
        replaced("session", "s_1"),
        replaced("session.id", "s/../../admin"),
        replaced("session.id", "s:1"),
        replaced("session.id", ""),
        replaced("session.started_at", "2026-11-23T08:58:00"),
        replaced("session.started_at", "yesterday"),
        replaced("session.page_url", "https://shop.example/" + "a" * 2100),
        replaced("visitor.id", None),
        replaced("visitor.email", "not an email"),
        replaced("visitor.name", "x" * 201),
        replaced("messages", []),
        replaced("messages", [a_message(f"m_{n}") for n in range(101)]),
        replaced("messages", [a_message("m_1"), a_message("m_1")]),
        replaced("messages.0.author", "customer"),
        replaced("messages.0.text", "x" * 10_001),
        replaced("messages.0.text", "   "),
        replaced("messages.0.sent_at", ...),
        replaced(
            "messages.0.attachments", [{"filename": "a.png", "content_type": "image", "size": 1}]
        ),
        replaced("messages.0.attachments", [{"content_type": "image/png", "size": -1}]),
        replaced("type", 7),
        replaced("type", ...),
    ],
)
def test_deliveries_breaking_the_contract_are_malformed(batch: dict[str, Any]) -> None:
    with pytest.raises(MalformedDeliveryError):
        normalize_chat(a_delivery(json.dumps(batch).encode()))


@pytest.mark.parametrize(
    "body", [b"", b"not json", b"[]", b'{"type": "chat.messages", "x": "\\udc80"}', b"[" * 5000]
)
def test_bodies_that_are_not_chat_json_are_malformed(body: bytes) -> None:
    with pytest.raises(MalformedDeliveryError):
        normalize_chat(a_delivery(body))


def test_100_messages_are_accepted() -> None:
    outcomes = outcomes_of(a_batch(*(a_message(f"m_{n}") for n in range(100))))
    assert len(outcomes) == 100


def test_mangled_bodies_yield_outcomes_or_malformed_and_nothing_else() -> None:
    valid = json.dumps(a_batch(a_message("m_1"), a_message("m_2", "agent"))).encode()
    shuffle = random.Random(20261123)
    for _ in range(300):
        body = bytearray(valid)
        for _ in range(shuffle.randint(1, 6)):
            body[shuffle.randrange(len(body))] = shuffle.choice(b'{}[]",:0\\ \xff')
        try:
            normalize_chat(a_delivery(bytes(body)))
        except MalformedDeliveryError:
            continue


def test_the_example_in_the_documentation_is_a_valid_delivery() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "chat-webhook.md").read_text(encoding="utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    outcomes = normalize_chat(a_delivery(example.encode()))
    assert outcomes[0] == Ignored("not_from_customer", "m_01JD8Z7A")
    complaint = outcomes[1]
    assert isinstance(complaint, ComplaintReceivedV1)
    assert complaint.attachments[0].filename == "kettle.jpg"
