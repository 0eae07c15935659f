from datetime import UTC, datetime, timedelta

import pytest
from onecase_notify.service import CaseNotifier
from onecase_shared.events import AgentRefV1, CaseEventKind
from onecase_shared.kafka import RetryLaterError
from onecase_triage.domain.case_opening import case_id_for, opening_events

from tests.builders import a_complaint
from tests.fakes import InMemoryOutbox, RecordingNotificationPublisher, RecordingSender

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
OWNER = AgentRefV1(agent_id="agent-1", display_name="Sam Rivera", email="sam@example.com")


def assigned_event():  # type: ignore[no-untyped-def]
    complaint = a_complaint(subject="Order 1182 never arrived")
    return opening_events(complaint, case_id=case_id_for(complaint), customer_id="c", owner=OWNER)


def notifier(
    outbox: InMemoryOutbox,
) -> tuple[CaseNotifier, RecordingSender, RecordingNotificationPublisher]:
    sender, publisher = RecordingSender(), RecordingNotificationPublisher()
    service = CaseNotifier(
        outbox=outbox,
        sender=sender,
        publisher=publisher,
        clock=lambda: NOW,
        lease_s=60,
        first_update_in=timedelta(hours=4),
    )
    return service, sender, publisher


async def test_an_assigned_case_gets_one_acknowledgment_naming_the_owner() -> None:
    opened, assigned = assigned_event()
    service, sender, publisher = notifier(InMemoryOutbox())
    await service.on_case_event(opened)
    await service.on_case_event(assigned)
    (message,) = sender.sent
    assert "Sam Rivera" in message.text
    assert "sam@example.com" in message.text
    assert "Order 1182 never arrived" in message.text
    assert "14:00 UTC" in message.text  # the next update time, 4 hours on
    assert assigned.case_number in message.text
    assert [p.notification_key for p in publisher.published] == [message.notification_key]


async def test_redelivery_announces_again_but_never_resends() -> None:
    _, assigned = assigned_event()
    outbox = InMemoryOutbox()
    service, sender, publisher = notifier(outbox)
    await service.on_case_event(assigned)
    await service.on_case_event(assigned)
    assert len(sender.sent) == 1
    assert len(publisher.published) == 2
    assert publisher.published[0].provider_message_id == publisher.published[1].provider_message_id


async def test_a_message_leased_by_another_instance_is_retried_later() -> None:
    _, assigned = assigned_event()
    outbox = InMemoryOutbox()
    other, _, _ = notifier(outbox)
    service, sender, _ = notifier(outbox)
    await outbox.add(*_message_and_event(assigned))
    await outbox.claim(_key(assigned), now=NOW, lease_s=60)  # the other instance's lease
    with pytest.raises(RetryLaterError):
        await service.on_case_event(assigned)
    assert sender.sent == []
    assert other is not service


def _key(event):  # type: ignore[no-untyped-def]
    return f"{event.case_id}:acknowledgment:{event.sequence}"


def _message_and_event(event):  # type: ignore[no-untyped-def]
    from onecase_notify.domain.acknowledgment import compose_acknowledgment

    return compose_acknowledgment(event, now=NOW, first_update_in=timedelta(hours=4)), event


def test_only_assignments_trigger_an_acknowledgment() -> None:
    opened, assigned = assigned_event()
    assert (opened.kind, assigned.kind) == (CaseEventKind.OPENED, CaseEventKind.ASSIGNED)
