"""Offline language identification for short customer messages."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below this many letters a guess is noise ("ok!", "??"): say nothing rather than guess.
MIN_LETTERS = 12
MIN_PROBABILITY = 0.5


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of `text`'s language, or None when it is too short or unclear."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    language, probability = _identifier().classify(text[:2000])
    return str(language) if probability >= MIN_PROBABILITY else None
