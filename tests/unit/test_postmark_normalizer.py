import json
import random
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any
from uuid import uuid4

import pytest

from onecase_intake.domain.email_normalizer import parse_email
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_intake.domain.postmark_normalizer import normalize_postmark
from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind, RawDeliveryReceivedV1
from onecase_shared.ids import derived_id

RECEIVED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
MESSAGE_ID = "<CAF+ana.1182@mail.example.com>"


def an_inbound(**overrides: Any) -> dict[str, Any]:
    inbound: dict[str, Any] = {
        "FromName": "Ana Lima",
        "MessageStream": "inbound",
        "From": "Ana.Lima@Example.com",
        "FromFull": {"Email": "Ana.Lima@Example.com", "Name": "Ana Lima", "MailboxHash": ""},
        "To": "support@inbound.onecase.example",
        "ToFull": [{"Email": "support@inbound.onecase.example", "Name": "", "MailboxHash": ""}],
        "Cc": "",
        "CcFull": [],
        "Bcc": "",
        "BccFull": [],
        "OriginalRecipient": "support@inbound.onecase.example",
        "Subject": "Re: Refund still missing",
        "MessageID": "5f0d2a0e-1182-4b7e-9d1c-000000000001",
        "ReplyTo": "",
        "MailboxHash": "",
        "Date": "Mon, 23 Nov 2026 09:00:00 +0100",
        "TextBody": "Still nothing, see the photo.\n\nOn Fri, 20 Nov 2026, Onecase wrote:\n> We are on it.",
        "HtmlBody": "<p>Still nothing, see the photo.</p><blockquote>We are on it.</blockquote>",
        "StrippedTextReply": "Still nothing, see the photo.",
        "Tag": "",
        "Headers": [
            {"Name": "X-Spam-Status", "Value": "No"},
            {"Name": "Message-ID", "Value": MESSAGE_ID},
            {"Name": "In-Reply-To", "Value": "<reply-1@onecase.example>"},
            {"Name": "References", "Value": "<first@onecase.example> <reply-1@onecase.example>"},
        ],
        "Attachments": [
            {
                "Name": "broken-kettle.jpg",
                "Content": "/9j/4AAQSkZJRg==",
                "ContentType": "image/jpeg",
                "ContentLength": 48213,
                "ContentID": "",
            },
            {
                "Name": "receipt.pdf",
                "Content": "JVBERi0=",
                "ContentType": "application/pdf",
                "ContentLength": 5,
            },
        ],
    }
    inbound.update(overrides)
    return inbound


def a_delivery(body: bytes) -> RawDeliveryReceivedV1:
    return RawDeliveryReceivedV1(
        correlation_id=uuid4(),
        delivery_id="pm_1",
        channel=Channel.EMAIL,
        provider="postmark",
        content_type="application/json",
        body=body,
        received_at=RECEIVED,
    )


def only(outcomes: list[Normalized]) -> Normalized:
    assert len(outcomes) == 1, outcomes
    return outcomes[0]


def outcome_of(inbound: dict[str, Any]) -> Normalized:
    return only(normalize_postmark(a_delivery(json.dumps(inbound).encode())))


def complaint_of(inbound: dict[str, Any]) -> ComplaintReceivedV1:
    outcome = outcome_of(inbound)
    assert isinstance(outcome, ComplaintReceivedV1), outcome
    outcome.model_dump_json()
    return outcome


def with_header(name: str, value: str) -> dict[str, Any]:
    inbound = an_inbound()
    inbound["Headers"] = [*inbound["Headers"], {"Name": name, "Value": value}]
    return inbound


