"""The customer's own words in a mail: quoted history and signature removed."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import cast

from mailparser_reply import EmailMessage as ReplyParse

# Languages whose reply headers ("On … wrote:", "Am … schrieb …:", "From: … Sent: …") are
# recognised. Polish is left out: its pattern splits on any single "Data:" or "Do:" line.
REPLY_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "sv", "da", "cs", "ja", "ko", "zh")
# The newest reply sits at the top: a header further down than this only trims text that
# MAX_TEXT_CHARS would cut anyway, and the header patterns cost time linear in the length.
MAX_REPLY_SCAN_CHARS = 80_000
MAX_HEADER_LINE_CHARS = 160
FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:", re.IGNORECASE)

# "____", "-----Original Message-----", "---------- Forwarded message ---------", ...
_SEPARATOR_LINE = re.compile(r"^(?:[_\-=*]{5,}|-{2,}\s*[^-]{1,40}?\s*-{2,})$")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_SIGNATURE_DELIMITER = frozenset({"--", "-- "})
_SENT_FROM = re.compile(
    r"^(?:sent (?:from|with|via) |get outlook for |von meinem .+ gesendet|gesendet (?:von|mit|vom) "
    r"|envoyé (?:de|depuis) |enviado (?:desde|de) |inviato da |verzonden (?:vanaf|met) "
    r"|verstuurd (?:vanaf|met) |skickat från |sendt fra )",
    re.IGNORECASE,
)
# Formal closings end the message wherever they stand on a line of their own, with at most a
# few words after them ("Grüße aus Bonn", "Kind regards, Ana Lima") but no sentence ...
_CLOSING = re.compile(
    r"^(?i:best regards|kind regards|warm regards|regards|best wishes|sincerely|yours sincerely"
    r"|yours truly|yours faithfully|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|mit freundlichem gru(?:ß|ss)"
    r"|(?:freundliche|viele|beste|liebe|herzliche|schöne) gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e"
    r"|gru(?:ß|ss)|cordialement|bien cordialement|sincères salutations|salutations"
    r"|bien à vous|saludos|un saludo|atentamente|cordiali saluti|distinti saluti"
    r"|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groeten"
    r"|med vänliga hälsningar|vänliga hälsningar|med venlig hilsen|venlig hilsen)"
    r"\s*[,.!]?(?:(?:\s+\S+){0,3}\s+\S*[^\s.?:])?$"
)
# ... abbreviations ("MfG", "LG") only before a name: "LG TV is broken" is a complaint ...
_ABBREVIATED_CLOSING = re.compile(r"^(?i:mfg|lg|vg)\s*[,.!]?(?:\s+[^\W\d_][\w'-]*){0,2}$")
# ... thanks only when a short signature-like tail follows, since "Thanks!" may open a paragraph.
_THANKS = re.compile(
    r"^(?i:thanks|thank you|many thanks|thanks again|thanks in advance|cheers|best|danke"
    r"|danke schön|vielen dank|merci|merci beaucoup|gracias|muchas gracias|grazie|bedankt|tack)"
    r"\s*[,.!]?(?:\s*[A-ZÀ-Þ][\w'-]*(?:\s+[A-ZÀ-Þ][\w'-]*){0,2})?$"
)
# "-Martin": a dash glued to a name. "- Apples" (with a space) is a list item and stays.
_DASH_NAME = re.compile(r"^-[A-ZÀ-Þ][\w.'-]*(?:\s+[A-ZÀ-Þ][\w.'-]*){0,2}$")
# Mailing-list footers hang below a line of underscores.
_LIST_FOOTER = re.compile(r"^_{10,}$")
MAX_SENT_FROM_WORDS = 7
MAX_ATTRIBUTION_LINES = 3
_ATTRIBUTION_HINT = re.compile(r"[@<]|\d")
MAX_SHORT_TAIL_LINES = 10
MAX_SHORT_TAIL_LINE_CHARS = 80


def strip_quoted_history(text: str) -> str:
    """The newest message of a thread: earlier mails quoted below a reply header are removed.

    Headers are found with mail-parser-reply's patterns. After an unquoted header whose history
    is `>`-quoted, unquoted lines between the quotes are the writer's inline answers and stay.
    Lines come back trimmed: indentation is not kept. The signature, if any, stays.
    """
    lines = [line.strip() for line in _LINE_BREAK.split(text[:MAX_REPLY_SCAN_CHARS])]
    headers = _header_lines(lines)
    if not headers:
        return _tidy(_drop_trailing_quote(lines + text[MAX_REPLY_SCAN_CHARS:].split("\n")))
    answers: list[str] = []
    for index, (first, last) in enumerate(headers):
        if index and not lines[first].startswith(">"):
            break  # a new unquoted history block: everything below it is older mail
        following = headers[index + 1][0] if index + 1 < len(headers) else len(lines)
        body = lines[last + 1 : following]
        if not index and not _starts_quoted(body):
            break  # Outlook style: the history below the header is not marked with ">"
        answers.extend(line for line in body if not line.startswith(">"))
    return _tidy([*_drop_trailing_quote(lines[: headers[0][0]]), "", *answers])


def _header_lines(lines: list[str]) -> list[tuple[int, int]]:
    """First and last line of each reply header, in order."""
    # The patterns backtrack quadratically on a long line that starts like a header ("On …"),
    # and no attribution line is that long: they only ever see the first few hundred chars.
    shadow = "\n".join(line[:MAX_HEADER_LINE_CHARS] for line in lines)
    line_starts = [0, *(match.end() for match in re.finditer("\n", shadow))]
    spans: list[tuple[int, int]] = []
    for match in _header_pattern().finditer(shadow):
        start = match.start()
        while start < match.end() - 1 and shadow[start] == "\n":
            start += 1  # some patterns begin with the line break before the header
        first = bisect_right(line_starts, start) - 1
        last = max(first, bisect_right(line_starts, match.end() - 1) - 1)
        if not spans or first > spans[-1][1]:
            spans.append((first, last))
    return spans


@cache
def _header_pattern() -> re.Pattern[str]:
    return cast(re.Pattern[str], ReplyParse(text="", languages=list(REPLY_LANGUAGES)).HEADER_REGEX)


def strip_signature(text: str) -> str:
    """`text` without its signature: from a `-- ` line, a "Sent from my …" line or a sign-off.

    A closing ("Best regards,", "Mit freundlichen Grüßen, Ana") counts on a line of its own.
    A bare "Thanks!", a "-Name" line or a line of underscores counts only when a few short
    lines follow, so a paragraph that starts with "Thanks!" is kept. The first line is never
    a signature.
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index and _starts_signature(line.strip(), lines, index + 1):
            return _tidy(lines[:index])
    return _tidy(lines)


