"""The message a team lead finds prefilled for a staff-conduct follow-up, in the customer's language.

Pure. The lead reviews it at the desk, may edit it, and sends it; notify adds the greeting
and the lead's name as signature, as for any update. The wording follows the seeds: it is
from the lead, names the case, thanks the customer for the details, is sorry for what they
went through without a verdict on anyone before the review, says what the review covers,
and when they will hear from us next (the update clock, which keeps that promise).
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from babel.dates import format_date
from pydantic import BaseModel, ConfigDict

from onecase_shared.time_zones import zone_of

FALLBACK_LANGUAGE: Final = "en"

_OPENING: Final = {
    "en": "I lead the team that looks after your case {case}, and I am writing to you myself. "
    "Thank you for telling us what happened, and for the details you gave: they help us look "
    "into it properly. I'm sorry this happened to you.",
    "fr": "Je suis responsable de l'équipe qui s'occupe de votre dossier {case}, et je vous "
    "écris personnellement. Merci de nous avoir raconté ce qui s'est passé, et pour les détails "
    "que vous nous avez donnés : ils nous aident à examiner la situation sérieusement. Je "
    "regrette sincèrement que vous ayez vécu cela.",
    "es": "Dirijo el equipo que se ocupa de su caso {case} y le escribo personalmente. Gracias "
    "por contarnos lo ocurrido y por los detalles que nos ha dado: nos ayudan a revisarlo como "
    "es debido. Siento mucho que haya pasado por esto.",
    "de": "Ihr Fall {case} hat meine persönliche Aufmerksamkeit: Ich leite das Team, das ihn "
    "betreut, und schreibe Ihnen selbst. Vielen Dank, dass Sie uns geschildert haben, was "
    "passiert ist. Ihre Angaben helfen uns, der Sache sorgfältig nachzugehen. Es tut mir leid, "
    "dass Ihnen das passiert ist.",
    "pt": "Coordeno a equipa que acompanha o seu caso {case} e escrevo-lhe pessoalmente. "
    "Agradeço-lhe por nos ter contado o que aconteceu e pelos pormenores que nos deu: ajudam-nos "
    "a analisar a situação com o devido cuidado. Lamento muito que tenha passado por isto.",
}
_REVIEW: Final = {
    "en": "I am reviewing it personally. The review covers what you told us, our records of "
    "your contact with us, and the account of the colleagues involved, and I will not come to "
    "any conclusion before it is done.",
    "fr": "J'examine moi-même ce qui s'est passé. Cet examen porte sur ce que vous nous avez "
    "dit, sur nos traces de vos échanges avec nous et sur le compte rendu des collègues "
    "concernés, et je ne tirerai aucune conclusion avant qu'il soit terminé.",
    "es": "Estoy revisando personalmente lo ocurrido. La revisión abarca lo que nos ha contado, "
    "nuestros registros de su contacto con nosotros y el relato de los compañeros implicados, "
    "y no sacaré ninguna conclusión antes de terminarla.",
    "de": "Ich prüfe den Vorgang persönlich. Dabei sehe ich mir an, was Sie uns geschildert "
    "haben, was unsere Unterlagen zu Ihrem Kontakt mit uns zeigen und was die beteiligten "
    "Kolleginnen und Kollegen dazu sagen. Bevor diese Prüfung abgeschlossen ist, ziehe ich "
    "keine Schlüsse.",
    "pt": "Estou a analisar pessoalmente o que aconteceu. A análise abrange o que nos contou, "
    "os nossos registos do seu contacto connosco e o relato dos colegas envolvidos, e não "
    "tirarei nenhuma conclusão antes de a terminar.",
}
_NEXT_BY: Final = {
    "en": "You will hear from us again by {date}.",
    "fr": "Vous aurez de nos nouvelles d'ici le {date}.",
    "es": "Volverá a tener noticias nuestras a más tardar el {date}.",
    "de": "Sie hören bis {date}, wieder von uns.",  # the date ends in an apposition
    "pt": "Voltará a ter notícias nossas até {date}.",
}
_NEXT_AFTER_REVIEW: Final = {
    "en": "You will hear from us again as soon as the review is done.",
    "fr": "Vous aurez de nos nouvelles dès que cet examen sera terminé.",
    "es": "Volverá a tener noticias nuestras en cuanto termine la revisión.",
    "de": "Sie hören wieder von uns, sobald die Prüfung abgeschlossen ist.",
    "pt": "Voltará a ter notícias nossas assim que a análise estiver concluída.",
}
_REPLY: Final = {
    "en": "If there is anything you would like to add in the meantime, just reply to this message.",
    "fr": "Si vous souhaitez ajouter quoi que ce soit d'ici là, répondez simplement à ce message.",
    "es": "Si mientras tanto quiere añadir algo, simplemente responda a este mensaje.",
    "de": "Wenn Sie in der Zwischenzeit etwas ergänzen möchten, antworten Sie einfach auf diese "
    "Nachricht.",
    "pt": "Se entretanto quiser acrescentar alguma coisa, basta responder a esta mensagem.",
}
# The day only: the update clock restarts when the lead sends, a little after the draft.
_DATE_PATTERNS: Final = {
    "en": "EEEE d MMMM",
    "fr": "EEEE d MMMM",
    "es": "EEEE d 'de' MMMM",
    "de": "EEEE, d. MMMM",
    "pt": "EEEE, d 'de' MMMM",
}
_FIRST_OF_MONTH_PATTERNS: Final = {"fr": "EEEE d'er' MMMM", "pt": "EEEE, d'º' 'de' MMMM"}
LANGUAGES: Final = frozenset(_OPENING)


class LeadFollowUpDraft(BaseModel):
    """The prefilled message and the language it is written in."""

    model_config = ConfigDict(frozen=True)

    language: str
    text: str


def draft_language(language: str | None) -> str:
    """The customer's primary language if a draft exists in it, else English."""
    primary = (language or "").strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in LANGUAGES else FALLBACK_LANGUAGE


def lead_follow_up_draft(
    *,
    case_number: str,
    language: str | None,
    next_contact: datetime | None,
    zone: str | None = None,
) -> LeadFollowUpDraft:
    """The lead's follow-up, prefilled: `next_contact` is when the customer hears from us next.

    The date is shown in `zone` (the customer's, else the owner's: an IANA name or "+HH:MM").
    """
    lang = draft_language(language)
    if next_contact is None:
        when = _NEXT_AFTER_REVIEW[lang]
    else:
        when = _NEXT_BY[lang].format(date=_day(next_contact, lang, zone))
    paragraphs = (
        _OPENING[lang].format(case=case_number),
        _REVIEW[lang],
        f"{when} {_REPLY[lang]}",
    )
    return LeadFollowUpDraft(language=lang, text="\n\n".join(paragraphs))


def _day(at: datetime, language: str, zone_name: str | None) -> str:
    local = at.astimezone(zone_of(zone_name))
    pattern = _DATE_PATTERNS[language]
    if local.day == 1:
        pattern = _FIRST_OF_MONTH_PATTERNS.get(language, pattern)
    return format_date(local.date(), pattern, locale=language)
