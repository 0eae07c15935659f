"""The sandbox's Intercom and Onecase chat answers.

Intercom `POST /conversations/{id}/reply` answers 200 with the conversation, its new part in
`conversation_parts` (Intercom REST API reference, `AdminReplyConversationRequest`,
`ConversationPart`). Onecase chat is ours: Standard Webhooks signed, 201 `{"id"}`.
"""

from __future__ import annotations

import re
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from onecase_localinfra.channel_sandbox_wire import (
    Answer,
    Incoming,
    Rejected,
    authorization_token,
    numeric_id,
    require_json,
    required_text,
)
from onecase_shared import standard_webhooks

INTERCOM_MESSAGE_TYPES = frozenset({"comment", "note"})
_INTERCOM_USER_KEYS = ("intercom_user_id", "user_id", "email")
_INTERCOM_CONVERSATION_ID = re.compile(r"^(\d+|last)$")


def answer_intercom_reply(incoming: Incoming) -> Answer:
    """`POST /conversations/{id}/reply`."""
    if authorization_token(incoming.headers, "Bearer") is None:
        raise Rejected(401, "Access Token Invalid", "unauthorized")
    require_json(incoming)
    conversation_id = incoming.path_params["conversation_id"]
    if not _INTERCOM_CONVERSATION_ID.match(conversation_id):
        raise Rejected(404, "Resource Not Found", "not_found")
    body = incoming.body
    message_type = body.get("message_type")
    if message_type not in INTERCOM_MESSAGE_TYPES:
        message = f"message_type must be one of {sorted(INTERCOM_MESSAGE_TYPES)}"
        raise Rejected(400, message, "parameter_invalid")
    author: dict[str, Any]
    if body.get("type") == "admin":
        admin_id = body.get("admin_id")
        if not isinstance(admin_id, str | int) or not str(admin_id).strip():
            raise Rejected(400, "Admin ID is required", "parameter_not_found")
        author = {"type": "admin", "id": str(admin_id)}
    elif body.get("type") == "user":
        if not any(body.get(key) for key in _INTERCOM_USER_KEYS):
            message = f"one of {', '.join(_INTERCOM_USER_KEYS)} is required"
            raise Rejected(400, message, "parameter_not_found")
        author = {
            "type": "user",
            "id": str(next(body[k] for k in _INTERCOM_USER_KEYS if body.get(k))),
        }
    else:
        raise Rejected(400, "type must be admin or user", "parameter_invalid")
    if not isinstance(body.get("body"), str) or not body["body"].strip():
        raise Rejected(400, "Body is required", "parameter_not_found")
    now = int(time.time())
    if conversation_id == "last":
        conversation_id = numeric_id(9)
    part = {
        "type": "conversation_part",
        "id": numeric_id(10),
        "part_type": message_type,
        "body": body["body"],
        "created_at": now,
        "updated_at": now,
        "notified_at": now,
        "assigned_to": None,
        "author": author,
        "attachments": [],
        "external_id": None,
        "redacted": False,
    }
    conversation = {
        "type": "conversation",
        "id": conversation_id,
        "created_at": now,
        "updated_at": now,
        "waiting_since": None,
        "snoozed_until": None,
        "open": True,
        "state": "open",
        "read": False,
        "priority": "not_priority",
        "admin_assignee_id": int(author["id"]) if author["id"].isdigit() else None,
        "team_assignee_id": None,
        "conversation_parts": {
            "type": "conversation_part.list",
            "conversation_parts": [part],
            "total_count": 1,
        },
    }
    return Answer(200, conversation)


def answer_chat_message(incoming: Incoming, secret: str) -> Answer:
    """`POST /sessions/{session_id}/messages`, Standard Webhooks signed with `secret`.

    `secret` may hold two space-separated values while it is rotated; either one verifies.
    """
    try:
        standard_webhooks.verify(secret.split(), incoming.headers, incoming.raw)
    except standard_webhooks.SignatureError as exc:
        raise Rejected(401, str(exc), "invalid_signature") from exc
    require_json(incoming)
    required_text(incoming.body, "text")
    author = incoming.body.get("author")
    if not (isinstance(author, str) and author.strip()) and not (
        isinstance(author, dict) and author
    ):
        raise Rejected(400, "author is required: a non-empty string or object", "invalid_request")
    answer = {
        "id": f"msg_{uuid.uuid4().hex}",
        "session_id": incoming.path_params["session_id"],
        "created_at": datetime.now(UTC).isoformat(),
    }
    return Answer(201, answer)
