from datetime import UTC, datetime, timedelta, timezone
from itertools import product
from typing import Any

import pytest
from pydantic import ValidationError

from onecase_notify.domain.message_composer import PUBLIC_REPLY_LIMIT, MessageComposer
from onecase_notify.domain.message_context import MessageContext, PrivateChannel, Surface
from onecase_shared.events import CaseFactsV1, NotificationKind
from onecase_triage.domain.lead_follow_up_draft import lead_follow_up_draft

COMPOSER = MessageComposer()
LANGUAGES = ("en", "fr", "es", "de", "pt")
CATEGORIES = (
    "delivery",
    "billing_and_refunds",
    "defective_product",
    "service_outage",
    "staff_conduct",
    "account_and_security",
    "other",
)
# The lead's alert goes to staff only, by email and in English; so does an escalation.
STAFF_KINDS = (
    NotificationKind.LEAD_ALERT,
    NotificationKind.LEAD_REVIEW,
    NotificationKind.LEAD_ESCALATION,
)
PRIVATE_KINDS = tuple(
    k for k in NotificationKind if k is not NotificationKind.PUBLIC_REPLY and k not in STAFF_KINDS
)
LEAD_KINDS = (
    NotificationKind.LEAD_FOLLOW_UP,
    NotificationKind.LEAD_OFFER,
    NotificationKind.LEAD_ALERT,
    NotificationKind.LEAD_REVIEW,
)
# To a writer who has not proved the case is theirs, and to the case's channel about them:
# signed by the team, not by the owner.
CONTACT_KINDS = (NotificationKind.CONTACT_RECEIVED, NotificationKind.CONTACT_CHECK)
COMBINATIONS = [
    (language, kind, surface)
    for language, kind, surface in product(LANGUAGES, NotificationKind, Surface)
    if COMPOSER.has_template(language, kind, surface)
]
DUE = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
FACTS = CaseFactsV1(
    order_number="48213",
    account_number="AC-5521",
    product="Nimbus X2 kettle",
    problem=("never arrived", "box crushed"),
)
LONG_NAMES = ("A" * 80, "Maximiliana-Alexandrina " + "B" * 56)


def context(kind: NotificationKind, surface: Surface, **changes: Any) -> MessageContext:
    values: dict[str, Any] = {
        "kind": kind,
        "surface": surface,
        "language": None,
        "case_number": "C-2026-0042",
        "owner_name": "Camille Moreau",
        "lead_name": "Jordan Lee" if kind in LEAD_KINDS else None,
        "verification_code": "482913" if kind is NotificationKind.CONTACT_CHECK else None,
        "contact_channel": "chat" if kind is NotificationKind.CONTACT_CHECK else None,
        "lead_reason": "the team lead's follow-up is overdue"
        if kind is NotificationKind.LEAD_ESCALATION
        else None,
    }
    return MessageContext(**(values | changes))


def full_context(kind: NotificationKind, surface: Surface, language: str) -> MessageContext:
    return context(
        kind,
        surface,
        language=language,
        owner_email="camille.moreau@example.com",
        previous_owner_name="Sam Rivera",
        category="delivery",
        facts=FACTS,
        summary="Parcel not delivered",
        customer_subject="Where is my parcel?",
        update_text="The courier confirmed the parcel was lost.\nA replacement left today.",
        next_update_due=DUE,
        private_channel=PrivateChannel.X_DM,
    )


def restate(category: str | None, facts: CaseFactsV1, language: str | None = "en") -> str:
    kind, surface = NotificationKind.ACKNOWLEDGMENT, Surface.EMAIL
    return COMPOSER.restatement(
        context(kind, surface, language=language, category=category, facts=facts)
    )


def assert_clean(text: str) -> None:
    assert "None" not in text
    assert "{" not in text
    assert "}" not in text
    assert "  " not in text
    assert "\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert " ." not in text
    assert " ," not in text


# Admissions of fault before anyone has looked into it (issue 13): empathy without blame.
ADMISSIONS = (
    *("fell short", "our fault", "we made a mistake", "we got it wrong", "behaved badly"),
    *("was rude", "not treated with", "should not have treated", "our staff failed"),
    *("notre faute", "à la hauteur", "n'avez pas été traité", "nuestra culpa", "a la altura"),
    *("no recibió el trato", "unsere schuld", "unser fehler", "nossa culpa", "erro nosso"),
)


