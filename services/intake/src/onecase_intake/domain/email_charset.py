"""Bytes of a mail part or header → clean text, whatever charset the sender claimed."""

from __future__ import annotations

import codecs
import re

# Labels Python does not know, or knows as a narrower charset than senders really use. The
# widening follows the WHATWG Encoding Standard, which is what browsers do with the same labels.
_WIDER_CHARSETS: dict[str, tuple[str, ...]] = {
    "us-ascii": ("utf-8",),
    "ascii": ("utf-8",),
    "ansi-x3.4-1968": ("utf-8",),
    "iso-8859-1": ("cp1252",),
    "iso8859-1": ("cp1252",),
    "latin1": ("cp1252",),
    "latin-1": ("cp1252",),
    "gb2312": ("gb18030",),
    "iso-gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "x-gbk": ("gb18030",),
    "euc-cn": ("gb18030",),
    "cp936": ("gb18030",),
    "unicode-1-1-utf-7": ("utf-7",),
    "x-unicode-2-0-utf-7": ("utf-7",),
    "utf7": ("utf-7",),
    "iso-2022-jp": ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2"),
    "shift-jis": ("cp932",),
    "shift_jis": ("cp932",),
    "sjis": ("cp932",),
    "x-sjis": ("cp932",),
    "euc-kr": ("cp949",),
    "ks-c-5601-1987": ("cp949",),
    "big5": ("big5hkscs",),
    "iso-8859-8-i": ("iso-8859-8",),
    "windows-874": ("cp874",),
    "tis-620": ("cp874",),
    "x-mac-roman": ("mac_roman",),
    "macintosh": ("mac_roman",),
}
# Text codecs that are not character sets: a hostile label must not pick them.
_NOT_CHARSETS = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "charmap"}
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u0085\u2028\u2029]")
_INVISIBLE = re.compile("[\u00ad\u034f\u200b-\u200d\u2060\ufeff]")
_LINE_BREAK = re.compile(r"\r\n?|[\u0085\u2028\u2029]")
_BLANK_LINES = re.compile(r"\n{3,}")
_WHITESPACE = re.compile(r"\s+")


def charset_codecs(label: str | None) -> tuple[str, ...]:
    """The Python codecs to try for a MIME charset label, best first; empty when unknown."""
    if not label:
        return ()
    name = label.strip().strip("\"'").lower().replace("_", "-")
    candidates = _WIDER_CHARSETS.get(name, (name,))
    known: list[str] = []
    for candidate in candidates:
        try:
            info = codecs.lookup(candidate)
        except (LookupError, ValueError):
            continue
        if info.name not in _NOT_CHARSETS:
            known.append(info.name)
    return tuple(known)


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode `data` in its declared charset, degrading (never failing) when the label lies."""
    declared = charset_codecs(charset)
    if not data.isascii() and not (declared and declared[0].startswith(("utf-16", "utf-32"))):
        # Mislabelled UTF-8 is common, and text in any legacy charset is almost never valid
        # UTF-8 by accident. Pure ASCII keeps its label: UTF-7 and ISO-2022-JP are 7-bit.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    for codec in declared:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    if declared and declared[0] != "utf-8":
        try:
            return data.decode(declared[0], errors="replace")
        except (UnicodeError, LookupError):
            pass
    return _utf8_with_cp1252_bytes(data)


def _utf8_with_cp1252_bytes(data: bytes) -> str:
    """UTF-8, with each byte that is not valid UTF-8 read as Windows-1252 (mixed-up mail)."""
    text = data.decode("utf-8", errors="surrogateescape")
    return _SURROGATE.sub(
        lambda byte: bytes([ord(byte[0]) - 0xDC00]).decode("cp1252", errors="replace"), text
    )


def repair_surrogates(text: str, charset_hint: str | None = None) -> str:
    """Turn raw 8-bit bytes the stdlib kept as surrogate escapes back into real characters."""
    if not _SURROGATE.search(text):
        return text
    try:
        data = text.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(data, charset_hint)


def single_line(text: str) -> str:
    """A header-safe value: no CR/LF or other control characters, whitespace collapsed."""
    text = _INVISIBLE.sub("", _CONTROL.sub(" ", _SURROGATE.sub("\ufffd", text)))
    return _WHITESPACE.sub(" ", text).strip()


def tidy_text(text: str) -> str:
    """Body text with LF line ends, no control characters, no trailing blanks, one blank line max."""
    text = _LINE_BREAK.sub("\n", _SURROGATE.sub("\ufffd", text))
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    text = "\n".join(line.rstrip().replace("\xa0", " ") for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()
