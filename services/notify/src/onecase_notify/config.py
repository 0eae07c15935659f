"""Notify's settings: SMTP and how outbound messages are addressed."""

from __future__ import annotations

from pydantic import Field

from onecase_shared.settings import ServiceSettings


class NotifySettings(ServiceSettings):
    """Everything notify reads from the environment."""

    notify_port: int = 8003
    notify_group: str = "onecase-notify"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 2525
    smtp_from: str = "support@onecase.example"
    # Replies to case+<number>@<reply_domain> route back to the case through intake.
    reply_domain: str = "reply.onecase.example"
    send_lease_s: float = Field(default=60.0, gt=0)
    first_update_hours: int = Field(default=4, gt=0)
