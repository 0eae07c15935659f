import json
import random
from datetime import UTC, datetime
from email.message import EmailMessage
from uuid import uuid4

import pytest

from onecase_intake.domain.email_normalizer import parse_email
from onecase_intake.domain.outcomes import Ignored, MalformedDeliveryError, Normalized
from onecase_intake.domain.sendgrid_normalizer import normalize_sendgrid
from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind, RawDeliveryReceivedV1
from onecase_shared.ids import derived_id

RECEIVED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BOUNDARY = "----OnecaseFormBoundary7MA4YWxkTrZu0gW"
FORM = f"multipart/form-data; boundary={BOUNDARY}"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) + b"\r\n--not-a-boundary\r\n"

Field = tuple[str, bytes] | tuple[str, bytes, str, str]


def a_form(fields: list[Field], *, newline: bytes = b"\r\n") -> bytes:
    out = b""
    for field in fields:
        name, value = field[0], field[1]
        out += b"--" + BOUNDARY.encode() + newline
        disposition = f'Content-Disposition: form-data; name="{name}"'
        if len(field) == 4:
            disposition += f'; filename="{field[2]}"'
            out += disposition.encode() + newline + f"Content-Type: {field[3]}".encode() + newline
        else:
            out += disposition.encode() + newline
        out += newline + value + newline
    return out + b"--" + BOUNDARY.encode() + b"--" + newline


HEADERS = (
    "MIME-Version: 1.0\n"
    "From: Ana Lima <Ana.Lima@Example.com>\n"
    "To: support@inbound.onecase.example\n"
    "Subject: Refund still missing\n"
    "Message-ID: <CAF+ana.1182@mail.example.com>\n"
    "In-Reply-To: <reply-1@onecase.example>\n"
    "References: <first@onecase.example>\n <reply-1@onecase.example>\n"
    'Content-Type: multipart/alternative; boundary="alt"\n'
)


def parsed_fields(**overrides: bytes) -> list[Field]:
    fields: dict[str, bytes] = {
        "headers": HEADERS.encode(),
        "dkim": b"{@example.com : pass}",
        "to": b"support@inbound.onecase.example",
        "from": b"Ana Lima <Ana.Lima@Example.com>",
        "subject": b"Refund still missing",
        "text": b"I returned the blender on 2 Nov and have no refund yet.\n",
        "html": b"<p>I returned the blender on 2 Nov and have no refund yet.</p>",
        "sender_ip": b"192.0.2.10",
        "envelope": b'{"to":["support@inbound.onecase.example"],"from":"ana.lima@example.com"}',
        "attachments": b"0",
        "charsets": b'{"to":"UTF-8","html":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"UTF-8"}',
        "SPF": b"pass",
    }
    fields.update(overrides)
    return [(name, value) for name, value in fields.items() if value != b"<drop>"]


def a_delivery(body: bytes, content_type: str = FORM) -> RawDeliveryReceivedV1:
    return RawDeliveryReceivedV1(
        correlation_id=uuid4(),
        delivery_id="sg_1",
        channel=Channel.EMAIL,
        provider="sendgrid",
        content_type=content_type,
        body=body,
        received_at=RECEIVED,
    )


def only(outcomes: list[Normalized]) -> Normalized:
    assert len(outcomes) == 1, outcomes
    return outcomes[0]


def complaint_of(body: bytes, content_type: str = FORM) -> ComplaintReceivedV1:
    outcome = only(normalize_sendgrid(a_delivery(body, content_type)))
    assert isinstance(outcome, ComplaintReceivedV1), outcome
    outcome.model_dump_json()  # must reach Kafka: no unserialisable text may slip through
    return outcome


