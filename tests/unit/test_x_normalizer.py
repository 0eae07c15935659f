"""X Account Activity deliveries, written here after the real wire format (v1.1 objects)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from conformance.corpus_check import check_corpus
from conformance.x_expectations import EXPECTED, TABLE
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_intake.domain.x_normalizer import MAX_TEXT_CHARS, normalize_x
from onecase_intake.domain.x_payload import MAX_COUNT
from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind, RawDeliveryReceivedV1
from onecase_shared.ids import derived_id

RECEIVED = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
BRAND = "1480000000000000001"
CUSTOMER = "1690000000000000042"
FRIEND = "1690000000000000077"
CORRELATION = uuid4()


def a_user(user_id: str = CUSTOMER, **extra: Any) -> dict[str, Any]:
    user = {
        "id": int(user_id),
        "id_str": user_id,
        "name": "Ana Lima",
        "screen_name": "analima",
        "protected": False,
        "followers_count": 1234,
        "friends_count": 80,
    }
    return {**user, **extra}


def a_tweet(
    tweet_id: str = "1750000000000000101",
    text: str = "@acme_help My order 1182 never arrived and nobody answers my emails.",
    user: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    tweet = {
        "created_at": "Mon Nov 23 09:29:58 +0000 2026",
        "id": int(tweet_id),
        "id_str": tweet_id,
        "text": text,
        "truncated": False,
        "in_reply_to_status_id": None,
        "in_reply_to_status_id_str": None,
        "in_reply_to_user_id": int(BRAND),
        "in_reply_to_user_id_str": BRAND,
        "user": user or a_user(),
        "is_quote_status": False,
        "entities": {
            "hashtags": [],
            "urls": [],
            "user_mentions": [
                {"screen_name": "acme_help", "id": int(BRAND), "id_str": BRAND, "indices": [0, 10]}
            ],
            "symbols": [],
        },
        "lang": "en",
        "timestamp_ms": "1795426198000",
    }
    return {**tweet, **extra}


def a_dm(
    dm_id: str = "1760000000000000201",
    sender: str = CUSTOMER,
    recipient: str = BRAND,
    text: str = "Hi, I was charged twice for order 1182, can you refund one payment?",
    **data: Any,
) -> dict[str, Any]:
    return {
        "type": "message_create",
        "id": dm_id,
        "created_timestamp": "1795426198000",
        "message_create": {
            "target": {"recipient_id": recipient},
            "sender_id": sender,
            "message_data": {"text": text, "entities": {"urls": [], "user_mentions": []}, **data},
        },
    }


def delivery(**members: Any) -> bytes:
    return json.dumps({"for_user_id": BRAND, **members}).encode()


def users(*entries: dict[str, Any]) -> dict[str, Any]:
    return {entry["id_str"]: {**entry, "id": entry["id_str"]} for entry in entries}


def normalize(body: bytes) -> list[Normalized]:
    raw = RawDeliveryReceivedV1(
        correlation_id=CORRELATION,
        delivery_id="x-delivery-1",
        channel=Channel.X,
        provider="x",
        content_type="application/json",
        body=body,
        received_at=RECEIVED,
    )
    return normalize_x(raw)


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


def test_a_mention_becomes_a_public_complaint_keyed_by_the_author_id() -> None:
    complaint = the_complaint(delivery(tweet_create_events=[a_tweet()]))
    assert complaint.channel is Channel.X
    assert complaint.message_kind == "tweet"
    assert complaint.provider_message_id == "1750000000000000101"
    assert complaint.complaint_id == derived_id("complaint", "x", "1750000000000000101")
    assert complaint.author.kind is HandleKind.X_ID
    assert complaint.author.value == CUSTOMER
    assert complaint.author_handles == (complaint.author,)
    assert complaint.provider_author_id == CUSTOMER
    assert complaint.author_name == "Ana Lima (@analima)"
    assert complaint.public is True
    assert complaint.reach == 1234
    assert complaint.text == "My order 1182 never arrived and nobody answers my emails."
    assert complaint.original_length == len(a_tweet()["text"])
    assert complaint.language == "en"
    assert complaint.subject is None
    assert complaint.conversation_id == "1750000000000000101"
    assert complaint.provider_thread_ids == ()
    assert complaint.received_at == RECEIVED
    assert complaint.raw_delivery_id == "x-delivery-1"
    assert complaint.correlation_id == CORRELATION


def test_a_reply_is_threaded_under_the_tweet_it_answers() -> None:
    reply = a_tweet(in_reply_to_status_id=1750000000000000050)
    complaint = the_complaint(delivery(tweet_create_events=[reply]))
    assert complaint.provider_thread_ids == ("1750000000000000050",)
    assert complaint.conversation_id is None  # v1.1 does not name the root of a reply


def test_ids_sent_as_json_numbers_are_kept_exact_and_id_str_wins() -> None:
    # A JavaScript producer rounds 64-bit ids; id_str is the exact one.
    tweet = a_tweet(id=1750000000000000000, id_str="1750000000000000101")
    tweet["user"] = {"id": 2**63 + 5, "name": "Big Id", "screen_name": "bigid"}
    complaint = the_complaint(
        json.dumps({"for_user_id": int(BRAND), "tweet_create_events": [tweet]}).encode()
    )
    assert complaint.provider_message_id == "1750000000000000101"
    assert complaint.author.value == str(2**63 + 5)
    rounded = a_tweet(user=a_user(id=1690000000000000000))
    assert the_complaint(delivery(tweet_create_events=[rounded])).author.value == CUSTOMER


def test_our_own_tweets_and_dms_are_not_complaints() -> None:
    own_tweet = a_tweet(user=a_user(BRAND, name="Acme Help", screen_name="acme_help"))
    own_dm = a_dm(sender=BRAND, recipient=CUSTOMER)
    outcomes = normalize(delivery(tweet_create_events=[own_tweet], direct_message_events=[own_dm]))
    assert kinds(outcomes) == ["ignored:own_message", "ignored:own_message"]


def test_retweets_are_ignored_even_of_complaints() -> None:
    retweet = a_tweet(
        text="RT @analima: My order never arrived", retweeted_status=a_tweet("17500000000000009")
    )
    assert the_reason(delivery(tweet_create_events=[retweet])) == "retweet"


def test_a_quote_tweet_with_words_is_a_complaint_threaded_to_the_quoted_tweet() -> None:
    permalink = "https://twitter.com/acme_help/status/1750000000000000007"
    quote = a_tweet(
        text="Still waiting, as promised here https://t.co/Qu0tEd1234",
        is_quote_status=True,
        quoted_status_id_str="1750000000000000007",
        quoted_status=a_tweet("1750000000000000007", user=a_user(BRAND)),
        entities={"urls": [{"url": "https://t.co/Qu0tEd1234", "expanded_url": permalink}]},
    )
    complaint = the_complaint(delivery(tweet_create_events=[quote]))
    assert complaint.text == "Still waiting, as promised here"
    assert complaint.provider_thread_ids == ("1750000000000000007",)


def test_a_quote_tweet_that_adds_nothing_counts_as_a_retweet() -> None:
    quote = a_tweet(text="@acme_help ", quoted_status={"id_str": "1750000000000000007"})
    assert the_reason(delivery(tweet_create_events=[quote])) == "retweet"


@pytest.mark.parametrize("flag", [True, "true", "TRUE"])
def test_mentions_from_blocked_accounts_are_ignored(flag: object) -> None:
    body = delivery(user_has_blocked=flag, tweet_create_events=[a_tweet()])
    assert the_reason(body) == "blocked_author"


@pytest.mark.parametrize("flag", [False, "false", None])
def test_mentions_from_unblocked_accounts_are_kept(flag: object) -> None:
    the_complaint(delivery(user_has_blocked=flag, tweet_create_events=[a_tweet()]))


def test_an_extended_tweet_uses_the_full_text_and_its_media() -> None:
    full_text = "@acme_help " + "The blender arrived broken and the refund form fails. " * 4
    tweet = a_tweet(
        text=full_text[:117] + "… https://t.co/TrUnCaTed1",
        truncated=True,
        entities={
            "urls": [
                {
                    "url": "https://t.co/TrUnCaTed1",
                    "expanded_url": "https://twitter.com/i/web/status/1750000000000000101",
                }
            ]
        },
        extended_tweet={
            "full_text": full_text + "https://t.co/Ph0t0Ph0t0",
            "display_text_range": [0, len(full_text)],
            "entities": {"urls": [], "user_mentions": []},
            "extended_entities": {
                "media": [
                    {"type": "photo", "url": "https://t.co/Ph0t0Ph0t0", "id_str": "1"},
                    {"type": "photo", "url": "https://t.co/Ph0t0Ph0t0", "id_str": "2"},
                ]
            },
        },
    )
    complaint = the_complaint(delivery(tweet_create_events=[tweet]))
    assert complaint.text == full_text.removeprefix("@acme_help ").strip()
    assert complaint.original_length == len(full_text + "https://t.co/Ph0t0Ph0t0")
    assert [a.content_type for a in complaint.attachments] == ["image/*", "image/*"]
    assert "t.co" not in complaint.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@acme_help @ana_lima Still no refund", "Still no refund"),
        ("@acme_help\n\n Still no refund", "Still no refund"),
        ("@acme_help, still no refund", "still no refund"),
        ("\uff20acme_help still no refund", "still no refund"),
        ("@acme_help's app crashes on login", "@acme_help's app crashes on login"),
        ("Hey @acme_help my card was blocked", "Hey @acme_help my card was blocked"),
        ("Refund please @acme_help", "Refund please @acme_help"),
    ],
)
def test_only_the_leading_mentions_are_stripped(text: str, expected: str) -> None:
    complaint = the_complaint(delivery(tweet_create_events=[a_tweet(text=text)]))
    assert complaint.text == expected
    assert complaint.original_length == len(text)


def test_html_escapes_of_tweet_text_are_undone_once() -> None:
    text = "@acme_help Fees &amp; charges &lt;doubled&gt; &amp;lt;"
    complaint = the_complaint(delivery(tweet_create_events=[a_tweet(text=text)]))
    assert complaint.text == "Fees & charges <doubled> &lt;"


def test_links_are_expanded_and_links_to_own_media_removed() -> None:
    tweet = a_tweet(
        text="@acme_help see https://t.co/AbCdEfGh12 and https://t.co/AbCdEfGh1 https://t.co/MeDiA00001",
        entities={
            "urls": [
                {"url": "https://t.co/AbCdEfGh1", "expanded_url": "https://acme.example/a"},
                {"url": "https://t.co/AbCdEfGh12", "expanded_url": "https://acme.example/b"},
                {"url": "", "expanded_url": "https://never.example"},
                {"url": "https://t.co/ZzZz", "expanded_url": "javascript:alert(1)"},
            ]
        },
        extended_entities={"media": [{"type": "photo", "url": "https://t.co/MeDiA00001"}]},
    )
    complaint = the_complaint(delivery(tweet_create_events=[tweet]))
    assert complaint.text == "see https://acme.example/b and https://acme.example/a"


def test_media_without_words_is_kept_and_a_bare_mention_is_not() -> None:
    media = {
        "type": "animated_gif",
        "url": "https://t.co/GiF0000001",
        "video_info": {"variants": [{"content_type": "video/mp4", "bitrate": 0}]},
    }
    with_media = a_tweet(
        text="@acme_help https://t.co/GiF0000001", extended_entities={"media": [media]}
    )
    bare = a_tweet("1750000000000000102", text="@acme_help ")
    first, second = normalize(delivery(tweet_create_events=[with_media, bare]))
    assert isinstance(first, ComplaintReceivedV1)
    assert first.text == ""
    assert [(a.content_type, a.filename, a.size) for a in first.attachments] == [
        ("video/mp4", None, 0)
    ]
    assert second == Ignored("empty_message", "1750000000000000102")


@pytest.mark.parametrize(
    ("media", "content_type"),
    [
        ({"type": "photo"}, "image/*"),
        (
            {
                "type": "video",
                "video_info": {"variants": [{"content_type": "application/x-mpegURL"}]},
            },
            "video/*",
        ),
        (
            {
                "type": "video",
                "video_info": {"variants": [{"content_type": "video/mp4; x=<script>"}]},
            },
            "video/*",
        ),
        ({"type": "hologram"}, "application/octet-stream"),
    ],
)
def test_attachment_types_are_as_precise_as_the_payload_allows(
    media: dict[str, Any], content_type: str
) -> None:
    tweet = a_tweet(extended_entities={"media": [media]})
    (attachment,) = the_complaint(delivery(tweet_create_events=[tweet])).attachments
    assert attachment.content_type == content_type


@pytest.mark.parametrize(
    ("followers", "reach"),
    [(31, 31), ("42", 42), (-5, 0), (10**30, MAX_COUNT), (True, 0), ("many", 0), (None, 0)],
)
def test_reach_is_the_authors_follower_count_clamped(followers: object, reach: int) -> None:
    tweet = a_tweet(user=a_user(followers_count=followers))
    assert the_complaint(delivery(tweet_create_events=[tweet])).reach == reach


def test_a_protected_accounts_tweet_is_not_public() -> None:
    tweet = a_tweet(user=a_user(protected=True))
    assert the_complaint(delivery(tweet_create_events=[tweet])).public is False


def test_a_dm_is_a_private_complaint_in_its_conversation() -> None:
    body = delivery(direct_message_events=[a_dm()], users=users(a_user(followers_count=7)))
    complaint = the_complaint(body)
    assert complaint.message_kind == "x_dm"
    assert complaint.public is False
    assert complaint.provider_message_id == "1760000000000000201"
    assert complaint.author.value == CUSTOMER
    assert complaint.author_name == "Ana Lima (@analima)"
    assert complaint.reach == 7
    assert complaint.text == a_dm()["message_create"]["message_data"]["text"]
    assert complaint.conversation_id == f"{BRAND}-{CUSTOMER}"  # smaller id first
    assert complaint.provider_thread_ids == (f"{BRAND}-{CUSTOMER}",)


def test_a_dm_without_the_users_map_has_no_name_and_no_reach() -> None:
    complaint = the_complaint(delivery(direct_message_events=[a_dm()]))
    assert (complaint.author_name, complaint.reach) == (None, 0)


def test_a_dm_photo_without_words_is_kept_and_an_empty_dm_is_not() -> None:
    photo = a_dm(
        text=" https://t.co/DmPh0t0001",
        attachment={"type": "media", "media": {"type": "photo", "url": "https://t.co/DmPh0t0001"}},
    )
    empty = a_dm("1760000000000000202", text="   ")
    pin = a_dm("1760000000000000203", text="", attachment={"type": "location"})
    first, second, third = normalize(delivery(direct_message_events=[photo, empty, pin]))
    assert isinstance(first, ComplaintReceivedV1)
    assert (first.text, [a.content_type for a in first.attachments]) == ("", ["image/*"])
    assert second == Ignored("empty_message", "1760000000000000202")
    assert third == Ignored("empty_message", "1760000000000000203")


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        ("favorite_events", "favorite"),
        ("follow_events", "follow"),
        ("block_events", "block"),
        ("mute_events", "mute"),
        ("direct_message_indicate_typing_events", "typing"),
        ("direct_message_mark_read_events", "read"),
        ("tweet_delete_events", "tweet_delete"),
        ("tweet_teleport_events", "unsupported_event"),
    ],
)
def test_activity_that_is_not_a_message_is_ignored_by_name(member: str, reason: str) -> None:
    event = {"created_timestamp": "1795426198000", "sender_id": CUSTOMER}
    assert the_reason(delivery(**{member: [event]})) == reason


def test_a_revoked_subscription_is_ignored() -> None:
    body = delivery(user_event={"revoke": {"date_time": "2026-11-23T09:30:00+0000"}})
    assert the_reason(body) == "user_event"


def test_a_batch_yields_one_outcome_per_event_in_order() -> None:
    body = delivery(
        tweet_create_events=[
            a_tweet("1750000000000000201"),
            a_tweet("1750000000000000202", user=a_user(BRAND)),
            a_tweet("1750000000000000203", retweeted_status={"id_str": "1"}),
            a_tweet("1750000000000000204", user=a_user(FRIEND, screen_name="bea")),
        ],
        direct_message_events=[a_dm(), {**a_dm("1760000000000000202"), "type": "message_delete"}],
        direct_message_indicate_typing_events=[{"sender_id": CUSTOMER}],
    )
    outcomes = normalize(body)
    assert kinds(outcomes) == [
        "complaint:tweet",
        "ignored:own_message",
        "ignored:retweet",
        "complaint:tweet",
        "complaint:x_dm",
        "ignored:unsupported_event",
        "ignored:typing",
    ]
    complaints = [o for o in outcomes if isinstance(o, ComplaintReceivedV1)]
    assert [c.author.value for c in complaints] == [CUSTOMER, FRIEND, CUSTOMER]
    assert len({c.complaint_id for c in complaints}) == 3


def test_the_same_tweet_twice_in_one_delivery_is_a_duplicate() -> None:
    outcomes = normalize(delivery(tweet_create_events=[a_tweet(), a_tweet()]))
    assert kinds(outcomes) == ["complaint:tweet", "ignored:duplicate"]


def test_renormalizing_a_delivery_yields_the_same_complaint_ids() -> None:
    body = delivery(tweet_create_events=[a_tweet()], direct_message_events=[a_dm()])
    first, second = normalize(body), normalize(body)
    assert [getattr(o, "complaint_id", None) for o in first] == [
        getattr(o, "complaint_id", None) for o in second
    ]


def test_unicode_survives_and_lone_surrogates_cannot_break_serialization() -> None:
    text = "@acme_help 退款还没到 🙁 — الطلب لم يصل \ud800!"
    tweet = a_tweet(text=text, user=a_user(name="Zoë \udfff"))
    complaint = the_complaint(delivery(tweet_create_events=[tweet]))
    assert complaint.text.startswith("退款还没到 🙁 — الطلب لم يصل")
    assert complaint.original_length == len(text)
    complaint.model_dump_json()  # a surrogate would raise here


def test_very_long_text_is_capped_but_its_length_kept() -> None:
    text = "@acme_help " + "a" * (MAX_TEXT_CHARS + 5_000)
    complaint = the_complaint(delivery(tweet_create_events=[a_tweet(text=text)]))
    assert len(complaint.text) == MAX_TEXT_CHARS
    assert complaint.original_length == len(text)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"\xff\xfe\x00{",
        b"[]",
        b'"a string"',
        b"42",
        b"null",
        b"{}",
        b'{"for_user_id": "acme"}',
        b'{"for_user_id": true}',
        b'{"for_user_id": "1", "tweet_create_events": {"id": 1}}',
        b'{"for_user_id": "1", "tweet_create_events": [' * 5_000,
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_a_delivery_that_is_not_account_activity_is_malformed(body: bytes) -> None:
    with pytest.raises(MalformedDeliveryError):
        normalize(body)


@pytest.mark.parametrize(
    "event",
    [
        "a string",
        42,
        None,
        {"id_str": "1"},
        {"id_str": "1750000000000000101", "text": "no user"},
        a_tweet(user={"id_str": "not-a-number", "screen_name": "x"}),
        {**a_tweet(), "user": "ana"},
        a_tweet(id="1.5e18", id_str=None),
        a_tweet(entities={"urls": "https://t.co/x"}),
    ],
)
def test_a_garbled_event_is_ignored_without_losing_its_neighbours(event: object) -> None:
    body = delivery(tweet_create_events=[event, a_tweet("1750000000000000999")])
    outcomes = normalize(body)
    assert kinds(outcomes) == ["ignored:malformed_event", "complaint:tweet"]


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
    media = {"type": "video", "url": "https://t.co/V", "video_info": {"variants": [{}]}}
    return {
        "for_user_id": BRAND,
        "user_has_blocked": "false",
        "tweet_create_events": [
            a_tweet(
                in_reply_to_status_id_str="1",
                quoted_status={"id_str": "2"},
                extended_tweet={"full_text": "@a b", "extended_entities": {"media": [media]}},
            )
        ],
        "direct_message_events": [a_dm(attachment={"type": "media", "media": media})],
        "users": users(a_user()),
    }


def test_no_single_corruption_of_a_delivery_raises_anything_but_malformed() -> None:
    count = 0
    for mutant in mutants(rich_delivery()):
        assert_normalizes_or_is_malformed(json.dumps(mutant).encode())
        count += 1
    assert count > 1_000


def test_no_truncation_of_a_delivery_raises_anything_but_malformed() -> None:
    body = json.dumps(rich_delivery()).encode()
    for end in range(len(body)):
        assert_normalizes_or_is_malformed(body[:end])


def test_check_corpus_reports_files_that_disagree_or_have_no_expectation(
    tmp_path: Path,
) -> None:
    (tmp_path / "follow.json").write_bytes(delivery(tweet_create_events=[a_tweet()]))
    (tmp_path / "unlisted.json").write_bytes(b"{}")
    mismatches = {m.file: m for m in check_corpus(tmp_path, EXPECTED, TABLE.wire)}
    assert mismatches["follow.json"].actual == ["complaint:tweet"]
    assert mismatches["unlisted.json"].expected is None
    assert mismatches["unlisted.json"].actual == ["malformed"]
    assert mismatches["tweet_create-retweet.json"].actual is None  # missing from the folder
    assert len(mismatches) == len(EXPECTED) + 1
