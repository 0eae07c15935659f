"""What the words around a phrase say about it: negated, wished for, settled, or undone.

`read_signals` finds phrases; in some contexts a phrase says the opposite of what it says
alone: "I don't want to cancel", "any answer would be great", "you solved my problem",
"rebooted several times", "I thought I lost my card but I found it". `cancelled_by_context`
says when a match should not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# Negated, these say the opposite: "I don't want to cancel", "not happy" (the latter is in
# the frustration list before praise can claim it).
_NEGATABLE: Final = frozenset({"intent_to_leave", "praise"})
_NEGATION_BEFORE: Final = re.compile(
    r"(?:\bnot|\bno|\bnever|n't|n'?t want to|\bnicht|\bkein\w*|\bpas|\bno quiero|\bnunca|\bnada)"
    r"\s+(?:\w+\s+){0,2}$"
)
_NEGATION_REACH: Final = 30
# Praise wished for is a request, often an impatient one: "any information would be great",
# "it would be nice to get an answer", « ce serait bien », "wäre schön", "sería genial".
_WISHED_BEFORE: Final = re.compile(
    r"(?:\bwould|'d|\bcould|\bshould|\bmight|\bware|\bwaren|\bwurde|\bserai[st]?|\bseraient|"
    r"\bseria|\bserian|\bestaria|\bestarian|\bwar ja|\bwars)\s+(?:(?:be|have been|sein|really|so|"
    r"very|truly|super|vraiment|tres|muy|realmente|echt|wirklich|sehr)\s+){0,2}$"
)
# "No thanks", « non merci », "nein danke": a refusal, not thanks.
_REFUSED_BEFORE: Final = re.compile(r"\b(?:no|non|nein|nee|nah)\s+$")
# « Merci de bien vouloir supprimer… » is a formal "please", not thanks.
_A_REQUEST_AFTER: Final = re.compile(
    r" (?:de bien vouloir|de (?:me |nous |la |le |les )?(?:supprimer|retirer|corriger|rectifier|"
    r"faire|rembourser|contacter|rappeler|verifier|mettre|envoyer|proceder|traiter|regler))"
)
# « super vite », "super langsam": "super" before a word is an intensifier, not praise.
_INTENSIFIED: Final = re.compile(
    r" (?!(?:service|team|job|travail|arbeit|equipe|equipo)\b)[a-z]{3,}"
)
# "We did our best", "at best": an effort or a limit, not praise.
_EFFORT_BEFORE: Final = re.compile(r"\b(?:our|my|your|their|his|her|its|at|of)\s+$")
# Calls or letters the customer received ("I received many calls from unknown numbers") are
# not the customer's contacts with the company.
_RECEIVED_BEFORE: Final = re.compile(r"\b(?:received|receiving|getting|get|got|gets)\s+$")
_INCOMING: Final = re.compile(r"^(?!no\b).*\b(?:calls?|letters?|texts?|e-?mails?|messages?)\b")
# A problem already solved is no problem: "you solved my problem", « vous avez résolu mon
# problème », "hat mein Problem schnell gelöst", "problem is solved" (thanks, mostly).
# "Rebooted several times", "it happened on multiple occasions": a count of what the customer
# or the device did, not of contacts with the company.
_NOT_A_CONTACT_BEFORE: Final = re.compile(
    r"(?:used (?:my |the )?(?:pin|code|passcode|password)|\bpin\b|passcode|password|(?:double[- ])?checked|verified|ueberprueft|"
    r"uberpruft|kontrolliert|verifie|controle|comprobado|revisado|reset|rebooted|restarted|reinstalled|"
    r"uninstalled|refreshed|power ?cycled|unplugged|"
    r"crashed|froze|frozen|happened|happens|happening|occurred|occurs|dropped|disconnected|"
    r"neu gestartet|zuruckgesetzt|neu installiert|passiert|abgesturzt|"
    r"redemarre|reinitialise|reinstalle|arrive|plante|"
    r"reiniciado|reinicie|reinstalado|reinstale|ocurrido|ocurre|pasa)"
    r"(?:[\s,;:]+(?!called|contacted|emailed|wrote|messaged|angerufen|appele|llame)[\w'-]+){0,3}"
    r"[\s,;:-]+$"
)
# "Tried my PIN too many times": attempts at a code, not contacts.
_CODE_TRIED: Final = re.compile(
    r"\bpin\b|passcode|password|\bcode\b|kennwort|passwort|mot de passe|contrasena"
)
_CONTACT_WORD: Final = re.compile(
    r"call|contact|mail|wrote|writ|messag|spoke|ask|reach|complain|tweet|letter|request|disput|"
    r"anruf|angerufen|geschrieben|brief|appel|ecri|courrier|llam|escrib|correo|carta"
)
# "Still not here", « toujours pas arrivé »: a parcel, card or transfer that has not arrived is
# late, which the definitions call normal; it is not a contact repeated (a long wait stated
# is `long_wait`'s). "Still no answer" stays one.
_STILL_SAID: Final = re.compile(r"still|noch|toujours|todavia|aun\b|sigue|sigo")
_ARRIVAL_AFTER: Final = re.compile(
    r"[^.!?]{0,30}?\b(?:(?:for|on|auf) (?:my|the|our|meine?n?|die|das|den) (?:new |neue[ns]? )?"
    r"(?:card|parcel|package|order|delivery|refund|karte|paket|bestellung|lieferung)s?\b|"
    r"(?:ma|mon|le|la|mi|el) (?:carte|colis|commande|livraison|tarjeta|paquete|pedido|entrega)\b|"
    r"here|there|arriv\w*|deliver\w*|come|came|turned up|shown up|showed up|"
    r"received (?:my|the|it|them|our)\b|gone through|cleared|credited|(?<=nicht )da\b|"
    r"gutgeschrieben|eingegangen|angekommen|eingetroffen|geliefert|bekommen|erhalten|"
    r"(?<=pas )la\b|passee?s?\b|livree?s?|recue?s?|llegado|llega\w*|entregad\w*|recibid\w*|"
    r"abonad\w*|acreditad\w*)"
)
_REPLY_WORD: Final = re.compile(
    r"respon|repl|answer|call|e-?mail|update|word|news|antwort|ruckmeldung|nachricht|reponse|"
    r"nouvelles|respuesta|noticias|contest"
)
# "Can I top up several times?": a question about doing something more than once.
_ASKED_IF: Final = re.compile(
    r"(?:@\w+\s+)*(?:(?:can|could|may) (?:i|we)\b|is it possible|how many|(?:kann|darf) ich\b|"
    r"puis-je\b|est-ce que je peux|puedo\b|se puede)"
)
# "Why is my transfer (still) pending?" asks for an explanation (a plain question, low in the
# labels); "why isn't it working?", "why does it keep failing?" report that something is wrong.
_WHY: Final = re.compile(r"(?:why|warum|wieso|weshalb|pourquoi|por ?que|para que)\b")
_WRONG_AFTER_WHY: Final = re.compile(
    r"n't\b|\b(?:isnt|arent|dont|doesnt|didnt|wont|cant|hasnt|havent|wasnt|cannot|not|never|nicht|nie|kein\w*|pas|jamais|no|nunca|keeps?|always|again|immer(?! noch)|"
    r"standig|wieder|encore|siempre|otra vez)\b"
)
# "Time to shop elsewhere perhaps", « peut-être temps d'aller ailleurs »: leaving considered,
# not said.
_HEDGE: Final = re.compile(
    r"\b(?:perhaps|maybe|might|vielleicht|eventuell|peut-etre|peut etre|quizas?|tal vez|"
    r"a lo mejor|igual es)\b"
)
# "I can't figure out how to…", « je n'arrive pas à trouver où… », "can't find the option":
# looking for how to do something is a question, not a problem; "can't find my card" or "the
# money I added" is one.
_SEARCHING: Final = re.compile(
    r"(?:can'?t|cannot|could ?n'?t|unable to) (?:seem to )?(?:find|figure out|work out)|"
    r"arrive pas a (?:trouver|comprendre)|trouve pas|(?:finde|verstehe) (?:es |das )?nicht|"
    r"no (?:encuentro|consigo (?:encontrar|averiguar|entender))"
)
_HOW_TO_AFTER: Final = re.compile(
    r"\s*(?:out )?(?:how|where|the (?:[\w-]+ )?(?:option|setting|button|link|page|form|pin|code|"
    r"number|address)|any (?:option|info\w*|way)|(?:this|it|anything) on (?:the|your)|"
    r"comment|ou\b|wie\b|wo\b|como|donde)"
)
_SETTLED_BEFORE: Final = re.compile(
    r"(?<!not )(?<!never )(?<!n't )(?<!pas )(?<!jamais )(?<!no )(?<!nunca )"
    r"(?:solved|fixed|sorted|resolved|resolu|regle|resolvio|resolvieron|soluciono|solucionaron)"
    r"\s+(?:my|the|our|this|that|mon|ma|le|la|ce|notre|mi|el|nuestro|este)\s+$"
)
_SETTLED_AFTER: Final = re.compile(
    r"\s+(?:(?!nicht\b|nie\b|noch\b|kein)[\w']+\s+){0,4}(?:gelost|behoben)(?!\w)|"
    r"\s+(?:(?:is|was|has|have|had|been|got|now|finally|already)\s+){1,3}"
    r"(?:solved|fixed|sorted|resolved)(?!\w)|"
    r"\s+(?:(?:est|a|ete|maintenant|enfin|deja|fue|esta|ha|sido|ya|se|quedo)\s+){0,3}"
    r"(?:resolue?|reglee?|resuelto|solucionado|arreglado)(?!\w)"
)
# A loss taken back in the same sentence: "I thought I lost my card but I found it today",
# « mais je l'ai retrouvée », "aber ich habe sie gefunden", "pero la encontré".
_FOUND_AGAIN_AFTER: Final = re.compile(
    r"[^.!?]{0,60}?\b(?:but|and|now|aber|und|jetzt|mais|et|pero|y|ahora)\b[^.!?]{0,40}?"
    r"(?:\bfound (?:it|them)\b|\b(?:sie|es|ihn) (?:wieder)?gefunden\b|"
    r"\b(?:l'ai|les ai) retrouvee?s?\b|\b(?:la|lo|las|los) (?:he )?encontr[eoa]\w*)"
)

_LOSS: Final = re.compile(r"lost|verloren|perdue?s?|perdid[oa]s?")
# A card lost on its way to the customer is a delivery gone wrong, not a means of payment in
# the wrong hands: "lost in the mail", « perdue pendant la livraison », "bei der Zustellung
# verloren", "perdido en el envío".
_IN_THE_POST: Final = re.compile(
    r"\b(?:in|during|bei|pendant|durant|en|dans) (?:the |der |dem |la |le |el |transit\b)?"
    r"(?:delivery|mail|post|shipping|transit|zustellung|lieferung|versand|livraison|courrier|"
    r"envoi|envio|entrega|correo)\b"
)
_POST_REACH: Final = 40
_SENTENCE_END: Final = re.compile(r"[.!?]")


def cancelled_by_context(
    name: str, folded: str, match: re.Match[str], charges: Sequence[tuple[int, int]]
) -> bool:
    """Whether the words around `match`, a phrase of signal `name`, take its meaning away.

    `charges` are the spans of the wrong-charge phrases in the same text: "charged us three
    times" is one wrong charge, not three contacts.
    """
    start, end = match.span()
    if name in _NEGATABLE and _said_just_before(_NEGATION_BEFORE, folded, start):
        return True
    if name == "intent_to_leave" and _HEDGE.search(_sentence_around(folded, start, end)):
        return True
    if name == "praise" and match.group() == "super" and _INTENSIFIED.match(folded, end):
        return True
    if name == "thanks" and (
        _A_REQUEST_AFTER.match(folded, end) or _said_just_before(_REFUSED_BEFORE, folded, start)
    ):
        return True
    if name == "praise":
        return _said_just_before(_WISHED_BEFORE, folded, start) or (
            match.group() == "best" and _said_just_before(_EFFORT_BEFORE, folded, start)
        )
    if name == "repeated_contact":
        return (
            _within((start, end), charges)
            or _not_a_contact(folded, match)
            or _an_arrival_awaited(folded, match)
            or _asked_if_allowed(folded, match)
            or (
                _INCOMING.search(match.group()) is not None
                and _said_just_before(_RECEIVED_BEFORE, folded, start)
            )
        )
    if name == "rhetorical" and _WHY.match(match.group()):
        rest = _SENTENCE_END.split(folded[start:])[0]
        return _WRONG_AFTER_WHY.search(rest) is None
    if name == "problem" and _SEARCHING.search(match.group()):
        return _HOW_TO_AFTER.match(folded, end) is not None
    if name == "problem":
        lost = _LOSS.fullmatch(match.group()) is not None
        return _settled(folded, match) or (lost and _found_again(folded, end))
    if name == "lost_means":
        return _found_again(folded, end) or _lost_in_the_post(folded, start, end)
    if name == "topic_account" and _LOSS.search(match.group()):
        return _lost_in_the_post(folded, start, end)
    return False


def _lost_in_the_post(folded: str, start: int, end: int) -> bool:
    before = _SENTENCE_END.split(folded[max(0, start - _POST_REACH) : start])[-1]
    after = _SENTENCE_END.split(folded[start : end + _POST_REACH])[0]
    return _IN_THE_POST.search(before + after) is not None


def _found_again(folded: str, end: int) -> bool:
    return _FOUND_AGAIN_AFTER.match(folded, end) is not None


def _within(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _said_just_before(pattern: re.Pattern[str], folded: str, start: int) -> bool:
    return pattern.search(folded, max(0, start - _NEGATION_REACH), start) is not None


def _not_a_contact(folded: str, match: re.Match[str]) -> bool:
    if _CONTACT_WORD.search(match.group()) is not None:
        return False
    return _CODE_TRIED.search(match.group()) is not None or _said_just_before(
        _NOT_A_CONTACT_BEFORE, folded, match.start()
    )


def _settled(folded: str, match: re.Match[str]) -> bool:
    start, end = match.span()
    return (
        _said_just_before(_SETTLED_BEFORE, folded, start)
        or _SETTLED_AFTER.match(folded, end) is not None
    )


def _an_arrival_awaited(folded: str, match: re.Match[str]) -> bool:
    if _STILL_SAID.search(match.group()) is None:
        return False
    clause = _SENTENCE_END.split(folded[match.start() : match.end() + _POST_REACH])[0]
    after = _ARRIVAL_AFTER.match(clause, match.end() - match.start())
    inside = _ARRIVAL_AFTER.search(match.group())
    return (after is not None or inside is not None) and _REPLY_WORD.search(clause) is None


def _asked_if_allowed(folded: str, match: re.Match[str]) -> bool:
    sentence = _SENTENCE_END.split(folded[: match.start()])[-1]
    return _ASKED_IF.match(sentence.lstrip(" \u00bf")) is not None


def _sentence_around(folded: str, start: int, end: int) -> str:
    before = _SENTENCE_END.split(folded[max(0, start - _POST_REACH) : start])[-1]
    after = _SENTENCE_END.split(folded[end : end + _POST_REACH])[0]
    return before + " " + after
