"""Writers who reached a case through a claimed link only, and how they become the customer.

A typed email address, a quoted case number or a reply in someone else's thread is a claim,
not proof. Such a writer is an *unverified contact* of the case: the agent sees their
messages, clearly marked, and they get a generic answer, but nothing about the case goes to
their channel until they prove control of it with a one-time code sent to the case's own
channel, or an agent or lead confirms them at the desk (recorded with who and why).

Pure: no I/O, no clock, no randomness (the code is drawn by the caller).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from onecase_shared.events import HandleV1, ReplyTargetV1

CODE_DIGITS: Final = 6
CODE_LIFETIME: Final = timedelta(hours=24)
# Beyond this many wrong codes the contact can only be confirmed by a person: 5 tries at
# one in a million each cannot be brute-forced.
MAX_WRONG_CODES: Final = 5
_CODE: Final = re.compile(rf"(?<!\d)\d{{{CODE_DIGITS}}}(?!\d)")


class ContactState(StrEnum):
    """Whether the case's customer stands behind a contact."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"  # proved with the one-time code
    CONFIRMED = "confirmed"  # an agent or lead confirmed it


class CaseContact(BaseModel):
    """One writer (a customer of their own) who reached the case through a claim."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    customer_id: str  # the writer's own customer
    handle: HandleV1
    claim: str  # how they reached the case: "email typed by the author of a chat message"
    reply_target: ReplyTargetV1
    complaint_ids: tuple[UUID, ...] = ()
    state: ContactState = ContactState.UNVERIFIED
    # A six-digit code's digest is as good as the code: stored, never shown (see `stored`).
    code_sha256: str | None = Field(default=None, exclude=True)
    code_expires_at: datetime | None = None
    wrong_codes: int = 0
    decided_by: str | None = None  # "customer" (code) or the desk user who confirmed
    decision_note: str | None = None
    first_seen_at: datetime

    def stored(self) -> dict[str, object]:
        """The contact as the case document keeps it, with the code's digest."""
        return {**self.model_dump(mode="json"), "code_sha256": self.code_sha256}

    @property
    def is_verified(self) -> bool:
        """Whether the case's details may go to this contact's channel."""
        return self.state is not ContactState.UNVERIFIED


class LinkSuggestion(BaseModel):
    """Another customer a claim of this case's customer points at (never merged by itself)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    customer_id: str
    evidence: str  # the kind of claim: "order_number", "account_number", ...
    detail: str  # short, never the message text


def code_digest(code: str) -> str:
    """What is stored of a code: its SHA-256, never the code."""
    return hashlib.sha256(code.encode()).hexdigest()


def new_contact(
    *,
    customer_id: str,
    handle: HandleV1,
    claim: str,
    reply_target: ReplyTargetV1,
    complaint_id: UUID,
    code: str,
    at: datetime,
) -> CaseContact:
    """A contact seen for the first time, with the digest of the code sent to the case."""
    return CaseContact(
        customer_id=customer_id,
        handle=handle,
        claim=claim,
        reply_target=reply_target,
        complaint_ids=(complaint_id,),
        code_sha256=code_digest(code),
        code_expires_at=at + CODE_LIFETIME,
        first_seen_at=at,
    )


def proves_control(contact: CaseContact, text: str, *, now: datetime) -> bool:
    """Whether `text` carries the contact's live code (compared in constant time)."""
    if contact.code_sha256 is None or contact.wrong_codes >= MAX_WRONG_CODES:
        return False
    if contact.code_expires_at is None or now > contact.code_expires_at:
        return False
    return any(
        hmac.compare_digest(code_digest(code), contact.code_sha256)
        for code in _CODE.findall(text)[:3]
    )


def tries_a_code(text: str) -> bool:
    """Whether the message looks like an attempt at a code (a wrong one counts)."""
    return _CODE.search(text) is not None


def after_message(
    contact: CaseContact, complaint_id: UUID, *, proved: bool, tried: bool
) -> CaseContact:
    """The contact once this message of theirs is counted."""
    ids = contact.complaint_ids
    if complaint_id not in ids:
        ids = (*ids, complaint_id)
    if proved:
        return contact.model_copy(
            update={
                "complaint_ids": ids,
                "state": ContactState.VERIFIED,
                "decided_by": "customer",
                "decision_note": "proved with the one-time code sent to the case's channel",
                "code_sha256": None,
            }
        )
    wrong = contact.wrong_codes + (1 if tried and contact.state is ContactState.UNVERIFIED else 0)
    return contact.model_copy(update={"complaint_ids": ids, "wrong_codes": wrong})


def confirmed(contact: CaseContact, *, by: str, note: str) -> CaseContact:
    """The contact once a person at the desk vouches for it."""
    return contact.model_copy(
        update={
            "state": ContactState.CONFIRMED,
            "decided_by": by,
            "decision_note": note,
            "code_sha256": None,
        }
    )


def contact_of(contacts: tuple[CaseContact, ...], customer_id: str) -> CaseContact | None:
    """The contact entry of one writer, if they have one on the case."""
    return next((contact for contact in contacts if contact.customer_id == customer_id), None)


def with_contact(
    contacts: tuple[CaseContact, ...], contact: CaseContact
) -> tuple[CaseContact, ...]:
    """`contacts` with `contact` added, or replacing the writer's earlier entry in place."""
    if contact_of(contacts, contact.customer_id) is None:
        return (*contacts, contact)
    return tuple(contact if item.customer_id == contact.customer_id else item for item in contacts)


def unverified_messages(contacts: tuple[CaseContact, ...]) -> frozenset[UUID]:
    """The messages on a case written by contacts nobody has verified yet."""
    return frozenset(
        complaint_id
        for contact in contacts
        if not contact.is_verified
        for complaint_id in contact.complaint_ids
    )
