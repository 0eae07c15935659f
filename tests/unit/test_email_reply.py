"""Only the customer's newest words: quoted history and signatures are cut, their words are not."""

import time

import pytest

from onecase_intake.domain.email_reply import extract_reply, strip_quoted_history, strip_signature

NEW = "The replacement blender is broken too.\nI want a refund."


@pytest.mark.parametrize(
    "history",
    [
        # Gmail
        "On Mon, Nov 23, 2026 at 9:00 AM Onecase Support <support@onecase.example> wrote:\n\n"
        "> We are sorry to hear that.\n> Your case is OC-1A2B3C4D.",
        # Gmail wrapping a long attribution over two lines
        "On Mon, Nov 23, 2026 at 9:00 AM Onecase Customer Support Team\n"
        "<support@onecase.example> wrote:\n> We are sorry.",
        # Apple Mail
        "On 23 Nov 2026, at 09:00, Onecase <support@onecase.example> wrote:\n\n> We are sorry.",
        # Outlook: a header block and history that is not quoted
        "________________________________\nFrom: Onecase Support <support@onecase.example>\n"
        "Sent: Monday, November 23, 2026 9:00 AM\nTo: Ana Lima <ana@example.com>\n"
        "Subject: Your case OC-1A2B3C4D\n\nWe are sorry to hear that.",
        # Outlook, older style
        "-----Original Message-----\nFrom: Onecase Support\nSent: Monday, November 23, 2026\n"
        "Subject: Your case\n\nWe are sorry.",
        # German Outlook and Thunderbird
        "Von: Onecase Support <support@onecase.example>\nGesendet: Montag, 23. November 2026\n"
        "An: Ana Lima\nBetreff: Ihr Fall\n\nEs tut uns leid.",
        "Am 23.11.2026 um 09:00 schrieb Onecase Support:\n> Es tut uns leid.",
        # French, and a language with no pattern at all (Russian)
        "Le lun. 23 nov. 2026 à 09:00, Onecase <support@onecase.example> a écrit :\n> Désolé.",
        '23.11.2026 09:00 пользователь "support@onecase.example" <\nsupport@onecase.example> написал:\n\n'
        "> Извините.",
        # Bare quote, no attribution
        "> We are sorry to hear that.\n> Your case is OC-1A2B3C4D.",
    ],
)
def test_quoted_history_below_the_reply_is_removed(history: str) -> None:
    assert strip_quoted_history(f"{NEW}\n\n{history}") == NEW


def test_answers_written_between_quoted_lines_are_kept() -> None:
    mail = (
        "On Mon, Nov 23, 2026 at 9:00 AM Onecase <support@onecase.example> wrote:\n"
        "> Which order is it?\n\nOrder 1182.\n\n> And when did it arrive?\n\nOn 2 November.\n"
    )
    assert strip_quoted_history(mail) == "Order 1182.\n\nOn 2 November."


def test_a_mail_without_history_is_left_alone() -> None:
    mail = "Hello,\n\nDate: 3 Nov\nOrder: 1182\n\nThe parcel never came."
    assert strip_quoted_history(mail) == mail


@pytest.mark.parametrize(
    "signature",
    [
        "-- \nAna Lima\nSent from the road",
        "--\nAna Lima | +49 30 1234567",
        "Sent from my iPhone",
        "Von meinem iPhone gesendet",
        "Get Outlook for iOS<https://aka.ms/o0ukef>",
        "Best regards,\nAna Lima\nExample GmbH | Someware-Str. 4 | 12345 Berlin",
        "Mit freundlichen Grüßen\n\nAna Lima\n\nGeschäftsführerin: Ana Lima, HRB 1234. Diese E-Mail ist vertraulich und nur für den Empfänger bestimmt, jede Weitergabe ist untersagt.",
        "Thanks,\nAna",
        "Grüße aus Bonn\n\nAna & Marc",
        "MfG ana",
        "-Ana",
        "_______________________________________________\nrefunds mailing list\nrefunds@lists.example.com",
    ],
)
def test_signatures_are_removed(signature: str) -> None:
    assert strip_signature(f"{NEW}\n\n{signature}") == NEW


@pytest.mark.parametrize(
    "text",
    [
        "Thanks!\nBut the refund of 40 EUR from 2 November has still not reached my account, and your "
        "hotline keeps me waiting for an hour every time I call.",
        "Thanks for nothing.\nI want my money back.",
        "My items:\n- Blender\n- Toaster",
        "Sent from my desk, because the app keeps crashing when I try to send a message.",
        "Our LG TV is broken\nand the LG TV remote too.",
        "I paid -- twice -- for the same order.",
        "Regards to your manager.\nHe promised a callback.",
    ],
)
def test_words_that_only_look_like_a_signature_are_kept(text: str) -> None:
    assert strip_signature(text) == text


def test_the_first_line_is_never_a_signature() -> None:
    assert strip_signature("Best regards\nfrom a very angry customer") == (
        "Best regards\nfrom a very angry customer"
    )


def test_a_reply_that_is_all_quote_falls_back_to_the_whole_text() -> None:
    mail = "> Your case OC-1A2B3C4D is closed."
    assert extract_reply(mail) == mail


def test_extract_reply_strips_history_then_signature() -> None:
    mail = (
        f"{NEW}\n\nSent from my iPhone\n\n"
        "On 23 Nov 2026, at 09:00, Onecase <support@onecase.example> wrote:\n\n> We are sorry."
    )
    assert extract_reply(mail) == NEW


def test_a_huge_quoted_history_is_cut_quickly() -> None:
    mail = NEW + "\n\nOn Mon, 23 Nov 2026, Onecase wrote:\n" + "> old text\n" * 200_000
    assert extract_reply(mail) == NEW


def test_a_long_line_that_starts_like_a_header_does_not_stall() -> None:
    started = time.perf_counter()
    extract_reply("On " + "a b " * 20_000 + "\n\nIl " + "x " * 20_000)
    # Unbounded, the header patterns backtrack for minutes on this; bounded, it takes ms.
    assert time.perf_counter() - started < 2
