"""Every inbound endpoint's spec, built from settings: format, authenticity check, limits."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from onecase_intake import authenticity
from onecase_intake.config import IntakeSettings
from onecase_intake.webhooks.pipeline import (
    Authenticator,
    HeaderCheck,
    NotAuthenticError,
    WebhookSpec,
)
from onecase_shared import standard_webhooks
from onecase_shared.events import Channel
from onecase_shared.settings import secret_values


@dataclass(frozen=True)
class _Scheme:
    """How a provider proves itself: what its headers show, then what its body's bytes do."""

    check_headers: HeaderCheck
    authenticate: Authenticator


def _standard_webhooks(secrets: list[str], tolerance_s: int) -> _Scheme:
    # The id, a fresh timestamp and a v1 entry are in the headers: a replay outside the
    # window, or a request without a signature, is refused before its body is read.
    def check_headers(headers: Mapping[str, str]) -> None:
        try:
            standard_webhooks.verify_headers(headers, tolerance_s=tolerance_s)
        except standard_webhooks.SignatureError as exc:
            raise NotAuthenticError(str(exc)) from None

    def authenticate(headers: Mapping[str, str], body: bytes) -> str:
        try:
            return standard_webhooks.verify(secrets, headers, body, tolerance_s=tolerance_s)
        except standard_webhooks.SignatureError as exc:
            raise NotAuthenticError(str(exc)) from None

    return _Scheme(check_headers, authenticate)


def _basic_auth(credentials: list[str]) -> _Scheme:
    # The credentials are all of the proof: checked in full before the body is read.
    def check_headers(headers: Mapping[str, str]) -> None:
        if not authenticity.basic_auth_valid(credentials, headers.get("authorization")):
            raise NotAuthenticError("missing or wrong HTTP Basic credentials")

    def authenticate(headers: Mapping[str, str], body: bytes) -> str:
        return authenticity.body_fingerprint(body)

    return _Scheme(check_headers, authenticate)


def _hmac_header(
    secrets: list[str], header: str, shape: re.Pattern[str], check: authenticity.SignatureCheck
) -> _Scheme:
    def check_headers(headers: Mapping[str, str]) -> None:
        if not authenticity.signature_shaped(shape, headers.get(header)):
            raise NotAuthenticError(f"missing or malformed {header}")

    def authenticate(headers: Mapping[str, str], body: bytes) -> str:
        if not check(secrets, body, headers.get(header)):
            raise NotAuthenticError(f"missing or invalid {header}")
        # X and Meta sign the body but send no delivery id: the bytes identify a retry.
        return authenticity.body_fingerprint(body)

    return _Scheme(check_headers, authenticate)


def webhook_specs(settings: IntakeSettings) -> dict[str, WebhookSpec]:
    """The spec of each POST endpoint, by route path."""
    tolerance = settings.webhook_tolerance_s

    def spec(
        channel: Channel,
        provider: str,
        scheme: _Scheme,
        *,
        max_bytes: int = settings.max_json_bytes,
        json: bool = True,
    ) -> WebhookSpec:
        return WebhookSpec(
            channel,
            provider,
            max_bytes,
            scheme.authenticate,
            max_json_depth=settings.max_json_depth if json else None,
            check_headers=scheme.check_headers,
        )

    return {
        "/webhooks/email/raw": spec(
            Channel.EMAIL,
            "standard-webhooks-email",
            _standard_webhooks(secret_values(settings.email_webhook_secret), tolerance),
            max_bytes=settings.max_email_bytes,
            json=False,
        ),
        "/webhooks/email/sendgrid": spec(
            Channel.EMAIL,
            "sendgrid",
            _basic_auth(secret_values(settings.sendgrid_basic_auth)),
            max_bytes=settings.max_email_bytes,
            json=False,
        ),
        # Postmark inlines attachments as base64 in the JSON: allow mail-sized bodies.
        "/webhooks/email/postmark": spec(
            Channel.EMAIL,
            "postmark",
            _basic_auth(secret_values(settings.postmark_basic_auth)),
            max_bytes=settings.max_email_bytes,
        ),
        "/webhooks/x": spec(
            Channel.X,
            "x",
            _hmac_header(
                secret_values(settings.x_consumer_secret),
                "x-twitter-webhooks-signature",
                authenticity.X_SIGNATURE_SHAPE,
                authenticity.x_signature_valid,
            ),
        ),
        "/webhooks/facebook": spec(
            Channel.FACEBOOK,
            "meta",
            _hmac_header(
                secret_values(settings.meta_app_secret),
                "x-hub-signature-256",
                authenticity.META_SIGNATURE_SHAPE,
                authenticity.meta_signature_valid,
            ),
        ),
        "/webhooks/chat": spec(
            Channel.CHAT,
            "onecase-chat",
            _standard_webhooks(secret_values(settings.chat_webhook_secret), tolerance),
        ),
        "/webhooks/intercom": spec(
            Channel.CHAT,
            "intercom",
            _hmac_header(
                secret_values(settings.intercom_client_secret),
                "x-hub-signature",
                authenticity.INTERCOM_SIGNATURE_SHAPE,
                authenticity.intercom_signature_valid,
            ),
        ),
    }
