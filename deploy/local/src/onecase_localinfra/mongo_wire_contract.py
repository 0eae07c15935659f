"""MongoDB wire-protocol contract for Onecase's local stand-in servers.

Runs the operations the services rely on (unique indexes incl. ``_id``,
single-document atomic writes, ``find_one_and_update`` leases, upserts and the
aggregations of the helpdesk desk API) against a server and reports each one.

    python -m onecase_localinfra.mongo_wire_contract mongodb://127.0.0.1:27117/
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from pymongo import AsyncMongoClient, InsertOne, ReturnDocument, UpdateOne
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError, DuplicateKeyError

Doc = dict[str, Any]
Db = AsyncDatabase[Doc]
Check = Callable[[Db], Awaitable[str]]

#: Checks whose failure does not make the server unfit for Onecase.
OPTIONAL_CHECKS = frozenset({"agg_group_max_min_push", "agg_facet"})
CHECK_TIMEOUT_S = 120.0
_CHECKS: list[tuple[str, Check]] = []


@dataclass(frozen=True)
class ContractResult:
    """Outcome of one contract check."""

    name: str
    passed: bool
    detail: str


class ContractViolation(AssertionError):
    """Raised by a check whose observed behaviour differs from MongoDB's."""


def _check(fn: Check) -> Check:
    _CHECKS.append((fn.__name__.removeprefix("_"), fn))
    return fn


def _expect(cond: bool, msg: str) -> None:
    if not cond:
        raise ContractViolation(msg)


async def _insert_outcome(coll: AsyncCollection[Doc], doc: Doc) -> str:
    try:
        await coll.insert_one(doc)
    except DuplicateKeyError as exc:
        return "dup" if exc.code == 11000 else f"dup-code-{exc.code}"
    return "ok"


async def _race(coll: AsyncCollection[Doc], key: Doc, rounds: int, n: int = 50) -> str:
    bad: list[str] = []
    for r in range(rounds):
        outs = await asyncio.gather(
            *(_insert_outcome(coll, {**{k: f"{v}-{r}" for k, v in key.items()}, "w": i})
              for i in range(n))
        )
        c = Counter(outs)
        if c != Counter({"ok": 1, "dup": n - 1}):
            bad.append(f"round {r}: {dict(c)}")
    stored = await coll.count_documents({})
    _expect(not bad and stored == rounds, f"stored={stored}; " + "; ".join(bad[:5]))
    return f"{rounds} rounds x {n} inserts: 1 ok + {n - 1} DuplicateKeyError each"


@_check
async def _unique_index_duplicate(db: Db) -> str:
    coll = db.uniq
    await coll.create_index("key", unique=True)
    await coll.insert_one({"key": "a"})
    _expect(await _insert_outcome(coll, {"key": "a"}) == "dup", "2nd insert not rejected")
    await coll.insert_one({"_id": "x", "key": "b"})
    _expect(await _insert_outcome(coll, {"_id": "x", "key": "c"}) == "dup", "_id dup accepted")
    _expect(await coll.count_documents({}) == 2, "unexpected document count")
    return "unique key and _id duplicates raise DuplicateKeyError code 11000"


@_check
async def _concurrent_unique_insert(db: Db) -> str:
    await db.race.create_index("key", unique=True)
    return await _race(db.race, {"key": "k"}, rounds=20)


@_check
async def _compound_unique_index(db: Db) -> str:
    coll = db.epochs
    await coll.create_index([("case_id", 1), ("epoch", 1)], unique=True)
    await coll.insert_many([{"case_id": "c", "epoch": 1}, {"case_id": "c", "epoch": 2}])
    _expect(await _insert_outcome(coll, {"case_id": "c", "epoch": 1}) == "dup", "dup accepted")
    await coll.delete_many({})
    return "compound dup rejected; " + await _race(coll, {"case_id": "c", "epoch": "e"}, 10)


def _lease(worker: str, now: datetime) -> Doc:
    return {"$set": {"status": "leased", "lease_owner": worker,
                     "lease_until": now + timedelta(seconds=30)}}


