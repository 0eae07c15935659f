"""Which MIME part becomes the text, how HTML reads as text, and what is kept of attachments."""

import binascii
import email
import email.policy
from email.message import EmailMessage

from onecase_intake.domain.email_body import extract_body_text, read_body
from onecase_intake.domain.email_html import html_to_text

PLAIN = "My blender arrived broken.\n\nPlease send a new one."
HTML = "<p>My <b>blender</b> arrived broken.</p><p>Please send a new one.</p>"


def a_mail() -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "ana@example.com"
    mail["Subject"] = "Broken blender"
    return mail


def reparsed(mail: EmailMessage) -> EmailMessage:
    parsed = email.message_from_bytes(bytes(mail), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_alternative_prefers_the_plain_part() -> None:
    mail = a_mail()
    mail.set_content(PLAIN + "\n(plain)")
    mail.add_alternative(HTML + "<p>(html)</p>", subtype="html")
    assert extract_body_text(reparsed(mail)).endswith("(plain)")


def test_an_empty_or_stub_plain_part_gives_way_to_html() -> None:
    for stub in ("", "   \n", "View this mail in a browser."):
        mail = a_mail()
        mail.set_content(stub)
        mail.add_alternative(
            HTML + "<p>" + "More details about the order. " * 5 + "</p>", subtype="html"
        )
        assert extract_body_text(reparsed(mail)).startswith("My blender arrived broken.")


def test_html_only_mail_reads_as_paragraphs_without_scripts_or_styles() -> None:
    html = (
        "<html><head><title>Newsletter title</title><style>p {color: red}</style></head><body>"
        "<script>alert('x')</script><div style='display:none'>preheader junk</div>"
        "<h1>Order&nbsp;1182</h1><p>First&nbsp;line<br>second line</p>"
        "<ul><li>blender</li><li>toaster</li></ul><ol><li>one</li><li>two</li></ol>"
        "<table><tr><td>Total</td><td>40 &euro;</td></tr></table>"
        "<p>Thanks &amp; regards</p><!-- a comment --></body></html>"
    )
    assert html_to_text(html) == (
        "Order 1182\n\nFirst line\nsecond line\n\n- blender\n- toaster\n\n1. one\n2. two\n\n"
        "Total 40 €\n\nThanks & regards"
    )


def test_blockquotes_become_quoted_lines() -> None:
    html = "<div>New answer</div><blockquote><p>old line</p><blockquote>older</blockquote></blockquote>"
    assert html_to_text(html) == "New answer\n\n> old line\n>\n> > older"


def test_preformatted_text_keeps_its_lines() -> None:
    assert html_to_text("<pre>a   b\n  c</pre>") == "a   b\n  c"


def test_pathologically_deep_html_is_still_read() -> None:
    assert html_to_text("<div>" * 20_000 + "deep text" + "</div>" * 20_000) == "deep text"


def test_related_html_with_an_inline_image_lists_the_image() -> None:
    mail = a_mail()
    mail.set_content(PLAIN)
    mail.add_alternative(HTML + '<img src="cid:photo@example.com">', subtype="html")
    html_part = mail.get_body(("html",))
    assert isinstance(html_part, EmailMessage)
    html_part.add_related(
        b"\x89PNG-bytes", maintype="image", subtype="png", cid="<photo@example.com>"
    )
    body = read_body(reparsed(mail))
    assert body.text == PLAIN
    assert [(a.filename, a.content_type, a.size) for a in body.attachments] == [
        (None, "image/png", 10)
    ]


def test_attachments_are_metadata_and_blank_names_become_none() -> None:
    mail = a_mail()
    mail.set_content(PLAIN)
    mail.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="invoice.pdf")
    mail.add_attachment(b"12345", maintype="application", subtype="octet-stream", filename="   ")
    mail.add_attachment(b"abc", maintype="application", subtype="octet-stream")
    mail.add_attachment("a;b\n1;2\n", subtype="csv", filename="..\\..\\evil/report.csv")
    body = read_body(reparsed(mail))
    assert body.text == PLAIN
    assert [(a.filename, a.content_type, a.size) for a in body.attachments] == [
        ("invoice.pdf", "application/pdf", 8),
        (None, "application/octet-stream", 5),
        (None, "application/octet-stream", 3),
        ("report.csv", "text/csv", 8),
    ]


def test_encoded_and_raw_8bit_attachment_names_are_decoded() -> None:
    raw = (
        b"From: ana@example.com\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
        b"Content-Type: text/plain; charset=iso-8859-1\n\nHallo\n--b\n"
        b'Content-Type: image/jpeg\nContent-Disposition: attachment; filename="Sch\xe4den.jpg"\n\nxx\n--b\n'
        b'Content-Type: image/jpeg; name="=?utf-8?Q?R=C3=BCcksendung.jpg?="\n\nyy\n--b--\n'
    )
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    assert [a.filename for a in read_body(parsed, "iso-8859-1").attachments] == [
        "Schäden.jpg",
        "Rücksendung.jpg",
    ]


def test_signed_mail_reads_the_signed_text_and_skips_the_signature() -> None:
    raw = (
        b'From: ana@example.com\nContent-Type: multipart/signed; protocol="application/pkcs7-signature";'
        b" boundary=s\n\n--s\nContent-Type: text/plain; charset=utf-8\n\nSigned complaint\n--s\n"
        b"Content-Type: application/pkcs7-signature; name=smime.p7s\n\nMIIsig\n--s--\n"
    )
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    body = read_body(parsed)
    assert (body.text, body.attachments) == ("Signed complaint", ())


def test_a_forwarded_mail_attachment_is_listed_not_read() -> None:
    inner = a_mail()
    inner.set_content("the original order confirmation")
    mail = a_mail()
    mail.set_content(PLAIN)
    mail.add_attachment(inner)
    body = read_body(reparsed(mail))
    assert body.text == PLAIN
    (attachment,) = body.attachments
    assert attachment.content_type == "message/rfc822"
    assert attachment.size > 0


def test_inline_uuencoded_files_become_attachments() -> None:
    encoded = binascii.b2a_uu(b"id;name\n1;blender\n").decode()
    mail = a_mail()
    mail.set_content(f"See the report.\n\nbegin 644 report.csv\n{encoded}`\nend\n")
    body = read_body(reparsed(mail))
    assert body.text == "See the report."
    assert [(a.filename, a.size) for a in body.attachments] == [("report.csv", 18)]


def test_outlook_inline_image_placeholders_are_dropped() -> None:
    mail = a_mail()
    mail.set_content("Photo of the damage:\n[cid:image001.png@01D2A3B4.5C6D7E80]\nPlease help.")
    assert extract_body_text(reparsed(mail)) == "Photo of the damage:\n\nPlease help."


def test_a_mail_with_no_text_part_has_empty_text() -> None:
    mail = a_mail()
    mail.set_content(
        b"\x00\x01", maintype="application", subtype="pkcs7-mime", filename="smime.p7m"
    )
    body = read_body(reparsed(mail))
    assert body.text == ""
    assert [a.filename for a in body.attachments] == ["smime.p7m"]
