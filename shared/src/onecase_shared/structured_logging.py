"""JSON logs that carry ids and outcomes, never message text, emails or handles (promise 6)."""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

from onecase_shared.redaction import redact_personal_data

# An allowlist, not a denylist: a new field is redacted until someone decides it is safe.
SAFE_LOG_KEYS = frozenset(
    {
        "event",
        "level",
        "timestamp",
        "logger",
        "service",
        "exc_info",
        "error_type",
        "reason",
        "status",
        "outcome",
        "topic",
        "partition",
        "offset",
        "group",
        "channel",
        "provider",
        "kind",
        "attempt",
        "duration_ms",
        "port",
        "path",
        "method",
        "status_code",
        "case_id",
        "case_number",
        "complaint_id",
        "customer_id",
        "delivery_id",
        "event_id",
        "correlation_id",
        "agent_id",
        "notification_key",
        "size",
        "count",
        "route",
        "merge_id",
        "absorbed",
        "surviving",
        "by",
        "to",
    }
)
REDACTED = "[redacted]"
# Allowed keys whose values are free text written by others (an SMTP refusal, a library's log
# message, a request path): kept, but with addresses, phone numbers and handles taken out.
FREE_TEXT_LOG_KEYS = frozenset({"event", "reason", "path"})


def redact_unsafe_fields(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """Replace the value of any key that is not on the allowlist; scrub free-text ones."""
    for key, value in list(event_dict.items()):
        if key not in SAFE_LOG_KEYS:
            event_dict[key] = REDACTED
        elif key in FREE_TEXT_LOG_KEYS and not isinstance(value, int | float | None):
            # An object (an exception passed as reason) would be rendered by its repr unscrubbed.
            event_dict[key] = redact_personal_data(str(value))
    return event_dict


def configure_logging(service: str, level: str = "INFO") -> None:
    """Send structlog and standard-library logs to stdout as one JSON object per line."""
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[
            *shared,
            structlog.processors.format_exc_info,
            redact_unsafe_fields,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        logger_factory=structlog.PrintLoggerFactory(),
        cache_logger_on_first_use=False,
    )
    structlog.contextvars.bind_contextvars(service=service)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                redact_unsafe_fields,
                structlog.processors.JSONRenderer(),
            ],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
