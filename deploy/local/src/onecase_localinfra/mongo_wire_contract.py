"""MongoDB wire-protocol contract for Onecase's local stand-in servers.

Checks what the services rely on (unique indexes incl. ``_id``, atomic
single-document writes, ``find_one_and_update`` leases, upserts, the helpdesk
aggregations) and prints one row per check. Exit code 1 if a required check fails.

    python -m onecase_localinfra.mongo_wire_contract mongodb://127.0.0.1:27117/
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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
Coll = AsyncCollection[Doc]
Check = Callable[[Db], Awaitable[str]]

#: Checks whose failure does not make a server unfit for Onecase's critical path.
OPTIONAL_CHECKS = frozenset({"agg_group_max_min_push", "agg_facet"})
CHECK_TIMEOUT_S = 120.0
_CHECKS: list[tuple[str, Check]] = []
_NOW = datetime(2030, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class ContractResult:
    """Outcome of one contract check."""

    name: str
    passed: bool
    detail: str


class ContractError(AssertionError):
    """The server's observable behaviour differs from MongoDB's."""


def _check(fn: Check) -> Check:
    _CHECKS.append((fn.__name__.removeprefix("_"), fn))
    return fn


def _expect(cond: bool, msg: str) -> None:
    if not cond:
        raise ContractError(msg)


async def _insert_outcome(coll: Coll, doc: Doc) -> str:
    try:
        await coll.insert_one(doc)
    except DuplicateKeyError as exc:
        return "dup" if exc.code == 11000 else f"code-{exc.code}"
    return "ok"


async def _race(coll: Coll, key: Doc, rounds: int, n: int = 50) -> str:
    bad = []
    for r in range(rounds):
        docs = [{**{k: f"{v}-{r}" for k, v in key.items()}, "w": i} for i in range(n)]
        outs = Counter(await asyncio.gather(*(_insert_outcome(coll, d) for d in docs)))
        if outs != Counter({"ok": 1, "dup": n - 1}):
            bad.append(f"round {r}: {dict(outs)}")
    stored = await coll.count_documents({})
    _expect(not bad and stored == rounds, f"stored={stored}; " + "; ".join(bad[:5]))
    return f"{rounds} rounds x {n} concurrent inserts: 1 ok + {n - 1} DuplicateKeyError each"


@_check
async def _unique_index_duplicate(db: Db) -> str:
    await db.u.create_index("key", unique=True)
    await db.u.insert_one({"_id": "x", "key": "a"})
    _expect(await _insert_outcome(db.u, {"key": "a"}) == "dup", "unique key dup accepted")
    _expect(await _insert_outcome(db.u, {"_id": "x", "key": "b"}) == "dup", "_id dup accepted")
    _expect(await db.u.count_documents({}) == 1, "unexpected document count")
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
    return "dup rejected; " + await _race(coll, {"case_id": "c", "epoch": "e"}, rounds=10)


@_check
async def _atomic_inc_race(db: Db) -> str:
    await db.ctr.insert_one({"_id": 1, "n": 0})
    await asyncio.gather(*(db.ctr.update_one({"_id": 1}, {"$inc": {"n": 1}}) for _ in range(50)))
    doc = await db.ctr.find_one({"_id": 1})
    _expect(doc is not None and doc["n"] == 50, f"50 concurrent $inc gave n={doc and doc['n']}")
    return "50 concurrent $inc on one doc: n == 50"


@_check
async def _conditional_update_race(db: Db) -> str:
    wins = []
    for r in range(10):
        await db.cas.insert_one({"_id": r, "status": "pending"})
        upd = {"$set": {"status": "leased", "owner": "w"}}
        res = await asyncio.gather(
            *(db.cas.update_one({"_id": r, "status": "pending"}, upd) for _ in range(20))
        )
        wins.append(sum(x.modified_count for x in res))
    _expect(wins == [1] * 10, f"winners per round (want 1 each): {wins}")
    return "10 rounds x 20 concurrent compare-and-set update_one: exactly 1 winner each"


def _lease(worker: str) -> Doc:
    return {
        "$set": {"status": "leased", "owner": worker, "lease_until": _NOW + timedelta(minutes=1)}
    }


_DUE = {"status": "pending", "lease_until": {"$lt": _NOW}}


@_check
async def _fam_lease_claim_earliest(db: Db) -> str:
    def job(_id: str, status: str, due_min: int, lease_min: int) -> Doc:
        due, lease = _NOW + timedelta(minutes=due_min), _NOW + timedelta(minutes=lease_min)
        return {"_id": _id, "status": status, "due_at": due, "lease_until": lease}

    rows = [("late", "pending", -1, -5), ("early", "pending", -9, -5)]
    rows += [("held", "pending", -20, 1), ("done", "done", -30, -5)]
    await db.jobs.insert_many([job(*row) for row in rows])
    sort = [("due_at", 1)]
    got = await db.jobs.find_one_and_update(
        _DUE, _lease("w1"), sort=sort, return_document=ReturnDocument.AFTER
    )
    _expect(got is not None and got["_id"] == "early", f"claimed {got}")
    _expect(got is not None and got["owner"] == "w1", "AFTER image lacks $set fields")
    nxt = await db.jobs.find_one_and_update(_DUE, _lease("w2"), sort=sort)
    _expect(nxt is not None and nxt["_id"] == "late", f"second claim got {nxt}")
    _expect(nxt is not None and nxt["status"] == "pending", "BEFORE image shows the update")
    return "earliest due doc leased; AFTER/BEFORE images right; held lease and done skipped"


@_check
async def _fam_lease_race(db: Db) -> str:
    dupes = unclaimed = 0
    for r in range(10):
        coll = db[f"lease_{r}"]
        past = _NOW - timedelta(seconds=1)
        docs = [
            {"_id": i, "status": "pending", "due_at": _NOW, "lease_until": past} for i in range(10)
        ]
        await coll.insert_many(docs)
        claims = await asyncio.gather(
            *(
                coll.find_one_and_update(_DUE, _lease(f"w{i}"), sort=[("due_at", 1)])
                for i in range(20)
            )
        )
        ids = [d["_id"] for d in claims if d is not None]
        dupes += len(ids) - len(set(ids))
        unclaimed += 10 - len(set(ids))
    _expect(dupes == 0, f"{dupes} double claims, {unclaimed} docs unclaimed over 10 rounds")
    return f"10 rounds x 20 concurrent claimers on 10 due docs: no double claim ({unclaimed} unclaimed)"


@_check
async def _upsert_set_on_insert(db: Db) -> str:
    res = []
    for n in (1, 2):
        upd = {"$set": {"n": n}, "$setOnInsert": {"created": n}}
        res.append(await db.ups.update_one({"key": "u"}, upd, upsert=True))
    doc = await db.ups.find_one({"key": "u"}, {"_id": 0})
    _expect(res[0].upserted_id is not None and res[1].matched_count == 1, "upsert counts")
    _expect(doc == {"key": "u", "n": 2, "created": 1}, f"stored {doc}")
    return "$setOnInsert applied on insert only; $set applied both times"


@_check
async def _fam_upsert_set_on_insert(db: Db) -> str:
    got = []
    for n in (1, 2):
        upd = {"$set": {"n": n}, "$setOnInsert": {"created": n}}
        doc = await db.fups.find_one_and_update(
            {"key": "f"}, upd, upsert=True, return_document=ReturnDocument.AFTER
        )
        got.append({k: v for k, v in (doc or {}).items() if k != "_id"})
    want = [{"key": "f", "n": 1, "created": 1}, {"key": "f", "n": 2, "created": 1}]
    _expect(got == want, f"returned {got}")
    return "upserted AFTER image has $setOnInsert fields; not overwritten later"


@_check
async def _set_keeps_dates(db: Db) -> str:
    when = datetime(2026, 11, 23, 10, 0, 0, 123000)
    await db.dates.insert_one({"_id": 1, "inserted": when})
    await db.dates.update_one({"_id": 1}, {"$set": {"changed": when}})
    doc = await db.dates.find_one({"_id": 1})
    kinds = {k: type(v).__name__ for k, v in (doc or {}).items() if k != "_id"}
    _expect(kinds == {"inserted": "datetime", "changed": "datetime"}, f"stored types {kinds}")
    return "a datetime given to $set is stored as a date, like one inserted"


@_check
async def _update_operators(db: Db) -> str:
    await db.ops.insert_one({"_id": 1, "n": 1, "tags": ["a"], "log": []})
    ops = {"$inc": {"n": 2}, "$push": {"log": "x"}, "$addToSet": {"tags": "a"}}
    await db.ops.update_one({"_id": 1}, ops)
    each = {"$push": {"log": {"$each": ["y", "z"]}}, "$addToSet": {"tags": {"$each": ["a", "b"]}}}
    await db.ops.update_one({"_id": 1}, each)
    doc = await db.ops.find_one({"_id": 1})
    _expect(doc == {"_id": 1, "n": 3, "tags": ["a", "b"], "log": ["x", "y", "z"]}, f"got {doc}")
    return "$inc, $push, $addToSet, $each"


async def _tickets(db: Db) -> Coll:
    def ticket(i: int) -> Doc:
        status, owner = "open" if i % 3 else "closed", {"agent_id": f"a{i % 3}"}
        doc = {"_id": i, "status": status, "prio": i % 4, "owner": owner}
        return doc | {"due_at": _NOW + timedelta(hours=i)} | ({"tag": 1} if i % 5 == 0 else {})

    await db.tickets.insert_many([ticket(i) for i in range(30)])
    await db.tickets.create_index([("status", 1), ("due_at", 1)])
    return db.tickets


_GROUP: Doc = {"$group": {"_id": "$owner.agent_id", "count": {"$sum": 1}}}
_ACC: Doc = {"max": {"$max": "$prio"}, "min": {"$min": "$prio"}, "ids": {"$push": "$_id"}}
_BY_ID: Doc = {"$sort": {"_id": 1}}
_PAGE: list[Doc] = [_BY_ID, {"$limit": 2}, {"$project": {"_id": 1}}]
#: name -> (pipeline over the 30 seeded tickets, expected result)
AGG_CASES: dict[str, tuple[list[Doc], list[Doc]]] = {
    "agg_match_group_sum_sort": (
        [{"$match": {"status": "open"}}, _GROUP, _BY_ID],
        [{"_id": "a1", "count": 10}, {"_id": "a2", "count": 10}],
    ),
    "agg_sort_skip_limit": (
        [_GROUP, {"$sort": {"count": -1, "_id": 1}}, {"$skip": 1}, {"$limit": 1}],
        [{"_id": "a1", "count": 10}],
    ),
    "agg_count": ([{"$match": {"prio": 0}}, {"$count": "n"}], [{"n": 8}]),
    "agg_project": (
        [{"$match": {"_id": 4}}, {"$project": {"prio": 1, "a": "$owner.agent_id", "t": "$_id"}}],
        [{"_id": 4, "prio": 0, "a": "a1", "t": 4}],
    ),
    "agg_group_max_min_push": (
        [{"$match": {"status": "open"}}, {"$group": {"_id": "$owner.agent_id", **_ACC}}, _BY_ID],
        [{"_id": f"a{a}", "max": 3, "min": 0, "ids": list(range(a, 30, 3))} for a in (1, 2)],
    ),
    "agg_facet": (
        [{"$facet": {"n": [{"$count": "n"}], "page": _PAGE}}],
        [{"n": [{"n": 30}], "page": [{"_id": 0}, {"_id": 1}]}],
    ),
}


def _agg_check(pipeline: list[Doc], want: list[Doc]) -> Check:
    async def check(db: Db) -> str:
        got = await (await (await _tickets(db)).aggregate(pipeline)).to_list()
        _expect(got == want, f"got {got}")
        return " + ".join(stage for step in pipeline for stage in step)

    return check


_CHECKS.extend((name, _agg_check(*case)) for name, case in AGG_CASES.items())


@_check
async def _count_documents_distinct(db: Db) -> str:
    coll = await _tickets(db)
    n = await coll.count_documents({"status": "open", "owner.agent_id": "a1"})
    owners = sorted(await coll.distinct("owner.agent_id", {"status": "closed"}))
    _expect(n == 10 and owners == ["a0"], f"count_documents={n} distinct={owners}")
    return "count_documents and distinct with nested-field filters"


@_check
async def _find_queries(db: Db) -> str:
    coll = await _tickets(db)
    page = await coll.find({"status": "open"}).sort("due_at", 1).skip(2).limit(3).to_list()
    _expect([d["_id"] for d in page] == [4, 5, 7], f"page {[d['_id'] for d in page]}")
    cutoff = datetime(2030, 1, 1, 5, tzinfo=timezone(timedelta(hours=2)))  # 03:00 UTC
    filters: list[Doc] = [
        {"_id": {"$in": [1, 2, 99]}},
        {"tag": {"$exists": True}},
        {"tag": {"$exists": False}},
        {"due_at": {"$lt": cutoff}},
        {"owner.agent_id": "a2"},
    ]
    got = [await coll.count_documents(f) for f in filters]
    _expect(got == [2, 6, 24, 3, 10], f"counts($in, $exists, !$exists, $lt, nested)={got}")
    await coll.insert_one({"_id": "tz", "at": cutoff})
    doc = await coll.find_one({"_id": "tz"})
    at = doc["at"] if doc else None
    want = datetime(2030, 1, 1, 3, tzinfo=UTC)
    _expect(at == want and at is not None and at.utcoffset() == timedelta(0), f"got {at!r}")
    return "sort/skip/limit on compound index; $in, $exists, $lt datetime, nested; tz -> UTC"


@_check
async def _delete_replace(db: Db) -> str:
    coll = await _tickets(db)
    res = await coll.delete_many({"status": "closed"})
    rep = await coll.replace_one({"_id": 1}, {"status": "replaced"})
    doc, left = await coll.find_one({"_id": 1}), await coll.count_documents({})
    _expect(res.deleted_count == 10 and left == 20, f"deleted {res.deleted_count}, left {left}")
    _expect(rep.modified_count == 1 and doc == {"_id": 1, "status": "replaced"}, f"got {doc}")
    return "delete_many counts; replace_one replaces the body and keeps _id"


@_check
async def _bulk_write_unordered(db: Db) -> str:
    await db.bulk.create_index("key", unique=True)
    await db.bulk.insert_one({"_id": 0, "key": "dup", "n": 0})
    ops: list[InsertOne[Doc] | UpdateOne] = [
        *(InsertOne({"key": k}) for k in ("a", "dup", "b")),
        UpdateOne({"_id": 0}, {"$inc": {"n": 1}}),
    ]
    try:
        await db.bulk.bulk_write(ops, ordered=False)
        raise ContractError("no BulkWriteError for the duplicate")
    except BulkWriteError as exc:
        codes = [(e["index"], e["code"]) for e in exc.details.get("writeErrors", [])]
        _expect(codes == [(1, 11000)], f"writeErrors {codes}")
    doc, n = await db.bulk.find_one({"_id": 0}), await db.bulk.count_documents({})
    _expect(n == 3 and doc is not None and doc["n"] == 1, f"count={n} doc={doc}")
    return "BulkWriteError with one 11000 at index 1; the other 3 ops applied"


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
    _expect(other.name not in await client.list_database_names(), "dropped db still listed")
    return f"ping, hello (maxWireVersion={hello.get('maxWireVersion')}), drop_database"


async def run_contract(uri: str) -> list[ContractResult]:
    """Run every check against ``uri``; each in its own database, dropped afterwards.

    A check that raises or times out is reported as failed, with the exception as detail.
    """
    client: AsyncMongoClient[Doc] = AsyncMongoClient(
        uri, tz_aware=True, maxPoolSize=64, serverSelectionTimeoutMS=5000
    )
    prefix, results = f"onecase_contract_{uuid.uuid4().hex[:8]}", []
    try:
        for i, (name, fn) in enumerate(_CHECKS):
            db = client[f"{prefix}_{i}"]
            try:
                results.append(
                    ContractResult(name, True, await asyncio.wait_for(fn(db), CHECK_TIMEOUT_S))
                )
            except Exception as exc:
                msg = f"{type(exc).__name__}: {exc}".replace("\n", " ")[:400]
                results.append(ContractResult(name, False, msg))
            with contextlib.suppress(Exception):
                await client.drop_database(db.name)
    finally:
        await client.close()
    return results


def format_table(results: list[ContractResult]) -> str:
    """Render results as a plain-text table; optional checks are marked."""
    rows = [(r.name + (" (optional)" if r.name in OPTIONAL_CHECKS else ""), r) for r in results]
    width = max(len(name) for name, _ in rows)
    lines = [f"{'check':<{width}}  result  detail"]
    lines += [f"{n:<{width}}  {'PASS' if r.passed else 'FAIL':<6}  {r.detail}" for n, r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the contract table for a server; return 1 if a required check failed."""
    parser = argparse.ArgumentParser(description="Onecase MongoDB-wire contract")
    parser.add_argument("uri", nargs="?", default="mongodb://127.0.0.1:27117/")
    results = asyncio.run(run_contract(parser.parse_args(argv).uri))
    print(format_table(results))
    return int(any(not r.passed and r.name not in OPTIONAL_CHECKS for r in results))


if __name__ == "__main__":
    sys.exit(main())
