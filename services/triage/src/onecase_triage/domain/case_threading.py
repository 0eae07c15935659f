"""Pure rules for which case a new message belongs to."""

from __future__ import annotations

import re
from typing import Final

from onecase_shared.events import ComplaintReceivedV1
from onecase_triage.domain.complaint_signals import fold

# The customer says this message continues what they already wrote.
_FOLLOWING_UP: Final = re.compile(
    r"(?<!\w)(?:follow(?:ing)?[- ]?up|further to|as i (?:said|mentioned|explained)|any (?:news|"
    r"update)|an update on|regarding my (?:previous|earlier|last)|my (?:earlier|previous|last) "
    r"(?:message|email|mail|complaint|request)|nachtrag|bezuglich meiner|wie (?:bereits )?"
    r"(?:gesagt|erwahnt)|suite a mon|je reviens vers vous|comme (?:je l'ai )?dit|en seguimiento|"
    r"sobre mi (?:mensaje|correo|reclamacion|queja) anterior|como (?:ya )?(?:dije|comente))(?!\w)"
)


def follows_up(complaint: ComplaintReceivedV1) -> bool:
    """Whether the message says it continues the customer's earlier one ("following up on ...")."""
    head = f"{complaint.subject or ''}\n{complaint.text[:500]}"
    return _FOLLOWING_UP.search(fold(head)) is not None


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
    following_up: bool = False,
) -> bool:
    """Whether a message that is not a reply deserves its own case next to the open ones.

    Only a confident, specific category that none of the open cases has counts: "any news?",
    a vague message or one that says it follows up always joins the open case, so the
    customer keeps one conversation.
    """
    if not open_categories or message_category == "other" or following_up:
        return False
    if message_confidence < min_confidence:
        return False
    return message_category not in open_categories and "other" not in open_categories


def slot_for(customer_id: str, category: str | None = None) -> str:
    """The unique key of one of a customer's open cases: the primary one, or one per issue."""
    return customer_id if category is None else f"{customer_id}:{category}"
