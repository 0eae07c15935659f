"""The desk API, assembled: its routers, and how the composition root serves them."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from onecase_triage.components import TriageComponents
from onecase_triage.desk import case_routes, people_routes
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk.dependencies import wire_desk


def desk_router() -> APIRouter:
    """Every desk API route: cases and their actions, customers, the roster."""
    router = APIRouter()
    router.include_router(case_routes.router)
    router.include_router(people_routes.router)
    return router


def mount_desk(app: FastAPI, *, parts: TriageComponents, tokens: TokenTable) -> None:
    """Serve the desk API on `app` with triage's components and the configured tokens."""
    wire_desk(app, tokens=tokens, desk=parts.desk, views=parts.views, identities=parts.identities)
    app.include_router(desk_router())
