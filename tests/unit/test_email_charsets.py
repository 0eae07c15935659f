"""Every charset and transfer encoding a mail can arrive in, read back as the words written."""

import base64
import binascii
import quopri
import unicodedata
from datetime import UTC, datetime
from uuid import uuid4

import pytest

from onecase_intake.domain.email_charset import decode_bytes, single_line, tidy_text
from onecase_intake.domain.email_headers import decode_header_value
from onecase_intake.domain.email_normalizer import parse_email
from onecase_shared.events import ComplaintReceivedV1

RECEIVED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def a_raw_mail(
    body: bytes, *, charset: str, encoding: str = "8bit", subject: str = "Help"
) -> bytes:
    head = (
        "From: Ana Lima <ana@example.com>\r\n"
        f"Subject: {subject}\r\n"
        "Message-ID: <charset@example.com>\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: text/plain; charset="{charset}"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
    )
    return head.encode("ascii") + body


def text_of(raw: bytes) -> str:
    outcome = parse_email(raw, raw_delivery_id="d", correlation_id=uuid4(), received_at=RECEIVED)
    assert isinstance(outcome, ComplaintReceivedV1), outcome
    return outcome.text


@pytest.mark.parametrize(
    ("charset", "words"),
    [
        ("iso-8859-1", "Grüße aus Köln, die Rücksendung fehlt"),
        ("iso-8859-15", "Die Rechnung über 40 € ist falsch"),
        ("windows-1252", "The “express” parcel – still missing"),  # noqa: RUF001
        ("windows-1251", "Посылка не пришла"),
        ("gb2312", "你好，我的退款还没有到"),  # noqa: RUF001
        ("big5", "我的包裹還沒有到"),
        ("shift_jis", "荷物がまだ届きません"),
        ("euc-kr", "환불이 아직 안 됐어요"),
        ("koi8-r", "Посылка не пришла"),
        ("iso-8859-2", "Zamówienie nie dotarło"),
    ],
)
def test_a_legacy_charset_is_decoded(charset: str, words: str) -> None:
    assert text_of(a_raw_mail(words.encode(charset), charset=charset)) == words


def test_windows_1258_combining_marks_come_back_as_vietnamese() -> None:
    raw = a_raw_mail(b"Vi\xea\xf2t Nam: \xe3n", charset="windows-1258")
    assert unicodedata.normalize("NFC", text_of(raw)) == "Việt Nam: ăn"


def test_iso_2022_jp_is_decoded() -> None:
    words = "荷物がまだ届きません"
    assert (
        text_of(a_raw_mail(words.encode("iso2022_jp"), charset="ISO-2022-JP", encoding="7bit"))
        == words
    )


def test_utf_7_and_its_old_unicode_alias_are_decoded() -> None:
    body = "Übermittlung fehlgeschlagen".encode("utf-7")
    assert (
        text_of(a_raw_mail(body, charset="utf-7", encoding="7bit")) == "Übermittlung fehlgeschlagen"
    )
    assert text_of(a_raw_mail(body, charset="unicode-1-1-utf-7", encoding="7bit")).startswith(
        "Über"
    )


@pytest.mark.parametrize(
    "charset",
    ["x-unknown", "unknown-8bit", "no-such-charset", "", "punycode", "idna", "base64", "zlib"],
)
def test_an_unknown_or_hostile_charset_degrades_to_a_guess(charset: str) -> None:
    assert text_of(a_raw_mail("Grüße".encode("cp1252"), charset=charset)) == "Grüße"
    assert text_of(a_raw_mail("Grüße".encode(), charset=charset)) == "Grüße"


def test_utf8_labelled_as_latin1_is_still_read_as_utf8() -> None:
    assert text_of(a_raw_mail("Grüße, Zoë".encode(), charset="iso-8859-1")) == "Grüße, Zoë"


