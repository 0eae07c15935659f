"""What the Intercom normalizer must make of every real notification in the corpus.

The corpus lives outside the repository (`../shared/corpus`, see its SOURCES.md for
licences); nothing from it is copied here, only file names and the outcomes expected from
reading each payload. Checked by `uv run python -m conformance.corpus_check [DIR]`.

Both deliveries are in the API 1.x shape: the opening message is `conversation_message` and
the customer is `user`, not `source` and `source.author` as in API 2.x.
"""

from __future__ import annotations

from conformance.corpus_check import Table, Wire
from onecase_shared.events import Channel

# Outcome kinds: "complaint:<message_kind>", "ignored:<reason>", or "malformed".
EXPECTED: dict[str, list[str]] = {
    # A lead opens a conversation with "<p>Hello everyone!</p>"; no parts yet.
    "conversation_user_created.json": ["complaint:intercom"],
    # One new part: a user comment asking for help; the opening message ("Hello") came with
    # conversation.user.created and is not repeated.
    "conversation_user_replied.json": ["complaint:intercom"],
}

# Fields of the (single) complaint, read off each payload by hand.
DETAILS: dict[str, dict[str, str]] = {
    "conversation_user_created.json": {
        "author": "chat_visitor:intercom:5c9553cb27e377f24eed49f7",
        # The user's email is "": no email handle.
        "author_handles": "chat_visitor:intercom:5c9553cb27e377f24eed49f7",
        "author_name": "Rose Poodle from St. John's",
        "text": "Hello everyone!",
        "conversation_id": "21321941764",
        "provider_message_id": "331494375",
    },
    "conversation_user_replied.json": {
        "author": "chat_visitor:intercom:5c9553cb27e377f24eed49f7",
        "author_handles": (
            "chat_visitor:intercom:5c9553cb27e377f24eed49f7 email:jerryguitarist@gmail.com"
        ),
        "author_name": "Eeshan Garg",
        "text": "Well, I need some help getting access to a developer account.",
        "conversation_id": "21322009097",
        "provider_message_id": "2824391734",
    },
}

TABLE = Table("Intercom", ("intercom",), EXPECTED, Wire(Channel.CHAT, "intercom"), DETAILS)
