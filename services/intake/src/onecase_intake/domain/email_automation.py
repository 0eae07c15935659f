"""Mail written by machines (auto-replies, bounces, abuse reports, loops) is not a complaint."""

from __future__ import annotations

import re
from email.message import Message
from email.utils import collapse_rfc2231_value

from onecase_intake.domain.email_headers import Sender, raw_headers

AUTO_REPLY = "auto_reply"
BULK_MAIL = "bulk_mail"
BOUNCE = "bounce"
ABUSE_REPORT = "abuse_report"
READ_RECEIPT = "read_receipt"
MAIL_LOOP = "mail_loop"

_PRECEDENCE_REASONS = {
    "bulk": BULK_MAIL,
    "junk": BULK_MAIL,
    "list": BULK_MAIL,
    "auto_reply": AUTO_REPLY,
}
_REPORT_REASONS = {
    "delivery-status": BOUNCE,
    "feedback-report": ABUSE_REPORT,
    "disposition-notification": READ_RECEIPT,
}
_AUTO_REPLY_FLAGS = ("X-Autoreply", "X-Autorespond")
_DAEMON_MAILBOXES = frozenset(
    {"mailer-daemon", "mailer_daemon", "maildaemon", "mail-daemon", "postmaster"}
)
_OUT_OF_OFFICE = re.compile(
    r"^(?:(?:re|aw|antw|sv|vs)\s*:\s*)*(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply"
    r"|autoreply|auto[- ]?response|abwesenheitsnotiz|automatische antwort|abwesend|réponse automatique"
    r"|absence du bureau|respuesta automática|fuera de la oficina|risposta automatica|fuori ufficio"
    r"|automatisch antwoord|afwezig|frånvaro|automatiskt svar|fraværende|autosvar)\b",
    re.IGNORECASE,
)


def automation_reason(message: Message, sender: Sender | None, subject: str | None) -> str | None:
    """Why `message` was sent by a machine (a short snake_case reason), or None for a person."""
    report = _report_reason(message)
    if report:
        return report
    if sender is not None and sender.address.split("@", 1)[0] in _DAEMON_MAILBOXES:
        return BOUNCE
    auto_submitted = _first(message, "Auto-Submitted")
    if auto_submitted and auto_submitted.split(";", 1)[0].strip() != "no":
        return AUTO_REPLY
    if any(raw_headers(message, flag) for flag in _AUTO_REPLY_FLAGS):
        return AUTO_REPLY
    precedence = _first(message, "Precedence")
    if precedence in _PRECEDENCE_REASONS:
        return _PRECEDENCE_REASONS[precedence]
    if raw_headers(message, "X-Loop"):
        return MAIL_LOOP
    if subject and _OUT_OF_OFFICE.match(subject):
        return AUTO_REPLY
    return None


def _first(message: Message, name: str) -> str | None:
    values = raw_headers(message, name)
    return values[0].strip().lower() if values else None


def _report_reason(message: Message) -> str | None:
    """The reason for an RFC 6522 report: at the top, or as the first part of a mixed mail."""
    candidates = [message]
    payload = message.get_payload() if message.is_multipart() else None
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        candidates.append(payload[0])
    for part in candidates:
        if part.get_content_type() == "multipart/report":
            param = part.get_param("report-type")
            report_type = collapse_rfc2231_value(param).strip().lower() if param else ""
            return _REPORT_REASONS.get(report_type, BOUNCE)
    return None
