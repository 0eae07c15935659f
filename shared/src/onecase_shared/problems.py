"""Errors as RFC 9457 problem details (`application/problem+json`), the same on every service.

One model, one set of exception handlers and one way to document error statuses in OpenAPI,
so a client (or a fuzzer reading the document) can rely on every error looking alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from pydantic.json_schema import models_json_schema
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
_SCHEMA_REF = "#/components/schemas/{model}"


class InvalidParam(BaseModel):
    """One part of a request that failed validation."""

    loc: list[str | int] = Field(
        description="Where: `body`, `query`, `path` or `header`, then the field path."
    )
    msg: str = Field(description="What is wrong with it, for a person.")
    type: str = Field(description="A stable code for the kind of error (pydantic's error type).")


class Problem(BaseModel):
    """An error answer (RFC 9457). `type` is `about:blank`, so `title` is the status phrase."""

    type: str = Field(default="about:blank", description="A URI reference naming the problem type.")
    title: str = Field(description="The HTTP status phrase.")
    status: int = Field(ge=400, le=599, description="The HTTP status code of this answer.")
    detail: str | None = Field(default=None, description="What went wrong in this occurrence.")
    instance: str | None = Field(default=None, description="The path of the request that failed.")
    errors: list[InvalidParam] | None = Field(
        default=None, description="Every invalid part of the request (validation problems only)."
    )


class ProblemResponse(JSONResponse):
    """A JSON response sent as `application/problem+json`."""

    media_type = PROBLEM_MEDIA_TYPE


def problem_response(
    request: Request,
    status: int,
    detail: str | None = None,
    *,
    errors: list[InvalidParam] | None = None,
    headers: Mapping[str, str] | None = None,
) -> ProblemResponse:
    """The problem+json answer for `status` on `request`."""
    problem = Problem(
        title=_phrase(status),
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=errors,
    )
    return ProblemResponse(
        problem.model_dump(mode="json", exclude_none=True), status_code=status, headers=headers
    )


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for error statuses, each a problem+json body."""
    return {
        status: {
            "description": _phrase(status),
            "content": {
                PROBLEM_MEDIA_TYPE: {"schema": {"$ref": _SCHEMA_REF.format(model="Problem")}}
            },
        }
        for status in statuses
    }


def install_problem_details(app: FastAPI) -> None:
    """Answer every error of `app` as problem+json and put the Problem schema in its OpenAPI."""
    app.add_exception_handler(StarletteHTTPException, _http_problem)
    app.add_exception_handler(RequestValidationError, _validation_problem)
    app.add_exception_handler(Exception, _server_problem)
    app.openapi = _with_problem_schemas(app.openapi)  # type: ignore[method-assign]


async def _http_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code in {204, 304}:  # no body allowed
        return Response(status_code=exc.status_code, headers=exc.headers)
    return problem_response(request, exc.status_code, _detail_text(exc.detail), headers=exc.headers)


async def _validation_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    # Only where, what and which kind: the offending input is not echoed back (it may be huge
    # or personal, and it is the client's own anyway).
    errors = [
        InvalidParam(
            loc=[part if isinstance(part, int) else str(part) for part in error.get("loc", ())],
            msg=str(error.get("msg", "")),
            type=str(error.get("type", "")),
        )
        for error in exc.errors()
    ]
    count = len(errors)
    detail = f"the request has {count} invalid part{'s' if count != 1 else ''}"
    return problem_response(request, 422, detail, errors=errors)


async def _server_problem(request: Request, _exc: Exception) -> Response:
    # Nothing about the error goes out; the server still logs it (Starlette re-raises it).
    return problem_response(request, 500)


def _with_problem_schemas(
    generate: Callable[[], dict[str, Any]],
) -> Callable[[], dict[str, Any]]:
    def openapi() -> dict[str, Any]:
        schema = generate()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name, definition in _problem_schemas().items():
            components.setdefault(name, definition)
        return schema

    return openapi


@cache
def _problem_schemas() -> dict[str, Any]:
    _, top = models_json_schema([(Problem, "serialization")], ref_template=_SCHEMA_REF)
    definitions: dict[str, Any] = top["$defs"]
    return definitions


def _detail_text(detail: object) -> str | None:
    if detail is None:
        return None
    return detail if isinstance(detail, str) else str(detail)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
