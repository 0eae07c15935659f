"""The provider calls of DESIGN.md, one class per provider, all through ProviderHttp."""

from __future__ import annotations

import json
from typing import Any

import httpx

from onecase_notify.adapters.provider_http import DeliveryRefusedError, ProviderHttp
from onecase_notify.domain.delivery_plan import PlannedDelivery, Route
from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_shared import standard_webhooks
from onecase_shared.events import CaseEventV1, ReplyTargetV1


def _target(delivery: PlannedDelivery) -> ReplyTargetV1:
    if delivery.target is None:
        msg = "a delivery without a target cannot be sent"
        raise ValueError(msg)
    return delivery.target


def _field(response: httpx.Response, *path: str) -> str:
    """A string field of a provider's JSON answer, e.g. data.id; a clear error if missing."""
    value: Any = response.json()
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    if value is None:
        msg = f"the provider's answer lacks {'.'.join(path)}: {response.text[:200]}"
        raise DeliveryRefusedError(msg)
    return str(value)


class XSender:
    """Replies under a tweet, and direct messages where the customer opened a conversation."""

    def __init__(self, *, http: ProviderHttp, base_url: str, bearer_token: str) -> None:
        self._http = http
        self._base = base_url.rstrip("/")
        self._auth = {"Authorization": f"Bearer {bearer_token}"}

    async def send(
        self, delivery: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        """Post the reply or the DM; the tweet id or the DM event id."""
        target = _target(delivery)
        key = message.notification_key
        if delivery.route is Route.X_REPLY:
            body = {"text": message.text, "reply": {"in_reply_to_tweet_id": target.in_reply_to}}
            url = f"{self._base}/2/tweets"
            response = await self._http.post(
                "x", url, json=body, headers=self._auth, idempotency_key=key
            )
            return _field(response, "data", "id")
        url = f"{self._base}/2/dm_conversations/with/{target.handle.value}/messages"
        response = await self._http.post(
            "x", url, json={"text": message.text}, headers=self._auth, idempotency_key=key
        )
        return _field(response, "data", "dm_event_id")


class FacebookSender:
    """Comment replies, private replies to a comment, and Messenger messages (Graph API)."""

    def __init__(self, *, http: ProviderHttp, base_url: str, version: str, page_token: str) -> None:
        self._http = http
        self._base = f"{base_url.rstrip('/')}/{version}"
        self._auth = {"Authorization": f"Bearer {page_token}"}

    async def send(
        self, delivery: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        """Make the Graph call for the route; the new comment or message id."""
        target = _target(delivery)
        key = message.notification_key
        if delivery.route is Route.FACEBOOK_COMMENT_REPLY:
            url = f"{self._base}/{target.in_reply_to}/comments"
            response = await self._http.post(
                "facebook",
                url,
                data={"message": message.text},
                headers=self._auth,
                idempotency_key=key,
            )
            return _field(response, "id")
        recipient = (
            {"comment_id": target.in_reply_to}
            if delivery.route is Route.FACEBOOK_PRIVATE_REPLY
            else {"id": target.handle.value}
        )
        body = {
            "recipient": recipient,
            "messaging_type": "RESPONSE",
            "message": {"text": message.text},
        }
        response = await self._http.post(
            "facebook",
            f"{self._base}/me/messages",
            json=body,
            headers=self._auth,
            idempotency_key=key,
        )
        return _field(response, "message_id")


class IntercomSender:
    """Admin replies in the customer's Intercom conversation."""

    def __init__(self, *, http: ProviderHttp, base_url: str, token: str, admin_id: str) -> None:
        self._http = http
        self._base = base_url.rstrip("/")
        self._auth = {"Authorization": f"Bearer {token}", "Intercom-Version": "2.11"}
        self._admin_id = admin_id

    async def send(
        self, delivery: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        """Reply as the admin; the conversation id (Intercom answers with the conversation)."""
        target = _target(delivery)
        body = {
            "message_type": "comment",
            "type": "admin",
            "admin_id": self._admin_id,
            "body": message.text,
        }
        url = f"{self._base}/conversations/{target.conversation_id}/reply"
        response = await self._http.post(
            "intercom", url, json=body, headers=self._auth, idempotency_key=message.notification_key
        )
        return f"{_field(response, 'id')}:{message.notification_key}"


class ChatSender:
    """Messages into the customer's Onecase web chat session, signed like our webhooks."""

    def __init__(self, *, http: ProviderHttp, base_url: str, secret: str) -> None:
        self._http = http
        self._base = base_url.rstrip("/")
        self._secret = secret

    async def send(
        self, delivery: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        """Post into the session; the chat's message id."""
        target = _target(delivery)
        author = event.owner.display_name if event.owner else "Onecase"
        body = json.dumps({"text": message.text, "author": author}).encode()
        headers = {
            "content-type": "application/json",
            **standard_webhooks.signed_headers(self._secret, message.notification_key, body),
        }
        url = f"{self._base}/sessions/{target.conversation_id}/messages"
        response = await self._http.post(
            "chat", url, content=body, headers=headers, idempotency_key=message.notification_key
        )
        return _field(response, "id")
