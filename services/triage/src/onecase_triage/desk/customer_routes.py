"""The desk's privacy routes: a customer's data exported, or erased everywhere (leads, admins)."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, HTTPException, status

from onecase_shared.kafka import PublishFailedError
from onecase_shared.problems import problem_responses
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk.dependencies import CurrentUser, Privacy, wire_desk
from onecase_triage.domain.personal_data import AuditEntry, CustomerHoldings
from onecase_triage.service.case_desk import DeskError, ForbiddenError, NotFoundError
from onecase_triage.service.customer_privacy import CustomerPrivacy

router = APIRouter(tags=["privacy"], responses=problem_responses(401, 429))

# 403: not a lead or an admin; 404: no such customer, or already erased.
_RESPONSES = problem_responses(403, 404)


def _failed(error: DeskError) -> HTTPException:
    code = {NotFoundError: 404, ForbiddenError: 403}.get(type(error), 400)
    return HTTPException(code, detail=str(error))


@router.get(
    "/customers/{customer_id}/export", response_model=CustomerHoldings, responses=_RESPONSES
)
async def export_customer(
    user: CurrentUser, customer_id: str, privacy: Privacy
) -> CustomerHoldings:
    """Everything Onecase holds about a customer: handles, merges, cases, messages, messages sent."""
    try:
        return await privacy.export(customer_id, user)
    except DeskError as error:
        raise _failed(error) from error


@router.delete(
    "/customers/{customer_id}",
    response_model=AuditEntry,
    # 503: Kafka did not take the erasure, and nothing was erased: try again.
    responses=problem_responses(403, 404, 503),
)
async def erase_customer(user: CurrentUser, customer_id: str, privacy: Privacy) -> AuditEntry:
    """Erase a customer's personal data in every service; cases stay as anonymous shells."""
    try:
        return await privacy.erase(customer_id, user)
    except DeskError as error:
        raise _failed(error) from error
    except PublishFailedError as error:
        # Nothing was erased yet: the other services must hear of it first.
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, detail="the erasure could not be published"
        ) from error


def mount_customer_privacy(app: FastAPI, privacy: CustomerPrivacy, *, tokens: TokenTable) -> None:
    """Serve the privacy routes on the desk app, for the desk's token holders."""
    wire_desk(app, tokens=tokens, privacy=privacy)
    app.include_router(router)
