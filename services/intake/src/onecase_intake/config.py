"""Intake's settings: `ONECASE_*` variables for webhook secrets and limits."""

from __future__ import annotations

from typing import Self

from pydantic import Field, SecretStr, model_validator

from onecase_shared.settings import ServiceSettings, secret_values
from onecase_shared.standard_webhooks import secret_key


class IntakeSettings(ServiceSettings):
    """Everything intake reads from the environment.

    Secrets may hold two values separated by a space while a secret is being rotated: a
    delivery signed with either is accepted.
    """

    intake_port: int = 8001
    email_webhook_secret: SecretStr = SecretStr("dev-only-email-webhook-secret")
    chat_webhook_secret: SecretStr = SecretStr("dev-only-chat-webhook-secret")
    sendgrid_basic_auth: SecretStr = SecretStr("sendgrid:dev-only-sendgrid-password")
    postmark_basic_auth: SecretStr = SecretStr("postmark:dev-only-postmark-password")
    x_consumer_secret: SecretStr = SecretStr("dev-only-x-consumer-secret")
    meta_app_secret: SecretStr = SecretStr("dev-only-meta-app-secret")
    meta_verify_token: SecretStr = SecretStr("dev-only-meta-verify-token")
    intercom_client_secret: SecretStr = SecretStr("dev-only-intercom-client-secret")
    # Standard Webhooks' recommended window against replays of old signed deliveries.
    webhook_tolerance_s: int = Field(default=300, gt=0)
    max_email_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    max_json_bytes: int = Field(default=1024 * 1024, gt=0)
    max_json_depth: int = Field(default=64, gt=1)
    # Bodies held at once by this process, across requests; past it, 503 with Retry-After.
    max_inflight_body_bytes: int = Field(default=64 * 1024 * 1024, gt=0)

    def _secrets_to_check(self) -> dict[str, SecretStr]:
        return {
            "email_webhook_secret": self.email_webhook_secret,
            "chat_webhook_secret": self.chat_webhook_secret,
            "sendgrid_basic_auth": self.sendgrid_basic_auth,
            "postmark_basic_auth": self.postmark_basic_auth,
            "x_consumer_secret": self.x_consumer_secret,
            "meta_app_secret": self.meta_app_secret,
            "meta_verify_token": self.meta_verify_token,
            "intercom_client_secret": self.intercom_client_secret,
        }

    @model_validator(mode="after")
    def _refuse_malformed_standard_webhooks_secrets(self) -> Self:
        """A `whsec_` value must be base64, in every profile: checked once, here, not per request."""
        for name in ("email_webhook_secret", "chat_webhook_secret"):
            for value in secret_values(getattr(self, name)):
                try:
                    secret_key(value)
                except ValueError as error:
                    raise ValueError(f"ONECASE_{name.upper()}: {error}") from None
        return self


class NormalizerSettings(ServiceSettings):
    """Everything intake's normalizer process reads from the environment (no webhook secrets)."""

    normalizer_port: int = 8004
    # Wall-clock time one delivery may take to normalize in a worker process; past it the
    # worker is killed and the delivery quarantined. A normal email takes milliseconds.
    normalize_budget_s: float = Field(default=10.0, gt=0)
    normalize_workers: int = Field(default=1, ge=1, le=64)
    # Provider retries come within days (SendGrid: 3 days); a week of delivery ids is enough.
    dedupe_retention_days: int = Field(default=7, gt=0)
    normalizer_group: str = "onecase-intake-normalizer"
