import contextlib
from datetime import UTC, datetime
from email.message import EmailMessage
from uuid import uuid4

import pytest

from onecase_intake.domain.email_normalizer import (
    MAX_TEXT_CHARS,
    normalize_raw_email,
    parse_email,
)
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError
from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind, RawDeliveryReceivedV1
from onecase_shared.ids import derived_id

RECEIVED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def a_mail(**headers: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Ana Lima <Ana.Lima@Example.com>"
    mail["Subject"] = "Refund still missing for order 1182"
    mail["Message-ID"] = "<abc@example.com>"
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content("I returned the blender on 2 Nov and have no refund yet.\n")
    return mail


def normalize(raw: bytes) -> ComplaintReceivedV1:
    outcome = parse_email(
        raw, raw_delivery_id="msg_1", correlation_id=uuid4(), received_at=RECEIVED
    )
    assert isinstance(outcome, ComplaintReceivedV1), outcome
    return outcome


def test_plain_mail_becomes_a_complaint_keyed_by_sender() -> None:
    complaint = normalize(bytes(a_mail(In_Reply_To="<prev@example.com>")))
    assert complaint.channel is Channel.EMAIL
    assert complaint.author.kind is HandleKind.EMAIL
    assert complaint.author.value == "ana.lima@example.com"
    assert complaint.author_handles == (complaint.author,)
    assert complaint.author_name == "Ana Lima"
    assert complaint.subject == "Refund still missing for order 1182"
    assert complaint.text == "I returned the blender on 2 Nov and have no refund yet."
    assert complaint.provider_thread_ids == ("<prev@example.com>",)
    assert complaint.language == "en"
    assert complaint.message_kind == "email"
    assert complaint.case_reference is None


def test_the_same_message_id_always_yields_the_same_complaint_id() -> None:
    complaint = normalize(bytes(a_mail()))
    assert complaint.complaint_id == normalize(bytes(a_mail())).complaint_id
    assert complaint.complaint_id == derived_id("complaint", Channel.EMAIL, "<abc@example.com>")


def test_a_mail_without_message_id_is_keyed_by_its_delivery() -> None:
    mail = a_mail()
    del mail["Message-ID"]
    assert normalize(bytes(mail)).provider_message_id == "<msg_1@onecase.missing>"


def test_html_only_mail_is_turned_into_text() -> None:
    mail = a_mail()
    mail.clear_content()
    mail.set_content("<p>My <b>parcel</b> is lost.</p><script>alert(1)</script>", subtype="html")
    assert normalize(bytes(mail)).text == "My parcel is lost."


def test_attachments_are_metadata_only() -> None:
    mail = a_mail()
    mail.add_attachment(b"\x89PNG....", maintype="image", subtype="png", filename="box.png")
    (attachment,) = normalize(bytes(mail)).attachments
    assert (attachment.filename, attachment.content_type, attachment.size) == (
        "box.png",
        "image/png",
        8,
    )


def test_quoted_history_and_signature_are_cut_but_the_full_length_is_kept() -> None:
    mail = a_mail()
    body = (
        "Still no refund.\n\nBest regards,\nAna\n\n"
        "On Mon, Nov 16, 2026 at 9:00 AM Onecase <support@onecase.example> wrote:\n"
        "> Your refund is on its way.\n"
    )
    mail.set_content(body)
    complaint = normalize(bytes(mail))
    assert complaint.text == "Still no refund."
    assert complaint.original_length == len(body.strip())


def test_a_forward_keeps_the_forwarded_mail() -> None:
    mail = a_mail()
    mail.replace_header("Subject", "Fwd: Your order 1182")
    mail.set_content(
        "See below.\n\n---------- Forwarded message ---------\nFrom: Shop <shop@example.com>\n"
        "Date: Mon, 2 Nov 2026\nSubject: Your order 1182\n\nYour order ships tomorrow.\n"
    )
    assert normalize(bytes(mail)).text.endswith("Your order ships tomorrow.")


def test_long_text_is_cut_and_the_full_length_recorded() -> None:
    mail = a_mail()
    mail.set_content("word " * 10_000)
    complaint = normalize(bytes(mail))
    assert len(complaint.text) == MAX_TEXT_CHARS
    assert complaint.original_length == len(("word " * 10_000).strip())


@pytest.mark.parametrize(
    ("headers", "reference"),
    [
        ({"Subject": "Re: [OC-1A2B3C4D] Refund still missing"}, "OC-1A2B3C4D"),
        ({"Subject": "my case oc-1a2b3c4d again"}, "OC-1A2B3C4D"),
        ({"To": "Onecase <case+OC-0F9E8D7C@onecase.example>"}, "OC-0F9E8D7C"),
        ({"Cc": "x@example.com, case+OC-0F9E8D7C@onecase.example"}, "OC-0F9E8D7C"),
        ({"Delivered_To": "case+OC-0F9E8D7C@onecase.example"}, "OC-0F9E8D7C"),
        (
            {"Subject": "Re: OC-1A2B3C4D", "To": "case+OC-0F9E8D7C@onecase.example"},
            "OC-0F9E8D7C",
        ),
        ({"Subject": "Order OC-1A2B3C4DX and XOC-1A2B3C4D"}, None),
        ({"To": "showcase+OC-0F9E8D7C@onecase.example"}, None),
    ],
)
def test_a_case_reference_is_read_from_the_reply_address_or_the_subject(
    headers: dict[str, str], reference: str | None
) -> None:
    mail = a_mail()
    for name, value in headers.items():
        del mail[name.replace("_", "-")]
        mail[name.replace("_", "-")] = value
    assert normalize(bytes(mail)).case_reference == reference


def test_threading_headers_become_thread_ids_without_duplicates() -> None:
    mail = a_mail(
        In_Reply_To="<b@example.com>",
        References="<a@example.com> <b@example.com>",
    )
    assert normalize(bytes(mail)).provider_thread_ids == ("<b@example.com>", "<a@example.com>")


def test_an_encoded_cr_lf_in_a_header_cannot_inject_lines() -> None:
    raw = (
        b"From: =?utf-8?Q?Ana=0D=0ABcc:_x@evil.example?= <ana@example.com>\r\n"
        b"Subject: =?utf-8?Q?Refund=0D=0AX-Injected:_yes?=\r\n\r\nNo refund.\r\n"
    )
    complaint = normalize(raw)
    assert complaint.subject == "Refund X-Injected: yes"
    assert complaint.author_name == "Ana Bcc: x@evil.example"
    assert complaint.author.value == "ana@example.com"


def test_an_encoded_display_name_with_a_comma_stays_one_person() -> None:
    raw = b"From: =?utf-8?Q?Lima,_Ana?= <ana@example.com>\r\nSubject: Hi\r\n\r\nNo refund.\r\n"
    complaint = normalize(raw)
    assert (complaint.author_name, complaint.author.value) == ("Lima, Ana", "ana@example.com")


def test_reply_to_does_not_replace_the_sender() -> None:
    complaint = normalize(bytes(a_mail(Reply_To="list@lists.example.com")))
    assert complaint.author.value == "ana.lima@example.com"


def test_reply_to_stands_in_when_the_mail_names_no_sender() -> None:
    mail = a_mail(Reply_To="Ana <ana@example.com>")
    del mail["From"]
    assert normalize(bytes(mail)).author.value == "ana@example.com"


def test_the_first_from_with_an_address_wins() -> None:
    raw = b"From: [??????]\r\nFrom: Ana <ana@example.com>\r\nSubject: Hi\r\n\r\nNo refund.\r\n"
    assert normalize(raw).author.value == "ana@example.com"


def test_unfolded_continuation_lines_do_not_end_the_headers() -> None:
    raw = (
        b"X-Tracker: AAAA\r\nBBBBCCCC\r\nFrom: Ana <ana@example.com>\r\nSubject: Hi\r\n"
        b'Content-Type: multipart/alternative;\r\nboundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nNo refund.\r\n--b--\r\n"
    )
    complaint = normalize(raw)
    assert (complaint.subject, complaint.text) == ("Hi", "No refund.")


def test_mail_without_a_sender_is_malformed() -> None:
    mail = a_mail()
    del mail["From"]
    with pytest.raises(MalformedDeliveryError, match="sender"):
        normalize(bytes(mail))


def test_mail_with_nothing_to_read_is_malformed() -> None:
    with pytest.raises(MalformedDeliveryError, match="neither"):
        normalize(b"From: ana@example.com\r\n\r\n \r\n")


def test_an_empty_body_with_a_subject_is_still_a_complaint() -> None:
    complaint = normalize(b"From: ana@example.com\r\nSubject: Refund!\r\n\r\n")
    assert (complaint.subject, complaint.text, complaint.language) == ("Refund!", "", None)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe\x00garbage without headers",
        bytes(range(256)) * 50,
        b"From: ana@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
        b"From: ana@example.com\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all",
        b'From: ana@example.com\r\nContent-Type: text/plain; charset="\r\n\r\n\xff',
        b"From: ana@example.com\r\nContent-Transfer-Encoding: base64\r\n\r\n====",
        b"From: <>\r\nSubject: =?\r\n\r\nx",
        b"From: ana@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=punycode\r\n\r\n\xff",
        b"From: ana@example.com\r\n"
        + b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" * 3000,
        b"From: ana@example.com\r\nSubject: x\r\n\r\n" + b"<div>" * 50_000,
    ],
)
def test_no_input_raises_anything_but_malformed_delivery(raw: bytes) -> None:
    with contextlib.suppress(MalformedDeliveryError):
        parse_email(raw, raw_delivery_id="d", correlation_id=uuid4(), received_at=RECEIVED)


def test_normalize_raw_email_reads_the_delivery() -> None:
    raw = RawDeliveryReceivedV1(
        correlation_id=uuid4(),
        delivery_id="msg_9",
        channel=Channel.EMAIL,
        provider="standard-webhooks-email",
        content_type="message/rfc822",
        body=bytes(a_mail()),
        received_at=RECEIVED,
    )
    (outcome,) = normalize_raw_email(raw)
    assert isinstance(outcome, ComplaintReceivedV1)
    assert (outcome.raw_delivery_id, outcome.correlation_id) == ("msg_9", raw.correlation_id)


def test_automated_mail_is_ignored_under_its_message_id() -> None:
    outcome = parse_email(
        bytes(a_mail(Auto_Submitted="auto-replied")),
        raw_delivery_id="m",
        correlation_id=uuid4(),
        received_at=RECEIVED,
    )
    assert outcome == Ignored("auto_reply", "<abc@example.com>")
