"""A message ready to send: its one-time key, its kind, and its words."""

from __future__ import annotations

from dataclasses import dataclass

from onecase_shared.events import NotificationKind


@dataclass(frozen=True)
class OutboundMessage:
    """What goes out under `notification_key` (`case:kind:sequence`); subject for email only."""

    notification_key: str
    kind: NotificationKind
    subject: str
    text: str