def test_inbound_mail_becomes_an_email_complaint_with_the_stripped_reply() -> None:
    complaint = complaint_of(an_inbound())
    assert complaint.channel is Channel.EMAIL
    assert complaint.complaint_id == derived_id("complaint", Channel.EMAIL, MESSAGE_ID)
    assert complaint.provider_message_id == MESSAGE_ID
    assert complaint.author.kind is HandleKind.EMAIL
    assert complaint.author.value == "ana.lima@example.com"
    assert complaint.author_name == "Ana Lima"
    assert complaint.subject == "Re: Refund still missing"
    assert complaint.text == "Still nothing, see the photo."
    # As for raw mail: the length of the whole clean body, quoted history included.
    assert complaint.original_length == len(an_inbound()["TextBody"])
    assert complaint.provider_thread_ids == ("<reply-1@onecase.example>", "<first@onecase.example>")
    assert (complaint.message_kind, complaint.public, complaint.raw_delivery_id) == (
        "email",
        False,
        "pm_1",
    )


def test_attachments_are_metadata_only() -> None:
    attachments = complaint_of(an_inbound()).attachments
    assert [(a.filename, a.content_type, a.size) for a in attachments] == [
        ("broken-kettle.jpg", "image/jpeg", 48213),
        ("receipt.pdf", "application/pdf", 5),
    ]


def test_the_text_body_is_used_when_postmark_found_no_reply_to_strip() -> None:
    complaint = complaint_of(
        an_inbound(StrippedTextReply="", TextBody="\nMy order 1182 is late.\n\n")
    )
    assert complaint.text == "My order 1182 is late."


def test_html_is_turned_into_text_when_there_is_no_plain_text() -> None:
    inbound = an_inbound(
        StrippedTextReply=None, TextBody="", HtmlBody="<div>Order <b>1182</b><br>is late</div>"
    )
    assert complaint_of(inbound).text == "Order 1182\nis late"


def test_the_same_mail_via_postmark_and_raw_mail_is_one_complaint() -> None:
    mail = EmailMessage()
    mail["From"] = "Ana Lima <ana.lima@example.com>"
    mail["Subject"] = "Re: Refund still missing"
    mail["Message-ID"] = MESSAGE_ID
    mail.set_content("Still nothing, see the photo.\n")
    raw_mail = parse_email(
        bytes(mail), raw_delivery_id="m", correlation_id=uuid4(), received_at=RECEIVED
    )
    assert isinstance(raw_mail, ComplaintReceivedV1)
    assert complaint_of(an_inbound()).complaint_id == raw_mail.complaint_id


def test_without_a_message_id_header_the_id_is_stable_per_delivery() -> None:
    inbound = an_inbound(Headers=[])
    first, again = complaint_of(inbound), complaint_of(inbound)
    assert first.provider_message_id == "<pm_1@onecase.missing>"
    assert first.complaint_id == again.complaint_id


@pytest.mark.parametrize(
    ("overrides", "reference"),
    [
        (
            {
                "ToFull": [
                    {
                        "Email": "case+OC-1A2B3C4D@reply.onecase.example",
                        "MailboxHash": "OC-1A2B3C4D",
                    }
                ]
            },
            "OC-1A2B3C4D",
        ),
        ({"Subject": "Re: [OC-00FF00AA] Refund"}, "OC-00FF00AA"),
        ({"Subject": "Re: Refund for order OC-1182"}, None),
    ],
)
def test_case_reference_comes_from_the_reply_address_or_subject(
    overrides: dict[str, Any], reference: str | None
) -> None:
    assert complaint_of(an_inbound(**overrides)).case_reference == reference


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "junk"),
        ("X-Loop", "support@onecase.example"),
        ("X-Autoreply", "yes"),
    ],
)
def test_automated_mail_is_ignored_for_the_reason_parse_email_gives(
    header: str, value: str
) -> None:
    mail = EmailMessage()
    mail["From"] = "ana.lima@example.com"
    mail["Message-ID"] = MESSAGE_ID
    mail[header] = value
    mail.set_content("Out of office until Monday.\n")
    expected = parse_email(
        bytes(mail), raw_delivery_id="m", correlation_id=uuid4(), received_at=RECEIVED
    )
    outcome = outcome_of(with_header(header, value))
    assert isinstance(outcome, Ignored)
    assert outcome == expected


