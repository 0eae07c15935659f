"""Builders for realistic test events."""

from __future__ import annotations

from uuid import uuid4

from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind, HandleV1, utc_now
from onecase_shared.ids import derived_id


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
