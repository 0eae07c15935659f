"""Every error a service answers is RFC 9457 problem+json, documented in its OpenAPI."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import httpx
import pytest
from fastapi import FastAPI, HTTPException, Query
from prometheus_client import CollectorRegistry
from pydantic import BaseModel

from onecase_shared.problems import PROBLEM_MEDIA_TYPE, Problem, problem_responses
from onecase_shared.service_app import build_service_app, noop_lifespan


class Note(BaseModel):
    text: str


def an_app() -> FastAPI:
    app = build_service_app(
        title="problems", lifespan=noop_lifespan, registry=CollectorRegistry(), readiness={}
    )

    @app.post("/notes", status_code=201, responses=problem_responses(401, 422))
    async def add_note(note: Note, limit: Annotated[int, Query(ge=1)] = 1) -> Note:
        if note.text == "let me in":
            raise HTTPException(401, "a token is required", headers={"WWW-Authenticate": "Bearer"})
        return note

    @app.get("/crash")
    async def crash() -> None:
        raise RuntimeError("customer ana@example.com broke it")

    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=an_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://svc") as client:
        yield client


def problem_of(response: httpx.Response) -> Problem:
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    return Problem.model_validate(response.json())


async def test_an_http_error_keeps_its_status_detail_and_headers(client: httpx.AsyncClient) -> None:
    response = await client.post("/notes", json={"text": "let me in"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json() == {
        "type": "about:blank",
        "title": "Unauthorized",
        "status": 401,
        "detail": "a token is required",
        "instance": "/notes",
    }


async def test_a_validation_error_lists_every_invalid_part_without_echoing_it(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post("/notes?limit=0", json={"text": ["ana@example.com"]})
    problem = problem_of(response)
    assert response.status_code == problem.status == 422
    assert problem.title == "Unprocessable Entity"  # Python 3.11 names 422 as RFC 4918 did
    assert problem.errors is not None
    assert {(tuple(e.loc), e.type) for e in problem.errors} == {
        (("query", "limit"), "greater_than_equal"),
        (("body", "text"), "string_type"),
    }
    assert problem.detail == "the request has 2 invalid parts"
    assert "ana@example.com" not in response.text


async def test_a_body_that_is_not_json_is_a_problem_too(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/notes", content=b"\xff\xfe{", headers={"content-type": "application/json"}
    )
    assert response.status_code in {400, 422}
    assert problem_of(response).status == response.status_code


async def test_unknown_paths_and_methods_are_problems(client: httpx.AsyncClient) -> None:
    missing = await client.get("/nowhere")
    assert missing.status_code == 404
    assert problem_of(missing).instance == "/nowhere"
    wrong_method = await client.delete("/notes")
    assert wrong_method.status_code == 405
    assert problem_of(wrong_method).title == "Method Not Allowed"
    assert "POST" in wrong_method.headers["allow"]


async def test_a_crash_is_a_500_problem_that_tells_nothing(client: httpx.AsyncClient) -> None:
    response = await client.get("/crash")
    assert response.status_code == 500
    problem = problem_of(response)
    assert problem.detail is None
    assert "ana@example.com" not in response.text


def test_the_document_describes_error_statuses_as_problems() -> None:
    document = an_app().openapi()
    responses = document["paths"]["/notes"]["post"]["responses"]
    assert set(responses) == {"201", "401", "422"}
    for status in ("401", "422"):
        assert responses[status]["content"] == {
            PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}
        }
    schemas = document["components"]["schemas"]
    assert {"Problem", "InvalidParam"} <= set(schemas)
    assert "HTTPValidationError" not in schemas