@_check
async def _fam_lease_claim_earliest(db: Db) -> str:
    now = datetime.now(UTC)
    past = now - timedelta(minutes=5)
    await db.jobs.insert_many([
        {"_id": "late", "status": "pending", "due_at": now - timedelta(minutes=1),
         "lease_until": past},
        {"_id": "early", "status": "pending", "due_at": now - timedelta(minutes=9),
         "lease_until": past},
        {"_id": "held", "status": "pending", "due_at": now - timedelta(minutes=20),
         "lease_until": now + timedelta(minutes=1)},
        {"_id": "done", "status": "done", "due_at": now - timedelta(minutes=30),
         "lease_until": past},
    ])
    flt = {"status": "pending", "lease_until": {"$lt": now}}
    got = await db.jobs.find_one_and_update(
        flt, _lease("w1", now), sort=[("due_at", 1)], return_document=ReturnDocument.AFTER)
    _expect(got is not None and got["_id"] == "early", f"claimed {got and got['_id']}")
    _expect(got is not None and got["lease_owner"] == "w1", "AFTER image lacks $set fields")
    nxt = await db.jobs.find_one_and_update(flt, _lease("w2", now), sort=[("due_at", 1)])
    _expect(nxt is not None and nxt["_id"] == "late" and nxt["status"] == "pending",
            f"second claim/BEFORE image wrong: {nxt}")
    return "earliest due doc leased; AFTER/BEFORE images correct; held lease skipped"


@_check
async def _fam_lease_race(db: Db) -> str:
    now = datetime.now(UTC)
    dupes = lost = 0
    for r in range(10):
        coll = db[f"lease_race_{r}"]
        await coll.insert_many([{"_id": i, "status": "pending", "due_at": now,
                                 "lease_until": now - timedelta(seconds=1)} for i in range(10)])
        got = await asyncio.gather(*(coll.find_one_and_update(
            {"status": "pending", "lease_until": {"$lt": now}}, _lease(f"w{i}", now),
            sort=[("due_at", 1)], return_document=ReturnDocument.AFTER) for i in range(20)))
        ids = [d["_id"] for d in got if d is not None]
        dupes += len(ids) - len(set(ids))
        lost += 10 - len(set(ids))
    _expect(dupes == 0, f"{dupes} docs claimed twice, {lost} left unclaimed over 10 rounds")
    return f"10 rounds x 20 claimers on 10 docs: no double claim ({lost} unclaimed)"


@_check
async def _upsert_set_on_insert(db: Db) -> str:
    coll = db.ups
    upd = {"$set": {"n": 1}, "$setOnInsert": {"created": "first"}}
    res = await coll.update_one({"key": "u"}, upd, upsert=True)
    _expect(res.upserted_id is not None, "no upserted_id on insert")
    upd2 = {"$set": {"n": 2}, "$setOnInsert": {"created": "second"}}
    res2 = await coll.update_one({"key": "u"}, upd2, upsert=True)
    doc = await coll.find_one({"key": "u"})
    _expect(res2.matched_count == 1 and res2.upserted_id is None, "2nd upsert inserted")
    _expect(doc is not None and doc["created"] == "first" and doc["n"] == 2, f"got {doc}")
    _expect(await coll.count_documents({}) == 1, "duplicate upserted documents")
    return "$setOnInsert applied on insert only; $set applied both times"


@_check
async def _fam_upsert_set_on_insert(db: Db) -> str:
    coll = db.fam_ups
    docs = []
    for n in (1, 2):
        docs.append(await coll.find_one_and_update(
            {"key": "f"}, {"$set": {"n": n}, "$setOnInsert": {"created": n}},
            upsert=True, return_document=ReturnDocument.AFTER))
    stored = await coll.find_one({"key": "f"})
    want = [{"key": "f", "n": 1, "created": 1}, {"key": "f", "n": 2, "created": 1}]
    got = [{k: v for k, v in (d or {}).items() if k != "_id"} for d in docs]
    _expect(got == want, f"returned {got}, want {want}; stored {stored}")
    return "AFTER image includes $setOnInsert on insert; not overwritten on update"


@_check
async def _update_operators(db: Db) -> str:
    coll = db.ops
    await coll.insert_one({"_id": 1, "n": 1, "tags": ["a"], "log": []})
    await coll.update_one({"_id": 1}, {"$inc": {"n": 2}, "$push": {"log": "x"},
                                       "$addToSet": {"tags": "a"}})
    await coll.update_one({"_id": 1}, {"$push": {"log": {"$each": ["y", "z"]}},
                                       "$addToSet": {"tags": {"$each": ["a", "b"]}}})
    doc = await coll.find_one({"_id": 1})
    want = {"_id": 1, "n": 3, "tags": ["a", "b"], "log": ["x", "y", "z"]}
    _expect(doc == want, f"got {doc}")
    return "$inc, $push, $addToSet, $each correct"


