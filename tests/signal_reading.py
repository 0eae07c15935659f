"""The one reading the signal tests share: which signals a text gives."""

from onecase_triage.domain.complaint_signals import read_signals


def found(text: str) -> set[str]:
    """The names of the signals `read_signals` finds in `text`."""
    return set(read_signals(text).found)