class TestEveryTemplate:
    @pytest.mark.parametrize(("language", "kind", "surface"), COMBINATIONS)
    def test_no_template_admits_fault(
        self, language: str, kind: NotificationKind, surface: Surface
    ) -> None:
        text = COMPOSER.compose(
            full_context(kind, surface, language).model_copy(update={"category": "staff_conduct"})
        ).text.lower()
        assert not [phrase for phrase in ADMISSIONS if phrase in text]

    @pytest.mark.parametrize(("language", "surface"), list(product(LANGUAGES, Surface)))
    @pytest.mark.parametrize("next_contact", [DUE, None])
    def test_the_prefilled_lead_follow_up_admits_no_fault_as_sent(
        self, language: str, surface: Surface, next_contact: datetime | None
    ) -> None:
        draft = lead_follow_up_draft(
            case_number="C-2026-0042", language=language, next_contact=next_contact
        )
        assert draft.language == language
        assert not [phrase for phrase in ADMISSIONS if phrase in draft.text.lower()]
        if surface is Surface.PUBLIC:
            return  # never sent publicly: the draft itself is checked above
        kind = NotificationKind.LEAD_FOLLOW_UP
        sent = COMPOSER.compose(
            full_context(kind, surface, language).model_copy(
                update={"category": "staff_conduct", "update_text": draft.text}
            )
        ).text
        assert draft.text in sent, "the lead's reviewed words go out as they are"
        assert not [phrase for phrase in ADMISSIONS if phrase in sent.lower()]
        assert_clean(sent)

    def test_each_language_has_every_kind_on_its_surfaces(self) -> None:
        assert COMPOSER.languages == frozenset(LANGUAGES)
        expected = {
            (lang, kind, Surface.PUBLIC)
            for lang in LANGUAGES
            for kind in (NotificationKind.PUBLIC_REPLY, NotificationKind.CONTACT_RECEIVED)
        }
        expected |= set(product(LANGUAGES, PRIVATE_KINDS, (Surface.EMAIL, Surface.DIRECT)))
        expected |= {("en", kind, Surface.EMAIL) for kind in STAFF_KINDS}
        assert set(COMBINATIONS) == expected

    @pytest.mark.parametrize(("language", "kind", "surface"), COMBINATIONS)
    def test_renders_a_fully_filled_context(
        self, language: str, kind: NotificationKind, surface: Surface
    ) -> None:
        message = COMPOSER.compose(full_context(kind, surface, language))
        assert message.language == language
        assert_clean(message.text)
        if surface is Surface.EMAIL:
            assert message.subject == "Re: Where is my parcel?"
            assert message.text.endswith("\n")
        else:
            assert message.subject is None
            assert message.text == message.text.strip()

    @pytest.mark.parametrize(("language", "kind", "surface"), COMBINATIONS)
    def test_renders_a_minimal_context(
        self, language: str, kind: NotificationKind, surface: Surface
    ) -> None:
        message = COMPOSER.compose(context(kind, surface, language=language))
        assert message.language == language
        assert_clean(message.text)
        if kind is NotificationKind.CONTACT_RECEIVED:
            assert "C-2026-0042" not in message.text
            assert "Camille" not in message.text
        elif surface is not Surface.PUBLIC:
            assert "C-2026-0042" in message.text
        if surface is Surface.EMAIL:
            assert message.subject is not None
            assert (kind is NotificationKind.CONTACT_RECEIVED) != ("C-2026-0042" in message.subject)

    @pytest.mark.parametrize(
        ("language", "kind"),
        [
            (lang, kind)
            for lang, kind in product(LANGUAGES, PRIVATE_KINDS)
            if kind not in CONTACT_KINDS
        ],
    )
    def test_emails_are_signed_by_the_writer_and_direct_messages_stay_short(
        self, language: str, kind: NotificationKind
    ) -> None:
        email = COMPOSER.compose(full_context(kind, Surface.EMAIL, language))
        writer = "Jordan Lee" if kind is NotificationKind.LEAD_FOLLOW_UP else "Camille Moreau"
        assert email.text.rstrip().splitlines()[-1] == writer
        direct = COMPOSER.compose(full_context(kind, Surface.DIRECT, language))
        assert writer in direct.text
        assert len(direct.text) < len(email.text)
        assert direct.text.count("\n\n") <= 2


