"""Intake's and notify's parts of an erasure, with hand-written fakes of their records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from uuid import UUID, uuid4

from onecase_intake.privacy import IntakePrivacy
from onecase_notify.privacy import NotifyPrivacy
from onecase_shared.events import (
    CaseEventKind,
    CaseEventV1,
    Channel,
    CustomerErasedV1,
    DeliveryRefV1,
    utc_now,
)
from tests.builders import a_case_event, a_target


class FakeDeliveryLog:
    def __init__(self, keys: set[str]) -> None:
        self.keys = keys

    async def forget(self, keys: Sequence[str]) -> int:
        gone = self.keys & set(keys)
        self.keys -= gone
        return len(gone)


class FakeNotifyRecords:
    def __init__(self) -> None:
        self.outbox: dict[str, UUID] = {}
        self.erased: set[UUID] = set()
        self.cutoffs: list[datetime] = []

    async def forget_cases(self, case_ids: Sequence[UUID]) -> int:
        self.erased |= set(case_ids)
        gone = [key for key, case in self.outbox.items() if case in case_ids]
        for key in gone:
            del self.outbox[key]
        return len(gone)

    async def is_erased(self, case_id: UUID) -> bool:
        return case_id in self.erased

    async def forget_before(self, cutoff: datetime) -> int:
        self.cutoffs.append(cutoff)
        return 0


def an_erasure(*case_ids: UUID, deliveries: tuple[DeliveryRefV1, ...] = ()) -> CustomerErasedV1:
    erasure_id = uuid4()
    return CustomerErasedV1(
        correlation_id=erasure_id,
        erasure_id=erasure_id,
        customer_ids=("cus-1",),
        case_ids=case_ids,
        deliveries=deliveries,
    )


async def test_intake_forgets_the_erased_deliveries_under_the_keys_it_wrote() -> None:
    log = FakeDeliveryLog({"email:msg_1", "chat:msg_2", "email:msg_other"})
    erasure = an_erasure(
        deliveries=(
            DeliveryRefV1(channel=Channel.EMAIL, delivery_id="msg_1"),
            DeliveryRefV1(channel=Channel.CHAT, delivery_id="msg_2"),
        )
    )
    await IntakePrivacy(deliveries=log).on_customer_erased(erasure)
    await IntakePrivacy(deliveries=log).on_customer_erased(erasure)  # redelivered: no harm
    assert log.keys == {"email:msg_other"}


async def test_notify_forgets_erased_cases_and_sends_nothing_more_for_them() -> None:
    records = FakeNotifyRecords()
    handled: list[CaseEventV1] = []

    async def notify(event: CaseEventV1) -> None:
        handled.append(event)

    now = utc_now()
    privacy = NotifyPrivacy(
        records=records, notify=notify, retention=timedelta(days=30), clock=lambda: now
    )
    erased = a_case_event(CaseEventKind.ASSIGNED, a_target(Channel.EMAIL, "email"))
    kept = a_case_event(CaseEventKind.ASSIGNED, a_target(Channel.EMAIL, "email"))
    records.outbox = {
        f"{erased.case_id}:ack:2": erased.case_id,
        f"{kept.case_id}:ack:2": kept.case_id,
    }

    await privacy.on_customer_erased(an_erasure(erased.case_id))
    await privacy.on_case_event(erased)
    await privacy.on_case_event(kept)

    assert list(records.outbox) == [f"{kept.case_id}:ack:2"]
    assert handled == [kept]
    await privacy.forget_old()
    assert records.cutoffs == [now - timedelta(days=30)]
