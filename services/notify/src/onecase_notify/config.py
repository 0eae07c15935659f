"""Notify's settings: providers, how outbound messages are addressed, retries and limits."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Self

from pydantic import Field, SecretStr, model_validator

from onecase_shared.settings import ServiceSettings


class SmtpSecurity(StrEnum):
    """How notify's SMTP connection is protected."""

    NONE = "none"  # a relay on the same host or network only
    STARTTLS = "starttls"  # port 587: a plain connection upgraded, or no mail at all
    TLS = "tls"  # port 465: TLS from the first byte


class NotifySettings(ServiceSettings):
    """Everything notify reads from the environment.

    Provider base URLs default to the local channel sandbox that `make run` starts.
    """

    notify_port: int = 8003
    notify_group: str = "onecase-notify"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 2525
    smtp_from: str = "support@onecase.example"
    smtp_security: SmtpSecurity = SmtpSecurity.NONE
    smtp_username: str = ""
    smtp_password: SecretStr = SecretStr("")
    # PEM CA that signed the relay's certificate; empty: the system's trust store.
    smtp_ca_file: Path | None = None
    # Replies to case+<number>@<reply_domain> route back to the case through intake.
    reply_domain: str = "reply.onecase.example"
    # Where staff open the desk; lead alerts link to the case's page there.
    desk_url: str = "http://127.0.0.1:8002"
    # Our own X account's numeric user id: public replies on X link to a DM with it.
    x_account_id: str = Field(default="", pattern=r"^\d*$")
    x_api_base: str = "http://127.0.0.1:8010/x"
    x_bearer_token: SecretStr = SecretStr("dev-only-x-bearer-token")
    graph_api_base: str = "http://127.0.0.1:8010/graph"
    graph_api_version: str = "v21.0"
    meta_page_access_token: SecretStr = SecretStr("dev-only-meta-page-access-token")
    intercom_api_base: str = "http://127.0.0.1:8010/intercom"
    intercom_access_token: SecretStr = SecretStr("dev-only-intercom-access-token")
    intercom_admin_id: str = "1"
    chat_api_base: str = "http://127.0.0.1:8010/chat"
    chat_api_secret: SecretStr = SecretStr("dev-only-chat-api-secret")
    send_lease_s: float = Field(default=60.0, gt=0)
    # One send, retries and rate-limit waits included, is abandoned after this long, well
    # before its lease ends: a lease that expired mid-send would let another instance send too.
    send_timeout_s: float = Field(default=40.0, gt=0)
    # What the lease must outlast the send budget by: recording the delivery, clock skew.
    send_lease_margin_s: float = Field(default=10.0, ge=0)
    send_max_attempts: int = Field(default=4, ge=1)
    send_backoff_s: float = Field(default=0.5, ge=0)
    # A provider asking us to wait longer than this is treated as an outage for now.
    max_retry_after_s: float = Field(default=60.0, gt=0)
    # Calls per second per provider; X's and Meta's limits are far lower than SMTP's.
    provider_rate_limits: dict[str, float] = Field(
        default_factory=lambda: {"x": 1.0, "facebook": 5.0, "intercom": 5.0, "chat": 20.0}
    )
    smtp_per_second: float = Field(default=10.0, gt=0)
    messenger_window_hours: float = Field(default=24, gt=0)

    @model_validator(mode="after")
    def _no_password_in_clear(self) -> Self:
        if self.smtp_username and self.smtp_security is SmtpSecurity.NONE:
            msg = (
                "ONECASE_SMTP_USERNAME needs ONECASE_SMTP_SECURITY=starttls or tls: "
                "the password would cross the network in clear"
            )
            raise ValueError(msg)
        return self

    @model_validator(mode="after")
    def _lease_outlives_the_longest_send(self) -> Self:
        if self.send_lease_s < self.send_timeout_s + self.send_lease_margin_s:
            msg = (
                f"ONECASE_SEND_LEASE_S ({self.send_lease_s:g}) must be at least "
                f"ONECASE_SEND_TIMEOUT_S ({self.send_timeout_s:g}) + ONECASE_SEND_LEASE_MARGIN_S "
                f"({self.send_lease_margin_s:g}): a send outliving its lease can go out twice"
            )
            raise ValueError(msg)
        return self

    def _secrets_to_check(self) -> dict[str, SecretStr]:
        smtp = {"smtp_password": self.smtp_password} if self.smtp_username else {}
        return smtp | {
            "x_bearer_token": self.x_bearer_token,
            "meta_page_access_token": self.meta_page_access_token,
            "intercom_access_token": self.intercom_access_token,
            "chat_api_secret": self.chat_api_secret,
        }