class TestPublicReply:
    @pytest.mark.parametrize(
        ("language", "name", "channel"),
        list(
            product(LANGUAGES, (*LONG_NAMES, "Camille Moreau", "N" * 400), (*PrivateChannel, None))
        ),
    )
    def test_fits_in_one_post_and_reveals_nothing_private(
        self, language: str, name: str, channel: PrivateChannel | None
    ) -> None:
        filled = full_context(NotificationKind.PUBLIC_REPLY, Surface.PUBLIC, language)
        message = COMPOSER.compose(
            filled.model_copy(update={"owner_name": name, "private_channel": channel})
        )
        assert len(message.text) <= PUBLIC_REPLY_LIMIT
        assert message.subject is None
        for private in (
            "48213",
            "AC-5521",
            "Nimbus",
            "never arrived",
            "box crushed",
            "@",
            "lost",
            "Sam",
        ):
            assert private not in message.text
        assert message.text.endswith(filled.case_number), "a reference keeps replies distinct"
        assert_clean(message.text)

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_names_the_owner_by_first_name_only(self, language: str) -> None:
        message = COMPOSER.compose(
            context(NotificationKind.PUBLIC_REPLY, Surface.PUBLIC, language=language)
        )
        assert "Camille" in message.text
        assert "Moreau" not in message.text

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_a_name_too_long_for_the_post_is_dropped_not_cut(self, language: str) -> None:
        name = "N" * 400
        message = COMPOSER.compose(
            context(
                NotificationKind.PUBLIC_REPLY, Surface.PUBLIC, language=language, owner_name=name
            )
        )
        assert "N" * 10 not in message.text
        assert not message.text.endswith("…")

    @pytest.mark.parametrize(
        ("channel", "phrase"),
        [
            (PrivateChannel.X_DM, "send us a DM"),
            (PrivateChannel.MESSENGER, "private message on Messenger"),
            (PrivateChannel.EMAIL, "check your email"),
            (None, "send us a private message"),
        ],
    )
    def test_invites_the_customer_to_the_private_channel(
        self, channel: PrivateChannel | None, phrase: str
    ) -> None:
        kind, surface = NotificationKind.PUBLIC_REPLY, Surface.PUBLIC
        message = COMPOSER.compose(context(kind, surface, private_channel=channel))
        assert phrase in message.text


class TestLanguage:
    @pytest.mark.parametrize(
        ("asked", "used"),
        [
            (None, "en"),
            ("", "en"),
            ("it", "en"),
            ("nl-BE", "en"),
            ("en-GB", "en"),
            ("de", "de"),
            ("de-DE", "de"),
            ("de-AT", "de"),
            ("de_CH", "de"),
            ("pt", "pt"),
            ("pt-BR", "pt"),
            ("pt-PT", "pt"),
            ("fr", "fr"),
            ("fr-CA", "fr"),
            ("FR_ca", "fr"),
            ("es-MX", "es"),
        ],
    )
    def test_picks_the_primary_subtag_or_falls_back_to_english(
        self, asked: str | None, used: str
    ) -> None:
        kind, surface = NotificationKind.ACKNOWLEDGMENT, Surface.EMAIL
        assert COMPOSER.compose(context(kind, surface, language=asked)).language == used

    @pytest.mark.parametrize(
        ("language", "subject"),
        [
            ("en", "Your case C-2026-0042"),
            ("fr", "Votre dossier C-2026-0042"),
            ("es", "Su caso C-2026-0042"),
            ("de", "Ihr Fall C-2026-0042"),
            ("pt", "O seu caso C-2026-0042"),
        ],
    )
    def test_the_default_subject_is_localized(self, language: str, subject: str) -> None:
        kind, surface = NotificationKind.RESOLUTION, Surface.EMAIL
        assert COMPOSER.compose(context(kind, surface, language=language)).subject == subject


