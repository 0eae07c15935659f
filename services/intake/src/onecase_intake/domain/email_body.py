"""A mail's MIME tree → its readable body text and its attachments (metadata only)."""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass
from email.message import EmailMessage, Message

from onecase_intake.domain.email_charset import decode_bytes, tidy_text
from onecase_intake.domain.email_headers import charset_hint, decode_header_value, raw_headers
from onecase_intake.domain.email_html import html_to_text
from onecase_shared.events import AttachmentV1

MAX_ATTACHMENTS = 100
MAX_FILENAME_CHARS = 255
# A text/plain alternative this much shorter than its HTML twin is a "view in browser" stub.
STUB_PLAIN_RATIO = 0.3
_SIGNATURE_TYPES = frozenset(
    {
        "application/pgp-signature",
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-encrypted",
    }
)
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE
)
# Outlook's plain-text stand-in for an inline image: "[cid:image001.png@01D2…]".
_CID_PLACEHOLDER = re.compile(r"\[cid:[^\]\s]{1,200}\]")
_RAW_FILENAME = re.compile(r"\b(?:file)?name\s*=\s*(?:\"([^\"]*)\"|([^;\s]+))", re.IGNORECASE)
_UUENCODED = re.compile(
    r"^begin [0-7]{3,4} ([^\n]+)\n((?:[\x20-\x60]{1,62}\n)+?)`?\n?end$", re.MULTILINE
)


@dataclass(frozen=True)
class MailBody:
    """The readable text of a mail (before quote stripping) and what is attached to it."""

    text: str
    attachments: tuple[AttachmentV1, ...]


def read_body(message: EmailMessage, hint: str | None = None) -> MailBody:
    """Body text (plain preferred, HTML turned into text) and attachment metadata of `message`.

    `hint` is the charset to read raw 8-bit attachment names in (see `charset_hint`).
    """
    text, uuencoded = _split_uuencoded(extract_full_text(message))
    attachments = [*_mime_attachments(message, hint), *uuencoded][:MAX_ATTACHMENTS]
    return MailBody(text=text, attachments=tuple(attachments))


def extract_body_text(message: EmailMessage) -> str:
    """The full clean body text of `message`: what the customer sees, quotes and signature included."""
    return read_body(message, charset_hint(message)).text


def extract_full_text(message: EmailMessage) -> str:
    """Decoded text of the body part, before inline uuencoded files are taken out."""
    plain = _find_body(message, "plain")
    html = _find_body(message, "html")
    plain_text = tidy_text(_CID_PLACEHOLDER.sub("", part_text(plain))) if plain is not None else ""
    if html is None:
        return plain_text
    html_source = part_text(html)
    # The markup is never shorter than its text: a plain part that long wins unconverted.
    if plain_text and len(plain_text) >= STUB_PLAIN_RATIO * len(html_source):
        return plain_text
    html_text = html_to_text(html_source)
    if plain_text and len(plain_text) >= STUB_PLAIN_RATIO * len(html_text):
        return plain_text
    return html_text or plain_text


def part_text(part: Message) -> str:
    """The decoded text of one MIME part, whatever its transfer encoding and charset claim."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a broken encoding loses this part's text, never the whole mail
        return ""
    if not isinstance(payload, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:  # an unparsable Content-Type: fall back to sniffing
        charset = None
    if charset is None and part.get_content_subtype() == "html":
        declared = _META_CHARSET.search(payload[:4096])
        charset = declared[1].decode("ascii") if declared else None
    return decode_bytes(payload, charset)


def _find_body(message: EmailMessage, subtype: str) -> Message | None:
    try:
        return message.get_body(preferencelist=(subtype,))
    except Exception:  # odd multipart nesting: treat as "no such body"
        return None


def _mime_attachments(message: Message, hint: str | None) -> list[AttachmentV1]:
    found: list[AttachmentV1] = []
    stack: list[Message] = [message]
    while stack and len(found) < MAX_ATTACHMENTS:
        part = stack.pop()
        content_type = part.get_content_type()
        # is_multipart() first: get_payload() on a leaf decodes with the sender's charset label.
        if content_type.startswith("multipart/") and part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend(child for child in reversed(children) if isinstance(child, Message))
        elif _is_attachment(part, content_type):
            found.append(
                AttachmentV1(
                    filename=_filename(part, hint), content_type=content_type, size=_size(part)
                )
            )
    return found


def _is_attachment(part: Message, content_type: str) -> bool:
    if content_type in _SIGNATURE_TYPES:
        return False
    if content_type in ("text/plain", "text/html"):
        # Unnamed inline text parts are the body or its alternatives, not files.
        return part.get_content_disposition() == "attachment" or bool(part.get_filename())
    return True


def _filename(part: Message, hint: str | None) -> str | None:
    try:
        raw = part.get_filename()
    except Exception:  # a broken parameter: the file simply has no name
        return None
    if raw and "\ufffd" in raw:
        # Raw 8-bit bytes in the parameter: the stdlib gave up on them, the mail's charset won't.
        for header in ("Content-Disposition", "Content-Type"):
            for value in raw_headers(part, header):
                found = _RAW_FILENAME.search(value)
                if found:
                    raw = found[1] if found[1] is not None else found[2]
                    break
            else:
                continue
            break
    if not raw:
        return None
    name = decode_header_value(str(raw), hint).replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name[:MAX_FILENAME_CHARS] or None


def _size(part: Message) -> int:
    try:
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            return len(inner.as_bytes()) if isinstance(inner, Message) else 0
        payload = part.get_payload(decode=True)
    except Exception:  # unreadable content still counts as an attachment, of unknown size
        return 0
    return len(payload) if isinstance(payload, bytes) else 0


def _split_uuencoded(text: str) -> tuple[str, list[AttachmentV1]]:
    """Old mailers paste files into the body as `begin 644 name … end` blocks: list them instead."""
    if "begin " not in text:
        return text, []
    attachments: list[AttachmentV1] = []

    def take(match: re.Match[str]) -> str:
        size = 0
        for line in match[2].splitlines():
            try:
                size += len(binascii.a2b_uu(line))
            except binascii.Error:
                continue
        filename = match[1].strip()[:MAX_FILENAME_CHARS] or None
        attachments.append(
            AttachmentV1(filename=filename, content_type="application/octet-stream", size=size)
        )
        return ""

    return tidy_text(_UUENCODED.sub(take, text)), attachments
