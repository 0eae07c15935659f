"""The desk's HTTP contract, fuzzed: Schemathesis reads its OpenAPI and sends what it allows.

Requests carry a lead's token, so they reach the desk's logic on the real store (the
MongoDB-wire server); Schemathesis also sends requests without it. Every answer must be a
documented status with a documented media type and a body valid against its schema, never a 5xx.
The app is the desk as production builds it (`build_service_app` + `mount_desk`), called
in-process over ASGI; its lifespan prepares a fresh database on the fuzzer's event loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from uuid import uuid4

import pytest
import schemathesis
from fastapi import FastAPI
from prometheus_client import CollectorRegistry
from pymongo import AsyncMongoClient

from onecase_localinfra.discovery import Endpoint
from onecase_shared.mongo import Document, ensure_indexes
from onecase_shared.service_app import build_service_app
from onecase_triage.components import INDEXES, build_components
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk.routes import desk_router, mount_desk
from onecase_triage.domain.identity_evidence import EvidencePolicy
from onecase_triage.domain.triage_rules import TriageRules
from tests.builders import email_from
from tests.contract_checks import fuzz_operation, operations_of
from tests.fakes import RecordingCasePublisher
from tests.integration.triage_world import LEAD_AGENT, an_agent

pytestmark = pytest.mark.integration

TOKENS = "lead-secret=lena.lead:lead"
AS_LEAD = {"Authorization": "Bearer lead-secret"}


def desk_app(mongo: Endpoint) -> FastAPI:
    """The desk on a fresh database, with a small roster and one open case."""
    client: AsyncMongoClient[Document] = AsyncMongoClient(
        mongo.address, tz_aware=True, uuidRepresentation="standard"
    )
    db = client[f"desk_contract_{uuid4().hex[:10]}"]
    parts = build_components(
        db,
        publisher=RecordingCasePublisher(),
        rules=TriageRules(),
        evidence=EvidencePolicy(own_email_domains=frozenset({"onecase.example"})),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await ensure_indexes(db, INDEXES)
        await parts.roster.seed((an_agent("ann.ames"), LEAD_AGENT))
        await parts.triage.on_complaint_received(
            email_from("ana@example.com", "My parcel never arrived and the tracking page is blank.")
        )
        try:
            yield
        finally:
            await client.drop_database(db.name)
            await client.close()

    app = build_service_app(
        title="desk under test", lifespan=lifespan, registry=CollectorRegistry(), readiness={}
    )
    mount_desk(app, parts=parts, tokens=TokenTable(TOKENS))
    return app


def _desk_document() -> dict[str, Any]:
    app = FastAPI()
    app.include_router(desk_router())
    return app.openapi()


OPERATIONS = operations_of(_desk_document())


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_the_desk_answers_only_what_its_document_promises(
    mongo: Endpoint, method: str, path: str
) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", desk_app(mongo))
    fuzz_operation(schema[path][method], headers=AS_LEAD)
