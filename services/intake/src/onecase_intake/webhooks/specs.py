"""Every inbound endpoint's spec, built from settings: format, authenticity check, limits."""

from __future__ import annotations

from collections.abc import Mapping

from onecase_intake import authenticity
from onecase_intake.config import IntakeSettings
from onecase_intake.webhooks.pipeline import Authenticator, NotAuthenticError, WebhookSpec
from onecase_shared import standard_webhooks
from onecase_shared.events import Channel
from onecase_shared.settings import secret_values


def _standard_webhooks(secrets: list[str], tolerance_s: int) -> Authenticator:
    def authenticate(headers: Mapping[str, str], body: bytes) -> str:
        try:
            return standard_webhooks.verify(secrets, headers, body, tolerance_s=tolerance_s)
        except standard_webhooks.SignatureError as exc:
            raise NotAuthenticError(str(exc)) from None

    return authenticate


def _basic_auth(credentials: list[str]) -> Authenticator:
    def authenticate(headers: Mapping[str, str], body: bytes) -> str:
        if not authenticity.basic_auth_valid(credentials, headers.get("authorization")):
            raise NotAuthenticError("missing or wrong HTTP Basic credentials")
        return authenticity.body_fingerprint(body)

    return authenticate


def _hmac_header(
    secrets: list[str], header: str, check: authenticity.SignatureCheck
) -> Authenticator:
    def authenticate(headers: Mapping[str, str], body: bytes) -> str:
        if not check(secrets, body, headers.get(header)):
            raise NotAuthenticError(f"missing or invalid {header}")
        # X and Meta sign the body but send no delivery id: the bytes identify a retry.
        return authenticity.body_fingerprint(body)

    return authenticate


def webhook_specs(settings: IntakeSettings) -> dict[str, WebhookSpec]:
    """The spec of each POST endpoint, by route path."""
    tolerance = settings.webhook_tolerance_s

    def json_spec(channel: Channel, provider: str, authenticate: Authenticator) -> WebhookSpec:
        return WebhookSpec(
            channel,
            provider,
            settings.max_json_bytes,
            authenticate,
            max_json_depth=settings.max_json_depth,
        )

    return {
        "/webhooks/email/raw": WebhookSpec(
            Channel.EMAIL,
            "standard-webhooks-email",
            settings.max_email_bytes,
            _standard_webhooks(secret_values(settings.email_webhook_secret), tolerance),
        ),
        "/webhooks/email/sendgrid": WebhookSpec(
            Channel.EMAIL,
            "sendgrid",
            settings.max_email_bytes,
            _basic_auth(secret_values(settings.sendgrid_basic_auth)),
        ),
        "/webhooks/email/postmark": WebhookSpec(
            Channel.EMAIL,
            "postmark",
            authenticate=_basic_auth(secret_values(settings.postmark_basic_auth)),
            # Postmark inlines attachments as base64 in the JSON: allow mail-sized bodies.
            max_bytes=settings.max_email_bytes,
            max_json_depth=settings.max_json_depth,
        ),
        "/webhooks/x": json_spec(
            Channel.X,
            "x",
            _hmac_header(
                secret_values(settings.x_consumer_secret),
                "x-twitter-webhooks-signature",
                authenticity.x_signature_valid,
            ),
        ),
        "/webhooks/facebook": json_spec(
            Channel.FACEBOOK,
            "meta",
            _hmac_header(
                secret_values(settings.meta_app_secret),
                "x-hub-signature-256",
                authenticity.meta_signature_valid,
            ),
        ),
        "/webhooks/chat": json_spec(
            Channel.CHAT,
            "onecase-chat",
            _standard_webhooks(secret_values(settings.chat_webhook_secret), tolerance),
        ),
        "/webhooks/intercom": json_spec(
            Channel.CHAT,
            "intercom",
            _hmac_header(
                secret_values(settings.intercom_client_secret),
                "x-hub-signature",
                authenticity.intercom_signature_valid,
            ),
        ),
    }
