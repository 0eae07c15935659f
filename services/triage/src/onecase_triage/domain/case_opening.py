"""Pure rules for opening a case and describing it to the rest of the system."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from onecase_shared.events import (
    CategoryV1,
    ComplaintReceivedV1,
    ReplyTargetV1,
    UrgencyReasonV1,
    UrgencyV1,
)
from onecase_shared.ids import derived_id
from onecase_triage.domain.case_facts import case_facts
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.category_judgment import judge_category
from onecase_triage.domain.complaint_signals import read_signals
from onecase_triage.domain.judgment_model import Judgment, default_judgment
from onecase_triage.domain.sla import SlaClock
from onecase_triage.domain.urgency import (
    ANGRY_SIGNALS,
    DEFAULT_CONTEXT,
    DEFAULT_WEIGHTS,
    CustomerContext,
    UrgencyWeights,
    complaint_text,
    score_complaint,
)

SUMMARY_CHARS = 160
STAFF_CONDUCT = "staff_conduct"
MAX_REPLY_TARGETS = 6


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
        message_kind=complaint.message_kind,
        conversation_id=complaint.conversation_id,
        last_message_at=complaint.received_at,
        timezone=complaint.timezone,
    )


def summarize(complaint: ComplaintReceivedV1) -> str:
    """A one-line description of the complaint: its subject, else its first sentence."""
    if complaint.subject:
        return complaint.subject[:SUMMARY_CHARS]
    first_line = complaint.text.strip().split("\n", 1)[0]
    return first_line[:SUMMARY_CHARS]


def assess(
    complaint: ComplaintReceivedV1,
    *,
    weights: UrgencyWeights = DEFAULT_WEIGHTS,
    context: CustomerContext = DEFAULT_CONTEXT,
    judgment: Judgment | None = None,
) -> tuple[UrgencyV1, CategoryV1]:
    """The urgency (with reasons) and category (with evidence) of a complaint."""
    judgment = judgment or default_judgment()
    signals = read_signals(complaint_text(complaint))
    urgency = score_complaint(
        complaint, weights=weights, context=context, layer=judgment.urgency, signals=signals
    )
    category = judge_category(
        complaint.text, complaint.subject, signals=signals, layer=judgment.category
    )
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


def is_angry(urgency: UrgencyV1) -> bool:
    """Whether a message counts as an angry exchange (a lead may need to offer another contact)."""
    return urgency.abusive or any(reason.signal in ANGRY_SIGNALS for reason in urgency.reasons)


def raised_urgency(current: UrgencyV1, latest: UrgencyV1) -> UrgencyV1:
    """A case's urgency after a new message.

    A calmer message never lowers it, and threats and abuse, once said, stay on the case.
    """
    base = latest if latest.score > current.score else current
    threats = tuple(dict.fromkeys((*current.threats, *latest.threats)))
    return base.model_copy(
        update={"threats": threats, "abusive": current.abusive or latest.abusive}
    )


def new_case(
    complaint: ComplaintReceivedV1,
    *,
    case_id: UUID,
    customer_id: str,
    assessment: tuple[UrgencyV1, CategoryV1],
    weight: float,
    sla: tuple[SlaClock, ...],
    opened_at: datetime,
    lead_follow_up_after: timedelta | None = None,
) -> CaseRecord:
    """The record of a case `complaint` opens, not yet owned by anyone.

    Staff-conduct cases get a date for the team lead's own follow-up.
    """
    urgency, category = assessment
    lead_due = None
    if category.name == STAFF_CONDUCT and lead_follow_up_after is not None:
        lead_due = opened_at + lead_follow_up_after
    return CaseRecord(
        case_id=case_id,
        number=case_number_for(case_id),
        customer_id=customer_id,
        customer_name=complaint.author_name,
        reply_target=reply_target_for(complaint),
        summary=summarize(complaint),
        urgency=urgency,
        category=category,
        language=complaint.language,
        weight=weight,
        opened_at=opened_at,
        queued_at=opened_at,
        sla=sla,
        angry_exchanges=1 if is_angry(urgency) else 0,
        facts=case_facts(complaint),
        reply_targets=(reply_target_for(complaint),),
        lead_follow_up_due_at=lead_due,
    )


def with_reply_target(
    targets: tuple[ReplyTargetV1, ...], latest: ReplyTargetV1
) -> tuple[ReplyTargetV1, ...]:
    """The case's channels after a message on `latest`.

    One entry per channel, handle and visibility, newest last, at most MAX_REPLY_TARGETS.
    """
    others = tuple(
        t
        for t in targets
        if (t.channel, t.handle, t.public) != (latest.channel, latest.handle, latest.public)
    )
    return (*others, latest)[-MAX_REPLY_TARGETS:]
