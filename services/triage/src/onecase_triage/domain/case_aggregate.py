"""The case aggregate: every decision takes a case and returns the new case with its events.

Pure: no I/O, no clock, no randomness. The service layer stores a decision with one
compare-and-set on the case's `version` (state and events together), so a crash leaves
either nothing or both. Events get the next `sequence` of the case, strictly increasing,
and an id derived from it: publishing a stored event twice sends the same event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID, uuid5

from onecase_shared.events import AgentRefV1, CaseEventKind, CaseEventV1, ReplyTargetV1
from onecase_triage.domain.case_record import CaseRecord, CaseStatus
from onecase_triage.domain.case_schedule import next_due
from onecase_triage.domain.sla import ClockName, SlaClock, meet

# Owners of a case are named on these events; the desk's owner history is read from them.
OWNERSHIP_KINDS = frozenset({CaseEventKind.ASSIGNED, CaseEventKind.TRANSFERRED})


@dataclass(frozen=True)
class Decision:
    """A case after a decision, and the events the decision caused (already on the case)."""

    case: CaseRecord
    events: tuple[CaseEventV1, ...] = ()

    def then(self, other: Decision) -> Decision:
        """The decision followed by `other`, taken on this one's case."""
        return Decision(other.case, (*self.events, *other.events))


def unchanged(case: CaseRecord) -> Decision:
    """No decision: nothing to store."""
    return Decision(case)


def event_for(
    case: CaseRecord,
    kind: CaseEventKind,
    *,
    at: datetime,
    correlation_id: UUID | None = None,
    **fields: Any,
) -> CaseEventV1:
    """The case's next event, carrying what consumers need of the case as it is now."""
    sequence = case.last_sequence + 1
    next_update = case.clock(ClockName.NEXT_UPDATE)
    common: dict[str, Any] = {
        "event_id": uuid5(case.case_id, f"event:{sequence}"),
        "occurred_at": at,
        "kind": kind,
        "case_id": case.case_id,
        "case_number": case.number,
        "customer_id": case.customer_id,
        "customer_name": case.customer_name,
        "sequence": sequence,
        "owner": case.owner,
        "reply_target": case.reply_target,
        "summary": case.summary,
        "urgency": case.urgency,
        "category": case.category,
        "next_update_due": next_update.due_at if next_update and case.is_open else None,
        "facts": case.facts,
        "reply_targets": case.reply_targets,
        # Desk actions and sweeps start a new chain of work; complaints carry theirs.
        "correlation_id": correlation_id or uuid5(case.case_id, f"correlation:{sequence}"),
    }
    return CaseEventV1(**(common | fields))


def emit(
    case: CaseRecord,
    kind: CaseEventKind,
    *,
    at: datetime,
    correlation_id: UUID | None = None,
    **fields: Any,
) -> Decision:
    """The case with one more event in its outbox."""
    event = event_for(case, kind, at=at, correlation_id=correlation_id, **fields)
    updated = case.model_copy(
        update={"events": (*case.events, event), "last_sequence": event.sequence}
    )
    return Decision(updated, (event,))


def settled(decision: Decision) -> Decision:
    """The decision with the case's next due time brought up to date (for the sweeps)."""
    case = decision.case.model_copy(update={"next_due_at": next_due(decision.case)})
    return Decision(case, decision.events)


def with_message(case: CaseRecord, complaint_id: UUID, thread_keys: tuple[str, ...]) -> CaseRecord:
    """The case with a message on its timeline and the reply chains it starts."""
    keys = tuple(dict.fromkeys((*case.thread_keys, *thread_keys)))
    return case.model_copy(update={"applied": (*case.applied, complaint_id), "thread_keys": keys})


def has_applied(case: CaseRecord, complaint_id: UUID) -> bool:
    """Whether the message is already on the case (a redelivery changes nothing)."""
    return complaint_id in case.applied


