"""Fuzz one OpenAPI operation with Schemathesis and fail on any answer its document does not promise.

Used by the contract tests of intake and the desk. Schemathesis generates valid and invalid
requests from the operation's document and sends them in-process (ASGI, no network).
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import APIOperation, Case, GenerationMode
from schemathesis.checks import CheckFunction, not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

# No 5xx; only documented statuses; only documented media types; bodies valid against their schema.
CONTRACT_CHECKS: list[CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

# Per operation: enough to reach every documented answer, few enough for `make test`.
EXAMPLES_PER_OPERATION = 25


def operations_of(document: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (METHOD, path) an OpenAPI document lists, in a stable order."""
    return sorted(
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in item
        if method in {"get", "put", "post", "delete", "patch", "head", "options"}
    )


def fuzz_operation(
    operation: APIOperation[Any, Any, Any, Any], *, headers: dict[str, str] | None = None
) -> None:
    """Send valid and invalid requests to `operation` (with `headers`); raise on a broken promise."""
    requests = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )

    @given(case=requests)
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    def call(case: Case[Any]) -> None:
        case.call_and_validate(headers=headers, checks=CONTRACT_CHECKS)

    call()
