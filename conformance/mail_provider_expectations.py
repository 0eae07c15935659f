"""What the SendGrid and Postmark normalizers must make of every real delivery in the corpus.

The corpus lives outside the repository (`../shared/corpus`, see its SOURCES.md for
licences); nothing from it is copied here, only file names and the outcomes expected from
reading each payload. Checked by `uv run python -m conformance.corpus_check [DIR]`.

SendGrid's `.txt` files are raw multipart/form-data bodies whose lines end in a bare LF; the
boundary is the first line of each file (`--xYzZY`), so the Content-Type is rebuilt from it.
"""

from __future__ import annotations

from pathlib import Path

from conformance.corpus_check import Table, Wire, multipart_content_type
from onecase_shared.events import Channel

# Outcome kinds: "complaint:<message_kind>", "ignored:<reason>", or "malformed".
EXPECTED: dict[str, list[str]] = {
    # Parsed mode: from "Example User <test@example.com>", a text and an HTML field, no
    # automated headers, no Message-ID in the headers field.
    "default_data.txt": ["complaint:email"],
    # Raw mode: the whole MIME (multipart/alternative, text + HTML) in the `email` field.
    "raw_data.txt": ["complaint:email"],
    # Raw mode, multipart/mixed with one base64 JPEG attachment.
    "raw_data_with_attachments.txt": ["complaint:email"],
    # Two PNG attachments, HtmlBody and TextBody, no StrippedTextReply, SpamAssassin "No".
    "jpadilla_valid_http_post.json": ["complaint:email"],
    # StrippedTextReply present; FromFull differs from From (john@ vs myUser@): FromFull wins.
    "mvdnbrk_inbound.json": ["complaint:email"],
}

# Fields of the (single) complaint, read off each payload by hand.
DETAILS: dict[str, dict[str, str]] = {
    "default_data.txt": {
        "author": "email:test@example.com",
        "author_name": "Example User",
        # The form's `subject` field wins over the Subject in its `headers` field, as the two
        # disagree in this sample ("Inbound Parse Test Data").
        "subject": "Testing non-raw",
        "text": "Hello Twilio SendGrid!",
        "attachments": "",
    },
    "raw_data.txt": {
        "author": "email:test@example.com",
        # Raw mode reads the MIME, not the form field ("Testing with Request.bin").
        "subject": "Inbound Parse Test Raw Data",
        "text": "Hello Twilio SendGrid!",
        "attachments": "",
    },
    "raw_data_with_attachments.txt": {
        "author": "email:test@example.com",
        "subject": "Inbound Parse Test Raw Data with Attachment",
        "text": "Hello Twilio SendGrid!",
        "attachments": "SendGrid.jpg image/jpeg",
    },
    "jpadilla_valid_http_post.json": {
        "author": "email:bob@bob.com",
        "author_name": "Bob Bobson",
        "subject": "Hi There",
        "text": "This is awesome!",
        "provider_message_id": "<CAGXpo2WKfxHWZ5UFYCR3H_J9SNMG+5AXUovfEFL6DjWBJSyZaA@mail.gmail.com>",
        "attachments": "chart.png image/png; chart2.png image/png",
        # Postmark states ContentLength; SendGrid's sizes would have to be decoded to be known.
        "attachment_sizes": "2000, 1000",
    },
    "mvdnbrk_inbound.json": {
        "author": "email:john@example.com",
        "author_name": "John Doe",
        "subject": "Postmark inbound message test",
        "text": "Okay, thank you for testing this inbound message!",
        "provider_message_id": "<test-message-id@mail.example.com>",
        # "plain/text" is what the payload says: passed on, not corrected.
        "attachments": "myimage.png image/png; test.txt plain/text",
        "attachment_sizes": "4096, 8",
    },
}


def wire_for(path: Path, body: bytes) -> Wire:
    """SendGrid's `.txt` bodies are multipart/form-data; Postmark's `.json` are JSON."""
    if path.suffix == ".txt":
        return Wire(Channel.EMAIL, "sendgrid", multipart_content_type(body))
    return Wire(Channel.EMAIL, "postmark")


TABLE = Table(
    "SendGrid + Postmark", ("sendgrid_inbound_parse", "postmark"), EXPECTED, wire_for, DETAILS
)