EXPECTED_EN = {
    ("delivery", False): (
        "I understand that something went wrong with the delivery of your order."
    ),
    ("delivery", True): (
        "I understand that something went wrong with the delivery of your order 48213."
    ),
    ("billing_and_refunds", False): (
        "I understand that something is not right with a charge or refund."
    ),
    ("billing_and_refunds", True): (
        "I understand that something is not right with a charge or refund for your order 48213."
    ),
    ("defective_product", False): (
        "I understand that a product you received from us is not working as it should."
    ),
    ("defective_product", True): (
        "I understand that the item from your order 48213 is not working as it should."
    ),
    ("service_outage", False): ("I understand that our service has not been working for you."),
    ("service_outage", True): (
        "I understand that the service linked to your order 48213 has not been working for you."
    ),
    # The customer's view, restated: never an admission before anyone has looked into it.
    ("staff_conduct", False): ("I understand that you are unhappy with how you were treated."),
    ("staff_conduct", True): (
        "I understand that you are unhappy with how you were treated when you contacted us about your order 48213."
    ),
    ("account_and_security", False): (
        "I understand that there is a problem with access to, or the security of, your account."
    ),
    ("account_and_security", True): (
        "I understand that there is a problem with access to, or the security of, your account."
    ),
    ("other", False): ("I understand that you need our help, and I want to make sure you get it."),
    ("other", True): ("I understand that something has gone wrong with your order 48213."),
}


