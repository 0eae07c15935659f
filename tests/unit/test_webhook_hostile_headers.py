"""Hostile bytes in signature headers and handshakes are refused, never a 500 (issue 11)."""

import base64
import hashlib
import hmac
import json
import re

import pytest
from pydantic import SecretStr, ValidationError

from onecase_intake import authenticity
from onecase_intake.config import IntakeSettings
from onecase_shared import standard_webhooks


@pytest.mark.parametrize("header", ["sha256=\u00e9\u00e9\u00e9", "sha256=\u2603=", "sha256=%%%"])
def test_an_x_signature_with_non_ascii_or_junk_is_invalid_not_an_error(header: str) -> None:
    assert not authenticity.x_signature_valid(["secret"], b"{}", header)


@pytest.mark.parametrize("header", ["Basic \u00e9\u00e9", "Basic \u2603", "basic !!!"])
def test_basic_auth_with_non_ascii_is_invalid_not_an_error(header: str) -> None:
    assert not authenticity.basic_auth_valid(["user:pass"], header)


def test_a_standard_webhooks_signature_with_non_ascii_is_a_signature_error() -> None:
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": "1700000000",
        "webhook-signature": "v1,\u00e9t\u00e9 v1,\u2603",
    }
    with pytest.raises(standard_webhooks.SignatureError):
        standard_webhooks.verify(["secret"], headers, b"{}", now=1_700_000_000)


def test_a_malformed_whsec_secret_stops_the_service_at_start() -> None:
    with pytest.raises(ValidationError, match="ONECASE_EMAIL_WEBHOOK_SECRET"):
        IntakeSettings(email_webhook_secret=SecretStr("whsec_not*base64!"))
    good = base64.b64encode(b"k" * 32).decode()
    assert IntakeSettings(chat_webhook_secret=SecretStr(f"whsec_{good}"))


def test_no_crc_token_can_be_a_json_body() -> None:
    """The CRC answer is HMAC(secret, token): a token that is a JSON body would sign it."""
    body = json.dumps({"for_user_id": "1", "direct_message_events": []})
    assert not re.fullmatch(authenticity.X_CRC_TOKEN_PATTERN, body)
    digest = hmac.new(b"secret", body.encode(), hashlib.sha256).digest()
    forged = "sha256=" + base64.b64encode(digest).decode()
    assert authenticity.x_signature_valid(["secret"], body.encode(), forged)  # what it would give
