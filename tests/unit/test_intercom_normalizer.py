import json
import random
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

import pytest

from onecase_intake.domain.intercom_normalizer import normalize_intercom
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
CONTACT = {
    "type": "user",
    "id": "6650ab12cd34ef5678901234",
    "name": "Ana Lima",
    "email": "Ana.Lima@Example.com",
}
ADMIN = {"type": "admin", "id": "7311", "name": "Sam (Support)", "email": "sam@onecase.example"}
BOT = {"type": "bot", "id": "8120", "name": "Fin"}


def a_part(
    part_id: str, author: dict[str, Any], body: str, part_type: str = "comment"
) -> dict[str, Any]:
    return {
        "type": "conversation_part",
        "id": part_id,
        "part_type": part_type,
        "body": body,
        "created_at": 1795424400,
        "author": author,
        "attachments": [],
    }


def a_notification(topic: str, *parts: dict[str, Any], **item: Any) -> dict[str, Any]:
    conversation: dict[str, Any] = {
        "type": "conversation",
        "id": 48213,
        "created_at": 1795424100,
        "source": {
            "type": "conversation",
            "id": "2049001",
            "delivered_as": "customer_initiated",
            "subject": "",
            "body": "<p>My kettle arrived <b>broken</b>.</p><p>Order 1182.</p>",
            "author": CONTACT,
            "attachments": [
                {
                    "type": "upload",
                    "name": "kettle.png",
                    "content_type": "image/png",
                    "filesize": 31337,
                }
            ],
        },
        "conversation_parts": {
            "type": "conversation_part.list",
            "conversation_parts": list(parts),
            "total_count": len(parts),
        },
    }
    conversation.update(item)
    return {
        "type": "notification_event",
        "app_id": "abc123de",
        "id": "notif_0f4e5c2a-1182-4c1d-9a55-2b1e0c9d7a10",
        "topic": topic,
        "data": {"type": "notification_event_data", "item": conversation},
        "delivery_attempts": 1,
        "created_at": 1795424460,
    }


def a_delivery(body: bytes) -> RawDeliveryReceivedV1:
    return RawDeliveryReceivedV1(
        correlation_id=uuid4(),
        delivery_id="notif_1",
        channel=Channel.CHAT,
        provider="intercom",
        content_type="application/json",
        body=body,
        received_at=RECEIVED,
    )


def outcomes_of(notification: dict[str, Any]) -> list[Normalized]:
    outcomes = normalize_intercom(a_delivery(json.dumps(notification).encode()))
    for outcome in outcomes:
        if isinstance(outcome, ComplaintReceivedV1):
            outcome.model_dump_json()
    return outcomes


def complaint_of(notification: dict[str, Any]) -> ComplaintReceivedV1:
    (outcome,) = outcomes_of(notification)
    assert isinstance(outcome, ComplaintReceivedV1), outcome
    return outcome


def test_a_new_conversation_is_a_complaint_from_its_opening_message() -> None:
    complaint = complaint_of(a_notification("conversation.user.created"))
    handle = HandleV1(kind=HandleKind.CHAT_VISITOR, value="intercom:6650ab12cd34ef5678901234")
    assert complaint.channel is Channel.CHAT
    assert complaint.author == handle
    assert complaint.author_handles == (
        handle,
        HandleV1(kind=HandleKind.EMAIL, value="ana.lima@example.com"),
    )
    assert complaint.author_name == "Ana Lima"
    assert complaint.text == "My kettle arrived broken.\n\nOrder 1182."
    assert complaint.conversation_id == "48213"
    assert complaint.provider_message_id == "2049001"
    assert complaint.provider_author_id == "6650ab12cd34ef5678901234"
    assert complaint.complaint_id == derived_id(
        "complaint", Channel.CHAT, "intercom", "48213", "2049001"
    )
    assert (complaint.message_kind, complaint.public, complaint.subject) == (
        "intercom",
        False,
        None,
    )
    assert [(a.filename, a.content_type, a.size) for a in complaint.attachments] == [
        ("kettle.png", "image/png", 31337)
    ]


def test_api_1_conversations_name_the_customer_on_the_conversation() -> None:
    opening = {
        "type": "conversation_message",
        "id": "331000001",
        "subject": "<p>Broken kettle OC-0A1B2C3D</p>",
        "body": "<p>Hello, anyone there?</p>",
        "author": {"type": "lead", "id": "5c95aa"},
        "attachments": [],
    }
    user = {"type": "lead", "id": "5c95aa", "name": "Zoë Müller", "email": "zoe@example.de"}
    notification = a_notification(
        "conversation.user.created", source=None, conversation_message=opening, user=user
    )
    complaint = complaint_of(notification)
    assert complaint.author.value == "intercom:5c95aa"
    assert complaint.author_name == "Zoë Müller"
    assert HandleV1(kind=HandleKind.EMAIL, value="zoe@example.de") in complaint.author_handles
    assert complaint.subject == "Broken kettle OC-0A1B2C3D"
    assert complaint.case_reference == "OC-0A1B2C3D"


