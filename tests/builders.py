"""Builders for realistic test events."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from uuid import uuid4

from onecase_shared.events import (
    AgentRefV1,
    CaseEventKind,
    CaseEventV1,
    CaseFactsV1,
    Channel,
    ComplaintReceivedV1,
    HandleKind,
    HandleV1,
    ReplyTargetV1,
    utc_now,
)
from onecase_shared.ids import derived_id
from onecase_triage.domain.case_aggregate import emit
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
    first, now, correlation = complaint.complaint_id, utc_now(), complaint.correlation_id
    opened = emit(
        case, CaseEventKind.OPENED, at=now, correlation_id=correlation, complaint_id=first
    )
    assigned = emit(
        opened.case, CaseEventKind.ASSIGNED, at=now, correlation_id=correlation, complaint_id=first
    )
    return opened.events[0], assigned.events[0]


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


SAM = AgentRefV1(agent_id="sam.rivera", display_name="Sam Rivera", email="sam@onecase.example")


def a_target(
    channel: Channel,
    message_kind: str,
    *,
    handle: HandleV1 | None = None,
    public: bool = False,
    last_message_at: datetime | None = None,
    language: str | None = "en",
) -> ReplyTargetV1:
    """Where a customer wrote: a channel, a kind of message, and when."""
    kinds = {
        Channel.EMAIL: HandleKind.EMAIL,
        Channel.X: HandleKind.X_ID,
        Channel.FACEBOOK: HandleKind.FACEBOOK_ID,
        Channel.CHAT: HandleKind.CHAT_VISITOR,
    }
    # Provider-shaped ids: X and Graph refuse anything else (the channel sandbox does too).
    number = str(1_900_000_000_000_000_000 + uuid4().int % 10**15)
    values = {Channel.EMAIL: "ana@example.com", Channel.X: "4242", Channel.FACEBOOK: "7345"}
    message_ids = {
        Channel.EMAIL: f"<{uuid4().hex}@example.com>",
        Channel.X: number,
        Channel.FACEBOOK: f"{number[:10]}_{number[10:]}",
    }
    return ReplyTargetV1(
        channel=channel,
        handle=handle or HandleV1(kind=kinds[channel], value=values.get(channel, "v-4242")),
        in_reply_to=message_ids.get(channel, f"m-{uuid4().hex[:8]}"),
        subject="Order 48213 never arrived" if channel is Channel.EMAIL else None,
        public=public,
        language=language,
        message_kind=message_kind,
        conversation_id=str(uuid4().int % 10**9)
        if message_kind == "intercom"
        else f"s_{uuid4().hex[:8]}",
        last_message_at=last_message_at or utc_now(),
    )


def a_case_event(
    kind: CaseEventKind,
    target: ReplyTargetV1,
    *,
    targets: tuple[ReplyTargetV1, ...] = (),
    owner: AgentRefV1 | None = SAM,
    sequence: int = 2,
    **fields: Any,
) -> CaseEventV1:
    """A case event as triage publishes it, for a case the customer opened on `target`."""
    return CaseEventV1(
        correlation_id=uuid4(),
        kind=kind,
        case_id=derived_id("case", target.in_reply_to or "x"),
        case_number="OC-1A2B3C4D",
        customer_id="cus-test",
        sequence=sequence,
        owner=owner,
        reply_target=target,
        reply_targets=targets or (target,),
        summary="Order 48213 never arrived",
        facts=CaseFactsV1(order_number="48213", problem=("never arrived",)),
        next_update_due=utc_now() + timedelta(hours=4),
        **fields,
    )
