"""The sandbox's X API v2 and Graph API answers: validate like the provider, answer its shape.

Shapes: X `POST /2/tweets` answers 201 `{"data": {"id", "text", "edit_history_tweet_ids"}}`
and `POST /2/dm_conversations/with/{participant_id}/messages` 201 `{"data": {"dm_conversation_id",
"dm_event_id"}}` (docs.x.com). Graph comment replies answer `{"id"}`, the Send API
`{"recipient_id", "message_id"}` (developers.facebook.com Send API reference).
"""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from collections.abc import Collection
from typing import Any

from onecase_localinfra.channel_sandbox_wire import (
    Answer,
    Incoming,
    Rejected,
    authorization_token,
    messenger_message_id,
    numeric_id,
    require_json,
    required_text,
    snowflake,
)

SANDBOX_X_USER_ID = "1580661436132757506"  # the account the sandbox posts as
X_MAX_WEIGHTED_LENGTH = 280
X_DM_MAX_LENGTH = 10_000
MESSENGER_MAX_LENGTH = 2_000
GRAPH_COMMENT_MAX_LENGTH = 8_000
MESSAGING_TYPES = frozenset({"RESPONSE", "UPDATE", "MESSAGE_TAG"})

# twitter-text v3: these code points weigh 1, every other one 2, and a link 23 whatever its length.
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_DIGITS = re.compile(r"^\d+$")
_GRAPH_VERSION = re.compile(r"^v\d+\.\d+$")
_GRAPH_OBJECT_ID = re.compile(r"^\d+(_\d+)?$")


def x_weighted_length(text: str) -> int:
    """A post's length as X counts it: NFC, CJK and emoji weigh 2, every link 23."""
    normalized = unicodedata.normalize("NFC", text)
    rest, links = _URL.subn("", normalized)
    weight = sum(
        1 if any(low <= ord(char) <= high for low, high in _LIGHT_RANGES) else 2 for char in rest
    )
    return weight + 23 * links


def _x_auth(incoming: Incoming) -> None:
    # Posting needs user context: an OAuth 2.0 user token (Bearer) or an OAuth 1.0a signature.
    if authorization_token(incoming.headers, "Bearer", "OAuth") is None:
        raise Rejected(401, "Unauthorized")


def x_text_key(text: str) -> str:
    """How X compares posts for its duplicate-content rule (approximately)."""
    return unicodedata.normalize("NFC", text).strip()


def answer_x_reply(incoming: Incoming, earlier_texts: Collection[str]) -> Answer:
    """`POST /2/tweets` as a reply; `earlier_texts` are the posts already accepted."""
    _x_auth(incoming)
    require_json(incoming)
    body = incoming.body
    text = required_text(body, "text")
    length = x_weighted_length(text)
    if length > X_MAX_WEIGHTED_LENGTH:
        raise Rejected(400, f"text is {length} characters as X counts them; the limit is 280")
    reply = body.get("reply")
    target = reply.get("in_reply_to_tweet_id") if isinstance(reply, dict) else None
    if not isinstance(target, str) or not _DIGITS.match(target):
        # X would post a standalone public tweet; for Onecase that is always a bug.
        raise Rejected(400, "reply.in_reply_to_tweet_id must be a post id (a string of digits)")
    if x_text_key(text) in earlier_texts:
        raise Rejected(403, "You are not allowed to create a Tweet with duplicate content.")
    post_id = snowflake()
    return Answer(201, {"data": {"id": post_id, "text": text, "edit_history_tweet_ids": [post_id]}})


def answer_x_dm(incoming: Incoming) -> Answer:
    """`POST /2/dm_conversations/with/{participant_id}/messages`."""
    _x_auth(incoming)
    require_json(incoming)
    participant = incoming.path_params["participant_id"]
    if not _DIGITS.match(participant):
        raise Rejected(400, f"participant_id must be a user id (digits), not {participant!r}")
    required_text(incoming.body, "text", limit=X_DM_MAX_LENGTH)
    low, high = sorted((participant, SANDBOX_X_USER_ID), key=int)
    return Answer(
        201, {"data": {"dm_conversation_id": f"{low}-{high}", "dm_event_id": snowflake()}}
    )


