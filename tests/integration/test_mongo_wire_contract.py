"""The MongoDB operations Onecase relies on, checked against the server the suite runs on.

Correctness rests on unique keys, atomic single-document writes and find_one_and_update leases
(DESIGN.md, promise 3); those checks must pass on any server we accept. nx-27017 has three known
deviations, off our critical path and avoided in our code (docs/mongo-wire-evaluation.md);
they are pinned here so that a fix, or a new failure, shows up.
"""

from __future__ import annotations

import asyncio

import pytest

from onecase_localinfra.discovery import Endpoint
from onecase_localinfra.mongo_wire_contract import OPTIONAL_CHECKS, run_contract

pytestmark = pytest.mark.integration

CRITICAL_PATH = {
    "unique_index_duplicate",
    "concurrent_unique_insert",
    "compound_unique_index",
    "atomic_inc_race",
    "conditional_update_race",
    "fam_lease_claim_earliest",
    "fam_lease_race",
    "upsert_set_on_insert",
}
# set_keeps_dates: nx-27017 stores a datetime given to $set as a naive string; Onecase writes
# such timestamps as fixed-width ISO strings (onecase_shared.mongo.stamp).
KNOWN_NX_27017_DEVIATIONS = {"fam_upsert_set_on_insert", "agg_project", "set_keeps_dates"}


def test_the_mongo_wire_server_honours_the_operations_onecase_needs(mongo: Endpoint) -> None:
    results = {r.name: r for r in asyncio.run(run_contract(mongo.address))}
    assert results.keys() >= CRITICAL_PATH
    failed = {name for name, r in results.items() if not r.passed and name not in OPTIONAL_CHECKS}
    critical_failures = {name: results[name].detail for name in failed & CRITICAL_PATH}
    assert not critical_failures, critical_failures
    if mongo.source == "local launcher":
        assert failed == KNOWN_NX_27017_DEVIATIONS, {n: results[n].detail for n in failed}
