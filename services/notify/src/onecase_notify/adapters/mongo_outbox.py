"""The outbox in MongoDB: `_id` is the notification key, so a key exists once, ever."""

from __future__ import annotations

import contextlib
import uuid
from datetime import UTC, datetime, timedelta

from pymongo import ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_notify.ports import Delivery
from onecase_shared.events import CaseEventV1
from onecase_shared.mongo import Document, stamp

OUTBOX = "outbox"
_NEVER = stamp(datetime(1970, 1, 1, tzinfo=UTC))
# A failed message may be tried again (a DLQ replay); a sent one never.
_SENDABLE = ["pending", "failed"]


class MongoOutbox:
    """The Outbox port on a MongoDB-wire server."""

    def __init__(self, db: AsyncDatabase[Document], *, instance_id: str) -> None:
        self._outbox = db[OUTBOX]
        self._instance_id = instance_id

    async def add(self, message: OutboundMessage, event: CaseEventV1, route: str | None) -> None:
        """Record a message as pending; a second call with the same key is a no-op."""
        document = {
            "_id": message.notification_key,
            "case_id": str(event.case_id),
            "kind": message.kind.value,
            "route": route,
            "status": "pending",
            "lease_until": _NEVER,
            "attempts": 0,
            "created_at": event.occurred_at,
        }
        with contextlib.suppress(DuplicateKeyError):
            await self._outbox.insert_one(document)

    async def add_and_claim(
        self,
        message: OutboundMessage,
        event: CaseEventV1,
        route: str | None,
        *,
        now: datetime,
        lease_s: float,
    ) -> str | None:
        """Record the message if it is new and lease it, in one round trip; its token, or None."""
        token = uuid.uuid4().hex
        # The filter matches a pending message nobody ever leased (or one whose lease was
        # given back), and only equality fields: when no such message exists the upsert
        # inserts one built from them, already leased. `$setOnInsert` is not used: nx-27017
        # ignores it in findAndModify.
        fresh = {
            "_id": message.notification_key,
            "case_id": str(event.case_id),
            "kind": message.kind.value,
            "route": route,
            "status": "pending",
            "lease_until": _NEVER,
            "created_at": event.occurred_at,
        }
        try:
            claimed = await self._outbox.find_one_and_update(
                fresh,
                self._lease(now, lease_s, token),
                upsert=True,
                return_document=ReturnDocument.AFTER,
            )
        except DuplicateKeyError:
            claimed = None  # MongoDB refuses the insert; nx-27017 answers None
        if claimed is not None:
            return token
        # The message exists but is sent, leased, failed or its lease expired: the full rule.
        return await self.claim(message.notification_key, now=now, lease_s=lease_s)

    def _lease(self, now: datetime, lease_s: float, token: str) -> Document:
        return {
            "$set": {
                "lease_until": stamp(now + timedelta(seconds=lease_s)),
                "leased_by": self._instance_id,
                "lease_token": token,
            },
            "$inc": {"attempts": 1},
        }

    async def claim(self, notification_key: str, *, now: datetime, lease_s: float) -> str | None:
        """Take the right to send an unsent message for `lease_s`; its token, or None."""
        # A fresh token per claim fences every later write: after the lease expires and
        # another instance claims the key, the first one's release and marks match nothing.
        token = uuid.uuid4().hex
        claimed = await self._outbox.find_one_and_update(
            {
                "_id": notification_key,
                "status": {"$in": _SENDABLE},
                "lease_until": {"$lt": stamp(now)},
            },
            self._lease(now, lease_s, token),
        )
        return token if claimed is not None else None

    async def release(self, notification_key: str, token: str) -> None:
        """Give up the lease `token` names, so the message can be claimed again."""
        await self._outbox.update_one(
            {"_id": notification_key, "status": {"$in": _SENDABLE}, "lease_token": token},
            {"$set": {"lease_until": _NEVER}},
        )

    async def delivery_of(self, notification_key: str) -> Delivery | None:
        """The recorded delivery of this key, or None while it is not sent."""
        document = await self._outbox.find_one({"_id": notification_key, "status": "sent"})
        if document is None:
            return None
        return Delivery(
            provider_message_id=document["provider_message_id"],
            sent_at=datetime.fromisoformat(document["sent_at"]),
        )

    async def mark_sent(self, notification_key: str, delivery: Delivery, token: str) -> bool:
        """Record a delivery; False if the lease was lost meanwhile (recorded all the same)."""
        sent = {
            "$set": {
                "status": "sent",
                "provider_message_id": delivery.provider_message_id,
                "sent_at": stamp(delivery.sent_at),
            }
        }
        held = await self._outbox.update_one(
            {"_id": notification_key, "status": {"$in": _SENDABLE}, "lease_token": token}, sent
        )
        if held.matched_count:
            return True
        # The message did go out: recording it stops any further send, whoever holds the key.
        await self._outbox.update_one({"_id": notification_key, "status": {"$in": _SENDABLE}}, sent)
        return False

    async def mark_failed(self, notification_key: str, reason: str, token: str) -> None:
        """Record a permanent failure under lease `token`, releasing it for a later replay."""
        await self._outbox.update_one(
            {"_id": notification_key, "status": {"$in": _SENDABLE}, "lease_token": token},
            {"$set": {"status": "failed", "reason": reason[:1000], "lease_until": _NEVER}},
        )
