"""The desk API's case handlers: list and read cases, and act on one (update, resolve, …)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from onecase_shared.problems import InvalidParam, problem_response, problem_responses
from onecase_triage.desk.dependencies import CaseAt, CurrentUser, Desk, Views
from onecase_triage.desk.desk_errors import accepted, http_error
from onecase_triage.desk.schemas import (
    CaseView,
    ContactConfirmation,
    EscalateRequest,
    EventAccepted,
    LeadFollowUpRequest,
    ResolveRequest,
    TransferRequest,
    UpdateRequest,
)
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.update_tone import tone_warnings
from onecase_triage.service.case_desk import DeskError

# Every route needs a token; each route adds the other statuses it can answer.
# 401 without a valid token; 429 after repeated wrong ones (onecase_shared.auth_failures).
router = APIRouter(tags=["desk"], responses=problem_responses(401, 429))

# A body that is not UTF-8 JSON is 400 (FastAPI cannot parse it); one that breaks its schema, 422.
# A case action also fails on no such case, not the owner's (nor a lead's), or resolved meanwhile.
_CASE_ACTION_ERRORS = problem_responses(400, 403, 404, 409, 422)
_Limit = Annotated[int, Query(ge=1, le=500)]


@router.get("/cases", response_model=list[CaseRecord], responses=problem_responses(422))
async def list_cases(
    _user: CurrentUser,
    views: Views,
    status_: Annotated[str | None, Query(alias="status", pattern="^(open|resolved)$")] = "open",
    owner: str | None = None,
    level: Annotated[str | None, Query(pattern="^(critical|high|normal|low)$")] = None,
    category: str | None = None,
    limit: _Limit = 50,
) -> list[CaseRecord]:
    """Cases, most urgent first; filter by status, owner, urgency level and category."""
    return await views.cases(
        status=status_, owner=owner, level=level, category=category, limit=limit
    )


@router.get("/cases/{reference}", response_model=CaseView, responses=problem_responses(404))
async def read_case(
    _user: CurrentUser,
    case: CaseAt,
    views: Views,
) -> CaseView:
    """One case by id or number: timeline across channels, owner history, clocks, messages sent."""
    return await views.case_view(case)


@router.get("/queue", response_model=list[CaseRecord], responses=problem_responses(422))
async def unassigned_queue(
    _user: CurrentUser,
    views: Views,
    limit: _Limit = 100,
) -> list[CaseRecord]:
    """Cases waiting for an owner, most urgent then longest waiting first."""
    return await views.queue(limit)


@router.get(
    "/agents/{agent_id}/queue", response_model=list[CaseRecord], responses=problem_responses(422)
)
async def agent_queue(
    _user: CurrentUser,
    agent_id: str,
    views: Views,
    limit: _Limit = 100,
) -> list[CaseRecord]:
    """An agent's open cases, most urgent first."""
    return await views.cases(status="open", owner=agent_id, level=None, category=None, limit=limit)


@router.post(
    "/cases/{reference}/updates",
    status_code=202,
    response_model=EventAccepted,
    responses=_CASE_ACTION_ERRORS,
)
async def post_update(
    request: Request,
    user: CurrentUser,
    case: CaseAt,
    body: UpdateRequest,
    desk: Desk,
) -> EventAccepted | Response:
    """Send the customer a progress update now; it resets the update clock.

    An update that argues, blames the customer or over-promises is answered 422 with each
    phrase named (`errors[].type` is `tone_warning`); `send_anyway: true` sends it as it is.
    """
    held = _held_for_tone(request, body.text, send_anyway=body.send_anyway)
    return held or await accepted(desk.post_update(case.case_id, user, body.text))


@router.post(
    "/cases/{reference}/lead-follow-up",
    status_code=202,
    response_model=EventAccepted,
    responses=_CASE_ACTION_ERRORS,
)
async def send_lead_follow_up(
    request: Request,
    user: CurrentUser,
    case: CaseAt,
    body: LeadFollowUpRequest,
    desk: Desk,
) -> EventAccepted | Response:
    """A team lead sends their follow-up on a staff-conduct case (leads only).

    `text` is the prefilled draft from `GET /cases/{reference}` (`lead_follow_up.draft`),
    reviewed and maybe edited. It reaches the customer as an update signed by the lead; the
    owner stays the owner. 409 when the case has no follow-up waiting; tone warnings as for
    updates.
    """
    held = _held_for_tone(request, body.text, send_anyway=body.send_anyway)
    return held or await accepted(desk.send_lead_follow_up(case.case_id, user, body.text))


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
    user: CurrentUser,
    case: CaseAt,
    body: ResolveRequest,
    desk: Desk,
) -> EventAccepted:
    """Resolve a case; the owner's capacity frees and the queue moves."""
    return await accepted(desk.resolve(case.case_id, user, text=body.text, note=body.note))


@router.post(
    "/cases/{reference}/transfer", response_model=EventAccepted, responses=_CASE_ACTION_ERRORS
)
async def transfer(
    user: CurrentUser,
    case: CaseAt,
    body: TransferRequest,
    desk: Desk,
) -> EventAccepted:
    """Hand a case to another online agent with a note (the owner or a lead)."""
    return await accepted(desk.transfer(case.case_id, user, to_agent=body.to_agent, note=body.note))


@router.post(
    "/cases/{reference}/escalate", response_model=EventAccepted, responses=_CASE_ACTION_ERRORS
)
async def escalate(
    user: CurrentUser,
    case: CaseAt,
    body: EscalateRequest,
    desk: Desk,
) -> EventAccepted:
    """Add a team as collaborator; the owner stays the customer's contact."""
    return await accepted(desk.escalate(case.case_id, user, team=body.team, note=body.note))


@router.post(
    "/cases/{reference}/contacts/{customer_id}/confirm",
    response_model=CaseRecord,
    responses=_CASE_ACTION_ERRORS,
)
async def confirm_contact(
    user: CurrentUser,
    case: CaseAt,
    customer_id: str,
    body: ContactConfirmation,
    desk: Desk,
) -> CaseRecord:
    """Vouch for an unverified contact (the owner or a lead): updates go to it from now on."""
    try:
        return await desk.confirm_contact(case.case_id, customer_id, user, note=body.note)
    except DeskError as error:
        raise http_error(error) from error
