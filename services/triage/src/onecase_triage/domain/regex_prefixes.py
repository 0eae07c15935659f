"""Which strings a regex match can start with, and the alternatives a pattern starts with.

`PhraseMatcher` files each phrase under the characters it can start with, so that at each
word only the few phrases that can match there are tried. Both functions read the pattern with
the standard library's own regex parser, the only reliable reader of a pattern's structure.
"""

from __future__ import annotations

import importlib
import re
import string
from typing import Any, Final

# The standard library's private regex parser: typeshed knows these modules in some versions
# and not in others, so they are loaded by name and used untyped.
sre_constants: Any = importlib.import_module("re._constants")
sre_parser: Any = importlib.import_module("re._parser")

_MAX_PREFIXES: Final = 64  # beyond this, filing a phrase under each costs more than it saves
_Prefixes = frozenset[str] | None  # None: cannot be told (any character, or too many)


def prefixes(pattern: str, width: int) -> _Prefixes:
    """The strings of `width` characters a match of `pattern` can start with.

    A shorter string means a match can end there. None when it cannot be told.
    """
    try:
        parsed = sre_parser.parse(pattern)
    except re.error:
        return None
    return _sequence(list(parsed), width)


def _sequence(items: list[tuple[Any, Any]], width: int) -> _Prefixes:
    heads = {""}
    for op, value in items:
        if all(len(head) >= width for head in heads):
            break
        grown: set[str] = {head for head in heads if len(head) >= width}
        for head in heads - grown:
            tails = _item(op, value, width - len(head))
            if tails is None:
                return None
            grown.update(head + tail for tail in tails)
        if len(grown) > _MAX_PREFIXES:
            return None
        heads = grown
    return frozenset(heads)


def _item(op: Any, value: Any, width: int) -> _Prefixes:
    if op is sre_constants.LITERAL:
        return frozenset({chr(value)})
    if op is sre_constants.IN:
        return _charset(value)
    if op is sre_constants.SUBPATTERN:
        return _sequence(list(value[-1]), width)
    if op is sre_constants.BRANCH:
        found: set[str] = set()
        for branch in value[1]:
            tails = _sequence(list(branch), width)
            if tails is None:
                return None
            found |= tails
        return frozenset(found)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        return _repeat(value, width)
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        # Zero-width: a lookaround only narrows where a match starts, so the characters
        # after it still tell where it can.
        return frozenset({""})
    return None


def _charset(value: Any) -> _Prefixes:
    chars: set[str] = set()
    for kind, item in value:
        if kind is sre_constants.LITERAL:
            chars.add(chr(item))
        elif kind is sre_constants.RANGE:
            chars.update(chr(c) for c in range(item[0], item[1] + 1))
        elif kind is sre_constants.CATEGORY and item is sre_constants.CATEGORY_DIGIT:
            chars.update(string.digits)
        else:
            return None
    return frozenset(chars)


def _repeat(value: Any, width: int) -> _Prefixes:
    low, high, body = value
    once = _sequence(list(body), width)
    if once is None:
        return None
    found: set[str] = {""} if low == 0 else set()
    heads = {""}
    for count in range(1, min(high, width) + 1):
        heads = {(h + t)[:width] for h in heads for t in once}
        if count >= low:
            found |= heads
        if len(found) > _MAX_PREFIXES:
            return None
    if low > width:
        found |= heads
    return frozenset(found)


def leading_alternatives(pattern: str) -> list[str]:
    """`pattern` as the alternatives it starts with: "(?:a|b)c" -> ["ac", "bc"], recursively.

    Each alternative can then be filed under its own first characters. Patterns that do not
    start with a non-capturing group, or whose first group is optional or repeated, stay whole.
    """
    if not pattern.startswith("(?:"):
        return [pattern]
    close = _closing_paren(pattern)
    if close is None:
        return [pattern]
    rest = pattern[close + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return [pattern]
    return [
        leaf
        for branch in _split_top_level(pattern[3:close])
        for leaf in leading_alternatives(branch + rest)
    ]


def _closing_paren(pattern: str) -> int | None:
    depth = 0
    for i, char in _structural(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _split_top_level(body: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, char in _structural(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts


def _structural(pattern: str) -> list[tuple[int, str]]:
    """The positions of parentheses and bars outside escapes and character classes."""
    found, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            found.append((i, char))
        i += 1
    return found
