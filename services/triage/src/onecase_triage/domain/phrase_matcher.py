"""Find many named phrase lists in one pass: the engine behind `complaint_signals`.

A plain alternation of a thousand phrases makes the regex engine try every one of them at
every word. Here each phrase is filed under the (up to six) characters it can start with,
read from the regex's own parse tree (`regex_prefixes`), and each word start is matched only
against the phrases filed under its first characters. The result is the same as the plain
alternation, in the same order of preference, many times faster.

Phrases come in groups: within a group matches do not overlap, across groups they may. All
groups are read in the same pass over the word starts, so a word's first characters are looked
up once for all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from onecase_triage.domain.regex_prefixes import leading_alternatives, prefixes

Phrases = Mapping[str, Sequence[str]]
"""Named lists of regex phrases."""

# Six characters split the longest lists ("no ", "can", "the") by their first word; wider
# tables measured no faster and hold far more patterns (docs/triage-quality.md, Speed).
_WIDTH: Final = 6
# Where a phrase may start: a non-space character with no word character before it.
_STARTS: Final = re.compile(r"(?<!\w)\S")
# Beyond this many distinct word openings (a long-running triage meets tens of thousands: the
# 14,228 corpus texts have about 45,000), a word's patterns are looked up each time instead of
# being remembered.
_MAX_REMEMBERED: Final = 50_000


class _FiledGroup:
    """One group's phrases, compiled per opening: the phrases a word with that opening can start."""

    def __init__(self, phrases: Phrases) -> None:
        self.names: list[str] = []
        filed: dict[str, list[tuple[int, str]]] = {}  # key of 1 to _WIDTH characters -> phrases
        anywhere: list[tuple[int, str]] = []
        for name, entries in phrases.items():
            for leaf in (leaf for entry in entries for leaf in leading_alternatives(entry)):
                index = len(self.names)
                self.names.append(name)
                group = (index, f"(?P<g{index}>{leaf})")
                keys = _keys(leaf)
                if keys is None:
                    anywhere.append(group)
                    continue
                for key in keys:
                    filed.setdefault(key, []).append(group)
        # A word is matched against the phrases filed under each of its first characters.
        # Tables hold each opening's pattern as text, compiled the first time a word with that
        # opening is read: most of the thousands of openings never occur in a given stream.
        self._tables: list[dict[str, str]] = [{} for _ in range(_WIDTH + 1)]
        openings = {key[:n] for key in filed for n in range(1, len(key) + 1)}
        sources: dict[str, str] = {}  # openings that try the same phrases share one text
        for opening in openings:
            heads = {g for n in range(1, len(opening) + 1) for g in filed.get(opening[:n], [])}
            source = _source(heads.union(anywhere))
            self._tables[len(opening)][opening] = sources.setdefault(source, source)
        self._anywhere = _source(anywhere) if anywhere else None
        self._compiled: dict[str, re.Pattern[str]] = {}

    def pattern_for(self, opening: str) -> re.Pattern[str] | None:
        """The pattern to try at a word that opens with `opening` (its first _WIDTH characters)."""
        source = self._anywhere
        for width in range(len(opening), 0, -1):
            filed = self._tables[width].get(opening[:width])
            if filed is not None:
                source = filed
                break
        if source is None:
            return None
        pattern = self._compiled.get(source)
        if pattern is None:
            # An opening with no phrase filed at its own length tries what its shorter
            # opening tries: one compiled pattern serves both.
            pattern = self._compiled[source] = re.compile(source)
        return pattern


class PhraseMatcher:
    """Groups of named phrase lists, matched as whole words on folded text.

    `find` returns (name, match) for every match: group by group, and left to right within a
    group, where matches do not overlap. Where phrases of a group start at the same place, the
    name listed first wins, then the phrase listed first, as in one alternation.
    """

    def __init__(self, groups: Sequence[Phrases]) -> None:
        self._groups = [_FiledGroup(phrases) for phrases in groups]
        self._remembered: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}
        self._distinct: dict[
            tuple[tuple[int, re.Pattern[str]], ...], tuple[tuple[int, re.Pattern[str]], ...]
        ] = {}

    def find(self, folded: str) -> list[tuple[str, re.Match[str]]]:
        """Every match in `folded` with the name of its list."""
        found: list[list[tuple[str, re.Match[str]]]] = [[] for _ in self._groups]
        taken_until = [0] * len(self._groups)
        remembered = self._remembered
        for start in _STARTS.finditer(folded):
            position = start.start()
            opening = folded[position : position + _WIDTH]
            patterns = remembered.get(opening)
            if patterns is None:
                patterns = self._patterns_for(opening)
            for index, pattern in patterns:
                if position < taken_until[index]:
                    continue
                match = pattern.match(folded, position)
                if match is not None and match.lastgroup is not None:
                    taken_until[index] = match.end()
                    names = self._groups[index].names
                    found[index].append((names[int(match.lastgroup[1:])], match))
        return [pair for group in found for pair in group]

    def _patterns_for(self, opening: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        patterns = tuple(
            (index, pattern)
            for index, group in enumerate(self._groups)
            if (pattern := group.pattern_for(opening)) is not None
        )
        if len(self._remembered) < _MAX_REMEMBERED:
            # Many openings share their patterns: one tuple serves them all.
            patterns = self._distinct.setdefault(patterns, patterns)
            self._remembered[opening] = patterns
        return patterns


def _source(groups: Iterable[tuple[int, str]]) -> str:
    return f"(?:{'|'.join(g for _, g in sorted(set(groups)))})(?!\\w)"


def _keys(leaf: str) -> frozenset[str] | None:
    """The widest first characters `leaf` can be filed under, or None for any word start."""
    for width in range(_WIDTH, 0, -1):
        keys = prefixes(leaf, width)
        if keys and "" not in keys:
            return keys
    return None
