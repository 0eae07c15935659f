"""Notify's use case: every message a case event owes the customer, each sent once."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import datetime

import structlog

from onecase_notify.adapters.provider_http import DeliveryRefusedError
from onecase_notify.domain.delivery_plan import (
    ChannelWindows,
    PlannedDelivery,
    Route,
    plan_deliveries,
)
from onecase_notify.domain.message_composer import MessageComposer
from onecase_notify.domain.notification_content import context_for
from onecase_notify.domain.outbound_message import OutboundMessage
from onecase_notify.ports import (
    CaseSequences,
    ChannelSender,
    Delivery,
    NotificationPublisher,
    Outbox,
)
from onecase_shared.events import CaseEventV1, NotificationFailedV1, NotificationSentV1
from onecase_shared.kafka import PermanentError, RetryLaterError

log = structlog.get_logger(__name__)

NO_OPEN_CHANNEL = (
    "no private channel is open: no email, chat or DM known, and Messenger's window is closed"
)


class SendOverBudgetError(RetryLaterError):
    """A send took longer than its budget and was abandoned; the event is read again later."""


def notification_key(event: CaseEventV1, planned: PlannedDelivery) -> str:
    """`<case>:<kind>:<sequence>`: the same case event always yields the same keys."""
    return f"{event.case_id}:{planned.kind.value}:{event.sequence}"


class CaseNotifier:
    """Plans, writes and sends what each case event owes the customer, exactly once per key."""

    def __init__(
        self,
        *,
        outbox: Outbox,
        sequences: CaseSequences,
        senders: Mapping[Route, ChannelSender],
        composer: MessageComposer,
        publisher: NotificationPublisher,
        clock: Callable[[], datetime],
        lease_s: float,
        send_timeout_s: float,
        windows: ChannelWindows,
        on_stale: Callable[[CaseEventV1], None] = lambda _event: None,
        desk_url: str | None = None,
        x_account_id: str | None = None,
    ) -> None:
        self._desk_url = desk_url
        self._x_account_id = x_account_id
        self._outbox = outbox
        self._sequences = sequences
        self._stale = on_stale
        self._senders = senders
        self._composer = composer
        self._publisher = publisher
        self._clock = clock
        self._lease_s = lease_s
        self._send_timeout_s = send_timeout_s
        self._windows = windows

    async def on_case_event(self, event: CaseEventV1) -> None:
        """Send every message `event` owes, unless the case has moved past it already.

        An event older than one already applied to its case (a dead letter replayed late, a
        producer's reordering) is skipped and counted. If any message was refused for good,
        raise PermanentError after trying them all: the event then goes to the DLQ with the
        reasons, and the failures are on the case.
        """
        if not await self._sequences.advance(event.case_id, event.sequence, now=self._clock()):
            self._stale(event)
            log.info(
                "stale case event skipped",
                case_id=str(event.case_id),
                sequence=event.sequence,
                kind=event.kind.value,
            )
            return
        refusals: list[str] = []
        for planned in plan_deliveries(event, now=self._clock(), windows=self._windows):
            refusal = await self._deliver(event, planned)
            if refusal is not None:
                refusals.append(f"{planned.kind.value}: {refusal}")
        if refusals:
            raise PermanentError("; ".join(refusals))

    async def _deliver(self, event: CaseEventV1, planned: PlannedDelivery) -> str | None:
        key = notification_key(event, planned)
        message = self._write(event, planned, key)
        route = planned.route.value if planned.route else None
        token = await self._outbox.add_and_claim(
            message, event, route, now=self._clock(), lease_s=self._lease_s
        )
        if token is None:
            delivery = await self._outbox.delivery_of(key)
            if delivery is None:
                # Another notify instance holds the lease: wait, and see it sent or expired.
                msg = f"notification {key} is leased by another instance"
                raise RetryLaterError(msg)
            await self._announce(event, planned, key, delivery)  # sent before a crash
            return None
        # The budget ends before the lease does (NotifySettings checks it at start), so no
        # other instance can claim the key while this send may still go out.
        budget = asyncio.timeout(self._send_timeout_s)
        try:
            async with budget:
                provider_id = await self._send(planned, message, event)
        except DeliveryRefusedError as refused:
            await self._outbox.mark_failed(key, str(refused), token)
            await self._publisher.publish_failed(
                NotificationFailedV1(
                    correlation_id=event.correlation_id,
                    notification_key=key,
                    case_id=event.case_id,
                    kind=planned.kind,
                    channel=planned.target.channel if planned.target else None,
                    reason=str(refused)[:1000],
                    failed_at=self._clock(),
                )
            )
            log.warning("notification refused", notification_key=key, reason=str(refused)[:200])
            return str(refused)
        except BaseException as error:
            # Give the lease back so the retry (ours or another instance's) can send.
            await self._outbox.release(key, token)
            if budget.expired():
                msg = f"notification {key} was not sent within {self._send_timeout_s:g} s"
                raise SendOverBudgetError(msg) from error
            raise
        delivery = Delivery(provider_message_id=provider_id, sent_at=self._clock())
        if not await self._outbox.mark_sent(key, delivery, token):
            log.warning("lease lost before the delivery was recorded", notification_key=key)
        await self._announce(event, planned, key, delivery)
        return None

    def _write(self, event: CaseEventV1, planned: PlannedDelivery, key: str) -> OutboundMessage:
        if planned.route is None:
            return OutboundMessage(notification_key=key, kind=planned.kind, subject="", text="")
        context = context_for(
            event, planned, desk_url=self._desk_url, x_account_id=self._x_account_id
        )
        rendered = self._composer.compose(context)
        return OutboundMessage(
            notification_key=key,
            kind=planned.kind,
            subject=rendered.subject or "",
            text=rendered.text,
        )

    async def _send(
        self, planned: PlannedDelivery, message: OutboundMessage, event: CaseEventV1
    ) -> str:
        if planned.route is None:
            raise DeliveryRefusedError(NO_OPEN_CHANNEL)
        sender = self._senders.get(planned.route)
        if sender is None:
            msg = f"no sender is configured for {planned.route.value}"
            raise DeliveryRefusedError(msg)
        return await sender.send(planned, message, event)

    async def _announce(
        self, event: CaseEventV1, planned: PlannedDelivery, key: str, delivery: Delivery
    ) -> None:
        assert planned.target is not None  # only sent messages are announced
        await self._publisher.publish_sent(
            NotificationSentV1(
                correlation_id=event.correlation_id,
                notification_key=key,
                case_id=event.case_id,
                kind=planned.kind,
                channel=planned.target.channel,
                provider_message_id=delivery.provider_message_id,
                sent_at=delivery.sent_at,
            )
        )
        log.info("notification sent", notification_key=key, route=planned.route)
