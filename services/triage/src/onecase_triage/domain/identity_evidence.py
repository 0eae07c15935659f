"""Evidence that handles belong to one customer, read from one complaint, verified or claimed.

Pure: no I/O, no clock. Names are never evidence. Two kinds of link (docs/security.md):

- *verified*: the provider vouches for it. The author of a signed delivery (an X or Facebook
  account, a chat visitor's session, an Intercom contact), and an email's sender, since every
  answer goes back to that address; the X and Facebook ids the provider adds for the author.
- *claimed*: something typed, which anyone could type: the email a chat visitor gives in the
  form (or Intercom holds for a contact), an email address or phone number written in a private
  message (posts are skipped: people quote others there), an order or account number.

Only verified links merge customers by themselves. A claimed link that points at another
customer is a suggestion for a person, or a contact the customer must prove (triage).

Not evidence: our own domains, no-reply, placeholder and shared role addresses (info@,
support@, ...), addresses and numbers on forwarded header lines ("From:", "An:", ...) or on
lines quoted with ">", and more of a kind in one message than the policy allows (a list).

Limits, by design: labels are English ("order", "account", "acct"); a reference needs at
least 5 digits; phone numbers must be valid for libphonenumber, so fictional ranges such as
Ofcom's 07700 900xxx are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Final

import phonenumbers
from pydantic import BaseModel, ConfigDict

from onecase_shared.events import ComplaintReceivedV1, HandleKind, HandleV1


class EvidenceKind(StrEnum):
    """Where a linking key came from."""

    PROVIDER_HANDLE = "provider_handle"
    TYPED_HANDLE = "typed_handle"  # an email in the chat form: the provider took it as typed
    EMAIL_IN_TEXT = "email_in_text"
    PHONE_IN_TEXT = "phone_in_text"
    ORDER_NUMBER = "order_number"
    ACCOUNT_NUMBER = "account_number"


class LinkEvidence(BaseModel):
    """One identity key a complaint points at, and why, for the audit record."""

    model_config = ConfigDict(frozen=True)

    key: str  # "email:ann@example.com", "phone:+447911123456", "order:A12345", ...
    kind: EvidenceKind
    detail: str  # short, never the message text
    verified: bool = False  # the provider vouches for it; claimed otherwise


class EvidencePolicy(BaseModel):
    """What `linking_evidence` trusts. The defaults suit a UK business."""

    model_config = ConfigDict(frozen=True)

    own_email_domains: frozenset[str] = frozenset()  # with subdomains; never a customer's
    default_phone_region: str = "GB"  # for numbers written without a country code
    max_text_handles: int = 2  # more distinct addresses (or numbers) than this is a list


DEFAULT_POLICY: Final = EvidencePolicy()

ORDER_PREFIX: Final = "order"
ACCOUNT_PREFIX: Final = "account"
_CANONICAL_ORDER: Final = ("email", "phone", "x_id", "facebook_id", "chat_visitor")
_CONTACT_PREFIXES: Final = frozenset(kind.value for kind in HandleKind)
_POSTS: Final = frozenset({"tweet", "facebook_post", "facebook_comment"})
# An address or number next to the author is what they typed; provider ids are the provider's.
_TYPED_KINDS: Final = frozenset({HandleKind.EMAIL, HandleKind.PHONE})
_PLACES: Final = {
    "email": "an email",
    "chat": "a chat message",
    "intercom": "a chat message",
    "messenger": "a Messenger message",
    "x_dm": "an X direct message",
    "tweet": "a tweet",
    "facebook_post": "a Facebook post",
    "facebook_comment": "a Facebook comment",
    "x": "an X message",
    "facebook": "a Facebook message",
}

# The address must not continue a longer token on either side ("x.ann@a.com" is not "ann@").
_EMAIL: Final = re.compile(
    r"(?<![\w.%+-])"
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
    r"(?![\w-]|\.[A-Za-z0-9])"
)
_MAX_EMAIL_CHARS: Final = 254
_AUTOMATED: Final = re.compile(
    r"(?:^|[-_.+])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|reply|bounces?"
    r"|mailer[-_.]?daemon|postmaster)(?:$|[-_.+])"
)
# Placeholders, and shared role mailboxes: nobody, or many people, stand behind them.
_SHARED_LOCALS: Final = frozenset(
    {"example", "email", "e-mail", "name", "yourname", "your.name", "youremail", "your.email"}
    | {"user", "username", "someone", "somebody", "test", "foo", "xxx"}
    | {"info", "support", "help", "helpdesk", "service", "serviceteam", "customerservice"}
    | {"contact", "kontakt", "sales", "billing", "admin", "office", "team", "hello"}
    | {"enquiries", "inquiries", "complaints", "feedback", "webmaster"}
)
_RESERVED_TLDS: Final = ("example", "invalid", "localhost", "test")
# "order" / "account" / "acct", an optional "number" word, then the reference. Spaced groups
# are digits of 2-4 only ("1234 5678"), so "order 12345 2 weeks ago" stays "12345". Atomic
# groups keep a long run of spaces after "order" from backtracking.
_REFERENCE: Final = re.compile(
    r"\b(?P<label>order|account|acct)\b"
    r"(?>\s*(?:number|num|no|nr|id|ref|reference|code)\b\.?)?(?>\s+is\b)?[\s:#=]*+"
    r"(?P<ref>\d{2,4}(?: \d{2,4})+(?![\w-])|[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-]))",
    re.IGNORECASE,
)
_HEADER_LINE: Final = re.compile(
    r"^[ \t]*(?:from|to|cc|bcc|sender|reply-to|sent|date|message-id|references|in-reply-to"
    r"|von|an|gesendet|datum|de|para|envoy\u00e9|enviado)[ \t]*:.*$",
    re.IGNORECASE | re.MULTILINE,
)
_MIN_REFERENCE_DIGITS: Final = 5
_MAX_REFERENCE_CHARS: Final = 40


def linking_evidence(
    complaint: ComplaintReceivedV1, policy: EvidencePolicy = DEFAULT_POLICY
) -> tuple[LinkEvidence, ...]:
    """Every key this complaint links its author to, the author's own key first, no repeats."""
    place = _place(complaint)
    author_key = _handle_key(complaint.author, policy)
    found = {
        author_key: _evidence(
            author_key, EvidenceKind.PROVIDER_HANDLE, f"author of {place}", verified=True
        )
    }
    for handle in complaint.author_handles:
        key = _handle_key(handle, policy)
        if key not in found and (handle.kind is not HandleKind.EMAIL or _customer(key, policy)):
            if handle.kind in _TYPED_KINDS:
                what = f"{handle.kind.value} typed by the author of {place}"
                found[key] = _evidence(key, EvidenceKind.TYPED_HANDLE, what)
            else:
                what = f"{handle.kind.value} the provider gave for the author of {place}"
                found[key] = _evidence(key, EvidenceKind.PROVIDER_HANDLE, what, verified=True)
    text = _unquoted(complaint)
    references = list(_references(text))
    if not (complaint.public or complaint.message_kind in _POSTS):
        for kind, keys in _contacts(text, [span for _, span in references], policy).items():
            new = [key for key in dict.fromkeys(keys) if key not in found]
            what = "email" if kind is EvidenceKind.EMAIL_IN_TEXT else "phone number"
            if len(new) <= policy.max_text_handles:
                found |= {key: _evidence(key, kind, f"{what} given in {place}") for key in new}
    for key, _ in references:
        if key not in found:
            order = key.startswith(f"{ORDER_PREFIX}:")
            kind = EvidenceKind.ORDER_NUMBER if order else EvidenceKind.ACCOUNT_NUMBER
            what = "order number" if order else "account number"
            found[key] = _evidence(key, kind, f"{what} quoted in {place}")
    return tuple(found.values())


