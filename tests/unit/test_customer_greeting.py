"""Greeting the customer by the name they gave, in their language's form, never by a handle."""

from __future__ import annotations

import pytest

from onecase_notify.domain.customer_greeting import greeting, person_name


@pytest.mark.parametrize(
    ("display", "language", "expected"),
    [
        ("Maria Keller", "en", "Hello Maria,"),
        ("Maria Keller", "es", "Hola, Maria:"),
        ("Maria Keller", "fr", "Bonjour Maria Keller,"),
        ("Maria Keller", "de", "Guten Tag Maria Keller,"),
        ("Maria Keller", "pt", "Olá, Maria,"),
        ("Herr Jürgen Groß", "de", "Guten Tag Jürgen Groß,"),
        ("Dra. Ana Lima", "pt", "Olá, Ana,"),
        ("joão da silva", "pt", "Olá, João,"),
        ("Dr. Maria Keller", "en", "Hello Maria,"),
        ("MARIA KELLER", "en", "Hello Maria,"),
        ("józef nowak", "fr", "Bonjour Józef Nowak,"),
        ("Léa", "fr", "Bonjour Léa,"),
        ("Jean-Luc O'Neill", "en", "Hello Jean-Luc,"),
        # Not a person's name: no name at all.
        ("ann@example.com", "en", "Hello,"),
        ("@ana_lima", "en", "Hello,"),
        ("gamer1987", "en", "Hello,"),
        ("https://example.com", "en", "Hello,"),
        ("", "es", "Hola:"),
        (None, "fr", "Bonjour,"),
        (None, "de", "Guten Tag,"),
        ("@ana_lima", "pt", "Olá,"),
        ("Mr.", "en", "Hello,"),
        ("x" * 80, "en", "Hello,"),
    ],
)
def test_the_greeting_uses_a_real_name_in_the_languages_form(
    display: str | None, language: str, expected: str
) -> None:
    assert greeting(display, language) == expected


def test_a_language_without_its_own_form_greets_in_english() -> None:
    assert greeting("Maria Keller", "it") == "Hello Maria,"


def test_quotes_and_spaces_around_a_name_are_tidied() -> None:
    assert person_name('  "Maria   Keller" ') == "Maria Keller"