def assign(
    case: CaseRecord,
    owner: AgentRefV1,
    *,
    clocks: tuple[SlaClock, ...],
    at: datetime,
    correlation_id: UUID | None = None,
    complaint_id: UUID | None = None,
    from_queue: bool = False,
) -> Decision:
    """Give an unowned case its one owner (clocks re-based on their team's hours)."""
    if case.owner is not None or not case.is_open:
        return unchanged(case)
    owned = case.model_copy(update={"owner": owner, "sla": clocks})
    return settled(
        emit(
            owned,
            CaseEventKind.ASSIGNED,
            at=at,
            correlation_id=correlation_id,
            complaint_id=complaint_id,
            from_queue=from_queue,
        )
    )


def transfer(
    case: CaseRecord,
    new_owner: AgentRefV1,
    *,
    note: str,
    clocks: tuple[SlaClock, ...],
    at: datetime,
) -> Decision:
    """Hand the case to `new_owner`; the event names both, so the customer can be told."""
    if case.owner is None:
        return assign(case, new_owner, clocks=clocks, at=at)
    moved = case.model_copy(update={"owner": new_owner, "sla": clocks})
    return settled(
        emit(moved, CaseEventKind.TRANSFERRED, at=at, previous_owner=case.owner, note=note)
    )


def escalate(case: CaseRecord, *, team: str, note: str, at: datetime) -> Decision:
    """Add a team as collaborator; the owner stays the customer's one contact."""
    teams = tuple(dict.fromkeys((*case.collaborators, team)))
    escalated = case.model_copy(update={"collaborators": teams})
    return emit(escalated, CaseEventKind.ESCALATED, at=at, team=team, note=note)


def add_note(case: CaseRecord, *, by: str, text: str, at: datetime) -> Decision:
    """An internal note on the case, for the people working it; the customer never sees it."""
    return emit(case, CaseEventKind.NOTE_ADDED, at=at, note=f"{by}: {text}")


def decide_link(
    case: CaseRecord, customer_id: str, *, by: str, accepted: bool, note: str, at: datetime
) -> Decision:
    """A lead's verdict on a suggested link: the suggestion goes, the verdict stays as a note."""
    remaining = tuple(s for s in case.link_suggestions if s.customer_id != customer_id)
    decided = case.model_copy(update={"link_suggestions": remaining})
    verdict = "accepted" if accepted else "rejected"
    text = f"link to customer {customer_id} {verdict}: {note}"
    return add_note(decided, by=by, text=text, at=at)


def record_update_sent(
    case: CaseRecord, *, text: str, clocks: tuple[SlaClock, ...], at: datetime
) -> Decision:
    """An agent's progress update: first response met, the update cadence restarted."""
    updated = case.model_copy(update={"sla": clocks})
    return settled(emit(updated, CaseEventKind.UPDATE_REQUESTED, at=at, update_text=text))


def resolve(
    case: CaseRecord,
    *,
    text: str | None,
    note: str | None,
    at: datetime,
    follow_up_at: datetime,
) -> Decision:
    """Resolve the case: every running clock is met, and a follow-up is planned."""
    clocks = tuple(meet(clock, at) if clock.met_at is None else clock for clock in case.sla)
    resolved = case.model_copy(
        update={
            "status": CaseStatus.RESOLVED,
            "resolved_at": at,
            "sla": clocks,
            "follow_up_due_at": follow_up_at,
            "follow_up_done": False,
        }
    )
    return settled(emit(resolved, CaseEventKind.RESOLVED, at=at, update_text=text, note=note))


def reopen(
    case: CaseRecord,
    *,
    clocks: tuple[SlaClock, ...],
    at: datetime,
    correlation_id: UUID,
    complaint_id: UUID,
    reply_target: ReplyTargetV1,
) -> Decision:
    """A resolved case the customer writes about again: open, same owner, fresh clocks."""
    reopened = case.model_copy(
        update={"status": CaseStatus.OPEN, "resolved_at": None, "sla": clocks}
    )
    return settled(
        emit(
            reopened,
            CaseEventKind.REOPENED,
            at=at,
            correlation_id=correlation_id,
            complaint_id=complaint_id,
            reply_target=reply_target,
        )
    )


def mark_published(case: CaseRecord, through: int) -> CaseRecord:
    """The case once Kafka acknowledged its events up to `through`."""
    return case.model_copy(update={"published_sequence": max(case.published_sequence, through)})
