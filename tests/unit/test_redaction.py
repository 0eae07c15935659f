"""Emails, phone numbers and handles leave free text before it is logged or put in a header."""

import pytest

from onecase_shared.redaction import EMAIL, HANDLE, PHONE, redact_personal_data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "550 5.1.1 <ann.b+x@mail.example.co.uk>: Recipient address rejected",
            f"550 5.1.1 <{EMAIL}>: Recipient address rejected",
        ),
        ("GET /send?to=ann%40example.com failed", f"GET /send?to={EMAIL} failed"),
        (
            'HTTP 403 {"detail": "@ann_b cannot receive DMs"}',
            f'HTTP 403 {{"detail": "{HANDLE} cannot receive DMs"}}',
        ),
        ("call +44 20 7946 0958 today", f"call {PHONE} today"),
        ("or (555) 123-4567, or 020 7946 0958.", f"or {PHONE}, or {PHONE}."),
        ("+1-555-123-4567", PHONE),
    ],
)
def test_personal_data_is_replaced(text: str, expected: str) -> None:
    assert redact_personal_data(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "notification 12345678-1234-5678-9abc-123456789012:acknowledgment:3 is leased",
        "paused at 2026-01-01 12:00:00, offset 12345 of partition 3",
        "550 5.1.1 mailbox unavailable",
        "the mail server deferred the message: 451 4.7.1 try again later",
    ],
)
def test_ids_times_and_reply_codes_are_kept(text: str) -> None:
    assert redact_personal_data(text) == text
