"""The `DeskGateway` over today's triage services: the one file to adapt when triage changes."""

from __future__ import annotations

from collections.abc import Awaitable

from onecase_triage.components import TriageComponents
from onecase_triage.desk.schemas import AgentView, CaseView
from onecase_triage.desk_ui.gateway import ActionRefusedError, TimelineItem
from onecase_triage.domain.case_contacts import unverified_messages
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.desk_permissions import DeskUser
from onecase_triage.service.case_desk import DeskError


class TriageDeskGateway:
    """Reads through DeskViews, acts through CaseDesk; desk errors become `ActionRefusedError`."""

    def __init__(self, parts: TriageComponents) -> None:
        self._parts = parts

    async def open_cases(self, limit: int) -> list[CaseRecord]:
        """Open cases, most urgent first."""
        return await self._parts.views.cases(
            status="open", owner=None, level=None, category=None, limit=limit
        )

    async def queue(self, limit: int) -> list[CaseRecord]:
        """Cases waiting for an owner."""
        return await self._parts.views.queue(limit)

    async def case(self, reference: str) -> CaseView | None:
        """One case by number or id."""
        found = await self._parts.views.find_case(reference)
        return None if found is None else await self._parts.views.case_view(found)

    async def timeline(self, case: CaseRecord) -> list[TimelineItem]:
        """The customer's messages across channels, oldest first."""
        unverified = unverified_messages(case.contacts)
        return [
            TimelineItem(
                at=m.received_at,
                channel=m.channel.value,
                kind=m.message_kind,
                public=m.public,
                who=m.author_name or m.author.value,
                handle=m.author.value,
                reach=m.reach,
                subject=m.subject,
                text=m.text,
                unverified_contact=m.complaint_id in unverified,
            )
            for m in await self._parts.cases.messages_of(case)
        ]

    async def agents(self) -> list[AgentView]:
        """The roster with live loads."""
        return await self._parts.views.agents()

    async def post_update(self, reference: str, user: DeskUser, text: str) -> None:
        """Send a progress update now."""
        case = await self._find(reference)
        await _refusing(self._parts.desk.post_update(case.case_id, user, text))

    async def send_lead_follow_up(self, reference: str, user: DeskUser, text: str) -> None:
        """A lead's staff-conduct follow-up, sent as an update signed by them."""
        case = await self._find(reference)
        await _refusing(self._parts.desk.send_lead_follow_up(case.case_id, user, text))

    async def resolve(self, reference: str, user: DeskUser, text: str | None) -> None:
        """Resolve the case."""
        case = await self._find(reference)
        await _refusing(self._parts.desk.resolve(case.case_id, user, text=text, note=None))

    async def transfer(self, reference: str, user: DeskUser, to_agent: str, note: str) -> None:
        """Hand the case over."""
        case = await self._find(reference)
        await _refusing(self._parts.desk.transfer(case.case_id, user, to_agent=to_agent, note=note))

    async def escalate(self, reference: str, user: DeskUser, team: str, note: str) -> None:
        """Bring a team in."""
        case = await self._find(reference)
        await _refusing(self._parts.desk.escalate(case.case_id, user, team=team, note=note))

    async def add_note(self, reference: str, user: DeskUser, text: str) -> None:
        """An internal note, kept as a `note_added` case event."""
        case = await self._find(reference)
        await _refusing(self._parts.desk.add_note(case.case_id, user, text))

    async def confirm_contact(
        self, reference: str, user: DeskUser, customer_id: str, note: str
    ) -> None:
        """Vouch for an unverified contact."""
        case = await self._find(reference)
        await _refusing(
            self._parts.desk.confirm_contact(case.case_id, customer_id, user, note=note)
        )

    async def decide_link(
        self, reference: str, user: DeskUser, customer_id: str, *, accept: bool, note: str
    ) -> None:
        """Accept: merge the two customers (leads). Reject: drop the suggestion, with a note."""
        case = await self._find(reference)
        await _refusing(
            self._parts.desk.decide_link(case.case_id, customer_id, user, accept=accept, note=note)
        )

    async def set_availability(self, agent_id: str, user: DeskUser, available: bool) -> None:
        """An agent goes available or away."""
        await _refusing(self._parts.desk.set_availability(agent_id, available, user))

    async def _find(self, reference: str) -> CaseRecord:
        case = await self._parts.views.find_case(reference)
        if case is None:
            raise ActionRefusedError(f"no case {reference}")
        return case


async def _refusing(action: Awaitable[object]) -> None:
    try:
        await action
    except DeskError as error:
        raise ActionRefusedError(str(error)) from error
