from datetime import UTC, datetime
from email.message import EmailMessage
from uuid import uuid4

import pytest

from onecase_intake.domain.email_normalizer import parse_email
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError
from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind

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
    assert complaint.author_name == "Ana Lima"
    assert complaint.subject == "Refund still missing for order 1182"
    assert complaint.text == "I returned the blender on 2 Nov and have no refund yet."
    assert complaint.provider_thread_ids == ("<prev@example.com>",)


def test_the_same_message_id_always_yields_the_same_complaint_id() -> None:
    assert normalize(bytes(a_mail())).complaint_id == normalize(bytes(a_mail())).complaint_id


def test_html_only_mail_is_turned_into_text() -> None:
    mail = a_mail()
    mail.clear_content()
    mail.set_content("<p>My <b>parcel</b> is lost.</p><script>alert(1)</script>", subtype="html")
    text = normalize(bytes(mail)).text
    assert "parcel" in text
    assert "<b>" not in text


def test_attachments_are_metadata_only() -> None:
    mail = a_mail()
    mail.add_attachment(b"\x89PNG....", maintype="image", subtype="png", filename="box.png")
    (attachment,) = normalize(bytes(mail)).attachments
    assert (attachment.filename, attachment.content_type, attachment.size) == (
        "box.png",
        "image/png",
        8,
    )


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"Precedence": "bulk"},
        {"X_Loop": "support@onecase.example"},
    ],
)
def test_automated_mail_is_not_a_complaint(headers: dict[str, str]) -> None:
    outcome = parse_email(
        bytes(a_mail(**headers)), raw_delivery_id="m", correlation_id=uuid4(), received_at=RECEIVED
    )
    assert isinstance(outcome, Ignored)


def test_mail_without_a_sender_is_malformed() -> None:
    mail = a_mail()
    del mail["From"]
    with pytest.raises(MalformedDeliveryError, match="sender"):
        normalize(bytes(mail))


def test_garbage_bytes_do_not_crash_the_parser() -> None:
    with pytest.raises(MalformedDeliveryError):
        normalize(b"\xff\xfe\x00garbage without headers")
