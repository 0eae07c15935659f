"""The desk's privacy routes: a customer's data exported, or erased everywhere (leads, admins)."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, HTTPException, Request, status

from onecase_shared.kafka import PublishFailedError
from onecase_shared.problems import problem_responses
from onecase_triage.desk.auth import CurrentUser
from onecase_triage.domain.personal_data import AuditEntry, CustomerHoldings
from onecase_triage.service.case_desk import DeskError, ForbiddenError, NotFoundError
from onecase_triage.service.customer_privacy import CustomerPrivacy

router = APIRouter(tags=["privacy"], responses=problem_responses(401, 429))

# 403: not a lead or an admin; 404: no such customer, or already erased.
_RESPONSES = problem_responses(403, 404)


def _privacy(request: Request) -> CustomerPrivacy:
    privacy: CustomerPrivacy = request.app.state.customer_privacy
    return privacy


def _failed(error: DeskError) -> HTTPException:
    code = {NotFoundError: 404, ForbiddenError: 403}.get(type(error), 400)
    return HTTPException(code, detail=str(error))


@router.get(
    "/customers/{customer_id}/export", response_model=CustomerHoldings, responses=_RESPONSES
)
async def export_customer(
    request: Request, customer_id: str, user: CurrentUser
) -> CustomerHoldings:
    """Everything Onecase holds about a customer: handles, merges, cases, messages, messages sent."""
    try:
        return await _privacy(request).export(customer_id, user)
    except DeskError as error:
        raise _failed(error) from error


@router.delete(
    "/customers/{customer_id}",
    response_model=AuditEntry,
    # 503: Kafka did not take the erasure, and nothing was erased: try again.
    responses=problem_responses(403, 404, 503),
)
async def erase_customer(request: Request, customer_id: str, user: CurrentUser) -> AuditEntry:
    """Erase a customer's personal data in every service; cases stay as anonymous shells."""
    try:
        return await _privacy(request).erase(customer_id, user)
    except DeskError as error:
        raise _failed(error) from error
    except PublishFailedError as error:
        # Nothing was erased yet: the other services must hear of it first.
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, detail="the erasure could not be published"
        ) from error


def mount_customer_privacy(app: FastAPI, privacy: CustomerPrivacy) -> None:
    """Serve the privacy routes on the desk app."""
    app.state.customer_privacy = privacy
    app.include_router(router)