async def _seed_tickets(db: Db) -> AsyncCollection[Doc]:
    coll = db.tickets
    base = datetime(2030, 1, 1, tzinfo=UTC)
    await coll.insert_many([
        {"_id": i, "status": "open" if i % 3 else "closed", "prio": i % 4,
         "owner": {"agent_id": f"a{i % 3}"}, "due_at": base + timedelta(hours=i),
         **({"tag": "vip"} if i % 5 == 0 else {})} for i in range(30)])
    await coll.create_index([("status", 1), ("due_at", 1)])
    return coll


@_check
async def _agg_group_sort_limit(db: Db) -> str:
    coll = await _seed_tickets(db)
    rows = await (await coll.aggregate([
        {"$match": {"status": "open"}},
        {"$group": {"_id": "$owner.agent_id", "count": {"$sum": 1}}},
        {"$sort": {"_id": 1}}, {"$skip": 1}, {"$limit": 1},
        {"$project": {"_id": 0, "agent": "$_id", "count": 1}}])).to_list()
    _expect(rows == [{"count": 10, "agent": "a2"}], f"got {rows}")
    cnt = await (await coll.aggregate([{"$match": {"prio": 0}}, {"$count": "n"}])).to_list()
    _expect(cnt == [{"n": 8}], f"$count got {cnt}")
    n = await coll.count_documents({"status": "open", "owner.agent_id": "a1"})
    owners = sorted(await coll.distinct("owner.agent_id", {"status": "closed"}))
    _expect(n == 10 and owners == ["a0"], f"count_documents={n} distinct={owners}")
    return "$match/$group $sum/$sort/$skip/$limit/$project/$count, count_documents, distinct"


@_check
async def _agg_group_max_min_push(db: Db) -> str:
    coll = await _seed_tickets(db)
    rows = await (await coll.aggregate([
        {"$match": {"owner.agent_id": "a1"}},
        {"$group": {"_id": "$status", "max": {"$max": "$prio"}, "min": {"$min": "$prio"},
                    "ids": {"$push": "$_id"}}}])).to_list()
    _expect(len(rows) == 1 and rows[0]["max"] == 3 and rows[0]["min"] == 0
            and sorted(rows[0]["ids"]) == list(range(1, 30, 3)), f"got {rows}")
    return "$group with $max/$min/$push correct"


@_check
async def _agg_facet(db: Db) -> str:
    coll = await _seed_tickets(db)
    rows = await (await coll.aggregate([{"$facet": {
        "total": [{"$count": "n"}],
        "page": [{"$sort": {"_id": 1}}, {"$limit": 2}, {"$project": {"_id": 1}}]}}])).to_list()
    _expect(rows == [{"total": [{"n": 30}], "page": [{"_id": 0}, {"_id": 1}]}], f"got {rows}")
    return "$facet with count + page"


@_check
async def _find_queries(db: Db) -> str:
    coll = await _seed_tickets(db)
    page = await coll.find({"status": "open"}).sort([("due_at", 1)]).skip(2).limit(3).to_list()
    _expect([d["_id"] for d in page] == [4, 5, 7], f"page {[d['_id'] for d in page]}")
    n_in = await coll.count_documents({"_id": {"$in": [1, 2, 99]}})
    n_ex = await coll.count_documents({"tag": {"$exists": True}})
    n_nx = await coll.count_documents({"tag": {"$exists": False}})
    cutoff = datetime(2030, 1, 1, 5, tzinfo=timezone(timedelta(hours=2)))  # 03:00 UTC
    n_lt = await coll.count_documents({"due_at": {"$lt": cutoff}})
    n_nested = await coll.count_documents({"owner.agent_id": "a2"})
    got = (n_in, n_ex, n_nx, n_lt, n_nested)
    _expect(got == (2, 6, 24, 3, 10), f"(in, exists, !exists, lt, nested)={got}")
    await coll.insert_one({"_id": "tz", "at": datetime(2030, 6, 1, 12, tzinfo=timezone(
        timedelta(hours=2)))})
    doc = await coll.find_one({"_id": "tz"})
    at = doc["at"] if doc else None
    _expect(at == datetime(2030, 6, 1, 10, tzinfo=UTC) and at is not None
            and at.utcoffset() == timedelta(0), f"datetime round-trip gave {at!r}")
    return "sort/skip/limit on compound index, $in, $exists, $lt datetime, nested; tz->UTC"


