"""Pure rules for which case a new message belongs to."""

from __future__ import annotations

from onecase_shared.events import ComplaintReceivedV1


def thread_keys_of(complaint: ComplaintReceivedV1) -> tuple[str, ...]:
    """The provider ids that thread *other* messages to this one's case.

    An email's Message-ID, a tweet's id, a Facebook post or a chat session: a later
    message naming any of them in its reply chain joins the same case directly.
    """
    keys = [f"{complaint.channel.value}:msg:{complaint.provider_message_id}"]
    if complaint.conversation_id:
        keys.append(f"{complaint.channel.value}:conv:{complaint.conversation_id}")
    return tuple(keys)


def reply_chain_keys(complaint: ComplaintReceivedV1) -> tuple[str, ...]:
    """The thread keys this message points back to (In-Reply-To, References, reply chains)."""
    channel = complaint.channel.value
    keys = [f"{channel}:msg:{ref}" for ref in complaint.provider_thread_ids]
    if complaint.conversation_id:
        keys.append(f"{channel}:conv:{complaint.conversation_id}")
    return tuple(keys)


def is_clearly_another_issue(
    *,
    message_category: str,
    message_confidence: float,
    open_categories: tuple[str, ...],
    min_confidence: float,
) -> bool:
    """Whether a message that is not a reply deserves its own case next to the open ones.

    Only a confident, specific category that none of the open cases has counts: "any news?"
    or a vague message always joins the open case, so the customer keeps one conversation.
    """
    if not open_categories or message_category == "other":
        return False
    if message_confidence < min_confidence:
        return False
    return message_category not in open_categories and "other" not in open_categories


def slot_for(customer_id: str, category: str | None = None) -> str:
    """The unique key of one of a customer's open cases: the primary one, or one per issue."""
    return customer_id if category is None else f"{customer_id}:{category}"
