"""The desk's privacy routes: a customer's data exported, or erased everywhere (leads, admins)."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, HTTPException, Request, status

from onecase_shared.kafka import PublishFailedError
from onecase_triage.case_desk import DeskError, ForbiddenError, NotFoundError
from onecase_triage.customer_privacy import CustomerPrivacy
from onecase_triage.desk.auth import CurrentUser
from onecase_triage.domain.personal_data import AuditEntry, CustomerHoldings

router = APIRouter(tags=["privacy"])

_RESPONSES: dict[int | str, dict[str, str]] = {
    401: {"description": "No valid desk bearer token"},
    403: {"description": "Not a lead or an admin"},
    404: {"description": "No such customer (or already erased)"},
}


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
    responses={**_RESPONSES, 503: {"description": "Kafka did not take the erasure: try again"}},
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
