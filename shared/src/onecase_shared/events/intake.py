"""Events intake produces: the raw delivery and the normalized complaint."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from onecase_shared.events.channels import Channel, HandleV1
from onecase_shared.events.envelope import Event


class RawDeliveryReceivedV1(Event):
    """An authenticated webhook delivery, kept byte for byte so it can be normalized again."""

    # Bodies are bytes (MIME may not be UTF-8): base64 on the wire, both ways.
    model_config = ConfigDict(
        frozen=True, extra="ignore", ser_json_bytes="base64", val_json_bytes="base64"
    )
    event_type: ClassVar[str] = "intake.raw_delivery_received"

    delivery_id: str  # provider's id for the delivery, the dedupe key
    channel: Channel
    provider: str  # e.g. "standard-webhooks", "sendgrid", "x", "meta"
    content_type: str
    body: bytes  # base64 in JSON
    received_at: datetime


class AttachmentV1(BaseModel):
    """What we keep of an attachment: metadata only, never its content."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    filename: str | None
    content_type: str
    size: int


class ComplaintReceivedV1(Event):
    """One customer message, normalized, ready for triage. Keyed by the customer handle."""

    event_type: ClassVar[str] = "intake.complaint_received"

    complaint_id: UUID  # deterministic from channel and provider message id
    channel: Channel
    provider_message_id: str
    provider_thread_ids: tuple[str, ...] = ()  # e.g. In-Reply-To and References
    author: HandleV1
    author_handles: tuple[HandleV1, ...] = ()
    author_name: str | None = None
    public: bool = False
    reach: int = 0
    subject: str | None = None
    text: str = Field(max_length=100_000)
    original_length: int = 0
    language: str | None = None
    attachments: tuple[AttachmentV1, ...] = ()
    received_at: datetime
    raw_delivery_id: str
    # Added within v1 (optional): what the provider calls the message and how to answer it.
    message_kind: str | None = None  # "email", "tweet", "x_dm", "facebook_post", ...
    provider_author_id: str | None = None  # X user id, Facebook PSID, chat visitor id, ...
    conversation_id: str | None = None  # X conversation, Facebook post, chat session, ...
    case_reference: str | None = None  # an "OC-…" number the customer quoted
    # The customer's time zone when the channel tells it: an IANA name (the chat's browser)
    # or a UTC offset "+02:00" (an email's Date header). Times we promise are shown in it.
    timezone: str | None = None


class QuarantinedDeliveryV1(Event):
    """An authentic delivery that could not be understood: kept, visible, replayable."""

    event_type: ClassVar[str] = "intake.delivery_quarantined"

    delivery_id: str
    channel: Channel
    reason: str
