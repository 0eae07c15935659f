"""How a message greets the customer: by the name they gave, in their language's form.

A display name is what the customer (or their mail client) typed: it may be a handle, an
address, a company or shouting capitals. Only something that reads as a person's name is
used, tidied; otherwise the greeting has no name, which is never wrong.
"""

from __future__ import annotations

import re
from typing import Final

# English, Spanish and Portuguese greet by first name; French and German use the full name,
# which is polite without guessing "Madame" or "Herr".
_FIRST_NAME_LANGUAGES: Final = frozenset({"en", "es", "pt"})
_GREETINGS: Final = {
    "en": ("Hello {name},", "Hello,"),
    "fr": ("Bonjour {name},", "Bonjour,"),
    "es": ("Hola, {name}:", "Hola:"),
    "de": ("Guten Tag {name},", "Guten Tag,"),
    "pt": ("Olá, {name},", "Olá,"),
}
_HONORIFICS: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "herr", "frau", "mme", "mlle", "m"}
    | {"sr", "sra", "srta", "don", "dona", "dra"}
)
_NOT_A_NAME: Final = re.compile(r"[@/\\_\d#:;<>{}\[\]|=+*]|https?")
_MAX_NAME_CHARS: Final = 60


def person_name(display_name: str | None) -> str | None:
    """`display_name` tidied when it reads as a person's name, else None."""
    if not display_name:
        return None
    name = " ".join(display_name.strip().strip("\"'\u201c\u201d\u2018\u2019").split())
    if not name or len(name) > _MAX_NAME_CHARS or _NOT_A_NAME.search(name):
        return None
    words = [w for w in name.split() if w.lower().rstrip(".") not in _HONORIFICS]
    if not words or not all(any(ch.isalpha() for ch in w) for w in words):
        return None
    if name.isupper() or name.islower():
        words = [w[:1].upper() + w[1:].lower() for w in words]
    return " ".join(words)


def greeting(display_name: str | None, language: str) -> str:
    """The opening line of an email in `language` (a template language: en, fr, es, de, pt)."""
    language = language if language in _GREETINGS else "en"
    with_name, without = _GREETINGS[language]
    name = person_name(display_name)
    if name is None:
        return without
    if language in _FIRST_NAME_LANGUAGES:
        name = name.split()[0]
    return with_name.format(name=name)