def test_a_photo_without_words_is_still_a_complaint() -> None:
    complaint = complaint_of(an_inbound(Subject="", StrippedTextReply="", TextBody="", HtmlBody=""))
    assert (complaint.text, len(complaint.attachments)) == ("", 2)


def test_mail_from_postmaster_is_a_bounce_not_a_complaint() -> None:
    outcome = outcome_of(an_inbound(FromFull={"Email": "postmaster@mx.example.com", "Name": ""}))
    assert isinstance(outcome, Ignored)
    assert outcome.provider_event_id == MESSAGE_ID


def test_without_a_stripped_reply_the_quote_is_cut_as_in_raw_mail() -> None:
    complaint = complaint_of(an_inbound(StrippedTextReply=""))
    assert complaint.text == "Still nothing, see the photo."


def test_other_postmark_webhooks_are_unsupported_events() -> None:
    bounce = {"RecordType": "Bounce", "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483"}
    assert outcome_of(bounce) == Ignored(
        "unsupported_event", "883953f4-6105-42a2-a16a-77a8eac79483"
    )


def test_unicode_survives() -> None:
    inbound = an_inbound(
        FromFull={"Email": "zoe@example.de", "Name": "Zoë Müller"},
        Subject="Beschwerde 😡 注文",
        StrippedTextReply="Die Lieferung ist beschädigt angekommen. 壊れていました。",
    )
    complaint = complaint_of(inbound)
    assert (complaint.author_name, complaint.subject) == ("Zoë Müller", "Beschwerde 😡 注文")
    assert complaint.text == "Die Lieferung ist beschädigt angekommen. 壊れていました。"


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b'{"From": "ana@example.com", "Subject": "caf\xe9"}',
        b'{"FromFull": {"Email": "ana@example.com"}, "Subject": "a\\ud800"}',
        json.dumps(an_inbound(From="", FromFull=None)).encode(),
        json.dumps(
            an_inbound(Subject="", StrippedTextReply="", TextBody="", HtmlBody="", Attachments=[])
        ).encode(),
        json.dumps(an_inbound(Attachments="none")).encode(),
        json.dumps(an_inbound(Headers=[{"Name": "Message-ID", "Value": 7}])).encode(),
        b"[" * 10_000,
    ],
    ids=[
        "not-json",
        "array",
        "latin1-bytes",
        "lone-surrogate",
        "no-sender",
        "nothing-to-read",
        "attachments-string",
        "header-number",
        "deep",
    ],
)
def test_what_cannot_be_understood_is_malformed(body: bytes) -> None:
    with pytest.raises(MalformedDeliveryError):
        normalize_postmark(a_delivery(body))


def test_mangled_bodies_yield_outcomes_or_malformed_and_nothing_else() -> None:
    valid = json.dumps(an_inbound()).encode()
    shuffle = random.Random(20261123)
    for _ in range(300):
        body = bytearray(valid)
        for _ in range(shuffle.randint(1, 6)):
            body[shuffle.randrange(len(body))] = shuffle.choice(b'{}[]",:0\\ \xff')
        try:
            outcomes = normalize_postmark(a_delivery(bytes(body)))
        except MalformedDeliveryError:
            continue
        for outcome in outcomes:
            if isinstance(outcome, ComplaintReceivedV1):
                outcome.model_dump_json()


def test_a_message_id_with_a_comment_is_the_same_mail() -> None:
    inbound = an_inbound(Headers=[{"Name": "Message-ID", "Value": f" {MESSAGE_ID} (Outlook)"}])
    assert complaint_of(inbound).complaint_id == complaint_of(an_inbound()).complaint_id


def test_a_runaway_references_header_keeps_the_root_and_the_latest_ids() -> None:
    references = " ".join(f"<{n}@example.com>" for n in range(500))
    ids = complaint_of(
        an_inbound(Headers=[{"Name": "References", "Value": references}])
    ).provider_thread_ids
    assert len(ids) == 50
    assert (ids[0], ids[1], ids[-1]) == (
        "<0@example.com>",
        "<451@example.com>",
        "<499@example.com>",
    )
