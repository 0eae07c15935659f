"""The desk API's HTTP handlers: parse, authorise, call the desk, shape the answer."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request, Response, status

from onecase_shared.events import CaseEventV1
from onecase_shared.problems import InvalidParam, problem_response, problem_responses
from onecase_triage.components import TriageComponents
from onecase_triage.desk.auth import CurrentUser, TokenTable
from onecase_triage.desk.case_views import DeskViews
from onecase_triage.desk.schemas import (
    AgentView,
    AvailabilityRequest,
    CaseView,
    ContactConfirmation,
    EscalateRequest,
    EventAccepted,
    LeadFollowUpRequest,
    MergeRequest,
    MergeResult,
    ResolveRequest,
    TransferRequest,
    UndoResult,
    UpdateRequest,
)
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.roster import Agent
from onecase_triage.domain.update_tone import tone_warnings
from onecase_triage.ports import IdentityStore
from onecase_triage.service.case_desk import (
    CaseDesk,
    ConflictError,
    DeskError,
    ForbiddenError,
    NotFoundError,
)

# Every route needs a token; each route adds the other statuses it can answer.
# 401 without a valid token; 429 after repeated wrong ones (onecase_shared.auth_failures).
router = APIRouter(tags=["desk"], responses=problem_responses(401, 429))

_STATUS = {NotFoundError: 404, ForbiddenError: 403, ConflictError: 409}
# A body that is not UTF-8 JSON is 400 (FastAPI cannot parse it); one that breaks its schema, 422.
# A case action also fails on no such case, not the owner's (nor a lead's), or resolved meanwhile.
_CASE_ACTION_ERRORS = problem_responses(400, 403, 404, 409, 422)


def _desk(request: Request) -> CaseDesk:
    desk: CaseDesk = request.app.state.desk
    return desk


def _views(request: Request) -> DeskViews:
    views: DeskViews = request.app.state.desk_views
    return views


def _failed(error: DeskError) -> HTTPException:
    return HTTPException(_STATUS.get(type(error), 400), detail=str(error))


def _accepted(event: CaseEventV1) -> EventAccepted:
    return EventAccepted(
        event_id=event.event_id,
        kind=event.kind.value,
        sequence=event.sequence,
        case_id=event.case_id,
    )


async def _case(request: Request, reference: str) -> CaseRecord:
    case = await _views(request).find_case(reference)
    if case is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no case {reference}")
    return case


@router.get("/cases", response_model=list[CaseRecord], responses=problem_responses(422))
async def list_cases(
    request: Request,
    _user: CurrentUser,
    status_: Annotated[str | None, Query(alias="status", pattern="^(open|resolved)$")] = "open",
    owner: str | None = None,
    level: Annotated[str | None, Query(pattern="^(critical|high|normal|low)$")] = None,
    category: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[CaseRecord]:
    """Cases, most urgent first; filter by status, owner, urgency level and category."""
    return await _views(request).cases(
        status=status_, owner=owner, level=level, category=category, limit=limit
    )


@router.get("/cases/{reference}", response_model=CaseView, responses=problem_responses(404))
async def read_case(request: Request, reference: str, _user: CurrentUser) -> CaseView:
    """One case by id or number: timeline across channels, owner history, clocks, messages sent."""
    return await _views(request).case_view(await _case(request, reference))


@router.get("/queue", response_model=list[CaseRecord], responses=problem_responses(422))
async def unassigned_queue(
    request: Request, _user: CurrentUser, limit: Annotated[int, Query(ge=1, le=500)] = 100
) -> list[CaseRecord]:
    """Cases waiting for an owner, most urgent then longest waiting first."""
    return await _views(request).queue(limit)


@router.get(
    "/agents/{agent_id}/queue", response_model=list[CaseRecord], responses=problem_responses(422)
)
async def agent_queue(
    request: Request,
    agent_id: str,
    _user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[CaseRecord]:
    """An agent's open cases, most urgent first."""
    return await _views(request).cases(
        status="open", owner=agent_id, level=None, category=None, limit=limit
    )


async def _act(coroutine: Any) -> EventAccepted:
    try:
        event: CaseEventV1 = await coroutine
    except DeskError as error:
        raise _failed(error) from error
    return _accepted(event)


@router.post(
    "/cases/{reference}/updates",
    status_code=202,
    response_model=EventAccepted,
    responses=_CASE_ACTION_ERRORS,
)
async def post_update(
    request: Request, reference: str, body: UpdateRequest, user: CurrentUser
) -> EventAccepted | Response:
    """Send the customer a progress update now; it resets the update clock.

    An update that argues, blames the customer or over-promises is answered 422 with each
    phrase named (`errors[].type` is `tone_warning`); `send_anyway: true` sends it as it is.
    """
    case = await _case(request, reference)
    held = _held_for_tone(request, body.text, send_anyway=body.send_anyway)
    return held or await _act(_desk(request).post_update(case.case_id, user, body.text))


@router.post(
    "/cases/{reference}/lead-follow-up",
    status_code=202,
    response_model=EventAccepted,
    responses=_CASE_ACTION_ERRORS,
)
async def send_lead_follow_up(
    request: Request, reference: str, body: LeadFollowUpRequest, user: CurrentUser
) -> EventAccepted | Response:
    """A team lead sends their follow-up on a staff-conduct case (leads only).

    `text` is the prefilled draft from `GET /cases/{reference}` (`lead_follow_up.draft`),
    reviewed and maybe edited. It reaches the customer as an update signed by the lead; the
    owner stays the owner. 409 when the case has no follow-up waiting; tone warnings as for
    updates.
    """
    case = await _case(request, reference)
    held = _held_for_tone(request, body.text, send_anyway=body.send_anyway)
    return held or await _act(_desk(request).send_lead_follow_up(case.case_id, user, body.text))


