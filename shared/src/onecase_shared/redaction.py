"""Personal data out of free text: emails, phone numbers and @handles in error and reason text.

Logs and dead-letter headers carry ids and outcomes (promise 6), but an error's text is written
by someone else: a mail server's "550 5.1.1 <ann@example.com>: Recipient address rejected", a
provider quoting the handle it could not reach. Every such text passes through
`redact_personal_data` before it is logged or put in a header.

The patterns err towards redacting: a phone validator (e.g. phonenumbers) keeps a number it
cannot place in a region, which is the wrong way round here, so any run of 9 or more digits
that stands alone, with the separators phone numbers are written with, counts as a phone.
"""

from __future__ import annotations

import re

EMAIL = "[email]"
PHONE = "[phone]"
HANDLE = "[handle]"

# Anything@anything without spaces or the brackets and quotes that delimit addresses in error
# text; `%40` is an @ inside a URL. Over-matching (a user@host in a URI) is harmless here.
_EMAIL_RE = re.compile(r"""[^\s<>()\[\]{},;:"'@/=]+(?:@|%40)[^\s<>()\[\]{},;:"'@/]+""")
# A standalone run of digits and phone separators: not inside a word, id, time or UUID.
_PHONE_RE = re.compile(r"(?<![\w:./+-])\+?\(?\d[\d\s().-]{7,}\d(?![\w:-])")
_HANDLE_RE = re.compile(r"(?<![\w@.])@\w{1,64}")
_MIN_PHONE_DIGITS = 9


def _phone(match: re.Match[str]) -> str:
    digits = sum(char.isdigit() for char in match.group())
    return PHONE if digits >= _MIN_PHONE_DIGITS else match.group()


def redact_personal_data(text: str) -> str:
    """`text` with every email address, phone number and @handle replaced by a placeholder."""
    text = _EMAIL_RE.sub(EMAIL, text)
    text = _PHONE_RE.sub(_phone, text)
    return _HANDLE_RE.sub(HANDLE, text)