class TestRestatement:
    @pytest.mark.parametrize(("category", "with_order"), EXPECTED_EN)
    def test_english_reads_right_with_or_without_the_order(
        self, category: str, with_order: bool
    ) -> None:
        facts = CaseFactsV1(order_number="48213" if with_order else None)
        assert restate(category, facts) == EXPECTED_EN[category, with_order]

    def test_the_example_from_a_delivery_complaint(self) -> None:
        facts = CaseFactsV1(order_number="48213", problem=("never arrived",))
        assert restate("delivery", facts) == (
            "I understand that something went wrong with the delivery of your order 48213"
            " \u2013 in your words, “never arrived”."
        )

    @pytest.mark.parametrize(
        ("category", "facts", "expected"),
        [
            # What is at stake is said only where the category agrees with it.
            (
                "account_and_security",
                CaseFactsV1(concern="identity_theft"),
                "someone has used your personal details without your permission",
            ),
            (None, CaseFactsV1(concern="identity_theft"), "you need our help"),
            ("delivery", CaseFactsV1(concern="stolen"), "something of yours has been stolen"),
            ("billing_and_refunds", CaseFactsV1(concern="stolen"), "a charge or refund"),
            # A subject the text names, when the category adds nothing truer.
            (
                None,
                CaseFactsV1(subject="credit_report"),
                "something is wrong with your credit report",
            ),
            (
                "billing_and_refunds",
                CaseFactsV1(subject="debt_collection"),
                "something is wrong with a debt being collected from you",
            ),
            ("staff_conduct", CaseFactsV1(subject="debt_collection"), "unhappy with how you were"),
        ],
    )
    def test_concerns_and_subjects_are_said_only_where_they_fit(
        self, category: str | None, facts: CaseFactsV1, expected: str
    ) -> None:
        assert expected in restate(category, facts)

    @pytest.mark.parametrize(
        ("language", "with_order", "expected"),
        [
            (
                "de",
                False,
                "Ich verstehe, dass Sie unzufrieden damit sind, wie Sie behandelt wurden.",
            ),
            (
                "de",
                True,
                "Ich verstehe, dass Sie unzufrieden damit sind, wie Sie behandelt wurden,"
                " als Sie sich wegen Ihrer Bestellung 48213 an uns gewandt haben.",
            ),
            ("pt", False, "Entendo que está descontente com o tratamento que recebeu."),
            (
                "pt",
                True,
                "Entendo que está descontente com o tratamento que recebeu"
                " quando nos procurou por causa do seu pedido 48213.",
            ),
        ],
    )
    def test_staff_conduct_is_restated_as_the_customers_view_in_german_and_portuguese(
        self, language: str, with_order: bool, expected: str
    ) -> None:
        facts = CaseFactsV1(order_number="48213" if with_order else None)
        assert restate("staff_conduct", facts, language) == expected

    def test_an_unknown_category_reads_like_other(self) -> None:
        facts = CaseFactsV1(order_number="48213")
        assert restate(None, facts) == restate("other", facts) == restate("mystery", facts)

    @pytest.mark.parametrize(
        ("language", "opening"),
        [
            ("en", "I understand that "),
            ("fr", "Si je comprends bien, "),
            ("es", "Entiendo que "),
            ("de", "Ich verstehe, dass "),
            ("pt", "Entendo que "),
        ],
    )
    @pytest.mark.parametrize("category", [*CATEGORIES, None])
    @pytest.mark.parametrize(
        "facts",
        [
            CaseFactsV1(),
            CaseFactsV1(order_number="48213"),
            CaseFactsV1(product="Nimbus X2"),
            CaseFactsV1(account_number="AC-5521"),
            FACTS,
        ],
        ids=["none", "order", "product", "account", "all"],
    )
    def test_every_language_gives_one_clean_sentence(
        self, language: str, opening: str, category: str | None, facts: CaseFactsV1
    ) -> None:
        sentence = restate(category, facts, language)
        assert sentence.startswith(opening)
        assert sentence.endswith(".")
        assert sentence.count(".") == 1
        assert "\n" not in sentence
        assert_clean(sentence)
        if category == "account_and_security":
            assert ("AC-5521" in sentence) == bool(facts.account_number)
            return
        if facts.product:
            assert "Nimbus X2" in sentence
        if facts.order_number:
            assert "48213" in sentence

    @pytest.mark.parametrize(
        ("language", "expected"),
        [
            (
                "fr",
                "Si je comprends bien, un problème est survenu lors de la livraison de votre commande 48213 \u2013 pour reprendre vos mots, «\u00a0jamais reçue\u00a0».",
            ),
            (
                "es",
                "Entiendo que algo salió mal con la entrega de su pedido 48213 \u2013 en sus palabras, «nunca llegó».",
            ),
            (
                "de",
                "Ich verstehe, dass bei der Lieferung Ihrer Bestellung 48213 etwas schiefgelaufen ist \u2013 wie Sie schreiben: „nie angekommen“.",
            ),
            (
                "pt",
                "Entendo que houve um problema na entrega do seu pedido 48213 \u2013 nas suas palavras, “nunca chegou”.",
            ),
        ],
    )
    def test_problem_words_in_the_customers_language(self, language: str, expected: str) -> None:
        words = {
            "fr": "jamais reçue",
            "es": "nunca llegó",
            "de": "nie angekommen",
            "pt": "nunca chegou",
        }[language]
        facts = CaseFactsV1(order_number="48213", problem=(words,))
        assert restate("delivery", facts, f"{language}-XX") == expected

    @pytest.mark.parametrize("language", [None, "it", "nl-BE"])
    def test_problem_words_are_left_out_unless_the_language_matches(
        self, language: str | None
    ) -> None:
        facts = CaseFactsV1(order_number="48213", problem=("mai arrivato",))
        sentence = restate("delivery", facts, language)
        assert "arrivato" not in sentence
        assert sentence == EXPECTED_EN["delivery", True]

    def test_at_most_two_short_problem_terms_are_quoted(self) -> None:
        whole_text = "I ordered a kettle three weeks ago and it still has not arrived at my door"
        problem = (
            whole_text,
            "never arrived",
            " never   arrived ",
            "“no tracking”",
            "rude",
            "late",
        )
        sentence = restate("delivery", CaseFactsV1(problem=problem))
        assert whole_text not in sentence
        assert sentence.endswith("\u2013 in your words, “never arrived” and “no tracking”.")
        assert "rude" not in sentence


