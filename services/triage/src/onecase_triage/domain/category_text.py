"""Text normalization for the category classifier: what a complaint's words look like to the index.

Texts and taxonomy terms go through the same steps, so a term matches whatever normalizes like it:
- lowercase, accents folded ("arrivé" -> "arrive"), "ß" -> "ss";
- contractions: "don't" -> not, "i'd" -> i, "it's" -> it, French elisions "l'appli" -> appli;
- negations ("never", "cannot", "unable", "nicht", "pas", "nunca", ...) all read as "not";
- filler words ("the", "my", "been", "still", ...) are dropped, so "has still not arrived"
  reads "has not arriv" and matches the term "not arrived";
- a tiny English suffix stripper: "charged", "charges" and "charging" all become "charg".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NOT = "not"
"""The one key every negation becomes."""

NEGATION_STOPS = frozenset(
    {"want", "know", "understand", "sure", "mean", "need", "like", "wish", "think"}
)
"""Verbs that take a negation for themselves: "don't know why it's charged" negates "know"."""

_CURLY_APOSTROPHE = "\u2019"
# Words with any apostrophes inside or around them; `word_key` strips the ones around.
_WORD = re.compile(rf"[\w'{_CURLY_APOSTROPHE}]+")
_APOSTROPHES = "'" + _CURLY_APOSTROPHE
# English contractions without their apostrophe, and German, French and Spanish negations.
_NEGATIONS = frozenset(
    {
        *("not", "no", "never", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "wasnt"),
        *("arent", "werent", "wont", "wouldnt", "couldnt", "shouldnt", "hasnt", "havent"),
        *("hadnt", "aint", "nothing", "unable"),
        *("nicht", "kein", "keine", "keinen", "keiner", "nie", "pas", "jamais", "nunca"),
    }
)
# Words that never carry a category, skipped so phrases match across them.
_FILLER = frozenset(
    {
        *("a", "an", "the", "my", "me", "our", "us", "your", "it", "its", "this", "that"),
        *("been", "be", "even", "really", "actually", "just", "yet", "ever", "still", "so"),
        *("very", "also", "ha", "he", "han", "noch", "immer", "encore", "toujours", "todavia"),
    }
)
_ENGLISH_CLITICS = frozenset({"s", "d", "m", "ve", "ll", "re"})
_FRENCH_ELISIONS = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu"})
_DROPPED = ""


class Words:
    """The kept words of a lowercased text as index keys, and where each one was written."""

    __slots__ = ("_raw", "_starts", "kept", "keys", "lowered")

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        self._raw: list[str] = _WORD.findall(lowered)
        every = list(map(word_key, self._raw))
        self.kept = [i for i, key in enumerate(every) if key]
        self.keys = [every[i] for i in self.kept]
        self._starts: list[int] = []

    def surface(self, first: int, last: int) -> str:
        """The text from kept word `first` to kept word `last`, as written (lowercased)."""
        a, b = self.kept[first], self.kept[last]
        return self.lowered[self._start(a) : self._start(b) + len(self._raw[b])].strip(_APOSTROPHES)

    def _start(self, raw_index: int) -> int:
        # Offsets are found lazily: most words never need one. Between two words there is no
        # word character, so a word starts at its first occurrence after the previous word.
        starts = self._starts
        if raw_index >= len(starts):
            done, find = len(starts), self.lowered.find
            position = starts[-1] + len(self._raw[done - 1]) if done else 0
            for word in self._raw[done : raw_index + 1]:
                position = find(word, position)
                starts.append(position)
                position += len(word)
        return starts[raw_index]


def normalize_term(term: str) -> tuple[str, ...]:
    """The word keys a term (or any text) becomes: `"Hasn't arrived!"` -> `("not", "arriv")`."""
    return tuple(Words(term.lower()).keys)


@lru_cache(maxsize=65_536)
def word_key(raw: str) -> str:
    """One lowercased word as the index sees it: "not", "" (dropped filler) or a stem."""
    if "'" in raw or _CURLY_APOSTROPHE in raw:
        word = _uncontract(raw.strip(_APOSTROPHES).replace(_CURLY_APOSTROPHE, "'"))
    else:
        word = raw
    if not word.isascii():
        decomposed = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")
    if word in _NEGATIONS:
        return NOT
    if word in _FILLER:
        return _DROPPED
    return stem(word)


def _uncontract(word: str) -> str:
    """The word inside a contraction: "don't" -> not, "i'd" -> i, "l'app" -> app, "o'neil" as is."""
    head, _, tail = word.partition("'")
    if tail == "t" and head.endswith("n"):
        return NOT
    if tail in _ENGLISH_CLITICS:
        return head
    if head in _FRENCH_ELISIONS:
        return tail.replace("'", "")
    return word.replace("'", "")


def stem(word: str) -> str:
    """A tiny English suffix stripper: plural s, -ies/-ied, -ing, -ed, -ly, then a final e."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # shipped, stopped -> ship, stop
            break
    else:
        if word.endswith("ly") and len(word) >= 6:
            word = word[:-2]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word