@_check
async def _delete_replace(db: Db) -> str:
    coll = await _seed_tickets(db)
    res = await coll.delete_many({"status": "closed"})
    rep = await coll.replace_one({"_id": 1}, {"status": "replaced"})
    doc = await coll.find_one({"_id": 1})
    _expect(res.deleted_count == 10 and await coll.count_documents({}) == 20, "delete_many")
    _expect(rep.modified_count == 1 and doc == {"_id": 1, "status": "replaced"}, f"got {doc}")
    return "delete_many counts; replace_one replaces whole body, keeps _id"


@_check
async def _bulk_write_unordered(db: Db) -> str:
    coll = db.bulk
    await coll.create_index("key", unique=True)
    await coll.insert_one({"_id": 0, "key": "dup", "n": 0})
    ops: list[InsertOne[Doc] | UpdateOne] = [
        InsertOne({"key": "a"}), InsertOne({"key": "dup"}), InsertOne({"key": "b"}),
        UpdateOne({"_id": 0}, {"$inc": {"n": 1}})]
    try:
        await coll.bulk_write(ops, ordered=False)
        raise ContractViolation("no BulkWriteError for duplicate")
    except BulkWriteError as exc:
        errs = exc.details.get("writeErrors", [])
        codes = [(e["index"], e["code"]) for e in errs]
        _expect(codes == [(1, 11000)], f"writeErrors {codes}")
    doc = await coll.find_one({"_id": 0})
    n = await coll.count_documents({})
    _expect(n == 3 and doc is not None and doc["n"] == 1, f"count={n} doc={doc}")
    return "BulkWriteError with one 11000 at index 1; other 3 ops applied"


@_check
async def _admin_commands(db: Db) -> str:
    client = db.client
    _expect((await client.admin.command("ping")).get("ok") == 1.0, "ping not ok")
    hello = await client.admin.command("hello")
    _expect(bool(hello.get("isWritablePrimary")), f"hello: {hello}")
    await db.alpha.insert_one({})
    _expect("alpha" in await db.list_collection_names(), "list_collection_names")
    other = client[f"{db.name}_drop"]
    await other.beta.insert_one({})
    await client.drop_database(other.name)
    left = await other.list_collection_names()
    _expect(left == [] and other.name not in await client.list_database_names(),
            f"drop_database left {left}")
    return f"ping, hello (maxWireVersion={hello.get('maxWireVersion')}), drop_database"


async def run_contract(uri: str) -> list[ContractResult]:
    """Run every contract check against ``uri`` in a throw-away database.

    Each check gets a fresh database that is dropped afterwards; a check that
    raises or times out is reported as failed with the exception as detail.
    """
    client: AsyncMongoClient[Doc] = AsyncMongoClient(
        uri, tz_aware=True, maxPoolSize=64, serverSelectionTimeoutMS=5000)
    results: list[ContractResult] = []
    prefix = f"onecase_contract_{uuid.uuid4().hex[:8]}"
    try:
        for name, fn in _CHECKS:
            db = client[f"{prefix}_{len(results)}"]
            try:
                detail = await asyncio.wait_for(fn(db), CHECK_TIMEOUT_S)
                results.append(ContractResult(name, True, detail))
            except Exception as exc:  # noqa: BLE001 - every failure is a result
                msg = str(exc).replace("\n", " ")[:300]
                results.append(ContractResult(name, False, f"{type(exc).__name__}: {msg}"))
            try:
                await client.drop_database(db.name)
            except Exception:  # noqa: BLE001, S110 - cleanup must not mask results
                pass
    finally:
        await client.close()
    return results


def format_table(results: list[ContractResult]) -> str:
    """Render results as a plain-text table (optional checks are marked)."""
    width = max(len(r.name) for r in results) + 11
    lines = [f"{'check':<{width}} {'result':<6} detail"]
    for r in results:
        name = r.name + (" (optional)" if r.name in OPTIONAL_CHECKS else "")
        lines.append(f"{name:<{width}} {'PASS' if r.passed else 'FAIL':<6} {r.detail}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """CLI entry point: print the table; exit 1 if a required check failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("uri", nargs="?", default="mongodb://127.0.0.1:27117/")
    args = parser.parse_args(argv)
    results = asyncio.run(run_contract(args.uri))
    print(format_table(results))
    failed = [r.name for r in results if not r.passed and r.name not in OPTIONAL_CHECKS]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
