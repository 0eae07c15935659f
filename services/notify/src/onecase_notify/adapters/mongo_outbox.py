"""The outbox in MongoDB: `_id` is the notification key, so a key exists once, ever."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta

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

    async def claim(self, notification_key: str, *, now: datetime, lease_s: float) -> bool:
        """Take the right to send an unsent message for `lease_s`; False if sent or leased."""
        claimed = await self._outbox.find_one_and_update(
            {
                "_id": notification_key,
                "status": {"$in": _SENDABLE},
                "lease_until": {"$lt": stamp(now)},
            },
            {
                "$set": {
                    "lease_until": stamp(now + timedelta(seconds=lease_s)),
                    "leased_by": self._instance_id,
                },
                "$inc": {"attempts": 1},
            },
        )
        return claimed is not None

    async def release(self, notification_key: str) -> None:
        """Give up the lease on a message that could not be sent, so it can be claimed again."""
        await self._outbox.update_one(
            {
                "_id": notification_key,
                "status": {"$in": _SENDABLE},
                "leased_by": self._instance_id,
            },
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

    async def mark_sent(self, notification_key: str, delivery: Delivery) -> None:
        """Record a delivery; from now on the key is never sent again."""
        await self._outbox.update_one(
            {"_id": notification_key},
            {
                "$set": {
                    "status": "sent",
                    "provider_message_id": delivery.provider_message_id,
                    "sent_at": stamp(delivery.sent_at),
                }
            },
        )

    async def mark_failed(self, notification_key: str, reason: str) -> None:
        """Record a permanent failure; the lease is released so a replay can try again."""
        await self._outbox.update_one(
            {"_id": notification_key, "status": {"$in": _SENDABLE}},
            {"$set": {"status": "failed", "reason": reason[:1000], "lease_until": _NEVER}},
        )