def canonical_key(keys: Iterable[str]) -> str:
    """The key a new customer's id derives from: the same answer for the same keys, in any order.

    Email first, then phone, X, Facebook and chat visitor; within a kind the smallest key.
    Order and account keys (and unknown ones) are chosen only when there is nothing else.
    """
    ranked = min(((_rank(key), key) for key in keys), default=None)
    if ranked is None:
        raise ValueError("canonical_key needs at least one key")
    return ranked[1]


def is_contact_handle(key: str) -> bool:
    """Whether the key names a way to reach someone (an email, a phone, an X id, ...)."""
    prefix, colon, _ = key.partition(":")
    return bool(colon) and prefix in _CONTACT_PREFIXES


def _rank(key: str) -> int:
    prefix = key.partition(":")[0]
    if prefix in _CANONICAL_ORDER:
        return _CANONICAL_ORDER.index(prefix)
    return len(_CANONICAL_ORDER) + (0 if is_contact_handle(key) else 1)


def _evidence(key: str, kind: EvidenceKind, detail: str, *, verified: bool = False) -> LinkEvidence:
    return LinkEvidence(key=key, kind=kind, detail=detail, verified=verified)


def _handle_key(handle: HandleV1, policy: EvidencePolicy) -> str:
    if handle.kind is HandleKind.EMAIL:
        return f"{handle.kind.value}:{handle.value.lower()}"
    if handle.kind is HandleKind.PHONE:
        phone = _e164(handle.value, policy.default_phone_region)
        return f"{handle.kind.value}:{phone or handle.value}"
    return handle.key()


