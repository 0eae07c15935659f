from datetime import UTC, datetime

import pytest

from onecase_notify.domain.delivery_plan import ChannelWindows, Route
from onecase_notify.domain.message_composer import MessageComposer
from onecase_notify.service import CaseNotifier
from onecase_shared.events import CaseEventKind, CaseEventV1, Channel, NotificationKind
from onecase_shared.kafka import PermanentError, RetryLaterError
from tests.builders import SAM, a_case_event, a_target
from tests.fakes import (
    InMemoryCaseSequences,
    InMemoryOutbox,
    RecordingNotificationPublisher,
    RecordingSender,
)

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
COMPOSER = MessageComposer()


def notifier(
    outbox: InMemoryOutbox, sender: RecordingSender | None = None
) -> tuple[CaseNotifier, RecordingSender, RecordingNotificationPublisher]:
    sender = sender or RecordingSender()
    publisher = RecordingNotificationPublisher()
    service = CaseNotifier(
        outbox=outbox,
        sequences=InMemoryCaseSequences(),
        senders=dict.fromkeys(Route, sender),
        composer=COMPOSER,
        publisher=publisher,
        clock=lambda: NOW,
        lease_s=60,
        send_timeout_s=40,
        windows=ChannelWindows(),
    )
    return service, sender, publisher


def assigned_by_email() -> CaseEventV1:
    return a_case_event(CaseEventKind.ASSIGNED, a_target(Channel.EMAIL, "email"))


async def test_an_assigned_case_gets_one_acknowledgment_naming_the_owner() -> None:
    service, sender, publisher = notifier(InMemoryOutbox())
    event = assigned_by_email()
    await service.on_case_event(event)

    [(planned, message)] = sender.sent
    assert planned.route is Route.EMAIL
    assert message.kind is NotificationKind.ACKNOWLEDGMENT
    assert SAM.display_name in message.text
    assert event.case_number in message.text
    assert message.subject.startswith("Re: ")
    [announced] = publisher.published
    assert (announced.case_id, announced.kind) == (event.case_id, NotificationKind.ACKNOWLEDGMENT)


async def test_redelivery_announces_again_but_never_resends() -> None:
    outbox = InMemoryOutbox()
    service, sender, publisher = notifier(outbox)
    event = assigned_by_email()
    await service.on_case_event(event)
    await service.on_case_event(event)
    assert len(sender.sent) == 1
    assert [p.provider_message_id for p in publisher.published] == ["<1@test>", "<1@test>"]


async def test_a_message_leased_by_another_instance_is_retried_later_not_sent() -> None:
    outbox = InMemoryOutbox()
    event = assigned_by_email()
    key = f"{event.case_id}:acknowledgment:{event.sequence}"
    outbox.pending[key] = datetime.max.replace(tzinfo=UTC)  # someone else's lease
    service, sender, _ = notifier(outbox)
    with pytest.raises(RetryLaterError):
        await service.on_case_event(event)
    assert sender.sent == []


async def test_a_failed_send_gives_the_lease_back_so_the_retry_sends() -> None:
    outbox = InMemoryOutbox()
    failing = RecordingSender()
    failing.failures_left = 1
    service, sender, _ = notifier(outbox, failing)
    event = assigned_by_email()
    with pytest.raises(ConnectionError):
        await service.on_case_event(event)
    await service.on_case_event(event)
    assert len(sender.sent) == 1


async def test_a_public_tweet_gets_a_short_public_reply_and_the_details_in_the_dm() -> None:
    tweet = a_target(Channel.X, "tweet", public=True)
    dm = a_target(Channel.X, "x_dm")
    service, sender, _ = notifier(InMemoryOutbox())
    await service.on_case_event(a_case_event(CaseEventKind.ASSIGNED, tweet, targets=(dm, tweet)))

    [(public, reply), (private, ack)] = sender.sent
    assert (public.route, private.route) == (Route.X_REPLY, Route.X_DM)
    assert len(reply.text) <= 280
    assert "48213" not in reply.text, "no personal details in public"
    assert "48213" in ack.text


async def test_a_refused_message_is_recorded_and_the_event_fails_for_good_after_the_rest() -> None:
    refusing = RecordingSender()
    refusing.refuse_with = "HTTP 403 the user does not accept DMs"
    service, _, publisher = notifier(InMemoryOutbox(), refusing)
    event = a_case_event(CaseEventKind.UPDATE_REQUESTED, a_target(Channel.X, "x_dm"))
    with pytest.raises(PermanentError, match="does not accept DMs"):
        await service.on_case_event(event)
    [failed] = publisher.failed
    assert failed.kind is NotificationKind.PROGRESS_UPDATE
    assert "does not accept DMs" in failed.reason


async def test_an_update_with_no_open_private_channel_is_recorded_as_undeliverable() -> None:
    comment = a_target(Channel.FACEBOOK, "facebook_comment", public=True)
    service, sender, publisher = notifier(InMemoryOutbox())
    with pytest.raises(PermanentError, match="no private channel is open"):
        await service.on_case_event(a_case_event(CaseEventKind.UPDATE_REQUESTED, comment))
    assert sender.sent == []
    [failed] = publisher.failed
    assert failed.channel is None


async def test_events_that_owe_nothing_send_nothing() -> None:
    service, sender, publisher = notifier(InMemoryOutbox())
    target = a_target(Channel.EMAIL, "email")
    for kind in (CaseEventKind.OPENED, CaseEventKind.MESSAGE_ADDED, CaseEventKind.SLA_WARNING):
        await service.on_case_event(a_case_event(kind, target))
    assert (sender.sent, publisher.published) == ([], [])
