"""HTML mail bodies → readable plain text: paragraphs, lists, quotes; no scripts, no styles."""

from __future__ import annotations

import re
from html import unescape

from selectolax.lexbor import LexborHTMLParser, LexborNode

from onecase_intake.domain.email_charset import tidy_text

_SKIPPED = frozenset(
    {
        "head", "title", "script", "style", "template", "noscript", "iframe", "object", "embed",
        "svg", "math", "select", "button", "audio", "video", "canvas", "map", "meta", "link",
    }
)  # fmt: skip
_LINE_BLOCKS = frozenset(
    {
        "div", "tr", "dt", "dd", "address", "center", "form", "fieldset", "section", "article",
        "header", "footer", "nav", "aside", "main", "figure", "figcaption", "caption", "details",
        "summary", "legend", "li",
    }
)  # fmt: skip
_PARAGRAPH_BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "hr"}
)
_CELLS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f\xa0]+")
# The fallback patterns stop at the next "<": unclosed tags must not make them quadratic.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]*?(/?)>")
_RAW_TEXT_OPEN = re.compile(r"<(script|style|head|title)\b", re.IGNORECASE)
_BREAKING_TAGS = re.compile(
    r"<(?:br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/table)\b[^<>]*>", re.IGNORECASE
)
_ANY_TAG = re.compile(r"<[^<>]*>")
# Elements that never hold children, or whose end tag may be left out: not nesting.
_FLAT_TAGS = frozenset(
    {
        "br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "tbody", "thead", "tfoot",
    }
)  # fmt: skip
MAX_BLANK_LINES = 1
MAX_QUOTE_DEPTH = 20
MAX_HTML_CHARS = 1_000_000
MAX_NESTING_DEPTH = 3_000


class _TextWriter:
    """Collects text runs and line-break requests; the strongest request between two runs wins."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.line: list[str] = []
        self.line_depth = 0
        self.breaks = 0
        self.quote_depth = 0
        self.pre_depth = 0
        self.lists: list[int | None] = []  # a counter per open <ol>, None per <ul>

    def request_break(self, count: int) -> None:
        if self.line or self.lines:
            self.breaks = max(self.breaks, count)

    def hard_break(self) -> None:
        if self.line or self.lines:
            self.breaks += 1

    def write(self, text: str) -> None:
        if self.pre_depth:
            for index, segment in enumerate(text.split("\n")):
                if index:
                    self.hard_break()
                self._append(segment)
        else:
            self._append(_SPACES.sub(" ", text))

    def _append(self, text: str) -> None:
        if not self.pre_depth and (self.breaks or not self.line) and not text.strip(" "):
            return
        if self.breaks:
            self._finish_line()
        if not self.line:
            text = text if self.pre_depth else text.lstrip(" ")
            self.line_depth = self.quote_depth
        elif text.startswith(" ") and self.line[-1].endswith(" "):
            text = text[1:]
        self.line.append(text)

    def _finish_line(self) -> None:
        if self.line:
            prefix = "> " * min(self.line_depth, MAX_QUOTE_DEPTH)
            self.lines.append(prefix + "".join(self.line).rstrip())
            self.line = []
        # A blank line between two quote levels belongs to the outer one.
        blank = ">" * min(self.line_depth, self.quote_depth, MAX_QUOTE_DEPTH)
        self.lines.extend([blank] * min(self.breaks - 1, MAX_BLANK_LINES))
        self.breaks = 0

    def text(self) -> str:
        self.breaks = max(self.breaks, 1)
        self._finish_line()
        return "\n".join(self.lines)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body; quoted blocks (`<blockquote>`) come out as `> ` lines.

    Only the first MAX_HTML_CHARS are read. Pathologically deep nesting, which makes the HTML
    parser quadratic, gets a plain tag-stripping pass instead.
    """
    html = html[:MAX_HTML_CHARS]
    if _nesting_depth(html) > MAX_NESTING_DEPTH:
        return _strip_tags(html)
    try:
        root = LexborHTMLParser(html).root
    except Exception:  # the parser is C code: whatever it rejects, fall back to stripping tags
        return _strip_tags(html)
    if root is None:
        return ""
    writer = _TextWriter()
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:  # iterative: hostile mail can nest deeper than Python's recursion limit
        node, closing = stack.pop()
        tag = node.tag or ""
        if closing:
            _close(tag, writer)
        elif tag == "-text":
            writer.write(node.text_content or "")
        elif not tag.startswith("-") and tag not in _SKIPPED and not _hidden(node):
            _open(tag, writer)
            stack.append((node, True))
            children: list[LexborNode] = []
            child = node.child
            while child is not None:
                children.append(child)
                child = child.next
            stack.extend((child, False) for child in reversed(children))
    return tidy_text(writer.text())


def _hidden(node: LexborNode) -> bool:
    attributes = node.attributes
    if "hidden" in attributes:
        return True
    style = attributes.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _open(tag: str, writer: _TextWriter) -> None:
    if tag == "br":
        writer.hard_break()
    elif tag in _PARAGRAPH_BLOCKS:
        writer.request_break(2)
    elif tag in _LINE_BLOCKS:
        writer.request_break(1)
    elif tag in _CELLS:
        writer.write(" ")
    if tag == "blockquote":
        writer.quote_depth += 1
    elif tag == "pre":
        writer.pre_depth += 1
    elif tag in ("ul", "ol"):
        writer.lists.append(0 if tag == "ol" else None)
    elif tag == "li":
        counter = writer.lists[-1] if writer.lists else None
        if counter is None:
            writer.write("- ")
        else:
            writer.lists[-1] = counter + 1
            writer.write(f"{counter + 1}. ")


def _close(tag: str, writer: _TextWriter) -> None:
    if tag in _PARAGRAPH_BLOCKS:
        writer.request_break(2)
    elif tag in _LINE_BLOCKS:
        writer.request_break(1)
    elif tag in _CELLS:
        writer.write(" ")
    if tag == "blockquote":
        writer.quote_depth = max(0, writer.quote_depth - 1)
    elif tag == "pre":
        writer.pre_depth = max(0, writer.pre_depth - 1)
    elif tag in ("ul", "ol") and writer.lists:
        writer.lists.pop()


def _nesting_depth(html: str) -> int:
    """How deep the element tree goes, estimated from the tags alone (cheap, linear)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(html):
        if self_closing or name.lower() in _FLAT_TAGS:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _strip_tags(html: str) -> str:
    text = _BREAKING_TAGS.sub("\n", _without_raw_text(html))
    return tidy_text(unescape(_ANY_TAG.sub("", text)))


def _without_raw_text(html: str) -> str:
    """`html` minus script, style, head and title elements (an unclosed one runs to the end)."""
    lower = html.lower()
    kept: list[str] = []
    position = 0
    for match in _RAW_TEXT_OPEN.finditer(html):
        if match.start() < position:
            continue
        kept.append(html[position : match.start()])
        close = lower.find(f"</{match[1].lower()}", match.end())
        end = lower.find(">", close) if close != -1 else -1
        position = len(html) if end == -1 else end + 1
    kept.append(html[position:])
    return "".join(kept)
