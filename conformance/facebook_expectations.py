"""What the Facebook normalizer must make of every real Meta page delivery in the corpus.

The corpus lives outside the repository (`../shared/corpus`, see its SOURCES.md for
licences); nothing from it is copied here, only file names and the outcomes expected from
reading each payload. Checked by `uv run python -m conformance.corpus_check [DIR]`.
"""

from __future__ import annotations

from conformance.corpus_check import Table, Wire
from onecase_shared.events import Channel

# Outcome kinds: "complaint:<message_kind>", "ignored:<reason>", or "malformed".
EXPECTED: dict[str, list[str]] = {
    # An image with no text: kept with empty text and the attachment's metadata.
    "attachment.json": ["complaint:messenger"],
    # The recipient (1235) is not the entry's page: the PSID belongs to another page.
    "different_page.json": ["ignored:other_page"],
    "dlr.json": ["ignored:delivery"],
    # Two entries carrying the same mid: the second is the same message again.
    "duplicate_msg.json": ["complaint:messenger", "ignored:duplicate"],
    "echo.json": ["ignored:echo"],
    # A shared item Messenger cannot render ("Foo"): kept like any other attachment.
    "fallback.json": ["complaint:messenger"],
    "hello_msg.json": ["complaint:messenger"],
    # Sender "abc5678" is not a PSID.
    "invalid_urn.json": ["ignored:invalid_sender"],
    "location_attachment.json": ["complaint:messenger"],
    "no_entries.json": [],
    # An entry with neither messaging nor changes holds no events.
    "no_messaging_entries.json": [],
    "not_page.json": ["malformed"],
    "notification_messages_optin.json": ["ignored:optin"],
    "postback.json": ["ignored:postback"],
    "postback_get_started.json": ["ignored:postback"],
    "postback_referral.json": ["ignored:postback"],
    "reel.json": ["complaint:messenger"],
    "referral.json": ["ignored:referral"],
    "referral_optin.json": ["ignored:optin"],
    "referral_optin_user_ref.json": ["ignored:optin"],
    # Its timestamp is in seconds, not milliseconds: irrelevant, received_at is ours.
    "referral_seconds.json": ["ignored:referral"],
    # The 👍 button: an image attachment carrying a sticker_id, no text.
    "thumbs_up.json": ["ignored:sticker"],
    "unknown_messaging_entry.json": ["ignored:unsupported_event"],
}

TABLE = Table("Facebook", ("facebook_messenger",), EXPECTED, Wire(Channel.FACEBOOK, "meta"))
