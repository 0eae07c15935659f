"""What the desk's handlers are given through FastAPI's `Depends`.

`wire_desk` is called once by the composition root (`main.create_app`); the providers below are
the only code that reads the app's state, so a handler names what it needs (`desk: Desk`,
`case: CaseAt`, `user: CurrentUser`) and a test can swap any of it with
`app.dependency_overrides`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from onecase_shared.auth_failures import AuthFailureLimiter, client_of
from onecase_triage.desk.auth import DESK_ROUTE, TokenTable
from onecase_triage.desk.case_views import DeskViews
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.desk_permissions import DeskUser
from onecase_triage.ports import IdentityStore
from onecase_triage.service.case_desk import CaseDesk
from onecase_triage.service.customer_privacy import CustomerPrivacy

_bearer = HTTPBearer(
    auto_error=False, description="A desk token: `token=user:role` in ONECASE_DESK_TOKENS"
)


def wire_desk(
    app: FastAPI,
    *,
    tokens: TokenTable,
    desk: CaseDesk | None = None,
    views: DeskViews | None = None,
    identities: IdentityStore | None = None,
    privacy: CustomerPrivacy | None = None,
    auth_failures: AuthFailureLimiter | None = None,
) -> None:
    """Give the desk's providers their objects; parts left out keep what was wired before."""
    state = app.state
    state.desk_tokens = tokens
    for name, part in (
        ("desk", desk),
        ("desk_views", views),
        ("identities", identities),
        ("customer_privacy", privacy),
        ("auth_failures", auth_failures),
    ):
        if part is not None:
            setattr(state, name, part)


def current_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> DeskUser:
    """The desk user a request's bearer token names; 401, or 429 after repeated wrong tokens."""
    table: TokenTable = request.app.state.desk_tokens
    limiter: AuthFailureLimiter | None = getattr(request.app.state, "auth_failures", None)
    client = client_of(request)
    if limiter is not None:
        limiter.check(client, DESK_ROUTE)
    user = table.user_for(credentials.credentials) if credentials else None
    if user is None:
        # Only a wrong token is a guess: a request without one (a page load) is not counted.
        if limiter is not None and credentials is not None:
            limiter.record_failure(client, DESK_ROUTE)
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="a valid desk bearer token is required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


def case_desk(request: Request) -> CaseDesk:
    """The desk's decisions: updates, transfers, resolutions, merges, the roster."""
    desk: CaseDesk = request.app.state.desk
    return desk


def desk_views(request: Request) -> DeskViews:
    """The desk's read side: case lists, one case's whole story, the roster's loads."""
    views: DeskViews = request.app.state.desk_views
    return views


def identity_store(request: Request) -> IdentityStore:
    """Customers and the handles they hold."""
    identities: IdentityStore = request.app.state.identities
    return identities


def customer_privacy(request: Request) -> CustomerPrivacy:
    """Export and erasure of a customer's personal data."""
    privacy: CustomerPrivacy = request.app.state.customer_privacy
    return privacy


CurrentUser = Annotated[DeskUser, Depends(current_user)]
Desk = Annotated[CaseDesk, Depends(case_desk)]
Views = Annotated[DeskViews, Depends(desk_views)]
Identities = Annotated[IdentityStore, Depends(identity_store)]
Privacy = Annotated[CustomerPrivacy, Depends(customer_privacy)]


async def case_at(reference: str, views: Views) -> CaseRecord:
    """The case a path's `{reference}` names (its id or its number); 404 when there is none."""
    case = await views.find_case(reference)
    if case is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no case {reference}")
    return case


CaseAt = Annotated[CaseRecord, Depends(case_at)]
