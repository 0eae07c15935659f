"""SendGrid Inbound Parse (parsed and raw modes) → an email complaint. Pure: bytes in, event out.

The multipart/form-data body is split with the standard library's MIME parser rather than
python-multipart: that parser rejects bodies whose lines end in a bare LF (SendGrid's own sample
deliveries do), and it logs a warning for every malformed body it meets.
"""

from __future__ import annotations

import email.policy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from email import errors as mime_errors
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from email.utils import collapse_rfc2231_value

from pydantic_core import from_json

from onecase_intake.domain.email_charset import decode_bytes, repair_surrogates
from onecase_intake.domain.email_headers import (
    decode_header_value,
    header_text,
    repair_header_block,
    sender_of,
)
from onecase_intake.domain.email_normalizer import parse_email
from onecase_intake.domain.mail_rules import (
    case_reference_for,
    headers_message,
    provider_mail_outcome,
)
from onecase_intake.domain.outcomes import (
    MalformedDeliveryError,
    Normalized,
    quarantines_the_unforeseen,
)
from onecase_shared.events import AttachmentV1, ComplaintReceivedV1, RawDeliveryReceivedV1

# RFC 2046 boundary characters; anything else cannot be put back into a header safely.
_BOUNDARY = re.compile(r"[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]")
_ATTACHMENT_FIELD = re.compile(r"attachment(\d{1,4})")
_BROKEN_FORM = (
    mime_errors.NoBoundaryInMultipartDefect,
    mime_errors.StartBoundaryNotFoundDefect,
    mime_errors.CloseBoundaryNotFoundDefect,
)


@dataclass(frozen=True)
class _FormPart:
    data: bytes
    filename: str | None
    content_type: str
    charset: str | None


@quarantines_the_unforeseen("SendGrid")
def normalize_sendgrid(raw: RawDeliveryReceivedV1) -> list[Normalized]:
    """One Inbound Parse POST (parsed mode, or raw mode with the MIME in `email`): one mail.

    Raises MalformedDeliveryError, and nothing else, when the body is not such a POST.
    """
    fields = _form_fields(raw.content_type, raw.body)
    if "email" in fields:
        return [_raw_mode(raw, fields)]
    return [_parsed_mode(raw, fields)]


def _form_fields(content_type: str, body: bytes) -> dict[str, _FormPart]:
    if "\r" in content_type or "\n" in content_type:
        raise MalformedDeliveryError("Content-Type spans several lines")
    declared = Message()
    declared["Content-Type"] = content_type
    boundary = declared.get_boundary()
    if declared.get_content_type() != "multipart/form-data" or not boundary:
        raise MalformedDeliveryError("SendGrid delivery is not multipart/form-data with a boundary")
    if not _BOUNDARY.fullmatch(boundary):
        raise MalformedDeliveryError("multipart boundary has characters RFC 2046 does not allow")
    head = f'Content-Type: multipart/form-data; boundary="{boundary}"\r\n\r\n'.encode("ascii")
    form = BytesParser(policy=email.policy.compat32).parsebytes(head + body)
    parts = form.get_payload()
    if not isinstance(parts, list) or any(isinstance(d, _BROKEN_FORM) for d in form.defects):
        raise MalformedDeliveryError("multipart body is incomplete or has no parts")
    fields: dict[str, _FormPart] = {}
    for part in parts:
        if not isinstance(part, Message):
            continue
        name = part.get_param("name", header="content-disposition")
        if name is None:
            continue
        fields.setdefault(
            _clean(collapse_rfc2231_value(name)),
            _FormPart(
                data=_part_bytes(part),
                filename=_clean(part.get_filename() or "") or None,
                content_type=part.get_content_type(),
                charset=part.get_content_charset(),
            ),
        )
    return fields


def _part_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload
    # A field declared message/rfc822 was parsed into a message: serialise it back.
    inner = part.get_payload()
    if isinstance(inner, list) and len(inner) == 1 and isinstance(inner[0], Message):
        return inner[0].as_bytes()
    return b""