def test_stray_latin1_bytes_in_utf8_are_kept_as_characters() -> None:
    assert text_of(a_raw_mail("Grüße ".encode() + b"caf\xe9", charset="utf-8")) == "Grüße café"


def test_quoted_printable_body_with_soft_breaks() -> None:
    body = quopri.encodestring(
        "Die Rücksendung vom 2. November ist noch nicht erstattet. ".encode() * 3
    )
    text = text_of(a_raw_mail(body, charset="utf-8", encoding="quoted-printable"))
    assert text.count("Rücksendung") == 3
    assert "=" not in text


def test_base64_body_in_a_legacy_charset() -> None:
    body = base64.encodebytes("Посылка не пришла".encode("koi8-r"))
    assert text_of(a_raw_mail(body, charset="koi8-r", encoding="base64")) == "Посылка не пришла"


def test_broken_base64_does_not_crash() -> None:
    assert isinstance(
        text_of(a_raw_mail(b"!!!not base64@@@", charset="utf-8", encoding="base64")), str
    )


def test_x_uuencode_transfer_encoding_is_decoded() -> None:
    body = b"begin 644 body.txt\n" + binascii.b2a_uu(b"Refund missing") + b"`\nend\n"
    assert text_of(a_raw_mail(body, charset="us-ascii", encoding="x-uuencode")) == "Refund missing"


def test_line_ends_and_control_characters_are_tidied() -> None:
    assert tidy_text("a\r\nb\rc\x00\x07  \n\n\n\nd\u200b") == "a\nb\nc\n\nd"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("=?iso-8859-1?Q?Gr=FC=DFe?=", "Grüße"),
        ("=?utf-8?B?R3LDvMOfZQ==?=", "Grüße"),
        ("=?windows-1251?B?0eXw4+XpINPj6+j26uj1?=", "Сергей Углицких"),
        ("=?GB2312?B?xOO6ww==?=", "你好"),
        ("=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=", "日本語"),
        ("=?utf-8?B?5pel5pys?= =?utf-8?B?6Kqe?=", "日本語"),  # whitespace between words drops
        (
            "=?utf-8?B?5pel5g==?= =?utf-8?B?nKzoqp4=?=",
            "日本語",
        ),  # one character split over two words
        ("=?unicode-1-1-utf-7?Q?+ANw-bermittlung?=", "Übermittlung"),
        ("=?x-unknown?Q?Gr=FC=DFe?=", "Grüße"),
        ("Re: =?utf-8?q?Order_1182?= again", "Re: Order 1182 again"),
        ("=?utf-8?Q?Refund=0D=0ABcc:_evil@example.com?=", "Refund Bcc: evil@example.com"),
        ("Folded\r\n\tsubject\r\n line", "Folded subject line"),
    ],
)
def test_header_values_are_rfc2047_decoded_on_one_line(raw: str, expected: str) -> None:
    assert decode_header_value(raw) == expected


@pytest.mark.parametrize("raw", ["=?utf-8?B?broken base64?=", "=?utf-8?Q?=ZZ=0?=", "=?", "=?a?b?c"])
def test_broken_encoded_words_degrade_without_raising(raw: str) -> None:
    decoded = decode_header_value(raw)
    assert "\n" not in decoded
    assert "\r" not in decoded


def test_raw_8bit_header_bytes_use_the_mails_charset_hint() -> None:
    raw = "你好".encode("gb2312").decode("ascii", errors="surrogateescape")
    assert decode_header_value(raw, "gb2312") == "你好"


def test_decode_bytes_never_fails() -> None:
    for data in (bytes(range(256)), b"\xff\xfe\xfd", b""):
        for charset in ("utf-8", "gb2312", "utf-16", "no-such", None, "iso-2022-jp"):
            assert isinstance(decode_bytes(data, charset), str)


def test_single_line_strips_every_kind_of_line_break() -> None:
    assert single_line("a\r\nb\u2028c\x85d\x00e") == "a b c d e"