class TestContent:
    @pytest.mark.parametrize(
        ("language", "when"),
        [
            ("en", "by Monday 23 November at 15:00 UTC"),
            ("fr", "au plus tard le lundi 23 novembre à 15:00 UTC"),
            ("es", "a más tardar el lunes 23 de noviembre a las 15:00 UTC"),
            ("de", "bis Montag, 23. November um 15:00 UTC"),
            ("pt", "até segunda-feira, 23 de novembro, às 15:00 UTC"),
        ],
    )
    @pytest.mark.parametrize("surface", [Surface.EMAIL, Surface.DIRECT])
    def test_acknowledgment_names_owner_case_and_next_update(
        self, language: str, when: str, surface: Surface
    ) -> None:
        text = COMPOSER.compose(
            full_context(NotificationKind.ACKNOWLEDGMENT, surface, language)
        ).text
        assert "Camille Moreau" in text
        assert "C-2026-0042" in text
        assert when in text
        assert "48213" in text

    def test_acknowledgment_in_english_reads_as_briefed(self) -> None:
        kind, surface = NotificationKind.ACKNOWLEDGMENT, Surface.EMAIL
        text = COMPOSER.compose(context(kind, surface, owner_email="camille@example.com")).text
        assert (
            "I'm Camille Moreau and I'm looking after your case myself from start to finish" in text
        )
        assert "camille@example.com" in text
        assert "within one working day" in text
        assert "sorry" in text

    @pytest.mark.parametrize(
        ("language", "invitation"),
        [
            ("en", "If I have misunderstood anything, just reply"),
            ("fr", "Si j'ai mal compris quoi que ce soit"),
            ("es", "Si he entendido mal algo"),
            ("de", "Falls ich etwas missverstanden habe, antworten Sie einfach."),
            ("pt", "Se entendi mal alguma coisa, basta responder"),
        ],
    )
    @pytest.mark.parametrize("surface", [Surface.EMAIL, Surface.DIRECT])
    def test_the_acknowledgment_invites_a_correction(
        self, language: str, invitation: str, surface: Surface
    ) -> None:
        kind = NotificationKind.ACKNOWLEDGMENT
        text = COMPOSER.compose(context(kind, surface, language=language)).text
        assert invitation in text

    @pytest.mark.parametrize(
        ("language", "empathy", "verdicts"),
        [
            (
                "de",
                "Es tut mir leid, dass Sie sich im Kontakt mit uns nicht gut behandelt gefühlt haben",
                ("Respekt", "Höflichkeit", "Fehlverhalten", "unhöflich", "Fehler"),
            ),
            (
                "pt",
                "Lamento muito que tenha passado por esta situação",
                ("respeito", "cortesia", "falha", "mal atendid", "erro"),
            ),
        ],
    )
    @pytest.mark.parametrize("surface", [Surface.EMAIL, Surface.DIRECT])
    def test_the_lead_is_sorry_without_a_verdict_before_the_review(
        self, language: str, empathy: str, verdicts: tuple[str, ...], surface: Surface
    ) -> None:
        kind = NotificationKind.LEAD_FOLLOW_UP  # the letter used without the lead's own words
        text = COMPOSER.compose(context(kind, surface, language=language)).text
        assert empathy in text
        assert not [word for word in verdicts if word.lower() in text.lower()]

    @pytest.mark.parametrize(
        "kind", [k for k in PRIVATE_KINDS if k is not NotificationKind.CONTACT_RECEIVED]
    )
    @pytest.mark.parametrize("filled", [True, False])
    def test_a_german_letter_goes_on_in_lower_case_after_the_salutation(
        self, kind: NotificationKind, filled: bool
    ) -> None:
        made = full_context if filled else lambda k, s, lang: context(k, s, language=lang)
        letter = made(kind, Surface.EMAIL, "de")
        if filled and kind is NotificationKind.LEAD_FOLLOW_UP:
            # The lead's own words: the German draft they find prefilled at the desk.
            draft = lead_follow_up_draft(case_number="C-2026-0042", language="de", next_contact=DUE)
            letter = letter.model_copy(update={"update_text": draft.text})
        text = COMPOSER.compose(letter).text
        salutation, body = text.split("\n\n", 1)
        assert salutation.startswith("Guten Tag")
        first_word = body.split()[0]
        # A name or the polite "Ihr" keeps its capital; any other first word is lower case.
        assert first_word[0].islower() or first_word in {"Ihr", "Sam"}, first_word

    def test_the_next_update_is_shown_in_utc_whatever_zone_it_came_in(self) -> None:
        paris = timezone(timedelta(hours=1))
        kind, surface = NotificationKind.ACKNOWLEDGMENT, Surface.DIRECT
        due = datetime(2026, 12, 1, 10, 30, tzinfo=paris)
        text = COMPOSER.compose(context(kind, surface, language="fr", next_update_due=due)).text
        assert "mardi 1er décembre à 09:30 UTC" in text

    @pytest.mark.parametrize(
        ("language", "when"),
        [
            ("de", "bis Dienstag, 1. Dezember um 09:30 UTC"),
            ("pt", "até terça-feira, 1º de dezembro, às 09:30 UTC"),
        ],
    )
    def test_the_first_of_the_month_reads_as_each_language_writes_it(
        self, language: str, when: str
    ) -> None:
        kind, surface = NotificationKind.ACKNOWLEDGMENT, Surface.DIRECT
        due = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
        text = COMPOSER.compose(context(kind, surface, language=language, next_update_due=due)).text
        assert when in text

    def test_a_naive_next_update_is_refused(self) -> None:
        kind, surface = NotificationKind.ACKNOWLEDGMENT, Surface.EMAIL
        with pytest.raises(ValidationError, match="timezone-aware"):
            context(kind, surface, next_update_due=datetime(2026, 11, 23, 15, 0))

    @pytest.mark.parametrize("surface", [Surface.EMAIL, Surface.DIRECT])
    def test_a_progress_update_without_news_says_so(self, surface: Surface) -> None:
        message = COMPOSER.compose(
            context(NotificationKind.PROGRESS_UPDATE, surface, next_update_due=DUE)
        )
        assert "no news yet" in message.text or "don't have any news" in message.text
        assert "still working on it" in message.text
        assert "Monday 23 November at 15:00 UTC" in message.text

    def test_a_progress_update_with_news_sends_the_agents_words_verbatim(self) -> None:
        words = (
            "Good news: the refund of £42.50 went through {today}.\n\nIt shows in 3\u20135 days."
        )
        kind, surface = NotificationKind.PROGRESS_UPDATE, Surface.EMAIL
        text = COMPOSER.compose(context(kind, surface, update_text=words)).text
        assert words in text
        assert "news yet" not in text

    def test_a_transfer_introduces_the_new_owner(self) -> None:
        kind, surface = NotificationKind.TRANSFER, Surface.EMAIL
        text = COMPOSER.compose(context(kind, surface, previous_owner_name="Sam Rivera")).text
        assert "Sam Rivera has handed your case C-2026-0042 over to me" in text
        assert "I'm Camille Moreau" in text
        assert "don't need to repeat anything" in text

    def test_a_resolution_offers_to_reopen_with_the_same_person(self) -> None:
        kind, surface = NotificationKind.RESOLUTION, Surface.DIRECT
        text = COMPOSER.compose(
            context(kind, surface, update_text="Your refund is on its way.")
        ).text
        assert text.startswith("Your refund is on its way.")
        assert "resolved" in text
        assert "reopens with me, Camille Moreau" in text

    def test_a_lead_follow_up_needs_the_lead(self) -> None:
        kind, surface = NotificationKind.LEAD_FOLLOW_UP, Surface.EMAIL
        with pytest.raises(ValueError, match="lead_name"):
            COMPOSER.compose(context(kind, surface, lead_name=None))

    @pytest.mark.parametrize(
        ("kind", "surface"),
        [
            (NotificationKind.ACKNOWLEDGMENT, Surface.PUBLIC),
            (NotificationKind.PUBLIC_REPLY, Surface.EMAIL),
        ],
    )
    def test_a_kind_without_a_template_for_the_surface_is_refused(
        self, kind: NotificationKind, surface: Surface
    ) -> None:
        with pytest.raises(ValueError, match="no template"):
            COMPOSER.compose(context(kind, surface, language="fr"))


