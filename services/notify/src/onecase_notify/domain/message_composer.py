"""Turns a message context into the words a customer reads, from per-language Jinja2 templates."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from babel.dates import format_datetime
from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from pydantic import BaseModel, ConfigDict

from onecase_notify.domain.customer_greeting import greeting
from onecase_notify.domain.message_context import MessageContext, Surface
from onecase_shared.events import NotificationKind
from onecase_shared.time_zones import zone_of

FALLBACK_LANGUAGE = "en"
PUBLIC_REPLY_LIMIT = 280  # characters X allows in one post
MAX_PROBLEM_TERMS = 2
# Longer than a short phrase means it is not a term but a slice of the customer's text.
MAX_PROBLEM_TERM_CHARS = 60

_DATE_PATTERNS = {
    "en": "EEEE d MMMM 'at' HH:mm",
    "fr": "EEEE d MMMM 'à' HH:mm",
    "es": "EEEE d 'de' MMMM 'a las' HH:mm",
    "de": "EEEE, d. MMMM 'um' HH:mm",
    "pt": "EEEE, d 'de' MMMM, 'às' HH:mm",
}
# French writes the first of the month as "1er" ("mardi 1er décembre"), Portuguese as "1º"
# ("terça-feira, 1º de dezembro": the Brazilian rule, and the form Portugal's own holiday takes).
_FIRST_OF_MONTH_PATTERNS = {
    "fr": "EEEE d'er' MMMM 'à' HH:mm",
    "pt": "EEEE, d'º' 'de' MMMM, 'às' HH:mm",
}
_OTHER_DATE_PATTERN = "EEEE d MMMM, HH:mm"
_REPLY_PREFIX = re.compile(r"\s*re\s*:", re.IGNORECASE)
_LANGUAGE_SEPARATOR = re.compile(r"[-_]")
_QUOTES = " \t\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"  # the templates add their own quotes
_REQUIRED_BY_KIND = {
    NotificationKind.LEAD_FOLLOW_UP: "lead_name",
    NotificationKind.LEAD_OFFER: "lead_name",
    NotificationKind.LEAD_ALERT: "lead_name",
    NotificationKind.LEAD_REVIEW: "lead_name",
    NotificationKind.LEAD_ESCALATION: "lead_reason",
    NotificationKind.CONTACT_CHECK: "verification_code",
}


class RenderedMessage(BaseModel):
    """A composed message: its subject (email only), its text, and the language it is in."""

    model_config = ConfigDict(frozen=True)

    subject: str | None
    text: str
    language: str  # the template language actually used


class MessageComposer:
    """Composes customer messages from the templates shipped in `onecase_notify/templates`.

    Templates live in `templates/<language>/<kind>.<surface>.j2`; a language is
    available for a message when its folder holds that kind and surface.
    """

    def __init__(self) -> None:
        self._env = Environment(
            loader=PackageLoader("onecase_notify", "templates"),
            undefined=StrictUndefined,
            autoescape=False,  # noqa: S701 - plain-text messages, never rendered as HTML
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self._names = frozenset(self._env.list_templates(extensions=["j2"]))
        self._languages = frozenset(name.split("/", 1)[0] for name in self._names if "/" in name)

    @property
    def languages(self) -> frozenset[str]:
        """The languages that have a template folder."""
        return self._languages

    def has_template(self, language: str, kind: NotificationKind, surface: Surface) -> bool:
        """Whether `language` has a template for this kind of message on this surface."""
        return _template_name(language, kind, surface) in self._names

    def language_for(self, context: MessageContext) -> str:
        """The customer's primary language if it has this template, else English."""
        primary = _primary_subtag(context.language)
        if primary and self.has_template(primary, context.kind, context.surface):
            return primary
        return FALLBACK_LANGUAGE

    def compose(self, context: MessageContext) -> RenderedMessage:
        """The message for `context`, in the best language that has a template for it."""
        required = _REQUIRED_BY_KIND.get(context.kind)
        if required and not getattr(context, required):
            msg = f"a {context.kind.value} message needs {required}"
            raise ValueError(msg)
        language = self.language_for(context)
        if not self.has_template(language, context.kind, context.surface):
            msg = f"no template for {context.kind.value} on the {context.surface.value} surface"
            raise ValueError(msg)
        template = self._env.get_template(_template_name(language, context.kind, context.surface))
        if context.surface is Surface.PUBLIC:
            return RenderedMessage(
                subject=None, text=_render_public(template, context), language=language
            )
        module = template.make_module(_variables(context, language))
        text = str(module).strip()
        if context.surface is not Surface.EMAIL:
            return RenderedMessage(subject=None, text=text, language=language)
        subject = _reply_subject(context.customer_subject) or str(getattr(module, "subject", ""))
        if not subject:
            msg = f"the template {template.name} sets no subject"
            raise ValueError(msg)
        return RenderedMessage(subject=subject, text=text + "\n", language=language)

    def restatement(self, context: MessageContext) -> str:
        """One sentence restating what the customer told us, in the language `compose` picks."""
        language = self.language_for(context)
        macros = self._env.get_template(f"{language}/restatement.j2").module
        terms = _problem_terms(context, language)
        return str(macros.restatement(context.category, context.facts, terms)).strip()  # type: ignore[attr-defined]


