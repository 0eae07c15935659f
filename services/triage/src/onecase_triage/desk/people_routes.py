"""The desk API's customer and roster handlers: who a customer is, merges, agents and availability."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status

from onecase_shared.problems import problem_responses
from onecase_triage.desk.dependencies import CurrentUser, Desk, Identities, Views
from onecase_triage.desk.desk_errors import http_error
from onecase_triage.desk.schemas import (
    AgentView,
    AvailabilityRequest,
    MergeRequest,
    MergeResult,
    UndoResult,
)
from onecase_triage.domain.roster import Agent
from onecase_triage.service.case_desk import DeskError

# 401 without a valid token; 429 after repeated wrong ones (onecase_shared.auth_failures).
router = APIRouter(tags=["desk"], responses=problem_responses(401, 429))


@router.get("/customers/{customer_id}", responses=problem_responses(404))
async def read_customer(
    _user: CurrentUser, customer_id: str, identities: Identities
) -> dict[str, Any]:
    """A customer with every handle held and every merge, with its evidence."""
    customer = await identities.customer(customer_id)
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no customer {customer_id}")
    return customer


@router.post(
    "/customers/merge", response_model=MergeResult, responses=problem_responses(400, 403, 409, 422)
)
async def merge_customers(user: CurrentUser, body: MergeRequest, desk: Desk) -> MergeResult:
    """Merge two customers (leads); the merge is recorded and can be undone."""
    try:
        surviving = await desk.merge_customers(body.first, body.second, user, reason=body.reason)
    except DeskError as error:
        raise http_error(error) from error
    return MergeResult(surviving_customer_id=surviving)


@router.post(
    "/customers/merges/{merge_id}/undo",
    response_model=UndoResult,
    responses=problem_responses(403, 404),
)
async def undo_merge(user: CurrentUser, merge_id: str, desk: Desk) -> UndoResult:
    """Separate two merged customers (leads); evidence alone will not merge them again."""
    try:
        separated = await desk.undo_merge(merge_id, user)
    except DeskError as error:
        raise http_error(error) from error
    return UndoResult(customer_ids=separated)


@router.get("/agents", response_model=list[AgentView])
async def list_agents(_user: CurrentUser, views: Views) -> list[AgentView]:
    """The roster: skills, languages, capacity, shifts, availability and live load."""
    return await views.agents()


@router.put("/agents/{agent_id}", status_code=204, responses=problem_responses(400, 403, 422))
async def save_agent(user: CurrentUser, agent_id: str, body: Agent, desk: Desk) -> None:
    """Add or change an agent (leads and admins)."""
    if body.agent_id != agent_id:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, detail="agent_id differs from the path"
        )
    try:
        await desk.save_agent(body, user)
    except DeskError as error:
        raise http_error(error) from error


@router.put(
    "/agents/{agent_id}/availability",
    response_model=Agent,
    responses=problem_responses(400, 403, 404, 422),
)
async def set_availability(
    user: CurrentUser, agent_id: str, body: AvailabilityRequest, desk: Desk
) -> Agent:
    """An agent goes available or away (themselves, or a lead)."""
    try:
        return await desk.set_availability(agent_id, body.available, user)
    except DeskError as error:
        raise http_error(error) from error
