"""Intake's settings: `ONECASE_*` variables for webhook secrets and size limits."""

from __future__ import annotations

from pydantic import Field, SecretStr

from onecase_shared.settings import ServiceSettings


class IntakeSettings(ServiceSettings):
    """Everything intake reads from the environment."""

    intake_port: int = 8001
    email_webhook_secret: SecretStr = SecretStr("dev-only-email-webhook-secret")
    # Standard Webhooks' recommended window against replays of old signed deliveries.
    webhook_tolerance_s: int = Field(default=300, gt=0)
    max_email_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    max_json_bytes: int = Field(default=1024 * 1024, gt=0)
    normalizer_group: str = "onecase-intake-normalizer"

    def _secrets_to_check(self) -> dict[str, SecretStr]:
        return {"email_webhook_secret": self.email_webhook_secret}
