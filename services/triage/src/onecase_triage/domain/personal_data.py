"""Pure rules for a customer's personal data: who may see or erase it, what an erased case keeps.

An erased case stays as an anonymous shell, so counts and reports still add up: its number,
category, urgency level, owner and dates. Nothing that names or quotes the customer remains.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict

from onecase_shared.events import (
    CaseFactsV1,
    CategoryV1,
    ComplaintReceivedV1,
    CustomerErasedV1,
    DeliveryRefV1,
    HandleV1,
    ReplyTargetV1,
    UrgencyV1,
)
from onecase_triage.domain.case_record import CaseRecord, CaseStatus
from onecase_triage.domain.desk_permissions import DeskUser

ERASED = "erased"
"""What an erased case holds instead of a customer id or a handle."""


class PrivacyAction(StrEnum):
    """What was done with a customer's personal data, as the audit log records it."""

    EXPORT = "export"
    ERASE = "erase"


def may_handle_personal_data(user: DeskUser) -> bool:
    """Export or erase everything held about a customer: leads and admins only."""
    return user.is_lead


class CaseHeld(BaseModel):
    """One of the customer's cases with their messages and what we sent them."""

    model_config = ConfigDict(frozen=True)

    case: CaseRecord
    messages: list[ComplaintReceivedV1]
    notifications: list[dict[str, Any]]


class CustomerHoldings(BaseModel):
    """Everything triage holds about one customer and every customer merged into them."""

    model_config = ConfigDict(frozen=True)

    customer_id: str
    exported_at: AwareDatetime
    customers: list[dict[str, Any]]
    handles: list[dict[str, Any]]
    merges: list[dict[str, Any]]
    cases: list[CaseHeld]

    @property
    def member_ids(self) -> list[str]:
        """The customer and every customer merged into them."""
        return [str(customer["customer_id"]) for customer in self.customers]


class AuditEntry(BaseModel):
    """Who exported or erased which customer, and when: ids and counts, never personal data."""

    model_config = ConfigDict(frozen=True)

    audit_id: UUID
    action: PrivacyAction
    customer_id: str
    by: str
    role: str
    at: AwareDatetime
    counts: dict[str, int] = {}


def erasure_event(holdings: CustomerHoldings, *, erasure_id: UUID) -> CustomerErasedV1:
    """The event that tells every service which records to erase, by id only."""
    messages = [message for held in holdings.cases for message in held.messages]
    deliveries = {
        (message.channel, message.raw_delivery_id): DeliveryRefV1(
            channel=message.channel, delivery_id=message.raw_delivery_id
        )
        for message in messages
    }
    return CustomerErasedV1(
        correlation_id=erasure_id,
        erasure_id=erasure_id,
        customer_ids=tuple(holdings.member_ids),
        case_ids=tuple(held.case.case_id for held in holdings.cases),
        complaint_ids=tuple(dict.fromkeys(message.complaint_id for message in messages)),
        deliveries=tuple(deliveries.values()),
    )


def case_shell(case: CaseRecord, *, now: datetime) -> CaseRecord:
    """The case with everything about the customer removed, closed for good."""
    return case.model_copy(
        update={
            "customer_id": ERASED,
            "customer_name": None,
            "status": CaseStatus.RESOLVED,
            "resolved_at": case.resolved_at or now,
            "reply_target": ReplyTargetV1(
                channel=case.reply_target.channel,
                handle=HandleV1(kind=case.reply_target.handle.kind, value=ERASED),
            ),
            "reply_targets": (),
            "contacts": (),
            "link_suggestions": (),
            "summary": "",
            "facts": CaseFactsV1(),
            # Urgency and category keep their verdicts, not the words that led to them.
            "urgency": UrgencyV1(
                score=case.urgency.score, level=case.urgency.level, abusive=case.urgency.abusive
            ),
            "category": CategoryV1(name=case.category.name, confidence=case.category.confidence),
            "follow_up_done": True,
            "lead_follow_up_done": True,
        }
    )


@dataclass(frozen=True)
class RetentionPolicy:
    """How long triage keeps each kind of personal data (ONECASE_RETENTION_*)."""

    messages: timedelta  # a customer message's text, from when it was received
    closed_cases: timedelta  # a resolved case, before it becomes an anonymous shell
    identities: timedelta  # a customer with no case left, from when first seen
    # A customer kept because they still have a case is looked at again after this long.
    recheck_customers_after: timedelta = timedelta(days=1)
