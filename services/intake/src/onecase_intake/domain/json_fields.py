"""Lenient readers for provider JSON fields, shared by the X and Facebook wire models."""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator


def as_text(value: object) -> str:
    """A string field, or "" when absent or of another type.

    JSON may carry lone UTF-16 surrogates, which cannot be encoded to UTF-8 downstream:
    they become "?".
    """
    return value.encode("utf-8", "replace").decode("utf-8") if isinstance(value, str) else ""


def as_flag(value: object) -> bool:
    """A boolean that providers sometimes send as the string "true"."""
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return value is True


Text = Annotated[str, BeforeValidator(as_text)]
Flag = Annotated[bool, BeforeValidator(as_flag)]
