"""What a consumer does when handling a message fails: wait, retry, or give up on it.

A handler's error is either the message's fault (retried a few times, then dead-lettered) or
the infrastructure's (the partition pauses and reads the message again). `PermanentError`
skips the retries; `RetryLaterError` marks a wait for something else (another instance's
lease). `RetryPolicy` bounds both.
"""

from __future__ import annotations

from dataclasses import dataclass

from aiokafka.errors import KafkaError
from pymongo.errors import ConnectionFailure, ExecutionTimeout, WTimeoutError

from onecase_shared.kafka.event_publisher import PublishFailedError


class RetryLaterError(Exception):
    """Raised by a handler that must wait for something (e.g. another instance's lease)."""


class PermanentError(Exception):
    """Raised by a handler when trying again cannot help (a provider refused for good).

    The message goes to the DLQ at once, with the error as its reason.
    """


_TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    RetryLaterError,
    ConnectionFailure,  # includes AutoReconnect and ServerSelectionTimeoutError
    ExecutionTimeout,
    WTimeoutError,
    KafkaError,
    PublishFailedError,
    ConnectionError,
    TimeoutError,
)


def is_transient(error: BaseException) -> bool:
    """Whether an error comes from the infrastructure rather than from the message."""
    return isinstance(error, _TRANSIENT_ERRORS)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one message before dead-lettering it."""

    max_attempts: int = 3
    backoff_s: float = 0.5
    # How long to wait before re-reading a message after an infrastructure outage.
    outage_pause_s: float = 2.0
    # How long one message may keep failing with a "temporary" error before it is dead-lettered.
    max_retry_s: float = 900.0
