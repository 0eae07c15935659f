"""Lenient readers for provider JSON, shared by the X and Facebook wire models."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, model_validator


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


class WireModel(BaseModel):
    """Base of a provider's wire models: frozen, tolerant of unknown and null members."""

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _null_is_absent(cls, data: object) -> object:
        # Providers write `null` for absent members; both mean "use the default".
        if isinstance(data, dict):
            return {key: value for key, value in data.items() if value is not None}
        return data
