"""One contract for every CaseRepository: the in-memory fake and the MongoDB store.

The fake runs in `make unit`; the same tests on the real MongoDB-wire server are integration
tests. Service rules tested on the fake are only as good as this contract.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from uuid import uuid4

import pytest
import pytest_asyncio
from pymongo import AsyncMongoClient

from onecase_shared.events import AgentRefV1, ComplaintReceivedV1
from onecase_shared.mongo import Document, ensure_indexes
from onecase_triage.adapters.mongo_case_store import INDEXES, MongoCaseRepository
from onecase_triage.domain.business_hours import ALWAYS_OPEN
from onecase_triage.domain.case_aggregate import assign, with_message
from onecase_triage.domain.case_conversation import open_case
from onecase_triage.domain.case_opening import assess, case_id_for, new_case
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.sla import start_clocks
from onecase_triage.ports import CaseRepository
from tests.builders import email_from
from tests.integration.triage_world import MONDAY_10
from tests.triage_fakes import InMemoryCaseRepository

ANN = AgentRefV1(agent_id="ann.ames", display_name="Ann Ames", email="ann@onecase.example")


@pytest_asyncio.fixture(params=["memory", pytest.param("mongo", marks=pytest.mark.integration)])
async def repository(request: pytest.FixtureRequest) -> AsyncIterator[CaseRepository]:
    if request.param == "memory":
        yield InMemoryCaseRepository()
        return
    mongo = request.getfixturevalue("mongo")
    client: AsyncMongoClient[Document] = AsyncMongoClient(
        mongo.address, tz_aware=True, uuidRepresentation="standard"
    )
    db = client[f"contract_{uuid4().hex[:10]}"]
    await ensure_indexes(db, INDEXES)
    yield MongoCaseRepository(db)
    await client.drop_database(db.name)
    await client.close()


def a_new_case(complaint: ComplaintReceivedV1, customer: str = "cus-1") -> CaseRecord:
    return new_case(
        complaint,
        case_id=case_id_for(complaint),
        customer_id=customer,
        assessment=assess(complaint),
        weight=2.0,
        sla=start_clocks(opened_at=MONDAY_10, level="normal", hours=ALWAYS_OPEN),
        opened_at=MONDAY_10,
    )


def opened(complaint: ComplaintReceivedV1, customer: str = "cus-1") -> CaseRecord:
    decision = open_case(
        a_new_case(complaint, customer),
        complaint_id=complaint.complaint_id,
        correlation_id=complaint.correlation_id,
        owner=ANN,
        owned_clocks=a_new_case(complaint).sla,
        at=MONDAY_10,
    )
    return with_message(decision.case, complaint.complaint_id, ("email:msg:<a@b>",))


async def test_a_decision_is_stored_once_at_the_version_it_was_taken_on(
    repository: CaseRepository,
) -> None:
    case = opened(email_from("ana@example.com", "My parcel never came."))
    assert await repository.save_decision(case, expected_version=0)
    assert not await repository.save_decision(case, expected_version=0), "a second insert"
    stored = await repository.load(case.case_id)
    assert stored is not None
    assert stored.version == 1
    assert [e.sequence for e in stored.events] == [1, 2]
    assert stored.outbox == stored.events
    assert stored.thread_keys == ("email:msg:<a@b>",)
    assert stored.owner == ANN
    assert stored.next_due_at == case.next_due_at

    moved = stored.model_copy(update={"collaborators": ("logistics",)})
    assert await repository.save_decision(moved, expected_version=1)
    assert not await repository.save_decision(moved, expected_version=1), "a stale decision"
    latest = await repository.load(case.case_id)
    assert latest is not None
    assert (latest.version, latest.collaborators) == (2, ("logistics",))


async def test_marking_published_empties_the_outbox_and_is_never_undone(
    repository: CaseRepository,
) -> None:
    case = opened(email_from("ana@example.com", "My parcel never came."))
    await repository.save_decision(case, expected_version=0)
    later = MONDAY_10 + timedelta(minutes=1)
    assert [c.case_id for c in await repository.with_unpublished(later, 10)] == [case.case_id]
    await repository.mark_published(case, 2)
    assert await repository.with_unpublished(later, 10) == []
    stored = await repository.load(case.case_id)
    assert stored is not None
    assert stored.outbox == ()
    # A decision taken on the case as it was before the mark does not bring the outbox back.
    assert await repository.save_decision(case, expected_version=1)
    again = await repository.load(case.case_id)
    assert again is not None
    assert again.published_sequence == 2


async def test_cases_are_found_by_customer_thread_number_and_load(
    repository: CaseRepository,
) -> None:
    case = opened(email_from("ana@example.com", "My parcel never came."))
    await repository.save_decision(case, expected_version=0)
    open_cases, recent = await repository.find_open_for_customer("cus-1", resolved_since=MONDAY_10)
    assert [c.case_id for c in open_cases] == [case.case_id]
    assert recent is None
    found = await repository.find_by_thread(["x:conv:1", "email:msg:<a@b>"])
    assert found is not None
    assert found.case_id == case.case_id
    by_number = await repository.find_by_number(case.number.lower())
    assert by_number is not None
    assert by_number.case_id == case.case_id
    assert await repository.loads() == {"ann.ames": (1, 2.0)}


async def test_an_open_slot_has_one_holder_until_released(repository: CaseRepository) -> None:
    first, second = uuid4(), uuid4()
    assert (
        await repository.claim_slot("cus-1", customer_id="cus-1", case_id=first, category="x")
        == first
    )
    assert (
        await repository.claim_slot("cus-1", customer_id="cus-1", case_id=second, category="x")
        == first
    )
    await repository.release_slot_held_by("cus-1", second)
    assert (
        await repository.claim_slot("cus-1", customer_id="cus-1", case_id=second, category="x")
        == first
    )
    await repository.release_slots(first)
    assert (
        await repository.claim_slot("cus-1", customer_id="cus-1", case_id=second, category="x")
        == second
    )


async def test_due_cases_are_claimed_earliest_first_each_once_per_lease(
    repository: CaseRepository,
) -> None:
    cases = [
        opened(email_from(f"c{n}@example.com", "Where is my parcel?"), f"cus-{n}") for n in range(3)
    ]
    for case in cases:
        await repository.save_decision(case, expected_version=0)
    due = max(c.next_due_at for c in cases if c.next_due_at) + timedelta(seconds=1)
    claimed = []
    lease = due + timedelta(minutes=1)
    while (next_case := await repository.claim_due(due, lease_until=lease)) is not None:
        claimed.append(next_case.case_id)
    assert sorted(claimed) == sorted(c.case_id for c in cases)
    assert await repository.claim_due(due, lease_until=due + timedelta(minutes=1)) is None
    after_lease = due + timedelta(minutes=2)
    assert await repository.claim_due(after_lease, lease_until=after_lease) is not None


async def test_the_queue_holds_open_unowned_cases(repository: CaseRepository) -> None:
    waiting = a_new_case(email_from("bo@example.com", "Refund please."), "cus-2")
    decision = open_case(
        waiting,
        complaint_id=uuid4(),
        correlation_id=uuid4(),
        owner=None,
        owned_clocks=(),
        at=MONDAY_10,
    )
    await repository.save_decision(decision.case, expected_version=0)
    assert [c.case_id for c in await repository.queued(10)] == [waiting.case_id]
    owned = assign(decision.case, ANN, clocks=decision.case.sla, at=MONDAY_10)
    assert await repository.save_decision(owned.case, expected_version=1)
    assert await repository.queued(10) == []


async def test_a_decision_keeps_the_text_of_the_message_it_applies(
    repository: CaseRepository,
) -> None:
    first = email_from("ana@example.com", "My parcel never came.")
    case = opened(first)
    assert await repository.save_decision(case, expected_version=0, message=first)
    second = email_from("ana@example.com", "Still nothing, a week later.")
    later = with_message(case.model_copy(update={"version": 1}), second.complaint_id, ())
    assert await repository.save_decision(later, expected_version=1, message=second)
    assert not await repository.save_decision(
        later, expected_version=1, message=email_from("eve@example.com", "Not stored.")
    ), "a stale decision keeps no text either"
    stored = await repository.load(case.case_id)
    assert stored is not None
    texts = await repository.messages_of(stored)
    assert [m.complaint_id for m in texts] == [first.complaint_id, second.complaint_id]