class TestSubject:
    @pytest.mark.parametrize(
        ("customer_subject", "subject"),
        [
            ("Where is my parcel?", "Re: Where is my parcel?"),
            ("Re: Where is my parcel?", "Re: Where is my parcel?"),
            ("RE: Where is my parcel?", "RE: Where is my parcel?"),
            ("re : colis perdu", "re : colis perdu"),
            ("  Where is\r\n my parcel?  ", "Re: Where is my parcel?"),
            ("Regarding my parcel", "Re: Regarding my parcel"),
            ("   ", "Your case C-2026-0042"),
            (None, "Your case C-2026-0042"),
        ],
    )
    def test_replies_under_the_customers_subject(
        self, customer_subject: str | None, subject: str
    ) -> None:
        kind, surface = NotificationKind.ACKNOWLEDGMENT, Surface.EMAIL
        message = COMPOSER.compose(context(kind, surface, customer_subject=customer_subject))
        assert message.subject == subject

    def test_only_email_has_a_subject(self) -> None:
        kind, surface = NotificationKind.ACKNOWLEDGMENT, Surface.DIRECT
        message = COMPOSER.compose(context(kind, surface, customer_subject="Where is my parcel?"))
        assert message.subject is None


class TestQueuedAcknowledgment:
    """A case nobody can take yet: acknowledged by the team, owner named later (issue 13)."""

    @pytest.mark.parametrize("language", ["en", "fr", "es", "de", "pt"])
    @pytest.mark.parametrize("surface", [Surface.EMAIL, Surface.DIRECT])
    def test_names_no_owner_and_says_when_they_will_write(
        self, language: str, surface: Surface
    ) -> None:
        queued = full_context(NotificationKind.ACKNOWLEDGMENT, surface, language).model_copy(
            update={"queued": True, "owner_name": "the Onecase team", "owner_email": None}
        )
        text = COMPOSER.compose(queued).text
        assert_clean(text)
        assert "Camille" not in text
        assert "the Onecase team" not in text, "signed in the customer's language"
        assert "C-2026-0042" in text
        assert "23" in text, "the time by which they will hear from us"

    def test_a_queued_public_reply_names_nobody(self) -> None:
        queued = context(
            NotificationKind.PUBLIC_REPLY,
            Surface.PUBLIC,
            owner_name="the Onecase team",
            queued=True,
            private_channel=PrivateChannel.X_DM,
        )
        text = COMPOSER.compose(queued).text
        assert text.startswith("We're so sorry about this. Someone from our team is on it")


