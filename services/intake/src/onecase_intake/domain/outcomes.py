"""What normalizing one raw delivery can yield: complaints, ignore decisions, or a quarantine."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from onecase_shared.events import ComplaintReceivedV1, RawDeliveryReceivedV1


@dataclass(frozen=True)
class Ignored:
    """An authentic event that is not a customer complaint (our own post, a read receipt, ...)."""

    reason: str  # a short snake_case word: "own_message", "retweet", "typing", "auto_reply", ...
    provider_event_id: str | None = None


class MalformedDeliveryError(ValueError):
    """An authentic delivery that cannot be understood: it goes to quarantine with this reason."""


class OverBudgetError(MalformedDeliveryError):
    """Normalizing the delivery took longer than its time budget: quarantined, not retried."""


Normalized = ComplaintReceivedV1 | Ignored

Normalizer = Callable[[RawDeliveryReceivedV1], list[Normalized]]


def quarantines_the_unforeseen(provider: str) -> Callable[[Normalizer], Normalizer]:
    """Make a normalizer raise MalformedDeliveryError, and nothing else, for any input.

    An input nobody foresaw must go to quarantine (kept, replayable once fixed), not crash
    the consumer and stall its partition.
    """

    def decorate(normalize: Normalizer) -> Normalizer:
        @functools.wraps(normalize)
        def guarded(raw: RawDeliveryReceivedV1) -> list[Normalized]:
            try:
                return normalize(raw)
            except MalformedDeliveryError:
                raise
            except Exception as unexpected:
                msg = f"unreadable {provider} delivery ({type(unexpected).__name__})"
                raise MalformedDeliveryError(msg) from unexpected

        return guarded

    return decorate
