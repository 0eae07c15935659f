"""What a dead letter carries: its original bytes, and headers saying why and where from."""

from __future__ import annotations

from onecase_shared.redaction import redact_personal_data

# What a dead letter carries besides its original bytes (docs/asyncapi.json lists these).
DLQ_HEADERS = {
    "onecase-dlq-reason": "invalid_event, handler_failed, permanent_failure or retry_time_exceeded",
    "onecase-error-type": "the exception's class name",
    "onecase-error": "the error message, personal data redacted, at most 1,000 characters",
    "onecase-original-topic": "the topic the message was read from",
    "onecase-original-partition": "its partition there",
    "onecase-original-offset": "its offset there",
    "onecase-consumer-group": "the consumer group that gave up on it",
}


def dead_letter_headers(
    *, reason: str, error: BaseException, topic: str, partition: int, offset: int, group_id: str
) -> dict[str, str]:
    """The headers of a dead letter: why it failed and where it came from (DLQ_HEADERS)."""
    return {
        "onecase-dlq-reason": reason,
        "onecase-error-type": type(error).__name__,
        # The payload stays on Kafka as it was; headers are read by tools and people who
        # need the error, not the customer's address that a provider quoted in it.
        "onecase-error": redact_personal_data(str(error))[:1000],
        "onecase-original-topic": topic,
        "onecase-original-partition": str(partition),
        "onecase-original-offset": str(offset),
        "onecase-consumer-group": group_id,
    }
