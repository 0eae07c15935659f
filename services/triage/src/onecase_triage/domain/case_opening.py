"""Pure rules for opening a case and describing it to the rest of the system."""

from __future__ import annotations

from uuid import UUID

from onecase_shared.events import (
    AgentRefV1,
    CaseEventKind,
    CaseEventV1,
    CategoryV1,
    ComplaintReceivedV1,
    ReplyTargetV1,
    UrgencyReasonV1,
    UrgencyV1,
)
from onecase_shared.ids import derived_id
from onecase_triage.domain.categories import classify
from onecase_triage.domain.urgency import score_complaint

SUMMARY_CHARS = 160


def case_id_for(complaint: ComplaintReceivedV1) -> UUID:
    """The id a case opened by `complaint` gets: deterministic, so redelivery finds it."""
    return derived_id("case", str(complaint.complaint_id))


def case_number_for(case_id: UUID) -> str:
    """The short reference customers and agents quote, e.g. `OC-4F9A2C1B`."""
    return "OC-" + case_id.hex[:8].upper()


def reply_target_for(complaint: ComplaintReceivedV1) -> ReplyTargetV1:
    """Where the answer to `complaint` goes: same channel, threaded under it."""
    return ReplyTargetV1(
        channel=complaint.channel,
        handle=complaint.author,
        in_reply_to=complaint.provider_message_id,
        references=(*complaint.provider_thread_ids, complaint.provider_message_id),
        subject=complaint.subject,
        public=complaint.public,
        language=complaint.language,
    )


def summarize(complaint: ComplaintReceivedV1) -> str:
    """A one-line description of the complaint: its subject, else its first sentence."""
    if complaint.subject:
        return complaint.subject[:SUMMARY_CHARS]
    first_line = complaint.text.strip().split("\n", 1)[0]
    return first_line[:SUMMARY_CHARS]


def assess(complaint: ComplaintReceivedV1) -> tuple[UrgencyV1, CategoryV1]:
    """The urgency (with reasons) and category (with evidence) of a complaint."""
    urgency = score_complaint(complaint)
    category = classify(complaint.text, complaint.subject)
    return (
        UrgencyV1(
            score=urgency.score,
            level=urgency.level.value,
            reasons=tuple(
                UrgencyReasonV1(signal=r.signal, points=r.points, evidence=r.evidence)
                for r in urgency.reasons
            ),
            threats=urgency.threats,
            abusive=urgency.abusive,
        ),
        CategoryV1(
            name=category.category, confidence=category.confidence, evidence=category.evidence
        ),
    )


def opening_events(
    complaint: ComplaintReceivedV1, *, case_id: UUID, customer_id: str, owner: AgentRefV1
) -> tuple[CaseEventV1, CaseEventV1]:
    """The two events of a new case: opened (sequence 1) and assigned to its owner (2)."""
    urgency, category = assess(complaint)
    common = {
        "correlation_id": complaint.correlation_id,
        "case_id": case_id,
        "case_number": case_number_for(case_id),
        "customer_id": customer_id,
        "owner": owner,
        "reply_target": reply_target_for(complaint),
        "complaint_id": complaint.complaint_id,
        "summary": summarize(complaint),
        "urgency": urgency,
        "category": category,
    }
    return (
        CaseEventV1(kind=CaseEventKind.OPENED, sequence=1, **common),
        CaseEventV1(kind=CaseEventKind.ASSIGNED, sequence=2, **common),
    )
