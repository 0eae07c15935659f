"""Machines write mail too: auto-replies, bounces, abuse reports and loops are not complaints."""

from datetime import UTC, datetime
from email.message import EmailMessage
from uuid import uuid4

import pytest

from onecase_intake.domain.email_normalizer import parse_email
from onecase_intake.domain.outcomes import Ignored
from onecase_shared.events import ComplaintReceivedV1

RECEIVED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def a_mail(
    sender: str = "Ana Lima <ana@example.com>", subject: str = "Refund", **headers: str
) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["Subject"] = subject
    mail["Message-ID"] = "<auto@example.com>"
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content("I am out of the office until Monday.")
    return mail


def outcome_of(mail: EmailMessage) -> ComplaintReceivedV1 | Ignored:
    return parse_email(
        bytes(mail), raw_delivery_id="d", correlation_id=uuid4(), received_at=RECEIVED
    )


def a_report(report_type: str, sender: str = "reports@isp.example") -> EmailMessage:
    mail = a_mail(sender=sender, subject="Report")
    mail.clear_content()
    mail.set_content("A report about a message you sent.")
    mail.add_attachment("Version: 1\n", subtype="plain", filename="details.txt")
    mail.replace_header("Content-Type", f"multipart/report; report-type={report_type}; boundary=r")
    mail.set_boundary("r")
    return mail


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"Auto_Submitted": "auto-replied"}, "auto_reply"),
        ({"Auto_Submitted": "auto-generated; owner-email=x@example.com"}, "auto_reply"),
        ({"X_Autoreply": "yes"}, "auto_reply"),
        ({"X_Autorespond": "Out of office"}, "auto_reply"),
        ({"Precedence": "auto_reply"}, "auto_reply"),
        ({"Precedence": "bulk"}, "bulk_mail"),
        ({"Precedence": "junk"}, "bulk_mail"),
        ({"Precedence": "List"}, "bulk_mail"),
        ({"X_Loop": "support@onecase.example"}, "mail_loop"),
        ({"subject": "Out of Office: Refund"}, "auto_reply"),
        ({"subject": "Automatic reply: Your case OC-1A2B3C4D"}, "auto_reply"),
        ({"subject": "AW: Abwesenheitsnotiz"}, "auto_reply"),
        ({"subject": "Réponse automatique : absence"}, "auto_reply"),
        ({"sender": "MAILER-DAEMON@mx.example.com (Mail Delivery System)"}, "bounce"),
        ({"sender": "postmaster@example.com"}, "bounce"),
        ({"sender": "MAILER-DAEMON (Mail Delivery System)"}, "bounce"),
    ],
)
def test_automated_mail_is_ignored_with_its_reason(headers: dict[str, str], reason: str) -> None:
    outcome = outcome_of(a_mail(**headers))
    assert outcome == Ignored(reason, "<auto@example.com>")


@pytest.mark.parametrize(
    ("report_type", "reason"),
    [
        ("delivery-status", "bounce"),
        ("feedback-report", "abuse_report"),
        ("disposition-notification", "read_receipt"),
        ("something-new", "bounce"),
    ],
)
def test_multipart_reports_are_ignored_by_type(report_type: str, reason: str) -> None:
    assert outcome_of(a_report(report_type)) == Ignored(reason, "<auto@example.com>")


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "no"},
        {"Precedence": "first-class"},
        {"subject": "My out of office assistant never replied"},
        {"sender": "daemon.lover@example.com"},
    ],
)
def test_people_are_not_mistaken_for_machines(headers: dict[str, str]) -> None:
    assert isinstance(outcome_of(a_mail(**headers)), ComplaintReceivedV1)
