"""Everything a customer message is written from: who writes, about what, where, and when next."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, field_validator

from onecase_shared.events import CaseFactsV1, NotificationKind

NonBlank = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Surface(StrEnum):
    """Where a message is read, which decides its length and shape."""

    EMAIL = "email"  # a full letter: greeting, paragraphs, signature, subject
    DIRECT = "direct"  # chat, X DM, Messenger, Intercom: a few sentences of plain text
    PUBLIC = "public"  # a public reply: at most 280 characters and no personal details


class PrivateChannel(StrEnum):
    """Where a public reply invites the customer to continue in private."""

    X_DM = "x_dm"  # ask them to send us a direct message on X
    MESSENGER = "messenger"  # we have already written to them on Messenger
    EMAIL = "email"  # we have already written to them by email


class MessageContext(BaseModel):
    """The facts one message is composed from; the templates decide the wording."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: NotificationKind
    surface: Surface
    language: str | None  # the customer's language tag ("fr-CA"), if known
    case_number: NonBlank
    owner_name: NonBlank
    owner_email: str | None = None
    previous_owner_name: str | None = None  # transfer: who handed the case over
    lead_name: str | None = None  # lead follow-up: the team lead who writes
    category: str | None = None  # triage's category name, e.g. "delivery"
    facts: CaseFactsV1 = CaseFactsV1()
    summary: str | None = None
    customer_subject: str | None = None  # the subject line the customer wrote
    update_text: str | None = None  # the agent's own words, sent verbatim
    next_update_due: datetime | None = None
    private_channel: PrivateChannel | None = None  # public replies only
    customer_name: str | None = None  # the name the customer gave, as they gave it
    verification_code: str | None = None  # contact check: the one-time code
    contact_channel: str | None = None  # contact check: where the unverified message came
    queued: bool = False  # acknowledgment: nobody owns the case yet; the team writes
    lead_reason: str | None = None  # lead alert: why the lead is told (no customer's words)
    desk_link: str | None = None  # staff emails: the case's page at the desk
    dm_link: str | None = None  # public replies on X: opens a DM to our account
    # Where promised times are shown: the customer's zone if known, else the owner's.
    timezone: str | None = None

    @field_validator("next_update_due")
    @classmethod
    def _in_utc(cls, value: datetime | None) -> datetime | None:
        # A naive time would be printed as "UTC" whatever zone it was really in.
        if value is None:
            return None
        if value.utcoffset() is None:
            msg = "next_update_due must be timezone-aware"
            raise ValueError(msg)
        return value.astimezone(UTC)
