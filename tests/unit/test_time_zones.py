"""Times promised to a customer are shown in their time zone, else in their owner's (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from onecase_intake.domain.email_headers import utc_offset_of
from onecase_notify.domain.message_composer import MessageComposer
from onecase_notify.domain.message_context import MessageContext, Surface
from onecase_shared.events import ComplaintReceivedV1, NotificationKind
from onecase_shared.time_zones import zone_of
from tests.unit.test_chat_normalizer import a_batch, outcomes_of

DUE = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def mail_dated(date: str | None) -> EmailMessage:
    mail = EmailMessage()
    if date is not None:
        mail["Date"] = date
    return mail


@pytest.mark.parametrize(
    ("date", "offset"),
    [
        ("Mon, 23 Nov 2026 09:00:00 +0200", "+02:00"),
        ("Mon, 23 Nov 2026 09:00:00 +0530", "+05:30"),
        ("Mon, 23 Nov 2026 09:00:00 -0330", "-03:30"),
        ("Mon, 23 Nov 2026 09:00:00 +0000", "+00:00"),
        ("Mon, 23 Nov 2026 09:00:00 -0000", None),  # RFC 5322: the zone is unknown
        ("not a date", None),
        (None, None),
    ],
)
def test_an_emails_date_header_gives_the_senders_offset(
    date: str | None, offset: str | None
) -> None:
    assert utc_offset_of(mail_dated(date)) == offset


def test_a_zone_is_read_from_a_name_or_an_offset_and_falls_back_to_utc() -> None:
    assert str(zone_of("Europe/Berlin")) == "Europe/Berlin"
    assert DUE.astimezone(zone_of("-03:30")).strftime("%H:%M") == "05:30"
    assert zone_of("Mars/Olympus_Mons") is UTC
    assert zone_of(None) is UTC


def acknowledgment_in(zone: str | None, language: str = "en") -> str:
    context = MessageContext(
        kind=NotificationKind.ACKNOWLEDGMENT,
        surface=Surface.DIRECT,
        language=language,
        case_number="OC-1234ABCD",
        owner_name="Sam Rivera",
        next_update_due=DUE,
        timezone=zone,
    )
    return MessageComposer().compose(context).text


def test_the_next_update_is_promised_in_the_customers_zone() -> None:
    assert "Monday 7 December at 10:00 CET" in acknowledgment_in("Europe/Berlin")
    assert "Monday 7 December at 04:00 EST" in acknowledgment_in("America/New_York")
    assert "Monday 7 December at 14:30 UTC+05:30" in acknowledgment_in("+05:30")
    assert "Monday 7 December at 09:00 UTC" in acknowledgment_in(None)


def test_a_zone_that_moves_the_date_moves_the_first_of_the_month_form_too() -> None:
    first = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    context = MessageContext(
        kind=NotificationKind.ACKNOWLEDGMENT,
        surface=Surface.DIRECT,
        language="fr",
        case_number="OC-1234ABCD",
        owner_name="Camille Moreau",
        next_update_due=first,
        timezone="Europe/Paris",
    )
    assert "mardi 1er décembre à 00:30 CET" in MessageComposer().compose(context).text


def test_a_chat_visitors_browser_zone_is_kept_when_it_is_a_real_zone() -> None:
    for zone, kept in (("Europe/Lisbon", "Europe/Lisbon"), ("Mars/Olympus_Mons", None)):
        batch = a_batch()
        batch["visitor"]["timezone"] = zone
        [complaint] = outcomes_of(batch)
        assert isinstance(complaint, ComplaintReceivedV1)
        assert complaint.timezone == kept
