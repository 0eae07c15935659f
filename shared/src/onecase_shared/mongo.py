"""MongoDB access through pymongo's async client, with indexes declared next to their users."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry, Counter
from pymongo import ASCENDING, AsyncMongoClient, monitoring
from pymongo.asynchronous.database import AsyncDatabase

from onecase_shared.settings import MongoSettings

Document = dict[str, Any]


@dataclass(frozen=True)
class IndexSpec:
    """One index a service relies on; unique ones carry its correctness (see DESIGN.md)."""

    collection: str
    keys: Sequence[tuple[str, int]]
    unique: bool = False

    @property
    def name(self) -> str:
        """A stable name, so re-creating at every start-up is a no-op."""
        return "_".join(f"{field}_{direction}" for field, direction in self.keys)


class MongoCommandCounter(monitoring.CommandListener):
    """Counts every command sent to the server, by name: the Mongo round trips.

    Exposed as `onecase_mongo_commands_total{command="insert|find|findAndModify|..."}`.
    """

    def __init__(self, registry: CollectorRegistry) -> None:
        self._commands = Counter(
            "onecase_mongo_commands",
            "Commands sent to the MongoDB-wire server (round trips), by command name.",
            ["command"],
            registry=registry,
        )

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        """Count the command as it leaves; it costs a round trip whether it succeeds or not."""
        self._commands.labels(event.command_name).inc()

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        """Already counted when it started."""

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        """Already counted when it started."""


def create_mongo_client(
    settings: MongoSettings, *, registry: CollectorRegistry | None = None
) -> AsyncMongoClient[Document]:
    """A client that connects lazily: nothing touches the network until first use.

    Every operation is bounded: server selection and connecting by `timeout_ms`, the whole
    operation by `operation_timeout_ms` (see MongoSettings).

    With a `registry`, every command it sends is counted there (see MongoCommandCounter).
    With `majority_writes` (the prod profile turns it on), a write is acknowledged only once
    a majority of the replica set has it; otherwise the URI's `w` (or the server's default).
    """
    listeners = [MongoCommandCounter(registry)] if registry is not None else []
    # Passing w at all would override a w= the operator put in the URI.
    write_concern: dict[str, Any] = {"w": "majority"} if settings.majority_writes else {}
    return AsyncMongoClient(
        settings.uri,
        tz_aware=True,
        uuidRepresentation="standard",
        serverSelectionTimeoutMS=settings.timeout_ms,
        connectTimeoutMS=settings.timeout_ms,
        socketTimeoutMS=settings.socket_timeout_ms,
        timeoutMS=settings.operation_timeout_ms,
        event_listeners=listeners,
        **write_concern,
    )


async def ensure_indexes(db: AsyncDatabase[Document], specs: Iterable[IndexSpec]) -> None:
    """Create every index in `specs`; existing ones with the same name are left alone."""
    for spec in specs:
        await db[spec.collection].create_index(list(spec.keys), name=spec.name, unique=spec.unique)


def unique(collection: str, *fields: str) -> IndexSpec:
    """Shorthand for a unique ascending index on `fields`."""
    return IndexSpec(collection, tuple((f, ASCENDING) for f in fields), unique=True)


def mongo_readiness(db: AsyncDatabase[Document]) -> Callable[[], Awaitable[bool]]:
    """A readiness check that pings the server behind `db`."""

    async def ping() -> bool:
        await db.command("ping")
        return True

    return ping


def stamp(moment: datetime) -> str:
    """A timestamp as Onecase writes it with update operators (`$set`), and queries it.

    nx-27017 stores a datetime given to `$set` as a naive string (inserts keep real dates),
    so comparing it with a date never matches. A fixed-width ISO string in UTC with its
    offset sorts and compares the same on every server, and pydantic reads it back aware.
    """
    if moment.tzinfo is None:
        msg = f"naive datetime {moment!r}: a time zone is required"
        raise ValueError(msg)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
