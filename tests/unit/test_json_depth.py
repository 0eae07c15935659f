"""The JSON depth check on raw bytes: deep is refused, wide or bracket-laden strings are not."""

from __future__ import annotations

import json

from onecase_intake.webhooks.body_limits import json_depth_exceeds


def test_deeper_than_the_limit_is_found() -> None:
    nested = b'{"a": ' * 17 + b"1" + b"}" * 17
    assert json_depth_exceeds(nested, 16)
    assert not json_depth_exceeds(nested, 17)


def test_many_brackets_at_little_depth_are_walked_and_pass() -> None:
    # More opening brackets than the limit, so the byte walk decides, and finds depth 3.
    wide = json.dumps({"events": [{"id": n, "tags": []} for n in range(100)]}).encode()
    assert not json_depth_exceeds(wide, 16)


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"text": "[{" * 100 + '\\" still a string [[['}).encode()
    assert not json_depth_exceeds(text, 16)
    assert json_depth_exceeds(b'[[["' + b"x" * 10 + b'"]]]', 2)
