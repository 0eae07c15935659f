"""Incidents: threats and abuse in a customer's message, recorded with the exact words.

A case keeps every incident, message by message, for the lead and for any later review: which
message, on which channel, when, what kind, and the sentence it was said in. Pure.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from onecase_shared.events import ComplaintReceivedV1, UrgencyV1

# The urgency reasons whose evidence is abusive language.
ABUSE_SIGNALS = frozenset({"profanity_insult"})
MAX_WORDS = 400  # characters of the customer's own sentences kept per incident
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


class IncidentKind(StrEnum):
    """What the customer's words were."""

    THREAT = "threat"  # legal, regulator, media or physical
    ABUSE = "abuse"  # insults and profanity at our people


class Incident(BaseModel):
    """One threat or abuse in one message, with the words that were said."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    complaint_id: UUID
    provider_message_id: str
    channel: str
    at: datetime
    kind: IncidentKind
    terms: tuple[str, ...]  # the words that made it one ("sue", "the press")
    words: str  # the customer's sentence(s) holding those terms, exactly as written


def incidents_in(complaint: ComplaintReceivedV1, urgency: UrgencyV1) -> tuple[Incident, ...]:
    """The threats and abuse the message's urgency found, each with its sentences."""
    abuse_terms = tuple(
        term.strip()
        for reason in urgency.reasons
        if reason.signal in ABUSE_SIGNALS
        for term in reason.evidence.split(",")
        if term.strip()
    )
    found = [(IncidentKind.THREAT, urgency.threats)]
    if urgency.abusive or abuse_terms:
        found.append((IncidentKind.ABUSE, abuse_terms))
    text = "\n".join(part for part in (complaint.subject, complaint.text) if part)
    return tuple(
        Incident(
            complaint_id=complaint.complaint_id,
            provider_message_id=complaint.provider_message_id,
            channel=complaint.channel.value,
            at=complaint.received_at,
            kind=kind,
            terms=terms,
            words=_sentences_with(text, terms),
        )
        for kind, terms in found
        if terms or kind is IncidentKind.ABUSE
    )


def with_incidents(kept: tuple[Incident, ...], new: tuple[Incident, ...]) -> tuple[Incident, ...]:
    """The case's incidents with a message's own added once (a redelivery adds nothing)."""
    seen = {(i.complaint_id, i.kind) for i in kept}
    return (*kept, *(i for i in new if (i.complaint_id, i.kind) not in seen))


def _sentences_with(text: str, terms: tuple[str, ...]) -> str:
    folded_terms = [term.casefold() for term in terms if term]
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    patterns = [re.compile(rf"\b{re.escape(t)}\b") for t in folded_terms]
    chosen = [s for s in sentences if any(p.search(s.casefold()) for p in patterns)]
    words = " ".join(chosen or sentences[:1])
    return words[:MAX_WORDS]