def _held_for_tone(request: Request, text: str, *, send_anyway: bool) -> Response | None:
    # Words to a customer that argue, blame or over-promise: 422 naming each phrase.
    warnings = () if send_anyway else tone_warnings(text)
    if not warnings:
        return None
    return problem_response(
        request,
        422,
        "The update may argue, blame the customer or over-promise. Rephrase it, or send "
        "it anyway with send_anyway: true.",
        errors=[
            InvalidParam(
                loc=["body", "text"], msg=f"{w.kind.value}: '{w.phrase}'", type="tone_warning"
            )
            for w in warnings
        ],
    )


@router.post(
    "/cases/{reference}/resolve", response_model=EventAccepted, responses=_CASE_ACTION_ERRORS
)
async def resolve(
    request: Request, reference: str, body: ResolveRequest, user: CurrentUser
) -> EventAccepted:
    """Resolve a case; the owner's capacity frees and the queue moves."""
    case = await _case(request, reference)
    return await _act(_desk(request).resolve(case.case_id, user, text=body.text, note=body.note))


@router.post(
    "/cases/{reference}/transfer", response_model=EventAccepted, responses=_CASE_ACTION_ERRORS
)
async def transfer(
    request: Request, reference: str, body: TransferRequest, user: CurrentUser
) -> EventAccepted:
    """Hand a case to another online agent with a note (the owner or a lead)."""
    case = await _case(request, reference)
    return await _act(
        _desk(request).transfer(case.case_id, user, to_agent=body.to_agent, note=body.note)
    )


@router.post(
    "/cases/{reference}/escalate", response_model=EventAccepted, responses=_CASE_ACTION_ERRORS
)
async def escalate(
    request: Request, reference: str, body: EscalateRequest, user: CurrentUser
) -> EventAccepted:
    """Add a team as collaborator; the owner stays the customer's contact."""
    case = await _case(request, reference)
    return await _act(_desk(request).escalate(case.case_id, user, team=body.team, note=body.note))


@router.post(
    "/cases/{reference}/contacts/{customer_id}/confirm",
    response_model=CaseRecord,
    responses=_CASE_ACTION_ERRORS,
)
async def confirm_contact(
    request: Request, reference: str, customer_id: str, body: ContactConfirmation, user: CurrentUser
) -> CaseRecord:
    """Vouch for an unverified contact (the owner or a lead): updates go to it from now on."""
    case = await _case(request, reference)
    try:
        return await _desk(request).confirm_contact(case.case_id, customer_id, user, note=body.note)
    except DeskError as error:
        raise _failed(error) from error


@router.get("/customers/{customer_id}", responses=problem_responses(404))
async def read_customer(request: Request, customer_id: str, _user: CurrentUser) -> dict[str, Any]:
    """A customer with every handle held and every merge, with its evidence."""
    identities: IdentityStore = request.app.state.identities
    customer = await identities.customer(customer_id)
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no customer {customer_id}")
    return customer


@router.post(
    "/customers/merge", response_model=MergeResult, responses=problem_responses(400, 403, 409, 422)
)
async def merge_customers(request: Request, body: MergeRequest, user: CurrentUser) -> MergeResult:
    """Merge two customers (leads); the merge is recorded and can be undone."""
    try:
        surviving = await _desk(request).merge_customers(
            body.first, body.second, user, reason=body.reason
        )
    except DeskError as error:
        raise _failed(error) from error
    return MergeResult(surviving_customer_id=surviving)


@router.post(
    "/customers/merges/{merge_id}/undo",
    response_model=UndoResult,
    responses=problem_responses(403, 404),
)
async def undo_merge(request: Request, merge_id: str, user: CurrentUser) -> UndoResult:
    """Separate two merged customers (leads); evidence alone will not merge them again."""
    try:
        separated = await _desk(request).undo_merge(merge_id, user)
    except DeskError as error:
        raise _failed(error) from error
    return UndoResult(customer_ids=separated)


@router.get("/agents", response_model=list[AgentView])
async def list_agents(request: Request, _user: CurrentUser) -> list[AgentView]:
    """The roster: skills, languages, capacity, shifts, availability and live load."""
    return await _views(request).agents()


@router.put("/agents/{agent_id}", status_code=204, responses=problem_responses(400, 403, 422))
async def save_agent(request: Request, agent_id: str, body: Agent, user: CurrentUser) -> None:
    """Add or change an agent (leads and admins)."""
    if body.agent_id != agent_id:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, detail="agent_id differs from the path"
        )
    try:
        await _desk(request).save_agent(body, user)
    except DeskError as error:
        raise _failed(error) from error


@router.put(
    "/agents/{agent_id}/availability",
    response_model=Agent,
    responses=problem_responses(400, 403, 404, 422),
)
async def set_availability(
    request: Request, agent_id: str, body: AvailabilityRequest, user: CurrentUser
) -> Agent:
    """An agent goes available or away (themselves, or a lead)."""
    try:
        return await _desk(request).set_availability(agent_id, body.available, user)
    except DeskError as error:
        raise _failed(error) from error


def mount_desk(app: FastAPI, *, parts: TriageComponents, tokens: TokenTable) -> None:
    """Serve the desk API on `app` with triage's components and the configured tokens."""
    app.state.desk = parts.desk
    app.state.desk_views = parts.views
    app.state.identities = parts.identities
    app.state.desk_tokens = tokens
    app.include_router(router)
