from onecase_shared.events import AgentRefV1, CaseEventKind
from onecase_triage.service import ComplaintTriage
from tests.builders import a_complaint
from tests.fakes import InMemoryCaseStore, RecordingCasePublisher

OWNER = AgentRefV1(agent_id="agent-1", display_name="Sam Rivera", email="sam@example.com")


def triage() -> tuple[ComplaintTriage, InMemoryCaseStore, RecordingCasePublisher]:
    store, publisher = InMemoryCaseStore(), RecordingCasePublisher()
    return ComplaintTriage(store=store, publisher=publisher, default_owner=OWNER), store, publisher


async def test_a_new_customer_gets_a_case_opened_and_assigned_to_one_owner() -> None:
    service, store, publisher = triage()
    await service.on_complaint_received(a_complaint())
    assert [e.kind for e in publisher.published] == [CaseEventKind.OPENED, CaseEventKind.ASSIGNED]
    assert {e.owner for e in publisher.published} == {OWNER}
    assert len(store.cases) == 1


async def test_redelivery_republishes_the_same_events_and_stores_nothing_new() -> None:
    service, store, publisher = triage()
    complaint = a_complaint()
    await service.on_complaint_received(complaint)
    await service.on_complaint_received(complaint)
    first, second = publisher.published[:2], publisher.published[2:]
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert (len(store.cases), len(store.messages), len(store.events)) == (1, 1, 2)


async def test_a_second_message_from_the_same_customer_joins_the_open_case() -> None:
    service, store, _ = triage()
    await service.on_complaint_received(a_complaint())
    await service.on_complaint_received(a_complaint())
    assert len(store.cases) == 1
    assert len(set(store.messages.values())) == 1
    assert len(store.messages) == 2


async def test_a_new_case_carries_its_urgency_with_reasons_and_its_category() -> None:
    service, _, publisher = triage()
    furious = a_complaint(subject="CHARGED TWICE AGAIN!!!").model_copy(
        update={
            "text": "You charged my card twice AGAIN and nobody answers. "
            "I am done, I will cancel my account and file a chargeback with my bank!!!"
        }
    )
    await service.on_complaint_received(furious)
    opened, assigned = publisher.published
    assert opened.urgency == assigned.urgency
    assert opened.urgency is not None
    assert opened.urgency.level in {"high", "critical"}
    signals = {reason.signal for reason in opened.urgency.reasons}
    assert {"intent_to_leave", "threat"} <= signals
    assert "chargeback" in opened.urgency.threats
    assert opened.category is not None
    assert opened.category.name == "billing_and_refunds"
    assert opened.category.evidence
