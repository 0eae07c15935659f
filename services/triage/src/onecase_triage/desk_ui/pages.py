"""The desk's pages: inbox, case, social watch, lead view and operations (all GET)."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from onecase_triage.desk_ui.board import (
    LEVELS,
    CaseFilter,
    channels_of,
    exposure,
    inbox_of,
    is_public,
    lead_board,
    moved_private,
)
from onecase_triage.desk_ui.context import DeskUi
from onecase_triage.desk_ui.operations import service_health

OPEN_LIMIT = 500
PUBLIC_REPLY = "public_reply"


def build_router(ui: DeskUi) -> APIRouter:
    """Every page; an anonymous browser is sent to the login form by `DeskUi.session`."""
    router = APIRouter(include_in_schema=False)

    @router.get("/ui/", response_class=HTMLResponse)
    async def inbox(
        request: Request,
        level: str = "",
        category: str = "",
        channel: str = "",
        visibility: str = "",
        flagged: bool = False,
        q: Annotated[str, Query(max_length=200)] = "",
    ) -> HTMLResponse:
        """The agent's own cases, then the queue, then the team's, most urgent first."""
        session = ui.session(request)
        open_cases, queue = await asyncio.gather(
            ui.gateway.open_cases(OPEN_LIMIT), ui.gateway.queue(OPEN_LIMIT)
        )
        chosen = CaseFilter(level, category, channel, visibility, flagged, q)
        return ui.page(
            request,
            "inbox.html",
            session,
            inbox=inbox_of(session.user, open_cases, queue, chosen),
            chosen=chosen,
            levels=LEVELS,
            categories=sorted({c.category.name for c in open_cases}),
            channels=sorted({ch for c in open_cases for ch in channels_of(c)}),
        )

    @router.get("/ui/cases/{number}", response_class=HTMLResponse)
    async def case_page(request: Request, number: str) -> HTMLResponse:
        """One case: the customer's words, history, promises, incidents, facts and actions."""
        session = ui.session(request)
        view = await ui.gateway.case(number)
        if view is None:
            response = ui.page(request, "missing.html", session, number=number)
            response.status_code = 404
            return response
        timeline, agents = await asyncio.gather(ui.gateway.timeline(view.case), ui.gateway.agents())
        case = view.case
        return ui.page(
            request,
            "case.html",
            session,
            view=view,
            case=case,
            timeline=timeline,
            channels=channels_of(case),
            public=is_public(case),
            can_work=session.user.is_lead
            or (case.owner is not None and case.owner.agent_id == session.user.user_id),
            transfer_to=[
                a
                for a in agents
                if a.online and (case.owner is None or a.agent.agent_id != case.owner.agent_id)
            ],
            teams=sorted({a.agent.team for a in agents}),
            notes=[e for e in view.events if e.note],
        )

    @router.get("/ui/social", response_class=HTMLResponse)
    async def social(request: Request) -> HTMLResponse:
        """Public posts as they arrive, with reach, the public reply and any move to private."""
        session = ui.session(request)
        public_cases = [c for c in await ui.gateway.open_cases(OPEN_LIMIT) if is_public(c)]
        views = await asyncio.gather(*(ui.gateway.case(c.number) for c in public_cases))
        timelines = await asyncio.gather(*(ui.gateway.timeline(c) for c in public_cases))
        posts = []
        ranked = []
        for case, view, timeline in zip(public_cases, views, timelines, strict=True):
            sent = view.messages_sent if view else []
            replied = [m for m in sent if m.get("kind") == PUBLIC_REPLY and m["status"] == "sent"]
            reach = max((m.reach for m in timeline if m.public), default=0)
            ranked.append((exposure(reach, case), reach, case, bool(replied), moved_private(case)))
            posts += [(m, case, replied, moved_private(case)) for m in timeline if m.public]
        posts.sort(key=lambda post: post[0].at, reverse=True)
        ranked.sort(key=lambda row: row[0], reverse=True)
        return ui.page(request, "social.html", session, posts=posts, ranked=ranked)

    @router.get("/ui/lead", response_class=HTMLResponse)
    async def lead(request: Request) -> HTMLResponse:
        """What needs a lead, and the team's load against capacity."""
        session = ui.session(request)
        open_cases, agents = await asyncio.gather(
            ui.gateway.open_cases(OPEN_LIMIT), ui.gateway.agents()
        )
        return ui.page(
            request,
            "lead.html",
            session,
            board=lead_board(open_cases, ui.clock()),
            agents=agents,
        )

    @router.get("/ui/ops", response_class=HTMLResponse)
    async def operations(request: Request) -> HTMLResponse:
        """Service health, consumer lag, dead letters and quarantine."""
        session = ui.session(request)
        health, lag, parked = await asyncio.gather(
            service_health(ui.services),
            ui.kafka.lag(),
            ui.kafka.parked(),
            return_exceptions=True,
        )
        return ui.page(
            request,
            "ops.html",
            session,
            health=health if isinstance(health, list) else [],
            lag=lag if isinstance(lag, list) else [],
            lag_error="" if isinstance(lag, list) else type(lag).__name__,
            parked=parked if isinstance(parked, list) else [],
            parked_error="" if isinstance(parked, list) else type(parked).__name__,
        )

    return router
