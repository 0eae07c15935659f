"""Standard Webhooks signatures (standardwebhooks.com): `v1,<base64 HMAC-SHA256>`.

Used to verify inbound email and chat deliveries and to sign what Onecase sends to chat.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import time
from collections.abc import Mapping

SECRET_PREFIX = "whsec_"  # noqa: S105 -- the spec's prefix, not a secret


class SignatureError(Exception):
    """A delivery whose signature, id or timestamp does not check out."""


# Decoded once per secret, not once per delivery (a service holds a few secrets).
@functools.lru_cache(maxsize=64)
def secret_key(secret: str) -> bytes:
    """The HMAC key: `whsec_`-prefixed secrets are base64, as in the spec; others raw UTF-8.

    A `whsec_` value that is not valid base64 raises `ValueError`: settings check every secret
    with this at start-up, so a malformed one stops the service instead of failing each request.
    """
    if secret.startswith(SECRET_PREFIX):
        try:
            return base64.b64decode(secret.removeprefix(SECRET_PREFIX), validate=True)
        except (binascii.Error, ValueError) as error:
            raise ValueError(f"a {SECRET_PREFIX} secret must be base64: {error}") from None
    return secret.encode()


def sign(secret: str, webhook_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` header value for one delivery."""
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(
    secret: str, webhook_id: str, body: bytes, now: float | None = None
) -> dict[str, str]:
    """All three Standard Webhooks headers for sending `body`."""
    timestamp = int(time.time() if now is None else now)
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, webhook_id, timestamp, body),
    }


def verify_headers(
    headers: Mapping[str, str], *, tolerance_s: int = 300, now: float | None = None
) -> tuple[str, int, list[str]]:
    """What can be checked before the body is read: id, a fresh timestamp, v1 signatures.

    Returns the id, the timestamp and the offered `v1,` signatures; raises SignatureError.
    """
    webhook_id = headers.get("webhook-id")
    timestamp_text = headers.get("webhook-timestamp")
    signature_header = headers.get("webhook-signature")
    if not webhook_id or not timestamp_text or not signature_header:
        raise SignatureError("missing webhook-id, webhook-timestamp or webhook-signature")
    try:
        timestamp = int(timestamp_text)
    except ValueError as exc:
        raise SignatureError("webhook-timestamp is not an integer") from exc
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance_s:
        raise SignatureError("webhook-timestamp outside the tolerance window")
    offered = [part for part in signature_header.split(" ") if part.startswith("v1,")]
    if not offered:
        raise SignatureError("no valid v1 signature")
    return webhook_id, timestamp, offered


def verify(
    secrets: list[str],
    headers: Mapping[str, str],
    body: bytes,
    *,
    tolerance_s: int = 300,
    now: float | None = None,
) -> str:
    """Check a delivery against any of `secrets` (two during rotation); return its id."""
    webhook_id, timestamp, offered = verify_headers(headers, tolerance_s=tolerance_s, now=now)
    for secret in secrets:
        if not secret:
            continue
        expected = sign(secret, webhook_id, timestamp, body).encode()
        # Bytes, not str: compare_digest refuses non-ASCII strings, and a header is any text.
        if any(hmac.compare_digest(expected, candidate.encode()) for candidate in offered):
            return webhook_id
    raise SignatureError("no valid v1 signature")
