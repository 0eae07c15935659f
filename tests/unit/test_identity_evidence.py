import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onecase_shared.events import Channel, ComplaintReceivedV1, HandleKind, HandleV1
from onecase_triage.domain.identity_evidence import (
    EvidenceKind,
    EvidencePolicy,
    LinkEvidence,
    canonical_key,
    is_contact_handle,
    linking_evidence,
)
from tests.builders import a_complaint

VISITOR = HandleV1(kind=HandleKind.CHAT_VISITOR, value="v-9")
TWEETER = HandleV1(kind=HandleKind.X_ID, value="123")
FACEBOOK_USER = HandleV1(kind=HandleKind.FACEBOOK_ID, value="456")
OURS = EvidencePolicy(own_email_domains=frozenset({"acme-shop.co.uk"}))


def message(
    text: str,
    *,
    channel: Channel = Channel.CHAT,
    kind: str | None = "chat",
    public: bool = False,
    author: HandleV1 = VISITOR,
    handles: tuple[HandleV1, ...] = (),
    subject: str | None = None,
) -> ComplaintReceivedV1:
    return a_complaint().model_copy(
        update={
            "channel": channel,
            "message_kind": kind,
            "public": public,
            "author": author,
            "author_handles": handles,
            "subject": subject,
            "text": text,
        }
    )


def keys(evidence: tuple[LinkEvidence, ...], kind: EvidenceKind | None = None) -> list[str]:
    return [item.key for item in evidence if kind is None or item.kind is kind]


def test_a_chat_message_gives_the_email_and_phone_the_customer_wrote() -> None:
    text = "my email is Ann.Lee@Example.com, please call +44 7911 123456"

    evidence = linking_evidence(message(text))

    assert [(item.key, item.kind) for item in evidence] == [
        ("chat_visitor:v-9", EvidenceKind.PROVIDER_HANDLE),
        ("email:ann.lee@example.com", EvidenceKind.EMAIL_IN_TEXT),
        ("phone:+447911123456", EvidenceKind.PHONE_IN_TEXT),
    ]
    assert evidence[1].detail == "email given in a chat message"
    assert all(len(item.detail) < 80 and "Ann.Lee" not in item.detail for item in evidence)


def test_a_number_in_a_fictional_range_is_not_a_phone() -> None:
    # Ofcom keeps 07700 900xxx for drama; libphonenumber calls it invalid, so it never links.
    evidence = linking_evidence(message("please call +44 7700 900123"))

    assert keys(evidence, EvidenceKind.PHONE_IN_TEXT) == []


@pytest.mark.parametrize(
    ("channel", "kind", "author"),
    [
        (Channel.EMAIL, "email", HandleV1(kind=HandleKind.EMAIL, value="ana.lima@example.com")),
        (Channel.X, "x_dm", TWEETER),
        (Channel.FACEBOOK, "messenger", FACEBOOK_USER),
        (Channel.CHAT, "intercom", VISITOR),
    ],
)
def test_every_private_channel_takes_contacts_from_the_text(
    channel: Channel, kind: str, author: HandleV1
) -> None:
    complaint = message("reach me on ann@gmail.com", channel=channel, kind=kind, author=author)

    assert keys(linking_evidence(complaint), EvidenceKind.EMAIL_IN_TEXT) == ["email:ann@gmail.com"]


@pytest.mark.parametrize(
    ("channel", "kind", "public", "author"),
    [
        (Channel.X, "tweet", True, TWEETER),
        (Channel.X, "tweet", False, TWEETER),  # a protected tweet is still a post
        (Channel.FACEBOOK, "facebook_comment", True, FACEBOOK_USER),
        (Channel.FACEBOOK, "facebook_post", True, FACEBOOK_USER),
        (Channel.X, None, True, TWEETER),
    ],
)
def test_a_post_gives_no_contact_evidence(
    channel: Channel, kind: str | None, public: bool, author: HandleV1
) -> None:
    text = "@AcmeHelp scammers wrote from bob.fraud@gmail.com and 07911 123456"
    complaint = message(text, channel=channel, kind=kind, public=public, author=author)

    assert keys(linking_evidence(complaint)) == [author.key()]


def test_a_public_post_still_gives_its_order_number() -> None:
    complaint = message("order #A12345 never came", channel=Channel.X, kind="tweet", public=True)

    evidence = linking_evidence(complaint)

    assert keys(evidence) == ["chat_visitor:v-9", "order:A12345"]
    assert evidence[1].kind is EvidenceKind.ORDER_NUMBER
    assert evidence[1].detail == "order number quoted in a tweet"


