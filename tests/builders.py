"""Builders for realistic test events."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from onecase_shared.events import (
    AgentRefV1,
    CaseEventKind,
    CaseEventV1,
    Channel,
    ComplaintReceivedV1,
    HandleKind,
    HandleV1,
    utc_now,
)
from onecase_shared.ids import derived_id
from onecase_triage.case_events import event_for
from onecase_triage.domain.case_opening import assess, case_id_for, new_case


def a_complaint(
    *,
    address: str = "ana.lima@example.com",
    message_id: str | None = None,
    subject: str = "Order 1182 never arrived",
) -> ComplaintReceivedV1:
    message_id = message_id or f"<{uuid4().hex}@example.com>"
    handle = HandleV1(kind=HandleKind.EMAIL, value=address)
    return ComplaintReceivedV1(
        correlation_id=uuid4(),
        complaint_id=derived_id("complaint", "email", message_id),
        channel=Channel.EMAIL,
        provider_message_id=message_id,
        author=handle,
        author_handles=(handle,),
        subject=subject,
        text="I paid for express delivery a week ago and nothing has arrived.",
        received_at=utc_now(),
        raw_delivery_id=f"msg_{uuid4().hex}",
    )


def opened_and_assigned_events(
    complaint: ComplaintReceivedV1, owner: AgentRefV1
) -> tuple[CaseEventV1, CaseEventV1]:
    """The opened and assigned events triage emits for a new case, built by its own code."""
    case = new_case(
        complaint,
        case_id=case_id_for(complaint),
        customer_id="cus-test",
        assessment=assess(complaint),
        weight=1.0,
        sla=(),
        opened_at=utc_now(),
    ).model_copy(update={"owner": owner})
    first = complaint.complaint_id
    return (
        event_for(case, CaseEventKind.OPENED, 1, complaint.correlation_id, complaint_id=first),
        event_for(case, CaseEventKind.ASSIGNED, 2, complaint.correlation_id, complaint_id=first),
    )


def a_message(
    *,
    channel: Channel,
    author: HandleV1,
    text: str,
    handles: tuple[HandleV1, ...] = (),
    subject: str | None = None,
    message_kind: str | None = None,
    public: bool = False,
    thread_ids: tuple[str, ...] = (),
    conversation_id: str | None = None,
    case_reference: str | None = None,
    language: str | None = "en",
) -> ComplaintReceivedV1:
    """A complaint on any channel, as intake would normalize it."""
    message_id = uuid4().hex
    return ComplaintReceivedV1(
        correlation_id=uuid4(),
        complaint_id=derived_id("complaint", channel.value, message_id),
        channel=channel,
        provider_message_id=message_id,
        provider_thread_ids=thread_ids,
        author=author,
        author_handles=(author, *handles),
        public=public,
        subject=subject,
        text=text,
        language=language,
        received_at=utc_now(),
        raw_delivery_id=f"delivery-{message_id}",
        message_kind=message_kind,
        conversation_id=conversation_id,
        case_reference=case_reference,
    )


def email_from(address: str, text: str, **fields: Any) -> ComplaintReceivedV1:
    """An email complaint from `address`."""
    return a_message(
        channel=Channel.EMAIL,
        author=HandleV1(kind=HandleKind.EMAIL, value=address),
        text=text,
        message_kind="email",
        **fields,
    )


def chat_from(visitor: str, text: str, *, email: str | None = None) -> ComplaintReceivedV1:
    """A web chat message; the pre-chat form may have given an email address."""
    handles = (HandleV1(kind=HandleKind.EMAIL, value=email),) if email else ()
    return a_message(
        channel=Channel.CHAT,
        author=HandleV1(kind=HandleKind.CHAT_VISITOR, value=visitor),
        text=text,
        handles=handles,
        message_kind="chat",
        conversation_id=f"session-{visitor}",
    )


def x_dm_from(user_id: str, text: str) -> ComplaintReceivedV1:
    """A direct message on X."""
    return a_message(
        channel=Channel.X,
        author=HandleV1(kind=HandleKind.X_ID, value=user_id),
        text=text,
        message_kind="x_dm",
        conversation_id=f"dm-{user_id}",
    )
