"""Mail headers → decoded, single-line values: sender, subject, ids, case reference."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import timedelta
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from itertools import islice

from onecase_intake.domain.email_charset import decode_bytes, repair_surrogates, single_line

# Lenient, as real mail puts spaces inside Q words; bounded, so that a header full of
# unterminated "=?" cannot make the search quadratic.
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([bBqQ])\?(.{0,1000}?)\?=", re.DOTALL)
_QUOTED_BYTE = re.compile(rb"=([0-9A-Fa-f]{2})")
_FOLD = re.compile(r"\r?\n(?=[ \t])|\r?\n$")
_PLACEHOLDER = re.compile(r"ZqEw(\d+)wEqZ")
_LOOSE_ADDRESS = re.compile(r"[^\s<>\"'(),;:\[\]@]{1,64}@[^\s<>\"'(),;:\[\]]{1,255}")
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_CASE_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])OC-([0-9A-F]{8})(?![0-9A-Za-z])", re.IGNORECASE)
_CASE_IN_ADDRESS = re.compile(r"(?<![^\s<,;:\"'])case\+OC-([0-9A-F]{8})@", re.IGNORECASE)
_CASE_ADDRESS_HEADERS = ("To", "Cc", "Delivered-To")
_COMMON_CHARSETS = frozenset(
    {"us-ascii", "ascii", "utf-8", "utf8", "iso-8859-1", "iso-8859-15", "latin1", "windows-1252"}
)
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")
_PARAMETER_LINE = re.compile(rb"^[A-Za-z][\w.*-]*\s*=")
MAX_THREAD_IDS = 50
MAX_ADDRESS_CHARS = 320
# No real header comes close; a hostile one is cut before any pattern reads it.
MAX_HEADER_CHARS = 65_536
MAX_ADDRESS_HEADER_CHARS = 4_096


@dataclass(frozen=True)
class Sender:
    """Who wrote a mail: the address (lower-cased) and the decoded display name, if any."""

    address: str
    name: str | None = None


def decode_rfc2047(value: str, charset_hint: str | None = None) -> str:
    """Decode RFC 2047 encoded words; adjacent words of one charset are joined before decoding."""
    out: list[str] = []
    pending = bytearray()
    pending_charset: str | None = None
    position = 0
    for match in _ENCODED_WORD.finditer(value):
        gap = value[position : match.start()]
        if gap and not (pending_charset is not None and gap.isspace()):
            if pending_charset is not None:
                out.append(decode_bytes(bytes(pending), pending_charset))
                pending, pending_charset = bytearray(), None
            out.append(gap)
        charset = match[1].split("*", 1)[0]  # RFC 2231 adds "*language"
        if pending_charset is not None and charset.lower() != pending_charset.lower():
            out.append(decode_bytes(bytes(pending), pending_charset))
            pending = bytearray()
        pending += _decode_word(match[2], match[3])
        pending_charset = charset
        position = match.end()
    if pending_charset is not None:
        out.append(decode_bytes(bytes(pending), pending_charset))
    out.append(value[position:])
    return repair_surrogates("".join(out), charset_hint)


def _decode_word(encoding: str, text: str) -> bytes:
    if encoding in "bB":
        data = re.sub(r"[^A-Za-z0-9+/]", "", text)
        try:
            return base64.b64decode(data + "=" * (-len(data) % 4))
        except (binascii.Error, ValueError):
            return text.encode("utf-8", errors="surrogateescape")
    raw = text.replace("_", " ").encode("utf-8", errors="surrogateescape")
    return _QUOTED_BYTE.sub(lambda byte: bytes([int(byte[1], 16)]), raw)


def raw_headers(message: Message, name: str) -> list[str]:
    """Every raw value of header `name`, unfolded, in order, before any decoding."""
    wanted = name.lower()
    return [
        _FOLD.sub("", str(value)[:MAX_HEADER_CHARS])
        for key, value in message.raw_items()
        if key.lower() == wanted
    ]


def charset_hint(message: Message) -> str | None:
    """The charset raw 8-bit headers were most likely written in, judging by the body parts.

    A multi-byte or regional charset wins over Latin-1 and friends: a spam filter's Latin-1
    wrapper around a GB2312 mail does not make its subject Latin-1.
    """
    declared = _declared_charsets(message)
    specific = [charset for charset in declared if charset not in _COMMON_CHARSETS]
    return (specific or declared)[0] if declared else None


def _declared_charsets(message: Message) -> list[str]:
    declared: list[str] = []
    try:
        for part in islice(message.walk(), 50):
            charset = part.get_content_charset()
            if charset:
                declared.append(charset)
    except Exception:  # a hint is optional: a broken MIME tree must not stop parsing
        return declared
    return declared


def decode_header_value(raw: str, charset_hint: str | None = None) -> str:
    """A raw header value → human text: unfolded, RFC 2047-decoded, no CR/LF, trimmed."""
    unfolded = repair_surrogates(_FOLD.sub("", raw), charset_hint)
    return single_line(decode_rfc2047(unfolded, charset_hint))


def header_text(message: Message, name: str, hint: str | None = None) -> str | None:
    """The first `name` header of `message`, decoded, or None when absent or blank."""
    values = raw_headers(message, name)
    return (decode_header_value(values[0], hint) or None) if values else None


def sender_of(message: Message, hint: str | None = None) -> Sender | None:
    """The author: the first From address with a domain, else Sender, else Reply-To.

    Reply-To only stands in when the mail names no one else; it never overrides From (see
    parse_email for why). A bare From mailbox such as "MAILER-DAEMON" is the last resort.
    """
    fallback: Sender | None = None
    for header in ("From", "Sender", "Reply-To"):
        for raw in raw_headers(message, header):
            sender = _parse_sender(repair_surrogates(raw[:MAX_ADDRESS_HEADER_CHARS], hint), hint)
            if sender is not None and "@" in sender.address:
                return sender
            if header == "From":
                fallback = fallback or sender
    # A bare mailbox with no domain, e.g. "MAILER-DAEMON (Mail Delivery System)".
    return fallback


def _parse_sender(raw: str, hint: str | None) -> Sender | None:
    # Encoded words may decode to commas or brackets: hide them from the address parser.
    words: list[str] = []

    def protect(match: re.Match[str]) -> str:
        words.append(match[0])
        return f"ZqEw{len(words) - 1}wEqZ"

    def restore(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: words[int(m[1])], text)

    pairs = [
        (restore(name), restore(address))
        for name, address in getaddresses([_ENCODED_WORD.sub(protect, raw)])
    ]
    usable = [pair for pair in pairs if "@" in pair[1] and not any(c.isspace() for c in pair[1])]
    if not usable:
        loose = _LOOSE_ADDRESS.search(restore(raw))
        bare = [pair for pair in pairs if pair[1].strip() and not any(c.isspace() for c in pair[1])]
        usable = [("", loose[0])] if loose else bare[:1]
    if not usable:
        return None
    name, address = usable[0]
    address = single_line(address).strip("<>\"' ").lower()[:MAX_ADDRESS_CHARS]
    name = single_line(decode_rfc2047(name, hint)).strip("\"' ")
    return Sender(address=address, name=name or None) if address else None


def message_id_of(message: Message) -> str | None:
    """The Message-ID, brackets included, or None when the mail has none."""
    for raw in raw_headers(message, "Message-ID"):
        value = single_line(repair_surrogates(raw))
        found = _MESSAGE_ID.search(value)
        if found or value:
            return (found[0] if found else value)[:998]
    return None


def thread_ids_of(message: Message) -> tuple[str, ...]:
    """Ids of earlier mails in the thread: In-Reply-To first, then References, no duplicates."""
    ids: list[str] = []
    for header in ("In-Reply-To", "References"):
        for raw in raw_headers(message, header):
            for found in _MESSAGE_ID.findall(single_line(repair_surrogates(raw))):
                if found not in ids:
                    ids.append(found)
    if len(ids) <= MAX_THREAD_IDS:
        return tuple(ids)
    # Keep the thread root and the most recent ancestors: they are what matching needs.
    return (ids[0], *ids[-(MAX_THREAD_IDS - 1) :])


def case_reference_of(message: Message, subject: str | None) -> str | None:
    """An `OC-1A2B3C4D` case number from a `case+OC-…@` reply address, else from the subject.

    The reply address wins: our own software wrote it, while a subject is typed by people.
    """
    for header in _CASE_ADDRESS_HEADERS:
        for raw in raw_headers(message, header):
            found = _CASE_IN_ADDRESS.search(single_line(repair_surrogates(raw)))
            if found:
                return f"OC-{found[1].upper()}"
    found = _CASE_IN_TEXT.search(subject or "")
    return f"OC-{found[1].upper()}" if found else None


def repair_header_block(raw: bytes) -> bytes:
    """Re-indent header continuation lines that lost their leading space.

    Some gateways break long headers without folding them, which makes the stdlib end the
    header block early and read the remaining headers as body. A line counts as a broken
    continuation when real header lines follow it before the blank line, or when it reads
    like a MIME parameter (`boundary="…"`) of the header above.
    """
    end = raw.find(b"\n\n")
    crlf_end = raw.find(b"\r\n\r\n")
    if crlf_end != -1 and (end == -1 or crlf_end < end):
        end = crlf_end
    lines = raw[: len(raw) if end == -1 else end].split(b"\n")
    headers = [i for i, line in enumerate(lines) if i and _HEADER_LINE.match(line)]
    if not headers:
        return raw
    broken = [
        i
        for i in range(1, len(lines))
        if lines[i].strip()
        and lines[i][:1] not in b" \t"
        and not _HEADER_LINE.match(lines[i])
        and (i < headers[-1] or _PARAMETER_LINE.match(lines[i]))
    ]
    if not broken:
        return raw
    for i in broken:
        lines[i] = b" " + lines[i]
    head = b"\n".join(lines)
    return head if end == -1 else head + raw[end:]


def utc_offset_of(message: Message) -> str | None:
    """The sender's UTC offset from the Date header ("+02:00"); None when absent or unknown.

    RFC 5322 writes an unknown zone as "-0000", which reads as a time without offset.
    """
    try:
        sent = parsedate_to_datetime(str(message["Date"] or ""))
    except (TypeError, ValueError, IndexError):
        return None
    offset = sent.utcoffset()
    if offset is None or abs(offset) > timedelta(hours=14):
        return None
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