def test_our_own_automated_and_placeholder_addresses_are_not_customer_evidence() -> None:
    text = (
        "I wrote to help@acme-shop.co.uk and orders@mail.acme-shop.co.uk, got noreply@bank.com"
        " and no-reply@courier.com back, the form said example@example.com, copy info@corp.com."
        " Mine is ann@gmail.com."
    )

    evidence = linking_evidence(message(text), OURS)

    assert keys(evidence, EvidenceKind.EMAIL_IN_TEXT) == ["email:ann@gmail.com"]


def test_the_authors_own_address_is_listed_once_as_the_provider_handle() -> None:
    complaint = message(
        "my address is Ana.Lima@Example.com",
        channel=Channel.EMAIL,
        kind="email",
        author=HandleV1(kind=HandleKind.EMAIL, value="Ana.Lima@example.com"),
    )

    evidence = linking_evidence(complaint)

    assert [(item.key, item.kind) for item in evidence] == [
        ("email:ana.lima@example.com", EvidenceKind.PROVIDER_HANDLE)
    ]


def test_a_message_listing_many_addresses_takes_none_of_them() -> None:
    addresses = ", ".join(f"user{n}@gmail.com" for n in range(5))

    evidence = linking_evidence(message(f"cc {addresses}; call me on 07911 123456"))

    assert keys(evidence, EvidenceKind.EMAIL_IN_TEXT) == []
    assert keys(evidence, EvidenceKind.PHONE_IN_TEXT) == ["phone:+447911123456"]


@pytest.mark.parametrize(("count", "limit", "taken"), [(2, 2, 2), (3, 2, 0), (5, 5, 5)])
def test_the_policy_sets_how_many_addresses_are_a_list(count: int, limit: int, taken: int) -> None:
    text = " ".join(f"person{n}@gmail.com" for n in range(count))

    evidence = linking_evidence(message(text), EvidencePolicy(max_text_handles=limit))

    assert len(keys(evidence, EvidenceKind.EMAIL_IN_TEXT)) == taken


def test_a_message_listing_many_phone_numbers_takes_none_of_them() -> None:
    text = "branches: 020 7946 0123, 0161 496 0123, 0113 496 0123, ring any"

    assert keys(linking_evidence(message(text)), EvidenceKind.PHONE_IN_TEXT) == []


def test_provider_handles_come_first_lowercased_and_once() -> None:
    shouted = HandleV1(kind=HandleKind.EMAIL, value="Ann@Example.COM")
    complaint = message(
        "write to ann@example.com",
        handles=(VISITOR, shouted, HandleV1(kind=HandleKind.EMAIL, value="test@test.com")),
    )

    evidence = linking_evidence(complaint)

    assert keys(evidence) == ["chat_visitor:v-9", "email:ann@example.com"]
    # The visitor's session is the provider's word; the address is what they typed.
    assert evidence[0].verified
    assert evidence[1].kind is EvidenceKind.TYPED_HANDLE
    assert not evidence[1].verified


def test_a_phone_handle_from_the_provider_is_stored_as_e164() -> None:
    author = HandleV1(kind=HandleKind.PHONE, value="07911 123456")

    evidence = linking_evidence(message("call me back on +44 7911 123456", author=author))

    assert keys(evidence) == ["phone:+447911123456"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("order #A12345 is late", "order:A12345"),
        ("Order number: 123-4567890", "order:1234567890"),
        ("order no. 55512345 arrived broken", "order:55512345"),
        ("where is my order 12345678?", "order:12345678"),
        ("my order number is 55512345.", "order:55512345"),
        ("ORDER ID: ab-98765", "order:AB98765"),
        ("account number 12345678", "account:12345678"),
        ("acct #99887766", "account:99887766"),
        ("account no 1234 5678 was debited twice", "account:12345678"),
        ("order 12345 2 weeks ago", "order:12345"),
    ],
)
def test_order_and_account_numbers(text: str, key: str) -> None:
    evidence = linking_evidence(message(text))

    assert keys(evidence)[1:] == [key]
    expected = (
        EvidenceKind.ORDER_NUMBER if key.startswith("order:") else EvidenceKind.ACCOUNT_NUMBER
    )
    assert evidence[1].kind is expected


@pytest.mark.parametrize(
    "text",
    [
        "order 1 is late",
        "order #12 is late",
        "account 1234",
        "I ordered 3 items",
        "2 orders went missing",
        "I reordered 12345678 times",
        "an order of 50000 units",
        "my account was charged 120000 pounds",
    ],
)
def test_what_is_not_an_order_or_account_number(text: str) -> None:
    assert keys(linking_evidence(message(text)))[1:] == []


