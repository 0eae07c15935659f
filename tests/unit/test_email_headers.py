"""Header parsing details: senders, ids, charset hints, broken folding."""

import email
import email.policy
from email.message import Message

import pytest

from onecase_intake.domain.email_headers import (
    MAX_THREAD_IDS,
    Sender,
    charset_hint,
    message_id_of,
    repair_header_block,
    sender_of,
    thread_ids_of,
)


def parsed(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=email.policy.default)


@pytest.mark.parametrize(
    ("from_header", "sender"),
    [
        (b"Ana Lima <Ana.Lima@Example.com>", Sender("ana.lima@example.com", "Ana Lima")),
        (b'"Lima, Ana" <ana@example.com>', Sender("ana@example.com", "Lima, Ana")),
        (b"=?utf-8?Q?Ana_L=C3=ADma?= <ana@example.com>", Sender("ana@example.com", "Ana Líma")),
        (
            b"=?Windows-1252?Q?Hans_B=C4KO?= =?iso-8859-15?q?Sch=F6nland?= <me@example.net>",
            Sender("me@example.net", "Hans BÄKOSchönland"),
        ),
        (b"Ana \xc3\x8dma <ana@example.com>", Sender("ana@example.com", "Ana Íma")),
        (b'"Clement" <Claudia@yahoo.com.>', Sender("claudia@yahoo.com.")),
        (b'Ana "unbalanced <ana@example.com>', Sender("ana@example.com")),
        (b"ana@example.com (Ana Lima)", Sender("ana@example.com", "Ana Lima")),
        (b"MAILER-DAEMON (Mail Delivery System)", Sender("mailer-daemon", "Mail Delivery System")),
    ],
)
def test_the_sender_is_parsed_and_decoded(from_header: bytes, sender: Sender) -> None:
    found = sender_of(parsed(b"From: " + from_header + b"\r\n\r\nx"))
    assert found is not None
    assert found.address == sender.address
    if sender.name is not None:
        assert found.name == sender.name


def test_no_address_anywhere_means_no_sender() -> None:
    assert sender_of(parsed(b"From: undisclosed-recipients:;\r\n\r\nx")) is None
    assert sender_of(parsed(b"Subject: hi\r\n\r\nx")) is None


def test_message_id_is_trimmed_to_its_brackets() -> None:
    assert (
        message_id_of(parsed(b"Message-ID:\r\n <a@b.example> (comment)\r\n\r\nx"))
        == "<a@b.example>"
    )
    assert message_id_of(parsed(b"Message-ID: no-brackets@b\r\n\r\nx")) == "no-brackets@b"
    assert message_id_of(parsed(b"Subject: x\r\n\r\nx")) is None


def test_a_long_references_chain_keeps_the_root_and_the_newest() -> None:
    chain = b" ".join(b"<%d@example.com>" % i for i in range(200))
    ids = thread_ids_of(parsed(b"References: " + chain + b"\r\n\r\nx"))
    assert len(ids) == MAX_THREAD_IDS
    assert ids[0] == "<0@example.com>"
    assert ids[-1] == "<199@example.com>"


def test_the_charset_hint_prefers_a_specific_charset_over_latin1() -> None:
    raw = (
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\nwrapper\r\n--b\r\n"
        b"Content-Type: text/plain; charset=gb2312\r\n\r\nx\r\n--b--\r\n"
    )
    assert charset_hint(parsed(raw)) == "gb2312"
    assert charset_hint(parsed(b"Content-Type: text/plain; charset=utf-8\r\n\r\nx")) == "utf-8"
    assert charset_hint(parsed(b"Subject: x\r\n\r\nx")) is None


def test_header_repair_leaves_well_formed_mail_and_bodies_alone() -> None:
    fine = b"From: a@b.example\r\nSubject: x\r\n\tfolded\r\n\r\nbody line\r\nNot: a header\r\n"
    assert repair_header_block(fine) == fine
    no_separator = b"From: a@b.example\nThis body starts at once\nand goes on"
    assert repair_header_block(no_separator) == no_separator


def test_header_repair_indents_lost_continuations() -> None:
    broken = (
        b"X-Tracker: AAA\nBBB\nFrom: a@b.example\nContent-Type: text/plain;\ncharset=utf-8\n\nbody"
    )
    assert repair_header_block(broken) == (
        b"X-Tracker: AAA\n BBB\nFrom: a@b.example\nContent-Type: text/plain;\n charset=utf-8\n\nbody"
    )
