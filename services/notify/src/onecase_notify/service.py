"""Notify's use case: answer each assigned case once, on the channel the customer used."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

import structlog

from onecase_notify.domain.acknowledgment import compose_acknowledgment
from onecase_notify.ports import ChannelSender, Delivery, NotificationPublisher, Outbox
from onecase_shared.events import CaseEventKind, CaseEventV1, Channel, NotificationSentV1
from onecase_shared.kafka import RetryLaterError

log = structlog.get_logger(__name__)


class UnsupportedChannelError(Exception):
    """No sender is configured for the customer's channel: the event goes to the DLQ, replayable."""


class CaseNotifier:
    """Sends the acknowledgment for each newly assigned case, exactly once per key."""

    def __init__(
        self,
        *,
        outbox: Outbox,
        senders: Mapping[Channel, ChannelSender],
        publisher: NotificationPublisher,
        clock: Callable[[], datetime],
        lease_s: float,
        first_update_in: timedelta,
    ) -> None:
        self._outbox = outbox
        self._senders = senders
        self._publisher = publisher
        self._clock = clock
        self._lease_s = lease_s
        self._first_update_in = first_update_in

    async def on_case_event(self, event: CaseEventV1) -> None:
        """React to one case event; only assignments are answered in this version."""
        if event.kind is not CaseEventKind.ASSIGNED:
            return
        channel = event.reply_target.channel
        sender = self._senders.get(channel)
        if sender is None:
            # Fail before touching the outbox: no lease is taken that would block a retry.
            msg = f"no sender for channel {channel} yet"
            raise UnsupportedChannelError(msg)
        message = compose_acknowledgment(
            event, now=self._clock(), first_update_in=self._first_update_in
        )
        key = message.notification_key
        await self._outbox.add(message, event)
        if await self._outbox.claim(key, now=self._clock(), lease_s=self._lease_s):
            try:
                provider_message_id = await sender.send(message, event)
            except BaseException:
                # Give the lease back so the retry (ours or another instance's) can send.
                await self._outbox.release(key)
                raise
            delivery = Delivery(provider_message_id=provider_message_id, sent_at=self._clock())
            await self._outbox.mark_sent(key, delivery)
        else:
            found = await self._outbox.delivery_of(key)
            if found is None:
                # Another notify instance holds the lease: wait, and see it sent or expired.
                msg = f"notification {key} is leased by another instance"
                raise RetryLaterError(msg)
            delivery = found  # sent before a crash or redelivery: announce it again, no resend
        await self._publisher.publish_sent(
            NotificationSentV1(
                correlation_id=event.correlation_id,
                notification_key=key,
                case_id=event.case_id,
                kind=message.kind,
                channel=event.reply_target.channel,
                provider_message_id=delivery.provider_message_id,
                sent_at=delivery.sent_at,
            )
        )
        log.info("notification sent", notification_key=key, channel=event.reply_target.channel)