def test_a_contact_without_email_has_only_the_intercom_handle() -> None:
    source = {
        "id": "1",
        "body": "<p>Hello there, my order is late</p>",
        "author": {"type": "user", "id": "u1", "email": ""},
    }
    complaint = complaint_of(a_notification("conversation.user.created", source=source))
    assert complaint.author_handles == (
        HandleV1(kind=HandleKind.CHAT_VISITOR, value="intercom:u1"),
    )


def test_a_reply_yields_a_complaint_per_new_customer_comment_only() -> None:
    outcomes = outcomes_of(
        a_notification(
            "conversation.user.replied",
            a_part("900001", ADMIN, "<p>Sorry! Could you send a photo?</p>"),
            a_part("900002", BOT, "<p>Fin here: photos help us.</p>"),
            a_part("900003", CONTACT, "<p>Here it is &mdash; the lid is cracked.</p>"),
            a_part("900004", CONTACT, "", part_type="open"),
        )
    )
    assert outcomes[0] == Ignored("not_from_customer", "900001")
    assert outcomes[1] == Ignored("not_from_customer", "900002")
    assert outcomes[3] == Ignored("not_a_comment", "900004")
    reply = outcomes[2]
    assert isinstance(reply, ComplaintReceivedV1)
    assert reply.text == "Here it is \u2014 the lid is cracked."
    assert reply.provider_message_id == "900003"
    assert reply.complaint_id == derived_id(
        "complaint", Channel.CHAT, "intercom", "48213", "900003"
    )
    assert len(outcomes) == 4


def test_a_redelivered_reply_is_the_same_complaint() -> None:
    notification = a_notification(
        "conversation.user.replied", a_part("900003", CONTACT, "<p>Still broken</p>")
    )
    assert complaint_of(notification).complaint_id == complaint_of(notification).complaint_id


def test_a_reply_with_nothing_new_or_nothing_said_is_an_empty_message() -> None:
    assert outcomes_of(a_notification("conversation.user.replied")) == [
        Ignored("empty_message", "notif_0f4e5c2a-1182-4c1d-9a55-2b1e0c9d7a10")
    ]
    silent = a_notification("conversation.user.replied", a_part("900005", CONTACT, "<p> </p>"))
    assert outcomes_of(silent) == [Ignored("empty_message", "900005")]


@pytest.mark.parametrize(
    ("topic", "reason"),
    [
        ("conversation.admin.replied", "not_from_customer"),
        ("conversation.admin.closed", "not_from_customer"),
        ("contact.created", "unsupported_event"),
        ("ping", "unsupported_event"),
    ],
)
def test_other_topics_are_ignored(topic: str, reason: str) -> None:
    notification = a_notification(topic, a_part("900001", ADMIN, "<p>Sorted, closing.</p>"))
    assert outcomes_of(notification) == [
        Ignored(reason, "notif_0f4e5c2a-1182-4c1d-9a55-2b1e0c9d7a10")
    ]


def test_html_entities_and_unicode_survive() -> None:
    source = {
        "id": "1",
        "body": "<p>Caf&eacute; order &#x1F621; &lt;script&gt; 注文が届きません</p><script>alert(1)</script>",
        "author": CONTACT,
    }
    complaint = complaint_of(a_notification("conversation.user.created", source=source))
    assert complaint.text == "Café order 😡 <script> 注文が届きません"


def without(notification: dict[str, Any], *path: str) -> dict[str, Any]:
    node = notification
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return notification


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[]",
        json.dumps({"type": "ping"}).encode(),
        json.dumps(without(a_notification("conversation.user.created"), "topic")).encode(),
        json.dumps(without(a_notification("conversation.user.created"), "data")).encode(),
        json.dumps(a_notification("conversation.user.created", type="contact")).encode(),
        json.dumps(a_notification("conversation.user.created", source=None)).encode(),
        json.dumps(a_notification("conversation.user.created", id=None)).encode(),
        json.dumps(
            a_notification("conversation.user.replied", {**a_part("", CONTACT, "x")})
        ).encode(),
        json.dumps(
            a_notification(
                "conversation.user.created",
                source={"id": "1", "body": "hi", "author": {"type": "user"}},
            )
        ).encode(),
        b'{"type": "notification_event", "topic": "conversation.user.created", "data": {"item": "\\ud800"}}',
    ],
    ids=[
        "empty",
        "not-json",
        "array",
        "not-notification",
        "no-topic",
        "no-data",
        "not-conversation",
        "no-opening-message",
        "no-conversation-id",
        "part-without-id",
        "author-without-id",
        "lone-surrogate",
    ],
)
def test_what_cannot_be_understood_is_malformed(body: bytes) -> None:
    with pytest.raises(MalformedDeliveryError):
        normalize_intercom(a_delivery(body))


def test_mangled_bodies_yield_outcomes_or_malformed_and_nothing_else() -> None:
    valid = json.dumps(
        a_notification(
            "conversation.user.replied", a_part("900003", CONTACT, "<p>Still broken</p>")
        )
    ).encode()
    shuffle = random.Random(20261123)
    for _ in range(300):
        body = bytearray(valid)
        for _ in range(shuffle.randint(1, 6)):
            body[shuffle.randrange(len(body))] = shuffle.choice(b'{}[]",:0\\ \xff')
        try:
            normalize_intercom(a_delivery(bytes(body)))
        except MalformedDeliveryError:
            continue
