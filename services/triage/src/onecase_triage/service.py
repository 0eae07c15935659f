"""Triage's use case: a complaint joins the customer's open case or opens one with an owner."""

from __future__ import annotations

import structlog

from onecase_shared.events import AgentRefV1, ComplaintReceivedV1
from onecase_triage.domain.case_opening import case_id_for, opening_events
from onecase_triage.ports import CaseEventPublisher, CaseStore

log = structlog.get_logger(__name__)


class ComplaintTriage:
    """Threads each complaint into one case with exactly one owner, then announces it."""

    def __init__(
        self, *, store: CaseStore, publisher: CaseEventPublisher, default_owner: AgentRefV1
    ) -> None:
        self._store = store
        self._publisher = publisher
        self._default_owner = default_owner

    async def on_complaint_received(self, complaint: ComplaintReceivedV1) -> None:
        """Store the complaint's effects, then (re)publish the events it caused.

        Redelivery repeats every step harmlessly: unique keys make each write a no-op the
        second time, and re-publishing stored events gives consumers the same event ids.
        """
        customer_id = complaint.author.key()
        candidate = case_id_for(complaint)
        case_id = await self._store.claim_open_case(customer_id, candidate)
        if case_id == candidate:
            events = opening_events(
                complaint, case_id=case_id, customer_id=customer_id, owner=self._default_owner
            )
            await self._store.create_case(events[0], self._default_owner)
            await self._store.record_events(events)
        await self._store.add_message(case_id, complaint)
        for event in await self._store.events_for_complaint(complaint.complaint_id):
            await self._publisher.publish_case_event(event)
        log.info(
            "complaint triaged",
            complaint_id=str(complaint.complaint_id),
            case_id=str(case_id),
            outcome="opened" if case_id == candidate else "joined",
        )
