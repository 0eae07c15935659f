from datetime import UTC, datetime, timedelta

import pytest

from onecase_notify.domain.acknowledgment import compose_acknowledgment
from onecase_notify.service import CaseNotifier, UnsupportedChannelError
from onecase_shared.events import AgentRefV1, CaseEventV1, Channel, HandleKind, HandleV1
from onecase_shared.kafka import RetryLaterError
from tests.builders import a_complaint, opened_and_assigned_events
from tests.fakes import InMemoryOutbox, RecordingNotificationPublisher, RecordingSender

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
OWNER = AgentRefV1(agent_id="agent-1", display_name="Sam Rivera", email="sam@example.com")
FIRST_UPDATE_IN = timedelta(hours=4)


def opened_and_assigned() -> tuple[CaseEventV1, CaseEventV1]:
    complaint = a_complaint(subject="Order 1182 never arrived")
    return opened_and_assigned_events(complaint, OWNER)


def notifier(
    outbox: InMemoryOutbox,
) -> tuple[CaseNotifier, RecordingSender, RecordingNotificationPublisher]:
    sender, publisher = RecordingSender(), RecordingNotificationPublisher()
    service = CaseNotifier(
        outbox=outbox,
        senders={Channel.EMAIL: sender},
        publisher=publisher,
        clock=lambda: NOW,
        lease_s=60,
        first_update_in=FIRST_UPDATE_IN,
    )
    return service, sender, publisher


async def test_an_assigned_case_gets_one_acknowledgment_naming_the_owner() -> None:
    opened, assigned = opened_and_assigned()
    service, sender, publisher = notifier(InMemoryOutbox())
    await service.on_case_event(opened)
    assert sender.sent == [], "opening alone sends nothing: the owner is not known yet"
    await service.on_case_event(assigned)
    (message,) = sender.sent
    assert "Sam Rivera" in message.text
    assert "sam@example.com" in message.text
    assert "Order 1182 never arrived" in message.text
    assert "14:00 UTC" in message.text  # the next update time, 4 hours on
    assert assigned.case_number in message.text
    assert [p.notification_key for p in publisher.published] == [message.notification_key]


async def test_redelivery_announces_again_but_never_resends() -> None:
    _, assigned = opened_and_assigned()
    service, sender, publisher = notifier(InMemoryOutbox())
    await service.on_case_event(assigned)
    await service.on_case_event(assigned)
    assert len(sender.sent) == 1
    assert len(publisher.published) == 2
    assert publisher.published[0].provider_message_id == publisher.published[1].provider_message_id


async def test_a_message_leased_by_another_instance_is_retried_later_not_sent() -> None:
    _, assigned = opened_and_assigned()
    outbox = InMemoryOutbox()
    message = compose_acknowledgment(assigned, now=NOW, first_update_in=FIRST_UPDATE_IN)
    await outbox.add(message, assigned)
    assert await outbox.claim(message.notification_key, now=NOW, lease_s=60)  # another instance
    service, sender, _ = notifier(outbox)
    with pytest.raises(RetryLaterError):
        await service.on_case_event(assigned)
    assert sender.sent == []


async def test_a_failed_send_gives_the_lease_back_so_the_retry_sends() -> None:
    _, assigned = opened_and_assigned()
    outbox = InMemoryOutbox()
    service, sender, _ = notifier(outbox)
    sender.failures_left = 1
    with pytest.raises(ConnectionError):
        await service.on_case_event(assigned)
    await service.on_case_event(assigned)  # the consumer's retry, within the lease time
    assert len(sender.sent) == 1


async def test_a_channel_without_a_sender_fails_before_taking_a_lease() -> None:
    _, assigned = opened_and_assigned()
    on_x = assigned.model_copy(
        update={
            "reply_target": assigned.reply_target.model_copy(
                update={"channel": Channel.X, "handle": HandleV1(kind=HandleKind.X_ID, value="42")}
            )
        }
    )
    outbox = InMemoryOutbox()
    service, sender, _ = notifier(outbox)
    with pytest.raises(UnsupportedChannelError):
        await service.on_case_event(on_x)
    assert outbox.pending == {}
    assert sender.sent == []
