"""Meta `object=page` deliveries (Messenger and page feed), written here after the wire format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from conformance.corpus_check import check_corpus
from conformance.facebook_expectations import EXPECTED, TABLE
from onecase_intake.domain.facebook_normalizer import MAX_TEXT_CHARS, normalize_facebook
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind, RawDeliveryReceivedV1
from onecase_shared.ids import derived_id

RECEIVED = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PAGE = "104000000000001"
OTHER_PAGE = "104000000000999"
PSID = "6100000000000042"
USER = "10160000000000077"
POST = f"{PAGE}_880000000000001"
COMMENT = "880000000000001_990000000000001"
CORRELATION = uuid4()


def a_message(
    mid: str = "m_AbCdEf-123_xyz",
    text: str | None = "My parcel arrived damaged and nobody answers the phone.",
    **extra: Any,
) -> dict[str, Any]:
    message: dict[str, Any] = {"mid": mid, **extra}
    if text is not None:
        message["text"] = text
    return {
        "sender": {"id": PSID},
        "recipient": {"id": PAGE},
        "timestamp": 1795426198000,
        "message": message,
    }


def a_feed_change(**value: Any) -> dict[str, Any]:
    comment = {
        "from": {"id": USER, "name": "Ana Lima"},
        "post": {"id": POST, "status_type": "added_photos", "is_published": True},
        "message": "Third week without internet and no technician has come.",
        "post_id": POST,
        "comment_id": COMMENT,
        "parent_id": POST,
        "created_time": 1795426198,
        "item": "comment",
        "verb": "add",
    }
    return {"field": "feed", "value": {**comment, **value}}


def an_entry(
    messaging: list[Any] | None = None, changes: list[Any] | None = None, page: str = PAGE
) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": page, "time": 1795426198000}
    if messaging is not None:
        entry["messaging"] = messaging
    if changes is not None:
        entry["changes"] = changes
    return entry


def delivery(*entries: dict[str, Any]) -> bytes:
    return json.dumps({"object": "page", "entry": list(entries)}).encode()


def normalize(body: bytes) -> list[Normalized]:
    raw = RawDeliveryReceivedV1(
        correlation_id=CORRELATION,
        delivery_id="meta-delivery-1",
        channel=Channel.FACEBOOK,
        provider="meta",
        content_type="application/json",
        body=body,
        received_at=RECEIVED,
    )
    return normalize_facebook(raw)


def the_complaint(body: bytes) -> ComplaintReceivedV1:
    (outcome,) = normalize(body)
    assert isinstance(outcome, ComplaintReceivedV1), outcome
    return outcome


def the_reason(body: bytes) -> str:
    (outcome,) = normalize(body)
    assert isinstance(outcome, Ignored), outcome
    return outcome.reason


def kinds(outcomes: list[Normalized]) -> list[str]:
    return [
        f"ignored:{o.reason}" if isinstance(o, Ignored) else f"complaint:{o.message_kind}"
        for o in outcomes
    ]


def test_a_messenger_message_is_a_private_complaint_keyed_by_the_psid() -> None:
    complaint = the_complaint(delivery(an_entry([a_message()])))
    assert complaint.channel is Channel.FACEBOOK
    assert complaint.message_kind == "messenger"
    assert complaint.provider_message_id == "m_AbCdEf-123_xyz"
    assert complaint.complaint_id == derived_id("complaint", "facebook", "m_AbCdEf-123_xyz")
    assert complaint.author.kind is HandleKind.FACEBOOK_ID
    assert complaint.author.value == PSID
    assert complaint.author_handles == (complaint.author,)
    assert complaint.provider_author_id == PSID
    assert complaint.author_name is None
    assert complaint.public is False
    assert complaint.reach == 0
    assert complaint.text == "My parcel arrived damaged and nobody answers the phone."
    assert complaint.original_length == len(
        "My parcel arrived damaged and nobody answers the phone."
    )
    assert complaint.language == "en"
    assert complaint.conversation_id == PSID
    assert complaint.provider_thread_ids == ()
    assert complaint.subject is None
    assert complaint.attachments == ()
    assert complaint.received_at == RECEIVED
    assert complaint.raw_delivery_id == "meta-delivery-1"
    assert complaint.correlation_id == CORRELATION


def test_a_messenger_reply_is_threaded_under_the_message_it_answers() -> None:
    message = a_message(reply_to={"mid": "m_earlier"})
    assert the_complaint(delivery(an_entry([message]))).provider_thread_ids == ("m_earlier",)


def test_the_pages_own_messages_are_not_complaints() -> None:
    echo = a_message(is_echo=True, app_id=1517776481860111)
    echo["sender"], echo["recipient"] = {"id": PAGE}, {"id": PSID}
    unflagged = a_message("m_2")
    unflagged["sender"], unflagged["recipient"] = {"id": PAGE}, {"id": PSID}
    outcomes = normalize(delivery(an_entry([echo, unflagged])))
    assert kinds(outcomes) == ["ignored:echo", "ignored:own_message"]


def test_a_message_to_another_page_is_not_ours_to_answer() -> None:
    message = a_message()
    message["recipient"] = {"id": OTHER_PAGE}
    assert the_reason(delivery(an_entry([message]))) == "other_page"


@pytest.mark.parametrize("sender", [{"id": "abc5678"}, {"user_ref": "ref-1"}, {}, "5678"])
def test_a_sender_that_is_not_a_psid_is_ignored(sender: object) -> None:
    message = {**a_message(), "sender": sender}
    assert the_reason(delivery(an_entry([message]))) in ("invalid_sender", "malformed_event")


def test_a_non_numeric_sender_id_is_an_invalid_sender() -> None:
    message = {**a_message(), "sender": {"id": "abc5678"}}
    assert the_reason(delivery(an_entry([message]))) == "invalid_sender"


def test_ids_sent_as_json_numbers_become_exact_strings() -> None:
    message = a_message()
    message["sender"] = {"id": 2**70}
    body = json.dumps({"object": "page", "entry": [{"id": int(PAGE), "messaging": [message]}]})
    assert the_complaint(body.encode()).author.value == str(2**70)


def test_a_photo_without_words_is_kept_with_its_metadata() -> None:
    photo = a_message(
        text=None, attachments=[{"type": "image", "payload": {"url": "https://cdn.example/1.jpg"}}]
    )
    complaint = the_complaint(delivery(an_entry([photo])))
    assert complaint.text == ""
    assert [(a.content_type, a.filename, a.size) for a in complaint.attachments] == [
        ("image/*", None, 0)
    ]


@pytest.mark.parametrize(
    ("attachment", "content_type", "filename"),
    [
        ({"type": "video", "payload": {"url": "u"}}, "video/*", None),
        ({"type": "audio", "payload": {"url": "u"}}, "audio/*", None),
        (
            {"type": "file", "payload": {"url": "u", "title": "invoice.pdf"}},
            "application/octet-stream",
            "invoice.pdf",
        ),
        (
            {"type": "location", "payload": {"coordinates": {"lat": 1.2, "long": -1.3}}},
            "application/x-messenger-location",
            None,
        ),
        (
            {"type": "fallback", "payload": {"url": "u", "title": "Our store"}},
            "application/x-messenger-fallback",
            "Our store",
        ),
        ({"type": "template", "payload": None}, "application/x-messenger-template", None),
        ({"type": "../../etc; x=<script>"}, "application/octet-stream", None),
    ],
)
def test_attachment_metadata_names_what_messenger_sent(
    attachment: dict[str, Any], content_type: str, filename: str | None
) -> None:
    message = a_message(text=None, attachments=[attachment])
    (kept,) = the_complaint(delivery(an_entry([message]))).attachments
    assert (kept.content_type, kept.filename) == (content_type, filename)


def test_a_thumbs_up_sticker_alone_is_not_a_complaint() -> None:
    sticker = {"type": "image", "payload": {"url": "u", "sticker_id": 369239263222822}}
    in_attachment = a_message("m_1", text=None, attachments=[sticker])
    in_message = a_message("m_2", text=None, sticker_id="369239263222822", attachments=[sticker])
    outcomes = normalize(delivery(an_entry([in_attachment, in_message])))
    assert kinds(outcomes) == ["ignored:sticker", "ignored:sticker"]


def test_a_message_with_neither_words_nor_attachments_is_empty() -> None:
    assert the_reason(delivery(an_entry([a_message(text="  \n ")]))) == "empty_message"


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        ("delivery", "delivery"),
        ("read", "read"),
        ("reaction", "reaction"),
        ("postback", "postback"),
        ("optin", "optin"),
        ("referral", "referral"),
        ("account_linking", "account_linking"),
        ("message_edit", "edited"),
        ("pass_thread_control", "handover"),
        ("take_thread_control", "handover"),
        ("game_play", "unsupported_event"),
    ],
)
def test_messenger_events_that_are_not_messages_are_ignored_by_name(
    member: str, reason: str
) -> None:
    event = {"sender": {"id": PSID}, "recipient": {"id": PAGE}, member: {"payload": "x"}}
    assert the_reason(delivery(an_entry([event]))) == reason


def test_a_get_started_postback_is_not_a_complaint() -> None:
    event = {
        "sender": {"id": PSID},
        "recipient": {"id": PAGE},
        "postback": {"title": "Get Started", "payload": "GET_STARTED"},
    }
    assert the_reason(delivery(an_entry([event]))) == "postback"


def test_standby_events_belong_to_the_app_that_owns_the_thread() -> None:
    entry = {"id": PAGE, "standby": [a_message()]}
    assert the_reason(delivery(entry)) == "standby"


def test_a_comment_is_a_public_complaint_threaded_under_its_post() -> None:
    complaint = the_complaint(delivery(an_entry(changes=[a_feed_change()])))
    assert complaint.message_kind == "facebook_comment"
    assert complaint.provider_message_id == COMMENT
    assert complaint.complaint_id == derived_id("complaint", "facebook", COMMENT)
    assert complaint.author.value == USER
    assert complaint.author.kind is HandleKind.FACEBOOK_ID
    assert complaint.author_name == "Ana Lima"
    assert complaint.public is True
    assert complaint.reach == 0
    assert complaint.text == "Third week without internet and no technician has come."
    assert complaint.provider_thread_ids == (POST,)
    assert complaint.conversation_id == POST


def test_a_reply_to_a_comment_names_both_the_comment_and_the_post() -> None:
    change = a_feed_change(comment_id="880000000000001_990000000000002", parent_id=COMMENT)
    complaint = the_complaint(delivery(an_entry(changes=[change])))
    assert complaint.provider_thread_ids == (COMMENT, POST)


@pytest.mark.parametrize("item", ["status", "post", "photo", "video", "share"])
def test_a_visitor_post_is_a_public_complaint(item: str) -> None:
    change = a_feed_change(item=item, comment_id=None, parent_id=None, link="https://x.example")
    complaint = the_complaint(delivery(an_entry(changes=[change])))
    assert complaint.message_kind == "facebook_post"
    assert complaint.provider_message_id == POST
    assert complaint.provider_thread_ids == ()
    assert complaint.conversation_id == POST


@pytest.mark.parametrize(
    ("value", "content_types"),
    [
        ({"item": "photo", "comment_id": None}, ["image/*"]),
        ({"item": "status", "comment_id": None, "photos": ["u1", "u2", 3]}, ["image/*", "image/*"]),
        ({"item": "video", "comment_id": None}, ["video/*"]),
        ({"item": "share", "comment_id": None, "link": "https://news.example"}, ["text/uri-list"]),
        ({"photo": "https://scontent.example/p.jpg"}, ["image/*"]),
        ({"video": "https://video.example/v.mp4"}, ["video/*"]),
    ],
)
def test_feed_media_is_kept_as_metadata_even_without_words(
    value: dict[str, Any], content_types: list[str]
) -> None:
    change = a_feed_change(message="", **value)
    complaint = the_complaint(delivery(an_entry(changes=[change])))
    assert [a.content_type for a in complaint.attachments] == content_types


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ({"verb": "remove"}, "removed"),
        ({"verb": "edited"}, "edited"),
        ({"verb": "hide"}, "unsupported_event"),
        ({"item": "like"}, "reaction"),
        ({"item": "reaction", "reaction_type": "angry"}, "reaction"),
        ({"item": "event"}, "unsupported_event"),
        ({"from": {"id": PAGE, "name": "Acme"}}, "own_message"),
        ({"from": None}, "unknown_author"),
        ({"from": {"name": "no id"}}, "invalid_sender"),
        ({"message": ""}, "empty_message"),
        ({"comment_id": None}, "malformed_event"),
        ({"post_id": "../../me/messages"}, "malformed_event"),
    ],
)
def test_feed_changes_that_are_not_new_customer_words_are_ignored(
    value: dict[str, Any], reason: str
) -> None:
    change = a_feed_change(**value)
    if value.get("from", "kept") is None:
        del change["value"]["from"]
    assert the_reason(delivery(an_entry(changes=[change]))) == reason


def test_changes_to_other_fields_than_the_feed_are_unsupported() -> None:
    change = {"field": "mention", "value": {"post_id": POST, "item": "post", "verb": "add"}}
    assert the_reason(delivery(an_entry(changes=[change]))) == "unsupported_event"


def test_a_batch_yields_one_outcome_per_event_across_entries_in_order() -> None:
    read = {"sender": {"id": PSID}, "recipient": {"id": PAGE}, "read": {"watermark": 1}}
    body = delivery(
        an_entry([a_message("m_1"), read, a_message("m_2", text="Second message, still angry")]),
        an_entry(changes=[a_feed_change(), a_feed_change(verb="remove")]),
        an_entry([a_message("m_3")], page=OTHER_PAGE),
    )
    outcomes = normalize(body)
    assert kinds(outcomes) == [
        "complaint:messenger",
        "ignored:read",
        "complaint:messenger",
        "complaint:facebook_comment",
        "ignored:removed",
        "ignored:other_page",
    ]


def test_the_same_message_in_two_entries_is_a_duplicate() -> None:
    outcomes = normalize(delivery(an_entry([a_message()]), an_entry([a_message()])))
    assert kinds(outcomes) == ["complaint:messenger", "ignored:duplicate"]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<xml/>",
        b"\xff\xfe\x00{",
        b"[]",
        b'"page"',
        b"{}",
        b'{"object": "instagram", "entry": []}',
        b'{"object": "whatsapp_business_account", "entry": []}',
        b'{"object": "page"}',
        b'{"object": "page", "entry": {"id": "1"}}',
        b'{"object": "page", "entry": [' * 5_000,
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_a_delivery_that_is_not_for_a_page_is_malformed(body: bytes) -> None:
    with pytest.raises(MalformedDeliveryError):
        normalize(body)


def test_entries_without_events_yield_nothing() -> None:
    assert normalize(delivery()) == []
    assert normalize(delivery({"id": PAGE, "time": 1})) == []


@pytest.mark.parametrize(
    "entry",
    [
        "a string",
        None,
        {"messaging": [{"message": {"mid": "m", "text": "no page id"}}]},
        {"id": "not-a-page", "messaging": []},
        {"id": PAGE, "messaging": {"sender": {"id": PSID}}},
        {"id": PAGE, "messaging": [42]},
        {"id": PAGE, "messaging": [{"message": "text", "sender": {"id": PSID}}]},
        {"id": PAGE, "messaging": [a_message(mid="m id with spaces")]},
        {"id": PAGE, "changes": [{"field": "feed", "value": "comment"}]},
    ],
)
def test_a_garbled_entry_or_event_is_ignored_without_losing_its_neighbours(
    entry: object,
) -> None:
    body = json.dumps({"object": "page", "entry": [entry, an_entry([a_message()])]}).encode()
    assert kinds(normalize(body)) == ["ignored:malformed_event", "complaint:messenger"]


def test_unicode_survives_and_lone_surrogates_cannot_break_serialization() -> None:
    text = "Mi pedido llegó roto 😡 — 包裹坏了 \ud800"
    change = a_feed_change(message=text, **{"from": {"id": USER, "name": "Zoë \udfff"}})
    complaint = the_complaint(delivery(an_entry(changes=[change])))
    assert complaint.text.startswith("Mi pedido llegó roto 😡 — 包裹坏了")
    assert complaint.original_length == len(text)
    complaint.model_dump_json()  # a surrogate would raise here


def test_very_long_text_is_capped_but_its_length_kept() -> None:
    text = "b" * (MAX_TEXT_CHARS + 1)
    complaint = the_complaint(delivery(an_entry([a_message(text=text)])))
    assert (len(complaint.text), complaint.original_length) == (MAX_TEXT_CHARS, len(text))


WEIRD: list[object] = [None, True, 0, -1, 2**64, 1.5, "", "x", "\ud800", [], {}, [{}]]


def mutants(node: object) -> Iterator[object]:
    """`node` with one sub-tree replaced by each weird value or removed, for every sub-tree."""
    yield from WEIRD
    if isinstance(node, dict):
        for key, value in node.items():
            for mutant in mutants(value):
                yield {**node, key: mutant}
            yield {k: v for k, v in node.items() if k != key}
    elif isinstance(node, list):
        for index, value in enumerate(node):
            for mutant in mutants(value):
                yield [*node[:index], mutant, *node[index + 1 :]]


def assert_normalizes_or_is_malformed(body: bytes) -> None:
    try:
        outcomes = normalize(body)
    except MalformedDeliveryError:
        return
    for outcome in outcomes:
        assert isinstance(outcome, ComplaintReceivedV1 | Ignored)
        if isinstance(outcome, ComplaintReceivedV1):
            outcome.model_dump_json()


def rich_delivery() -> dict[str, Any]:
    attachment = {"type": "image", "payload": {"url": "u", "sticker_id": "1", "title": "t"}}
    return {
        "object": "page",
        "entry": [
            an_entry([a_message(attachments=[attachment], reply_to={"mid": "m_0"})]),
            an_entry(changes=[a_feed_change(photos=["u"], photo="p", video="v")]),
        ],
    }


def test_no_single_corruption_of_a_delivery_raises_anything_but_malformed() -> None:
    count = 0
    for mutant in mutants(rich_delivery()):
        assert_normalizes_or_is_malformed(json.dumps(mutant).encode())
        count += 1
    assert count > 500


def test_no_truncation_of_a_delivery_raises_anything_but_malformed() -> None:
    body = json.dumps(rich_delivery()).encode()
    for end in range(len(body)):
        assert_normalizes_or_is_malformed(body[:end])


def test_check_corpus_reports_files_that_disagree_or_have_no_expectation(
    tmp_path: Path,
) -> None:
    (tmp_path / "echo.json").write_bytes(delivery(an_entry([a_message()])))
    (tmp_path / "unlisted.json").write_bytes(b'{"object": "user"}')
    mismatches = {m.file: m for m in check_corpus(tmp_path, EXPECTED, TABLE.wire)}
    assert mismatches["echo.json"].actual == ["complaint:messenger"]
    assert mismatches["unlisted.json"].expected is None
    assert mismatches["unlisted.json"].actual == ["malformed"]
    assert mismatches["hello_msg.json"].actual is None  # missing from the folder
    assert len(mismatches) == len(EXPECTED) + 1