def extract_reply(text: str) -> str:
    """What the customer wrote in this mail: no quoted history, no signature.

    Never empty when `text` is not: a mail that is all quote or all signature is kept whole.
    """
    newest = strip_quoted_history(text)
    return strip_signature(newest) or newest or _tidy(text.split("\n"))


def _starts_signature(line: str, lines: list[str], after: int) -> bool:
    if line in _SIGNATURE_DELIMITER or _CLOSING.match(line) or _ABBREVIATED_CLOSING.match(line):
        return True
    if _SENT_FROM.match(line):
        return len(line.split()) <= MAX_SENT_FROM_WORDS
    if not (_THANKS.match(line) or _DASH_NAME.match(line) or _LIST_FOOTER.match(line)):
        return False
    tail = 0
    for other in lines[after:]:
        if not other.strip():
            continue
        tail += 1
        if tail > MAX_SHORT_TAIL_LINES or len(other) > MAX_SHORT_TAIL_LINE_CHARS:
            return False
    return True


def _starts_quoted(lines: list[str]) -> bool:
    return next((line.startswith(">") for line in lines if line.strip()), False)


def _drop_trailing_quote(lines: list[str]) -> list[str]:
    end = len(lines)
    quoted = False
    while end and (
        not lines[end - 1].strip()
        or lines[end - 1].lstrip().startswith(">")
        or _SEPARATOR_LINE.match(lines[end - 1].strip())
    ):
        quoted = quoted or lines[end - 1].lstrip().startswith(">")
        end -= 1
    if not quoted:
        return lines[:end]
    # An attribution in a language we have no pattern for ("… <bob@x.org> написал:") still
    # ends in ":" and names an address or a date, possibly wrapped over a few lines.
    if not end or not lines[end - 1].rstrip().endswith(":"):
        return lines[:end]
    start = end - 1
    while (
        start > 0
        and end - start < MAX_ATTRIBUTION_LINES
        and _ATTRIBUTION_HINT.search(lines[start - 1])
    ):
        start -= 1
    return lines[:start] if _ATTRIBUTION_HINT.search(" ".join(lines[start:end])) else lines[:end]


def _tidy(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in _drop_trailing_separators(lines))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _drop_trailing_separators(lines: list[str]) -> list[str]:
    end = len(lines)
    while end and (not lines[end - 1].strip() or _SEPARATOR_LINE.match(lines[end - 1].strip())):
        end -= 1
    return lines[:end]
