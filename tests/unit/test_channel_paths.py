"""A complaint reads the same whether triage gets it straight or through intake's normalizers."""

import pytest

from quality.channel_paths import PATHS, compare, through_mail, through_x
from quality.dev_set import TUNING, Example

COMPLAINTS = [
    "Someone used my card without permission and the charges keep coming.",
    "Order 48213 arrived broken, second time!",
    "Mi tarjeta fue robada esta mañana y siguen sacando dinero.",
    "Can I change the PIN of my card?",
]


def example(text: str) -> Example:
    return Example("written:1", "en", TUNING, text, "normal", "other")


@pytest.mark.parametrize("path", sorted(PATHS))
@pytest.mark.parametrize("text", COMPLAINTS)
def test_every_channel_leaves_the_judgment_alone(path: str, text: str) -> None:
    assert compare(example(text), path) is None


def test_a_mail_loses_its_signature_and_keeps_the_complaint() -> None:
    complaint = through_mail("My refund never came.\n\nThank you,\nPat Doe\n")
    assert complaint.text == "My refund never came."


def test_a_tweet_loses_its_leading_mention_and_shows_its_link_in_full() -> None:
    complaint = through_x("@AcmeHelp my parcel never came https://t.co/Ab12Cd")
    assert complaint.text == "my parcel never came https://example.com/p"


def test_a_subject_is_read_with_the_mail() -> None:
    line = compare(
        example("Can I change the PIN of my card?"), "mail", subject="URGENT: stolen card"
    )
    assert line is not None
    assert "stolen" in line
