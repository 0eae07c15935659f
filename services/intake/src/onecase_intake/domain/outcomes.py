"""What normalizing one raw delivery can yield: complaints, ignore decisions, or a quarantine."""

from __future__ import annotations

from dataclasses import dataclass

from onecase_shared.events import ComplaintReceivedV1


@dataclass(frozen=True)
class Ignored:
    """An authentic event that is not a customer complaint (our own post, a read receipt, ...)."""

    reason: str  # a short snake_case word: "own_message", "retweet", "typing", "auto_reply", ...
    provider_event_id: str | None = None


class MalformedDeliveryError(ValueError):
    """An authentic delivery that cannot be understood: it goes to quarantine with this reason."""


Normalized = ComplaintReceivedV1 | Ignored
