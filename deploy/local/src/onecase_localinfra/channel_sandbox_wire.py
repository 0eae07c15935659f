"""The channel sandbox's wire vocabulary: requests in, answers out, provider-shaped errors, ids."""

from __future__ import annotations

import itertools
import json
import secrets
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

from onecase_localinfra.channel_sandbox_state import Provider

_X_EPOCH_MS = 1288834974657  # Twitter's snowflake epoch: ids of today's posts have 19 digits
_sequence = itertools.count()


@dataclass(frozen=True)
class Incoming:
    """One provider call as the sandbox sees it."""

    path: str
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    headers: Mapping[str, str]  # Starlette's Headers: case-insensitive
    body: dict[str, Any]
    raw: bytes


@dataclass(frozen=True)
class Answer:
    """What the sandbox answers: status, JSON body and any extra headers."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class Rejected(Exception):  # noqa: N818 -- an answer, not a failure of the sandbox
    """A call the provider would refuse; `code` is the provider's own error code, if it has one."""

    def __init__(self, status: int, message: str, code: int | str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code


def parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    """A JSON object or a url-encoded form as a dict; raises Rejected for anything else."""
    if not raw.strip():
        return {}
    if "application/x-www-form-urlencoded" in content_type:
        try:
            return dict(parse_qsl(raw.decode(), keep_blank_values=True, strict_parsing=True))
        except ValueError as exc:
            raise Rejected(400, f"the url-encoded body does not parse: {exc}") from exc
    if "multipart/form-data" in content_type:
        raise Rejected(400, "send JSON or a url-encoded form; the sandbox takes no multipart")
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise Rejected(400, f"the body is not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise Rejected(400, "the body must be a JSON object")
    return value


def require_json(incoming: Incoming) -> None:
    """Reject a non-empty body that is not sent as JSON, as JSON-only APIs do."""
    if incoming.raw.strip() and "json" not in incoming.headers.get("content-type", ""):
        raise Rejected(400, "send the body as JSON (Content-Type: application/json)")


def required_text(
    body: dict[str, Any], key: str, *, limit: int | None = None, label: str | None = None
) -> str:
    """`body[key]` as a non-empty string of at most `limit` characters, else Rejected."""
    name = label or key
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Rejected(400, f"{name} is required and must be a non-empty string")
    if limit is not None and len(value) > limit:
        raise Rejected(400, f"{name} is {len(value)} characters; the limit is {limit}")
    return value


def authorization_token(headers: Mapping[str, str], *schemes: str) -> str | None:
    """The credential of an `Authorization: <scheme> <credential>` header, if a scheme fits."""
    scheme, _, credential = headers.get("authorization", "").strip().partition(" ")
    if scheme.lower() in {wanted.lower() for wanted in schemes} and credential.strip():
        return credential.strip()
    return None


def snowflake() -> str:
    """A 19-digit X id that grows with time, unique within this process."""
    millis = int(time.time() * 1000) - _X_EPOCH_MS
    return str((millis << 22) | (next(_sequence) & 0x3FFFFF))


def numeric_id(digits: int = 16) -> str:
    """A random decimal id of `digits` digits, as Graph and Intercom use."""
    return str(secrets.randbelow(9 * 10 ** (digits - 1)) + 10 ** (digits - 1))


def messenger_message_id() -> str:
    """A Messenger `mid`: opaque, prefixed `m_`."""
    return "m_" + secrets.token_urlsafe(24)


_GRAPH_CODES = {400: 100, 401: 190, 403: 10, 404: 803, 429: 4, 500: 1, 503: 2}
_GRAPH_TRANSIENT = frozenset({1, 2, 4, 17, 32, 613})
_INTERCOM_CODES = {
    400: "parameter_invalid",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    429: "rate_limit_exceeded",
    500: "server_error",
    503: "service_unavailable",
}


def graph_code(status: int) -> int:
    """The Graph API error code that usually comes with `status`."""
    return _GRAPH_CODES.get(status, 1)


def error_body(
    provider: Provider, status: int, message: str, code: int | str | None = None
) -> dict[str, Any]:
    """An error in the provider's own shape, so clients parse what production would send."""
    phrase = HTTPStatus(status).phrase
    if provider == "x":
        if status == HTTPStatus.BAD_REQUEST:
            return {
                "errors": [{"message": message}],
                "title": "Invalid Request",
                "detail": "One or more parameters to your request was invalid.",
                "type": "https://api.twitter.com/2/problems/invalid-request",
            }
        return {"title": phrase, "type": "about:blank", "status": status, "detail": message}
    if provider == "graph":
        number = code if isinstance(code, int) else graph_code(status)
        error: dict[str, Any] = {
            "message": message,
            "type": "OAuthException",
            "code": number,
            "fbtrace_id": secrets.token_urlsafe(8),
        }
        if number in _GRAPH_TRANSIENT:
            error["is_transient"] = True
        return {"error": error}
    if provider == "intercom":
        name = code if isinstance(code, str) else _INTERCOM_CODES.get(status, "server_error")
        return {
            "type": "error.list",
            "request_id": str(uuid.uuid4()),
            "errors": [{"code": name, "message": message}],
        }
    slug = code if isinstance(code, str) else phrase.lower().replace(" ", "_")
    return {"error": slug, "detail": message}


def fault_answer(provider: Provider, status: int, retry_after: int | None) -> Answer:
    """The answer to a call an armed fault catches."""
    message = f"{HTTPStatus(status).phrase} (fault injected by the channel sandbox)"
    if provider == "graph":
        message = f"(#{graph_code(status)}) {message}"
    headers: dict[str, str] = {}
    if retry_after is not None:
        headers["Retry-After"] = str(retry_after)
        if provider == "x" and status == HTTPStatus.TOO_MANY_REQUESTS:
            # X clients usually wait for x-rate-limit-reset rather than Retry-After.
            headers["x-rate-limit-limit"] = "300"
            headers["x-rate-limit-remaining"] = "0"
            headers["x-rate-limit-reset"] = str(int(time.time()) + retry_after)
    return Answer(status=status, body=error_body(provider, status, message), headers=headers)
