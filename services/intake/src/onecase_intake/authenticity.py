"""Each provider's proof that a delivery is theirs. Pure functions over headers and raw bytes.

Every comparison is constant-time, and every function accepts several secrets so a secret can
be rotated without refusing deliveries signed with the old one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Callable, Iterable

# (secrets, raw body, signature header) -> whether any secret produced that signature
SignatureCheck = Callable[[Iterable[str], bytes, "str | None"], bool]


def _hmac(secret: str, payload: bytes, digest: str = "sha256") -> bytes:
    return hmac.new(secret.encode(), payload, digest).digest()


# What X's challenge tokens look like. Anything else is refused, so that the CRC endpoint
# cannot sign a chosen body: a JSON delivery needs characters no token may contain.
X_CRC_TOKEN_PATTERN = r"^[A-Za-z0-9_\-+/=]{8,128}$"  # noqa: S105 -- a format, not a secret


def x_crc_response_token(secrets: list[str], crc_token: str) -> str:
    """The answer to X's challenge-response check (with the current secret).

    Callers pass only tokens matching `X_CRC_TOKEN_PATTERN`; the answer is an HMAC of the
    token, the same construction as a delivery's signature.
    """
    digest = _hmac(secrets[0], crc_token.encode())
    return "sha256=" + base64.b64encode(digest).decode()


def x_signature_valid(secrets: Iterable[str], body: bytes, header: str | None) -> bool:
    """`X-Twitter-Webhooks-Signature: sha256=<base64 HMAC-SHA256(consumer secret, body)>`."""
    if not header or not header.startswith("sha256="):
        return False
    try:
        offered = base64.b64decode(header.removeprefix("sha256="), validate=True)
    except ValueError:  # binascii.Error, and non-ASCII text, which b64decode refuses
        return False
    return any(hmac.compare_digest(_hmac(s, body), offered) for s in secrets if s)


def meta_signature_valid(secrets: Iterable[str], body: bytes, header: str | None) -> bool:
    """`X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, body)>` (the SHA-1 one is legacy)."""
    return _hex_signature_valid(secrets, body, header, prefix="sha256=", digest="sha256")


def intercom_signature_valid(secrets: Iterable[str], body: bytes, header: str | None) -> bool:
    """`X-Hub-Signature: sha1=<hex HMAC-SHA1(client secret, body)>`, as Intercom signs."""
    return _hex_signature_valid(secrets, body, header, prefix="sha1=", digest="sha1")


def _hex_signature_valid(
    secrets: Iterable[str], body: bytes, header: str | None, *, prefix: str, digest: str
) -> bool:
    if not header or not header.startswith(prefix):
        return False
    try:
        offered = bytes.fromhex(header.removeprefix(prefix))
    except ValueError:
        return False
    return any(hmac.compare_digest(_hmac(s, body, digest), offered) for s in secrets if s)


def basic_auth_valid(expected: Iterable[str], header: str | None) -> bool:
    """HTTP Basic credentials against `user:pass` values (SendGrid and Postmark sign nothing)."""
    if not header or not header.lower().startswith("basic "):
        return False
    try:
        offered = base64.b64decode(header[6:].strip(), validate=True)
    except ValueError:  # binascii.Error, and non-ASCII text, which b64decode refuses
        return False
    return any(hmac.compare_digest(e.encode(), offered) for e in expected if e)


# What each body signature header looks like, checked before the body is read: a request
# without one is refused without reading its body. The shape proves nothing about the body.
X_SIGNATURE_SHAPE = re.compile(r"sha256=[A-Za-z0-9+/]{43}=")
META_SIGNATURE_SHAPE = re.compile(r"sha256=[0-9a-fA-F]{64}")
INTERCOM_SIGNATURE_SHAPE = re.compile(r"sha1=[0-9a-fA-F]{40}")


def signature_shaped(shape: re.Pattern[str], header: str | None) -> bool:
    """Whether a signature header is there and has the form its scheme's signatures have."""
    return header is not None and shape.fullmatch(header) is not None


def body_fingerprint(body: bytes) -> str:
    """A delivery id for providers that send none: a retried delivery has the same bytes."""
    return "sha256:" + hashlib.sha256(body).hexdigest()
