"""Derived ids are uuid5 in the Onecase namespace: stored ids must never change."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from onecase_shared.events import Channel
from onecase_shared.ids import ONECASE_NAMESPACE, derived_id

_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=80)


@given(st.lists(_TEXT, min_size=1, max_size=5))
def test_a_derived_id_is_uuid5_of_the_parts_joined_by_colons(parts: list[str]) -> None:
    assert derived_id(*parts) == uuid.uuid5(ONECASE_NAMESPACE, ":".join(parts))


def test_a_known_id_stays_what_it_was() -> None:
    # What uuid.uuid5 gave before derived_id hashed the namespace once: stored ids use it.
    known = derived_id("delivery", Channel.EMAIL, "msg_1")
    assert str(known) == "f65a10ce-64c1-5e04-98d4-46c42616193f"
    assert known.version == 5