def _e164(value: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _place(complaint: ComplaintReceivedV1) -> str:
    kind = complaint.message_kind or complaint.channel.value
    if complaint.public and kind not in _POSTS:
        return f"a public {complaint.channel.value} post"
    return _PLACES.get(kind) or _PLACES.get(complaint.channel.value, "a message")


def _unquoted(complaint: ComplaintReceivedV1) -> str:
    # Intake strips reply history; a stray ">" quote left in the body is someone else's words.
    lines = [complaint.subject or "", *complaint.text.splitlines()]
    return "\n".join(line for line in lines if not line.lstrip().startswith(">"))


def _contacts(
    text: str, taken: list[tuple[int, int]], policy: EvidencePolicy
) -> dict[EvidenceKind, list[str]]:
    # Forwarded header lines name the correspondents, not the customer: blank them in place,
    # so spans still point into `text`. A phone inside an address or a reference is neither.
    text = _HEADER_LINE.sub(lambda line: " " * len(line.group()), text)
    every_email = list(_emails(text))
    taken = [*taken, *(span for _, span in every_email)]
    phones = _phones(text, policy.default_phone_region)
    return {
        EvidenceKind.EMAIL_IN_TEXT: [key for key, _ in every_email if _customer(key, policy)],
        EvidenceKind.PHONE_IN_TEXT: [
            key for key, span in phones if not any(_overlaps(span, other) for other in taken)
        ],
    }


def _emails(text: str) -> Iterator[tuple[str, tuple[int, int]]]:
    for match in _EMAIL.finditer(text):
        address = match.group().lower()
        if len(address) <= _MAX_EMAIL_CHARS and len(address.partition("@")[0]) <= 64:
            yield f"{HandleKind.EMAIL.value}:{address}", match.span()


def _customer(key: str, policy: EvidencePolicy) -> bool:
    local, _, domain = key.removeprefix(f"{HandleKind.EMAIL.value}:").rpartition("@")
    own = {item.lower().lstrip("@.") for item in policy.own_email_domains}
    return not (
        any(domain == item or domain.endswith(f".{item}") for item in own)
        or domain.rpartition(".")[2] in _RESERVED_TLDS
        or local in _SHARED_LOCALS
        or _AUTOMATED.search(local) is not None
    )


def _phones(text: str, region: str) -> Iterator[tuple[str, tuple[int, int]]]:
    leniency = phonenumbers.Leniency.VALID
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency):
        number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        yield f"{HandleKind.PHONE.value}:{number}", (match.start, match.end)


def _references(text: str) -> Iterator[tuple[str, tuple[int, int]]]:
    for match in _REFERENCE.finditer(text):
        reference = re.sub(r"[\s-]", "", match.group("ref")).upper()
        digits = sum(char.isdigit() for char in reference)
        if digits < _MIN_REFERENCE_DIGITS or len(reference) > _MAX_REFERENCE_CHARS:
            continue
        label = match.group("label").lower()
        prefix = ORDER_PREFIX if label == "order" else ACCOUNT_PREFIX
        yield f"{prefix}:{reference}", match.span("ref")


def _overlaps(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]
