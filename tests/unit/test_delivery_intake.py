"""Intake's accept use case with fakes: what each delivery-log answer makes it publish."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry

from onecase_intake.metrics import IntakeMetrics
from onecase_intake.ports import Claim, DeliveryLogUnavailableError
from onecase_intake.service import Acceptance, DeliveryIntake
from onecase_shared.events import Channel
from onecase_shared.kafka import PublishFailedError
from tests.fakes import RecordingEventPublisher


class ScriptedLog:
    def __init__(self, answer: Claim | None) -> None:
        self.answer = answer
        self.settled: list[tuple[str, bool]] = []

    async def claim(self, key: str) -> Claim:
        if self.answer is None:
            raise DeliveryLogUnavailableError("ServerSelectionTimeoutError")
        return self.answer

    async def settle(self, key: str, *, published: bool) -> None:
        self.settled.append((key, published))


async def accept(log: ScriptedLog, publisher: RecordingEventPublisher) -> Acceptance:
    intake = DeliveryIntake(
        publisher=publisher, deliveries=log, metrics=IntakeMetrics(CollectorRegistry())
    )
    return await intake.accept(
        delivery_id="msg_1", channel=Channel.EMAIL, provider="rfc822", content_type="", body=b"hi"
    )


@pytest.mark.parametrize(
    ("answer", "published", "acceptance"),
    [
        (Claim.NEW, 1, Acceptance.ACCEPTED),
        (Claim.UNCONFIRMED, 1, Acceptance.ACCEPTED),
        (Claim.PUBLISHED, 0, Acceptance.DUPLICATE),
        (None, 1, Acceptance.ACCEPTED),
    ],
    ids=["new", "unconfirmed", "proven-duplicate", "log-down"],
)
async def test_only_a_proven_duplicate_is_not_published(
    answer: Claim | None, published: int, acceptance: Acceptance
) -> None:
    publisher = RecordingEventPublisher()
    log = ScriptedLog(answer)
    assert await accept(log, publisher) is acceptance
    assert len(publisher.published) == published
    assert log.settled == (
        [("email:msg_1", True)] if answer in (Claim.NEW, Claim.UNCONFIRMED) else []
    )


async def test_a_failed_publish_gives_the_claim_back_and_fails() -> None:
    publisher = RecordingEventPublisher()
    publisher.down = True
    log = ScriptedLog(Claim.NEW)
    with pytest.raises(PublishFailedError):
        await accept(log, publisher)
    assert log.settled == [("email:msg_1", False)]
