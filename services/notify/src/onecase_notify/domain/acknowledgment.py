"""The first message a customer gets: restate, apologise, name the owner, say what's next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from onecase_shared.events import CaseEventV1, NotificationKind


@dataclass(frozen=True)
class OutboundMessage:
    """A message ready to send: who it is for, what it says, and its one-time key."""

    notification_key: str
    kind: NotificationKind
    subject: str
    text: str


def notification_key(event: CaseEventV1, kind: NotificationKind) -> str:
    """`<case>:<kind>:<sequence>`: the same case event always yields the same key."""
    return f"{event.case_id}:{kind.value}:{event.sequence}"


def compose_acknowledgment(
    event: CaseEventV1, *, now: datetime, first_update_in: timedelta
) -> OutboundMessage:
    """The acknowledgment for a case just assigned to its owner."""
    if event.owner is None:
        msg = "an acknowledgment needs the case owner"
        raise ValueError(msg)
    owner = event.owner
    about = event.summary or "your message"
    subject = event.reply_target.subject or "Your message"
    next_update = (now + first_update_in).strftime("%H:%M UTC on %A %d %B")
    contact = f" at {owner.email}" if owner.email else ""
    text = (
        f"Hello,\n\n"
        f'Thank you for telling us about "{about}". I am sorry for the trouble this has caused.\n\n'
        f"My name is {owner.display_name} and I am taking care of your case myself, from start "
        f"to finish. You can reach me directly{contact}, or simply reply to this message.\n\n"
        f"Next step: I am looking into it now, and I will write to you again by {next_update}, "
        f"even if the only news is that I am still working on it.\n\n"
        f"Your case number is {event.case_number}.\n\n"
        f"{owner.display_name}\n"
    )
    return OutboundMessage(
        notification_key=notification_key(event, NotificationKind.ACKNOWLEDGMENT),
        kind=NotificationKind.ACKNOWLEDGMENT,
        subject=subject if subject.lower().startswith("re:") else f"Re: {subject}",
        text=text,
    )
