"""How the desk's refusals become HTTP answers."""

from __future__ import annotations

from collections.abc import Awaitable

from fastapi import HTTPException

from onecase_shared.events import CaseEventV1
from onecase_triage.desk.schemas import EventAccepted
from onecase_triage.service.case_desk import ConflictError, DeskError, ForbiddenError, NotFoundError

_STATUS = {NotFoundError: 404, ForbiddenError: 403, ConflictError: 409}


def http_error(error: DeskError) -> HTTPException:
    """404 for no such thing, 403 for not yours, 409 for a state that changed, else 400."""
    return HTTPException(_STATUS.get(type(error), 400), detail=str(error))


async def accepted(decision: Awaitable[CaseEventV1]) -> EventAccepted:
    """The event a desk decision produced, as the 2xx body; its refusal as an HTTP error."""
    try:
        event = await decision
    except DeskError as error:
        raise http_error(error) from error
    return EventAccepted(
        event_id=event.event_id,
        kind=event.kind.value,
        sequence=event.sequence,
        case_id=event.case_id,
    )