def _graph_preamble(incoming: Incoming, *, me: bool) -> None:
    version = incoming.path_params["version"]
    if not _GRAPH_VERSION.match(version):
        raise Rejected(400, f"(#100) Unknown Graph API version {version!r}; use e.g. v21.0", 100)
    token = (
        incoming.query.get("access_token")
        or incoming.body.get("access_token")
        or authorization_token(incoming.headers, "Bearer", "OAuth")
    )
    if not token:
        # Graph answers a missing token with 400, not 401 (codes 2500 on /me, 104 elsewhere).
        if me:
            message = (
                "An active access token must be used to query information about the current user."
            )
            raise Rejected(400, message, 2500)
        raise Rejected(400, "An access token is required to request this resource.", 104)


def _graph_object(body: dict[str, Any], key: str) -> dict[str, Any] | None:
    """A Graph parameter that is an object: JSON, or in a form its JSON (or Python-ish) text."""
    value = body.get(key)
    if isinstance(value, str):
        # Meta's own curl examples send recipient={'id':'PSID'}: single quotes, still accepted.
        try:
            value = json.loads(value)
        except ValueError:
            try:
                value = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                return None
    return value if isinstance(value, dict) else None


def answer_facebook_comment_reply(incoming: Incoming) -> Answer:
    """`POST /{version}/{comment_id}/comments`."""
    _graph_preamble(incoming, me=False)
    comment_id = incoming.path_params["comment_id"]
    if not _GRAPH_OBJECT_ID.match(comment_id):
        message = (
            f"Unsupported post request. Object with ID '{comment_id}' does not exist, cannot be "
            "loaded due to missing permissions, or does not support this operation."
        )
        raise Rejected(400, message, 100)
    value = incoming.body.get("message")
    if not isinstance(value, str) or not value.strip():
        raise Rejected(400, "(#100) message is required and must be a non-empty string", 100)
    if len(value) > GRAPH_COMMENT_MAX_LENGTH:
        raise Rejected(400, f"(#100) message is longer than {GRAPH_COMMENT_MAX_LENGTH}", 100)
    post_id = comment_id.split("_", 1)[0] if "_" in comment_id else numeric_id()
    return Answer(200, {"id": f"{post_id}_{numeric_id()}"})


def answer_messenger(incoming: Incoming) -> Answer:
    """`POST /{version}/me/messages` (or `/{page_id}/messages`): Messenger and private replies."""
    _graph_preamble(incoming, me=True)
    page = incoming.path_params["page_id"]
    if page != "me" and not _DIGITS.match(page):
        raise Rejected(400, f"(#100) {page!r} is not a Page id; post to me/messages", 100)
    body = incoming.body
    messaging_type = body.get("messaging_type")
    if messaging_type not in MESSAGING_TYPES:
        raise Rejected(400, f"(#100) messaging_type must be one of {sorted(MESSAGING_TYPES)}", 100)
    if messaging_type == "MESSAGE_TAG" and not body.get("tag"):
        raise Rejected(400, "(#100) tag is required with messaging_type MESSAGE_TAG", 100)
    recipient = _graph_object(body, "recipient")
    kinds = [
        key for key in ("id", "comment_id", "post_id", "user_ref") if recipient and key in recipient
    ]
    if recipient is None or len(kinds) != 1 or not str(recipient[kinds[0]]).strip():
        message = "(#100) recipient must be an object with exactly one of id, comment_id, post_id or user_ref"
        raise Rejected(400, message, 100)
    message_object = _graph_object(body, "message")
    if message_object is None or "attachment" not in message_object:
        required_text(
            message_object or {}, "text", limit=MESSENGER_MAX_LENGTH, label="(#100) message.text"
        )
    answer: dict[str, Any] = {"message_id": messenger_message_id()}
    if kinds[0] == "id":
        answer = {"recipient_id": str(recipient["id"]), **answer}
    elif kinds[0] != "user_ref":  # the Send API leaves recipient_id out for user_ref
        answer = {"recipient_id": numeric_id(), **answer}
    return Answer(200, answer)
