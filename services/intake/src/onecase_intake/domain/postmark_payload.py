"""Postmark's inbound webhook JSON, as far as intake reads it. Wire models only."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class PostmarkModel(BaseModel):
    """Base of the Postmark wire models: frozen, and deaf to fields we do not read."""

    # Postmark sends null for empty values as readily as "": every field is optional.
    model_config = ConfigDict(frozen=True, extra="ignore")


class PostmarkAddress(PostmarkModel):
    """One entry of FromFull, ToFull, CcFull or BccFull."""

    email: str | None = Field(default=None, alias="Email")
    name: str | None = Field(default=None, alias="Name")


class PostmarkHeader(PostmarkModel):
    """One mail header, in the order the mail carried it."""

    name: str = Field(default="", alias="Name")
    value: str | None = Field(default=None, alias="Value")


class PostmarkAttachment(PostmarkModel):
    """An attachment; its base64 Content is never read."""

    name: str | None = Field(default=None, alias="Name")
    content_type: str | None = Field(default=None, alias="ContentType")
    content_length: int | None = Field(default=None, alias="ContentLength")


class PostmarkInbound(PostmarkModel):
    """One inbound mail as Postmark POSTs it."""

    from_: str | None = Field(default=None, alias="From")
    from_name: str | None = Field(default=None, alias="FromName")
    from_full: PostmarkAddress | None = Field(default=None, alias="FromFull")
    to: str | None = Field(default=None, alias="To")
    to_full: tuple[PostmarkAddress, ...] | None = Field(default=None, alias="ToFull")
    cc: str | None = Field(default=None, alias="Cc")
    cc_full: tuple[PostmarkAddress, ...] | None = Field(default=None, alias="CcFull")
    bcc_full: tuple[PostmarkAddress, ...] | None = Field(default=None, alias="BccFull")
    original_recipient: str | None = Field(default=None, alias="OriginalRecipient")
    subject: str | None = Field(default=None, alias="Subject")
    message_id: str | None = Field(default=None, alias="MessageID")
    text_body: str | None = Field(default=None, alias="TextBody")
    html_body: str | None = Field(default=None, alias="HtmlBody")
    stripped_text_reply: str | None = Field(default=None, alias="StrippedTextReply")
    headers: tuple[PostmarkHeader, ...] | None = Field(default=None, alias="Headers")
    attachments: tuple[PostmarkAttachment, ...] | None = Field(default=None, alias="Attachments")

    def recipients(self) -> list[str]:
        """Every address the mail was sent to, structured or not."""
        full = (*(self.to_full or ()), *(self.cc_full or ()), *(self.bcc_full or ()))
        loose = (self.to, self.cc, self.original_recipient)
        return [entry.email for entry in full if entry.email] + [text for text in loose if text]
