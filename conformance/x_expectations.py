"""What the X normalizer must make of every real Account Activity delivery in the corpus.

The corpus lives outside the repository (`../shared/corpus`, see its SOURCES.md for
licences); nothing from it is copied here, only file names and the outcomes expected from
reading each payload. Checked by `uv run python -m conformance.corpus_check [DIR]`.
"""

from __future__ import annotations

from conformance.corpus_check import Table, Wire
from onecase_shared.events import Channel

# Outcome kinds: "complaint:<message_kind>", "ignored:<reason>", or "malformed".
EXPECTED: dict[str, list[str]] = {
    "direct_message-incoming.json": ["complaint:x_dm"],
    "direct_message-incoming_2.json": ["complaint:x_dm"],
    # The text is only the t.co link to the GIF itself: kept for the media, with empty text.
    "direct_message-incoming_with_media.json": ["complaint:x_dm"],
    "direct_message-incoming_with_url.json": ["complaint:x_dm"],
    "direct_message-outgoing.json": ["ignored:own_message"],
    "direct_message_indicate_typing.json": ["ignored:typing"],
    "direct_message_mark_read.json": ["ignored:read"],
    "favorited.json": ["ignored:favorite"],
    "follow-unfollow.json": ["ignored:follow"],
    "follow.json": ["ignored:follow"],
    "tweet_create-outgoing.json": ["ignored:own_message"],
    # A reply in the author's own thread that mentions us: a public complaint.
    "tweet_create-response.json": ["complaint:tweet"],
    "tweet_create-retweet.json": ["ignored:retweet"],
    "tweet_create-user_mention.json": ["complaint:tweet"],
    "tweet_create-user_mention_extended.json": ["complaint:tweet"],
    "tweet_create-user_mention_multiple.json": ["complaint:tweet"],
    # Our account mentioning itself.
    "tweet_create-user_mention_outgoing.json": ["ignored:own_message"],
    "tweet_create-user_mention_with_media.json": ["complaint:tweet"],
    "tweet_create-user_mention_with_url.json": ["complaint:tweet"],
}

TABLE = Table("X", ("x",), EXPECTED, Wire(Channel.X, "x"))