def test_an_order_number_in_the_subject_counts() -> None:
    complaint = a_complaint(subject="Order #778812 never arrived")

    assert keys(linking_evidence(complaint), EvidenceKind.ORDER_NUMBER) == ["order:778812"]


def test_an_order_number_that_looks_like_a_phone_is_only_an_order() -> None:
    evidence = linking_evidence(message("order 07911123456 missing"))

    assert keys(evidence)[1:] == ["order:07911123456"]


def test_quoted_lines_and_forwarded_headers_are_not_the_customer() -> None:
    text = "\n".join(
        [
            "see below, please sort it",
            "> email me at bob@gmail.com or 07911 123456",
            "From: Bob Smith <bob.smith@gmail.com>",
            "To: carol@gmail.com",
            "my own number is 07400 654321",
        ]
    )

    assert keys(linking_evidence(message(text)))[1:] == ["phone:+447400654321"]


def test_canonical_key_prefers_email_then_phone_then_x_then_facebook_then_chat() -> None:
    ranked = [
        "email:ann@example.com",
        "phone:+447911123456",
        "x_id:123",
        "facebook_id:456",
        "chat_visitor:v-9",
        "order:A12345",
    ]

    for start in range(len(ranked)):
        assert canonical_key(ranked[start:]) == ranked[start]


def test_canonical_key_is_the_same_in_any_order() -> None:
    candidates = ["email:zed@example.com", "email:amy@example.com", "phone:+447911123456"]

    answers = {canonical_key(order) for order in itertools.permutations(candidates)}

    assert answers == {"email:amy@example.com"}


def test_canonical_key_uses_a_reference_only_when_there_is_nothing_else() -> None:
    assert canonical_key(["order:A12345", "account:1234567"]) == "account:1234567"
    assert canonical_key(iter(["order:A12345", "chat_visitor:v-9"])) == "chat_visitor:v-9"


def test_canonical_key_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one"):
        canonical_key([])


@pytest.mark.parametrize(
    ("key", "contact"),
    [
        ("email:ann@example.com", True),
        ("phone:+447911123456", True),
        ("x_id:123", True),
        ("facebook_id:456", True),
        ("chat_visitor:v-9", True),
        ("order:A12345", False),
        ("account:99887766", False),
        ("email", False),
    ],
)
def test_is_contact_handle(key: str, contact: bool) -> None:
    assert is_contact_handle(key) is contact


TOKENS = [
    *("order", "Order", "account", "acct", "no.", "number:", "#", "-", ":", "is", "ordered"),
    *("12345", "1", "A12345", "1234", "5678", "+44", "7911", "123456", "07911", "(0)", "020"),
    *("ann@example.com", "ANN@EXAMPLE.COM", "x@y", "@", ".", "noreply@bank.com", "mailto:"),
    *("From:", "To:", ">", "\n", " ", "\t", "é", "\u200b", "ß", "📦", "\x00", "\r\n"),
]
AUTHORS = [
    HandleV1(kind=HandleKind.EMAIL, value="Ann@Example.com"),
    HandleV1(kind=HandleKind.EMAIL, value=""),
    TWEETER,
    FACEBOOK_USER,
    VISITOR,
    HandleV1(kind=HandleKind.CHAT_VISITOR, value="intercom:ÄÖ 1"),
]


def expected_first_key(author: HandleV1) -> str:
    value = author.value.lower() if author.kind is HandleKind.EMAIL else author.value
    return f"{author.kind.value}:{value}"


def check_never_raises_and_author_first(text: str, author: HandleV1, public: bool) -> None:
    evidence = linking_evidence(message(text, author=author, public=public))

    assert evidence[0].key == expected_first_key(author)
    assert evidence[0].kind is EvidenceKind.PROVIDER_HANDLE
    assert len(keys(evidence)) == len(set(keys(evidence)))


def test_arbitrary_text_never_raises_and_keeps_the_author_first() -> None:
    texts = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(TOKENS)).map(" ".join))
    authors = st.sampled_from(AUTHORS) | st.builds(
        HandleV1,
        kind=st.sampled_from([kind for kind in HandleKind if kind is not HandleKind.PHONE]),
        value=st.text(max_size=40),
    )
    prop = given(texts, authors, st.booleans())(check_never_raises_and_author_first)
    settings(max_examples=300, deadline=None)(prop)()


def test_seeded_token_soup_never_raises_and_keeps_the_author_first() -> None:
    rng = random.Random(20260611)
    for _ in range(400):
        text = "".join(rng.choice(TOKENS) + rng.choice(["", " "]) for _ in range(rng.randrange(60)))
        check_never_raises_and_author_first(text, rng.choice(AUTHORS), rng.random() < 0.3)
