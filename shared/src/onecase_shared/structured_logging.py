"""JSON logs that carry ids and outcomes, never message text, emails or handles (promise 6)."""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

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


def redact_unsafe_fields(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """Replace the value of any key that is not on the allowlist."""
    for key in list(event_dict):
        if key not in SAFE_LOG_KEYS:
            event_dict[key] = REDACTED
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
