from onecase_triage.domain.case_threading import follows_up, is_clearly_another_issue
from tests.builders import a_complaint


def another_issue(category: str, confidence: float, *, following_up: bool = False) -> bool:
    return is_clearly_another_issue(
        message_category=category,
        message_confidence=confidence,
        open_categories=("delivery",),
        min_confidence=0.6,
        following_up=following_up,
    )


def test_only_a_confident_specific_new_category_opens_a_second_case() -> None:
    assert another_issue("billing_and_refunds", 0.9)
    assert not another_issue("billing_and_refunds", 0.5)
    assert not another_issue("other", 0.99)
    assert not another_issue("delivery", 0.99)


def test_a_message_that_says_it_follows_up_joins_the_open_case() -> None:
    assert not another_issue("defective_product", 0.95, following_up=True)


def test_following_up_is_heard_in_the_subject_or_text_in_four_languages() -> None:
    def says(text: str, subject: str = "") -> bool:
        return follows_up(a_complaint(subject=subject).model_copy(update={"text": text}))

    assert says("Following up on my broken grinder")
    assert says("Hello", subject="Any update on my order?")
    assert says("Je reviens vers vous au sujet de ma commande")
    assert says("Nachtrag zu meiner Beschwerde")
    assert says("Como ya dije, el pedido llegó roto")
    assert not says("My new kettle is broken")