def a_mime(**headers: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Ana Lima <Ana.Lima@Example.com>"
    mail["To"] = "support@inbound.onecase.example"
    mail["Subject"] = "Refund still missing"
    mail["Message-ID"] = "<CAF+ana.1182@mail.example.com>"
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content("I returned the blender on 2 Nov and have no refund yet.\n")
    return mail


def test_parsed_mode_becomes_an_email_complaint_keyed_by_message_id() -> None:
    complaint = complaint_of(a_form(parsed_fields()))
    message_id = "<CAF+ana.1182@mail.example.com>"
    assert complaint.channel is Channel.EMAIL
    assert complaint.complaint_id == derived_id("complaint", Channel.EMAIL, message_id)
    assert complaint.provider_message_id == message_id
    assert complaint.author.kind is HandleKind.EMAIL
    assert complaint.author.value == "ana.lima@example.com"
    assert complaint.author_handles == (complaint.author,)
    assert complaint.author_name == "Ana Lima"
    assert complaint.subject == "Refund still missing"
    assert complaint.text == "I returned the blender on 2 Nov and have no refund yet."
    assert complaint.original_length == len(complaint.text)
    assert complaint.provider_thread_ids == ("<reply-1@onecase.example>", "<first@onecase.example>")
    assert (complaint.message_kind, complaint.public, complaint.language) == ("email", False, "en")
    assert (complaint.raw_delivery_id, complaint.received_at) == ("sg_1", RECEIVED)


@pytest.mark.parametrize(
    ("charset", "name", "subject", "text", "language"),
    [
        (
            "iso-8859-1",
            "Zoë Müller",
            "Réclamation : colis endommagé",
            "Le colis est arrivé écrasé, la théière est cassée.",
            "fr",
        ),
        (
            "koi8-r",
            "Ольга Смирнова",
            "Жалоба: посылка повреждена",
            "Посылка пришла повреждённой, чайник разбит.",
            "ru",
        ),
    ],
)
def test_parsed_fields_are_decoded_with_the_charsets_sendgrid_names(
    charset: str, name: str, subject: str, text: str, language: str
) -> None:
    body = a_form(
        parsed_fields(
            **{
                "from": f"{name} <olga@example.ru>".encode(charset),
                "subject": subject.encode(charset),
                "text": text.encode(charset),
                "charsets": json.dumps(
                    {"from": charset, "subject": charset, "text": charset}
                ).encode(),
            }
        )
    )
    complaint = complaint_of(body)
    assert (complaint.author_name, complaint.subject, complaint.text) == (name, subject, text)
    assert complaint.language == language


def test_encoded_words_left_in_parsed_fields_are_decoded() -> None:
    body = a_form(
        parsed_fields(
            **{
                "from": b"=?UTF-8?B?Wm/DqyBNw7xsbGVy?= <zoe@example.de>",
                "subject": b"Re: =?iso-8859-1?q?R=E9clamation?=",
            }
        )
    )
    complaint = complaint_of(body)
    assert (complaint.author_name, complaint.subject) == ("Zoë Müller", "Re: Réclamation")


def test_an_unknown_charset_falls_back_to_utf8_instead_of_failing() -> None:
    body = a_form(
        parsed_fields(
            text="Ça ne marche pas 🙁".encode(), charsets=b'{"text": "x-no-such-charset"}'
        )
    )
    assert complaint_of(body).text == "Ça ne marche pas 🙁"


def test_parsed_attachments_are_metadata_with_exact_sizes() -> None:
    info = {
        "attachment1": {
            "filename": "broken-kettle.png",
            "name": "broken-kettle.png",
            "type": "image/png",
        },
        "attachment2": {"filename": "receipt.pdf", "type": "application/pdf"},
    }
    fields = parsed_fields(attachments=b"2", **{"attachment-info": json.dumps(info).encode()})
    fields += [
        ("attachment2", b"%PDF-1.7\n...", "receipt.pdf", "application/pdf"),
        ("attachment1", PNG, "broken-kettle.png", "image/png"),
    ]
    attachments = complaint_of(a_form(fields)).attachments
    assert [(a.filename, a.content_type, a.size) for a in attachments] == [
        ("broken-kettle.png", "image/png", len(PNG)),
        ("receipt.pdf", "application/pdf", 12),
    ]


def test_html_is_turned_into_text_when_there_is_no_text_part() -> None:
    html = b"<p>My <b>parcel</b> is lost.</p><script>alert(1)</script><p>Order 1182</p>"
    complaint = complaint_of(a_form(parsed_fields(text=b"<drop>", html=html)))
    assert complaint.text == "My parcel is lost.\n\nOrder 1182"


def test_bare_lf_bodies_like_sendgrids_own_samples_are_read() -> None:
    complaint = complaint_of(a_form(parsed_fields(), newline=b"\n"))
    assert complaint.author.value == "ana.lima@example.com"
    assert complaint.text == "I returned the blender on 2 Nov and have no refund yet."


def test_raw_mode_is_parsed_by_parse_email_with_its_attachments() -> None:
    mime = a_mime()
    mime.add_attachment(PNG, maintype="image", subtype="png", filename="broken-kettle.png")
    fields: list[Field] = [
        ("dkim", b"{@example.com : pass}"),
        ("email", bytes(mime)),
        ("to", b"support@inbound.onecase.example"),
        ("from", b"Ana Lima <Ana.Lima@Example.com>"),
        ("subject", b"Refund still missing"),
        ("charsets", b'{"to":"UTF-8","subject":"UTF-8","from":"UTF-8"}'),
    ]
    complaint = complaint_of(a_form(fields))
    assert complaint.author.value == "ana.lima@example.com"
    assert complaint.text == "I returned the blender on 2 Nov and have no refund yet."
    assert [(a.filename, a.size) for a in complaint.attachments] == [
        ("broken-kettle.png", len(PNG))
    ]


def test_a_reply_loses_its_quoted_history_as_in_raw_mail() -> None:
    text = (
        b"The replacement is broken too.\n\n"
        b"On Fri, 20 Nov 2026 at 10:02, Onecase Support <support@onecase.example> wrote:\n"
        b"> We have sent a replacement kettle.\n> Kind regards, Sam\n"
    )
    complaint = complaint_of(a_form(parsed_fields(text=text)))
    assert complaint.text == "The replacement is broken too."
    assert complaint.original_length == len(text.decode().strip())


def test_parsed_and_raw_mode_agree_field_by_field() -> None:
    mime = a_mime(
        In_Reply_To="<reply-1@onecase.example>", Cc="case+OC-1A2B3C4D@reply.onecase.example"
    )
    mime.set_content(
        "The replacement is broken too.\n\nOn Fri, 20 Nov 2026, Sam wrote:\n> Sorry!\n"
    )
    head, _, body = bytes(mime).partition(b"\n\n")
    parsed_mode = complaint_of(
        a_form(parsed_fields(headers=head, text=body, subject=b"<drop>", to=b"<drop>"))
    )
    raw_mode = complaint_of(a_form([("email", bytes(mime))]))
    fields = (
        *("complaint_id", "author", "author_name", "subject", "text", "original_length"),
        *("provider_thread_ids", "case_reference", "language", "message_kind"),
    )
    assert {f: getattr(parsed_mode, f) for f in fields} == {f: getattr(raw_mode, f) for f in fields}


def test_the_same_mail_in_raw_and_parsed_mode_is_one_complaint() -> None:
    raw_mode = complaint_of(a_form([("email", bytes(a_mime()))]))
    parsed_mode = complaint_of(a_form(parsed_fields()))
    assert raw_mode.complaint_id == parsed_mode.complaint_id


def test_raw_mode_reads_the_case_reference_from_the_smtp_envelope() -> None:
    envelope = b'{"to":["case+OC-1A2B3C4D@reply.onecase.example"],"from":"ana@example.com"}'
    fields: list[Field] = [("email", bytes(a_mime())), ("envelope", envelope)]
    assert complaint_of(a_form(fields)).case_reference == "OC-1A2B3C4D"


@pytest.mark.parametrize(
    ("overrides", "reference"),
    [
        ({"subject": b"Re: still broken [OC-0A1B2C3D]"}, "OC-0A1B2C3D"),
        ({"to": b"Onecase <case+OC-00FF00AA@reply.onecase.example>"}, "OC-00FF00AA"),
        ({"subject": b"Order OC-1234 and OC-ZZZZZZZZ"}, None),
    ],
)
def test_parsed_mode_finds_the_case_reference(
    overrides: dict[str, bytes], reference: str | None
) -> None:
    assert complaint_of(a_form(parsed_fields(**overrides))).case_reference == reference


@pytest.mark.parametrize(
    ("extra_header", "sender"),
    [
        ("Auto-Submitted: auto-replied\n", "Ana <ana@example.com>"),
        ("Precedence: bulk\n", "Ana <ana@example.com>"),
        ("X-Loop: support@onecase.example\n", "Ana <ana@example.com>"),
        ("X-Autoreply: yes\n", "Ana <ana@example.com>"),
        ("", "Mail Delivery System <MAILER-DAEMON@mx.example.com>"),
        (
            'Content-Type: multipart/report; report-type="delivery-status"\n',
            "Ana <ana@example.com>",
        ),
    ],
)
def test_automated_mail_is_ignored_for_the_reason_parse_email_gives(
    extra_header: str, sender: str
) -> None:
    headers = HEADERS.replace("From: Ana Lima <Ana.Lima@Example.com>", f"From: {sender}")
    if extra_header.startswith("Content-Type"):
        headers = headers.replace('Content-Type: multipart/alternative; boundary="alt"\n', "")
    headers += extra_header
    fields = parsed_fields(headers=headers.encode(), **{"from": sender.encode()})
    outcome = only(normalize_sendgrid(a_delivery(a_form(fields))))
    mime = (headers + "\nI returned the blender.\n").encode()
    expected = parse_email(mime, raw_delivery_id="m", correlation_id=uuid4(), received_at=RECEIVED)
    assert isinstance(outcome, Ignored)
    assert outcome == expected


def test_auto_submitted_no_is_a_person_writing() -> None:
    fields = parsed_fields(headers=(HEADERS + "Auto-Submitted: no\n").encode())
    assert complaint_of(a_form(fields)).author.value == "ana.lima@example.com"


@pytest.mark.parametrize("header", [{"X_Autoreply": "yes"}, {"Auto_Submitted": "auto-generated"}])
def test_automated_mail_is_ignored_in_raw_mode(header: dict[str, str]) -> None:
    outcome = only(normalize_sendgrid(a_delivery(a_form([("email", bytes(a_mime(**header)))]))))
    assert isinstance(outcome, Ignored)


def test_undecodable_header_bytes_never_reach_the_event() -> None:
    headers = HEADERS.replace("<CAF+ana.1182@", "<caf\udce9.1182@").encode(
        "utf-8", "surrogateescape"
    )
    complaint = complaint_of(a_form(parsed_fields(headers=headers)))
    assert complaint.provider_message_id == "<caf\u00e9.1182@mail.example.com>"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (a_form(parsed_fields()), "application/json"),
        (a_form(parsed_fields()), "multipart/form-data"),
        (a_form(parsed_fields()), 'multipart/form-data; boundary="a\\"b"'),
        (a_form(parsed_fields()), "multipart/form-data; boundary=other-boundary"),
        (a_form(parsed_fields())[:-60], FORM),
        (b"", FORM),
        (a_form([("sender_ip", b"192.0.2.1")]), FORM),
        (a_form(parsed_fields(**{"from": b"nobody", "headers": b"<drop>"})), FORM),
        (
            a_form(
                parsed_fields(
                    subject=b"",
                    text=b"",
                    html=b"<p> </p>",
                    headers=HEADERS.replace("Subject: Refund still missing\n", "").encode(),
                )
            ),
            FORM,
        ),
        (a_form([("email", b"\x00\x01 not mail at all")]), FORM),
    ],
    ids=[
        "json",
        "no-boundary",
        "quote-in-boundary",
        "wrong-boundary",
        "truncated",
        "empty",
        "no-mail-fields",
        "no-sender",
        "nothing-to-read",
        "raw-garbage",
    ],
)
def test_what_cannot_be_understood_is_malformed(body: bytes, content_type: str) -> None:
    with pytest.raises(MalformedDeliveryError):
        normalize_sendgrid(a_delivery(body, content_type))


def test_mangled_bodies_yield_outcomes_or_malformed_and_nothing_else() -> None:
    valid = a_form(parsed_fields())
    shuffle = random.Random(20261123)
    for _ in range(300):
        body = bytearray(valid)
        for _ in range(shuffle.randint(1, 8)):
            body[shuffle.randrange(len(body))] = shuffle.randrange(256)
        body = body[: shuffle.randint(0, len(body))] if shuffle.random() < 0.3 else body
        try:
            outcomes = normalize_sendgrid(a_delivery(bytes(body)))
        except MalformedDeliveryError:
            continue
        for outcome in outcomes:
            if isinstance(outcome, ComplaintReceivedV1):
                outcome.model_dump_json()