def _raw_mode(raw: RawDeliveryReceivedV1, fields: Mapping[str, _FormPart]) -> Normalized:
    outcome = parse_email(
        fields["email"].data,
        raw_delivery_id=raw.delivery_id,
        correlation_id=raw.correlation_id,
        received_at=raw.received_at,
    )
    if not isinstance(outcome, ComplaintReceivedV1) or outcome.case_reference is not None:
        return outcome
    # The reply address may be only in the SMTP envelope (a Bcc), which the MIME never shows.
    reference = case_reference_for(
        Message(), outcome.subject, _recipients(fields, _charsets(fields))
    )
    return outcome.model_copy(update={"case_reference": reference}) if reference else outcome


def _parsed_mode(raw: RawDeliveryReceivedV1, fields: Mapping[str, _FormPart]) -> Normalized:
    if not {"from", "headers", "text", "html"} & fields.keys():
        raise MalformedDeliveryError("neither a raw `email` field nor parsed mail fields")
    charsets = _charsets(fields)
    block = fields["headers"].data + b"\n\n" if "headers" in fields else b"\n"
    headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(repair_header_block(block))
    from_field = headers_message([("From", _field_text(fields, "from", charsets))])
    subject = decode_header_value(_field_text(fields, "subject", charsets))
    return provider_mail_outcome(
        raw,
        headers=headers,
        sender=sender_of(from_field) or sender_of(headers),
        subject=subject or header_text(headers, "Subject"),
        text=_field_text(fields, "text", charsets),
        html=_field_text(fields, "html", charsets),
        attachments=_attachments(fields),
        recipients=_recipients(fields, charsets),
    )


def _charsets(fields: Mapping[str, _FormPart]) -> dict[str, str]:
    document = _json_field(fields, "charsets")
    if not isinstance(document, dict):
        return {}
    return {name: value for name, value in document.items() if isinstance(value, str)}


def _field_text(fields: Mapping[str, _FormPart], name: str, charsets: Mapping[str, str]) -> str:
    part = fields.get(name)
    return decode_bytes(part.data, charsets.get(name) or part.charset) if part else ""


def _recipients(fields: Mapping[str, _FormPart], charsets: Mapping[str, str]) -> list[str]:
    found = [_field_text(fields, name, charsets) for name in ("to", "cc")]
    envelope = _json_field(fields, "envelope")
    if isinstance(envelope, dict) and isinstance(envelope.get("to"), list):
        found += [address for address in envelope["to"] if isinstance(address, str)]
    return [address for address in found if address]


def _attachments(fields: Mapping[str, _FormPart]) -> list[AttachmentV1]:
    info = _json_field(fields, "attachment-info")
    described = info if isinstance(info, dict) else {}
    numbered: dict[int, str] = {}
    for name in (*fields.keys(), *described.keys()):
        matched = _ATTACHMENT_FIELD.fullmatch(str(name))
        if matched:
            numbered.setdefault(int(matched.group(1)), str(name))
    found = []
    for _, name in sorted(numbered.items()):
        part = fields.get(name) or _FormPart(b"", None, "application/octet-stream", None)
        details = described.get(name)
        details = details if isinstance(details, dict) else {}
        filename = details.get("filename") or details.get("name")
        content_type = details.get("type")
        found.append(
            AttachmentV1(
                filename=filename if isinstance(filename, str) and filename else part.filename,
                content_type=content_type.lower()
                if isinstance(content_type, str) and content_type
                else part.content_type,
                size=len(part.data),
            )
        )
    return found


def _json_field(fields: Mapping[str, _FormPart], name: str) -> object:
    part = fields.get(name)
    if part is None:
        return None
    try:
        return from_json(part.data)
    except ValueError:  # SendGrid's own dkim field is not JSON either: these are hints only
        return None


def _clean(text: str) -> str:
    # MIME parsing keeps undecodable bytes as lone surrogates, which no JSON encoder accepts.
    return repair_surrogates(text)
