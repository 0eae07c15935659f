"""What notify sent each customer (or failed to), as the desk shows it, and thread keys."""

from __future__ import annotations

import contextlib
from typing import Any
from uuid import UUID

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from onecase_shared.events import NotificationFailedV1, NotificationSentV1
from onecase_shared.mongo import Document, IndexSpec
from onecase_triage.adapters.mongo_case_store import SENT_MESSAGES

INDEXES = (
    IndexSpec(SENT_MESSAGES, (("case_id", ASCENDING), ("sent_at", ASCENDING))),
    IndexSpec(SENT_MESSAGES, (("thread_key", ASCENDING),)),
)


def sent_thread_key(sent: NotificationSentV1) -> str:
    """The reply chain key a customer's answer to this delivery carries."""
    return f"{sent.channel.value}:msg:{sent.provider_message_id}"


class MongoSentMessages:
    """Records notify's deliveries on the case they belong to."""

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._sent = db[SENT_MESSAGES]

    async def on_notification_sent(self, sent: NotificationSentV1) -> None:
        """Keep the delivery; a customer's reply to it threads into the same case.

        The reply chain key rides on the delivery's record (`thread_key`, indexed): one
        write per delivery.
        """
        record: Document = {
            "_id": sent.notification_key,
            "case_id": str(sent.case_id),
            "kind": sent.kind.value,
            "channel": sent.channel.value,
            "provider_message_id": sent.provider_message_id,
            "status": "sent",
            "sent_at": sent.sent_at,
        }
        if sent.provider_message_id:
            record["thread_key"] = sent_thread_key(sent)
        with contextlib.suppress(DuplicateKeyError):
            await self._sent.insert_one(record)

    async def on_notification_failed(self, failed: NotificationFailedV1) -> None:
        """Keep a permanent delivery failure on the case, with its reason, for the desk."""
        with contextlib.suppress(DuplicateKeyError):
            await self._sent.insert_one(
                {
                    "_id": f"{failed.notification_key}:failed",
                    "case_id": str(failed.case_id),
                    "kind": failed.kind.value,
                    "channel": failed.channel.value if failed.channel else None,
                    "status": "failed",
                    "reason": failed.reason,
                    "sent_at": failed.failed_at,
                }
            )

    async def sent_for(self, case_id: UUID) -> list[dict[str, Any]]:
        """The messages sent on a case, oldest first."""
        cursor = self._sent.find({"case_id": str(case_id)}, {"_id": 0, "thread_key": 0}).sort(
            "sent_at", ASCENDING
        )
        return [doc async for doc in cursor]