class TestPublicInvitation:
    """A public-only customer gets a concrete way to a private channel (issue 13)."""

    LINK = "https://x.com/messages/compose?recipient_id=1234567890"

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_a_public_reply_on_x_links_to_a_dm_and_fits_a_post(self, language: str) -> None:
        reply = context(
            NotificationKind.PUBLIC_REPLY,
            Surface.PUBLIC,
            language=language,
            private_channel=PrivateChannel.X_DM,
            dm_link=self.LINK,
        )
        text = COMPOSER.compose(reply).text
        assert self.LINK in text
        assert len(text) <= 280
        assert text.splitlines()[-1].startswith(("Ref.", "Réf.", "Fall-Nr.", "Ref", "N.º"))

    def test_without_our_account_id_the_reply_still_asks_for_a_dm(self) -> None:
        reply = context(
            NotificationKind.PUBLIC_REPLY, Surface.PUBLIC, private_channel=PrivateChannel.X_DM
        )
        text = COMPOSER.compose(reply).text
        assert "send us a DM so we can sort it out together?\nRef. C-2026-0042" in text
        assert "http" not in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("surface", [Surface.EMAIL, Surface.DIRECT])
def test_a_staff_conduct_acknowledgment_asks_who_when_and_where(
    language: str, surface: Surface
) -> None:
    conduct = full_context(NotificationKind.ACKNOWLEDGMENT, surface, language).model_copy(
        update={"category": "staff_conduct"}
    )
    other = conduct.model_copy(update={"category": "delivery"})
    asked = COMPOSER.compose(conduct).text
    assert_clean(asked)
    assert len(asked) > len(COMPOSER.compose(other).text), "the question is only for conduct"
    words = {"en": "who you dealt with", "fr": "avec qui", "es": "con quién", "de": "mit wem"}
    assert words.get(language, "com quem") in asked