def _variables(context: MessageContext, language: str) -> dict[str, Any]:
    due = context.next_update_due
    return {
        "kind": context.kind.value,
        "case_number": context.case_number,
        "owner_name": context.owner_name,
        "owner_email": context.owner_email,
        "previous_owner_name": context.previous_owner_name,
        "lead_name": context.lead_name,
        "category": context.category,
        "facts": context.facts,
        "problem": _problem_terms(context, language),
        "summary": context.summary,
        "update_text": context.update_text,
        "next_update": _format_due(due, language, context.timezone) if due else None,
        "greeting": greeting(context.customer_name, language),
        "verification_code": context.verification_code,
        "contact_channel": context.contact_channel,
        "queued": context.queued,
        "lead_reason": context.lead_reason,
        "desk_link": context.desk_link,
    }


def _render_public(template: Template, context: MessageContext) -> str:
    # Public templates see no case details beyond the case number (a reference that also
    # keeps every reply distinct: X refuses duplicate posts). Anything else they reference
    # fails loudly (StrictUndefined) instead of leaking into a public post.
    channel = context.private_channel.value if context.private_channel else None
    text = ""
    names = (None,) if context.queued else (context.owner_name.split()[0], None)
    for first_name in names:
        text = template.render(
            owner_first_name=first_name,
            private_channel=channel,
            case_number=context.case_number,
            dm_link=context.dm_link,
        ).strip()
        if len(text) <= PUBLIC_REPLY_LIMIT:
            return text
    return _clip(text, PUBLIC_REPLY_LIMIT)


def _clip(text: str, limit: int) -> str:
    # Last resort only: every shipped template fits once the name is dropped.
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def _template_name(language: str, kind: NotificationKind, surface: Surface) -> str:
    return f"{language}/{kind.value}.{surface.value}.j2"


def _primary_subtag(language: str | None) -> str | None:
    if not language or not language.strip():
        return None
    return _LANGUAGE_SEPARATOR.split(language.strip(), maxsplit=1)[0].lower()


def _problem_terms(context: MessageContext, language: str) -> tuple[str, ...]:
    # The customer's own words only make sense in the language they wrote them in.
    if _primary_subtag(context.language) != language:
        return ()
    terms = (" ".join(term.split()).strip(_QUOTES) for term in context.facts.problem)
    kept = [term for term in terms if 0 < len(term) <= MAX_PROBLEM_TERM_CHARS]
    return tuple(dict.fromkeys(kept))[:MAX_PROBLEM_TERMS]


def _format_due(due: datetime, language: str, zone_name: str | None = None) -> str:
    zone = zone_of(zone_name)
    local = due.astimezone(zone)
    pattern = _DATE_PATTERNS.get(language, _OTHER_DATE_PATTERN)
    if local.day == 1:
        pattern = _FIRST_OF_MONTH_PATTERNS.get(language, pattern)
    # The zone's own abbreviation ("CET", "EST", "UTC+02:00"): babel's misprints offsets
    # that are not whole hours west of Greenwich.
    return f"{format_datetime(local, pattern, tzinfo=zone, locale=language)} {local.tzname()}"


def _reply_subject(customer_subject: str | None) -> str | None:
    subject = " ".join((customer_subject or "").split())
    if not subject:
        return None
    return subject if _REPLY_PREFIX.match(subject) else f"Re: {subject}"
