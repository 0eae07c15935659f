import base64
from collections.abc import Callable

import pytest

from onecase_shared import standard_webhooks as sw

SECRET = "whsec_" + base64.b64encode(b"a-test-key-of-32-bytes-length!!!").decode()
BODY = b"From: a@example.com\r\n\r\nhello"
NOW = 1_700_000_000
Mutation = Callable[[dict[str, str], bytes], tuple[dict[str, str], bytes]]


def test_signature_round_trips_and_returns_the_webhook_id() -> None:
    headers = sw.signed_headers(SECRET, "msg_1", BODY, now=NOW)
    assert sw.verify([SECRET], headers, BODY, now=NOW) == "msg_1"


def test_whsec_secret_is_base64_decoded_as_the_spec_says() -> None:
    # Reference value computed independently of sw.sign: HMAC over "id.ts.body" with the decoded key.
    import hashlib
    import hmac

    expected = base64.b64encode(
        hmac.new(
            b"a-test-key-of-32-bytes-length!!!", b"msg_1.1700000000." + BODY, hashlib.sha256
        ).digest()
    ).decode()
    assert sw.sign(SECRET, "msg_1", NOW, BODY) == f"v1,{expected}"


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda h, b: (h, b + b"x"), "no valid v1 signature"),
        (lambda h, b: ({**h, "webhook-id": "msg_2"}, b), "no valid v1 signature"),
        (lambda h, b: ({k: v for k, v in h.items() if k != "webhook-signature"}, b), "missing"),
        (lambda h, b: ({**h, "webhook-timestamp": "soon"}, b), "not an integer"),
        (
            lambda h, b: ({**h, "webhook-signature": "v1a," + h["webhook-signature"][3:]}, b),
            "no valid",
        ),
    ],
)
def test_forged_or_tampered_deliveries_are_refused(mutate: Mutation, reason: str) -> None:
    headers, body = mutate(sw.signed_headers(SECRET, "msg_1", BODY, now=NOW), BODY)
    with pytest.raises(sw.SignatureError, match=reason):
        sw.verify([SECRET], headers, body, now=NOW)


def test_a_replay_outside_the_tolerance_window_is_refused() -> None:
    headers = sw.signed_headers(SECRET, "msg_1", BODY, now=NOW)
    with pytest.raises(sw.SignatureError, match="tolerance"):
        sw.verify([SECRET], headers, BODY, now=NOW + 301)


def test_either_secret_verifies_during_rotation() -> None:
    headers = sw.signed_headers("new-secret", "msg_1", BODY, now=NOW)
    assert sw.verify([SECRET, "new-secret"], headers, BODY, now=NOW) == "msg_1"
    with pytest.raises(sw.SignatureError):
        sw.verify([SECRET, ""], headers, BODY, now=NOW)
