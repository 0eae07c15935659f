"""Accepted delivery ids in MongoDB: one insert per new delivery, pruned by age (no TTL index).

A delivery is claimed (inserted under its unique `_id`) before it is published, so a replay is
refused by the unique key in the same round trip. A claim alone does not prove the delivery
reached Kafka: the process may have died between the claim and Kafka's ack. So each process
(a holder) keeps in memory the claims it has not settled yet, and now and then stores a
watermark: every claim it made before `confirmed_until` was published or given back. A replay
is a duplicate only when its claim is older than its holder's watermark; otherwise intake
publishes it again, which downstream's deterministic ids make harmless. The watermark costs one
write per second per busy process, not one per delivery.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import structlog
from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError, DuplicateKeyError, OperationFailure, PyMongoError

from onecase_intake.ports import Claim, DeliveryLogUnavailableError
from onecase_shared.events import utc_now
from onecase_shared.mongo import Document, IndexSpec

DELIVERIES = "intake_deliveries"
HOLDERS = "intake_delivery_holders"
INDEXES = (
    IndexSpec(DELIVERIES, (("received_at", ASCENDING),)),
    IndexSpec(HOLDERS, (("confirmed_until", ASCENDING),)),
)
_TICK = timedelta(milliseconds=1)
DUPLICATE_KEY = 11000
MAX_BATCH = 500  # BSON dates keep milliseconds

log = structlog.get_logger(__name__)


class MongoDeliveryLog:
    """The DeliveryLog port on a MongoDB-wire server."""

    def __init__(
        self,
        db: AsyncDatabase[Document],
        *,
        holder: str | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._deliveries = db[DELIVERIES]
        self._holders = db[HOLDERS]
        self._holder = holder or uuid.uuid4().hex
        self._clock = clock
        self._queue: list[tuple[Document, asyncio.Future[None]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._pending: dict[str, list[datetime]] = {}  # claims not settled yet, by key
        self._unreleased: set[str] = set()
        self._last_at = datetime.min.replace(tzinfo=UTC)
        self._stored_watermark = self.watermark()

    def _next_at(self) -> datetime:
        # Strictly increasing and whole milliseconds, so the stored watermark and the stored
        # claim times compare exactly as they do here, even if the wall clock steps back.
        now = self._clock()
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)
        self._last_at = max(now, self._last_at + _TICK)
        return self._last_at

    def _hold(self, key: str) -> Document:
        at = self._next_at()
        # Held before the write: the watermark must not pass a claim still in flight.
        self._pending.setdefault(key, []).append(at)
        return {"_id": key, "received_at": at, "holder": self._holder}

    def _drop(self, key: str) -> None:
        held = self._pending.get(key, [])
        if held:
            held.pop(0)
        if not held:
            self._pending.pop(key, None)

    async def claim(self, key: str) -> Claim:
        """Claim `key`: NEW (one insert), PUBLISHED (a proven duplicate) or UNCONFIRMED."""
        settled_here = key not in self._pending and key not in self._unreleased
        document = self._hold(key)
        try:
            await self._insert(document)
            return Claim.NEW
        except DuplicateKeyError:
            pass
        except PyMongoError as exc:
            self._drop(key)
            raise DeliveryLogUnavailableError(type(exc).__name__) from exc
        try:
            if await self._proven_published(key, settled_here=settled_here):
                self._drop(key)
                return Claim.PUBLISHED
            # Take the claim over: from now on our watermark vouches for it.
            await self._deliveries.replace_one({"_id": key}, document, upsert=True)
        except PyMongoError as exc:
            self._drop(key)
            raise DeliveryLogUnavailableError(type(exc).__name__) from exc
        return Claim.UNCONFIRMED

    async def _insert(self, document: Document) -> None:
        """Insert one claim, in a batch with the claims that arrive while one is in flight.

        Group commit: under load one `insert` carries many deliveries (never more than one
        round trip each); alone, a claim goes at once. Unordered, so one duplicate fails
        only its own delivery.
        """
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.append((document, done))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        await done

    async def _flush(self) -> None:
        while self._queue:
            batch, self._queue = self._queue[:MAX_BATCH], self._queue[MAX_BATCH:]
            failures: dict[int, Exception] = {}
            try:
                await self._deliveries.insert_many([d for d, _ in batch], ordered=False)
            except BulkWriteError as error:
                for failed in error.details.get("writeErrors", []):
                    code = failed.get("code")
                    cause = DuplicateKeyError if code == DUPLICATE_KEY else OperationFailure
                    failures[failed["index"]] = cause(failed.get("errmsg", ""), code)
            except PyMongoError as error:
                failures = dict.fromkeys(range(len(batch)), error)
            for index, (_, done) in enumerate(batch):
                if done.done():
                    continue  # its request went away
                if index in failures:
                    done.set_exception(failures[index])
                else:
                    done.set_result(None)

    async def _proven_published(self, key: str, *, settled_here: bool) -> bool:
        claim = await self._deliveries.find_one({"_id": key})
        if claim is None:
            return False  # given back in the meantime
        if "holder" not in claim:
            return True  # an id recorded before claims had holders: written after Kafka's ack
        if claim.get("holder") == self._holder:
            return settled_here  # ours: published, unless still in flight or not given back
        holder = await self._holders.find_one({"_id": claim.get("holder")})
        return holder is not None and claim["received_at"] < holder["confirmed_until"]

    async def settle(self, key: str, *, published: bool) -> None:
        """Published: nothing to write. Not published: give the claim back (retried later)."""
        if published:
            self._drop(key)
            return
        self._unreleased.add(key)
        await self._release_unreleased()

    async def _release_unreleased(self) -> None:
        for key in list(self._unreleased):
            try:
                await self._deliveries.delete_one({"_id": key, "holder": self._holder})
            except PyMongoError as exc:
                # Still pending: the watermark stays below it, so a retry publishes again.
                log.warning("delivery claim not released", error_type=type(exc).__name__)
                return
            self._unreleased.discard(key)
            self._drop(key)

    def watermark(self) -> datetime:
        """Every claim of this process made before this time is settled."""
        return min((min(held) for held in self._pending.values()), default=self._last_at + _TICK)

    async def checkpoint(self) -> None:
        """Store the watermark when it moved; retry giving back claims Mongo refused to free."""
        if self._unreleased:
            await self._release_unreleased()
        watermark = self.watermark()
        if watermark == self._stored_watermark:
            return
        try:
            await self._holders.update_one(
                {"_id": self._holder}, {"$set": {"confirmed_until": watermark}}, upsert=True
            )
        except PyMongoError as exc:
            raise DeliveryLogUnavailableError(type(exc).__name__) from exc
        self._stored_watermark = watermark

    async def forget(self, keys: Sequence[str]) -> int:
        """Delete the ids under `keys` (a customer's erasure); returns how many went."""
        result = await self._deliveries.delete_many({"_id": {"$in": list(keys)}})
        return result.deleted_count

    async def forget_older_than(self, age: timedelta, *, now: datetime | None = None) -> int:
        """Delete ids (and idle holders) older than `age`; returns how many ids went."""
        cutoff = (now or utc_now()) - age
        await self._holders.delete_many({"confirmed_until": {"$lt": cutoff}})
        result = await self._deliveries.delete_many({"received_at": {"$lt": cutoff}})
        return result.deleted_count
