"""The channel sandbox over real local HTTP: provider answers, rejections, faults, recording."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from onecase_localinfra.channel_sandbox import read_calls
from onecase_shared.standard_webhooks import signed_headers
from tests.integration import sandbox_fixture
from tests.integration.sandbox_fixture import SANDBOX_CHAT_SECRET, ChannelSandbox, serve_sandbox

pytestmark = pytest.mark.integration

# Registered here too, so this module runs whether or not conftest imports them yet.
channel_sandbox = sandbox_fixture.channel_sandbox
channel_sandbox_server = sandbox_fixture.channel_sandbox_server

TWEETS, DM = "/x/2/tweets", "/x/2/dm_conversations/with/7/messages"
GRAPH = "/graph/v21.0"
COMMENTS, MESSAGES = f"{GRAPH}/111_222/comments", f"{GRAPH}/me/messages"
INTERCOM, CHAT_PATH = "/intercom/conversations/5/reply", "/chat/sessions/sess-1/messages"
X_AUTH = {"Authorization": "Bearer test-x-user-token"}
X_AUTH_JSON = {**X_AUTH, "Content-Type": "application/json"}
REPLY = {"text": "Sorry about the parcel; Sam has your case.", "reply": {"in_reply_to_tweet_id": "1346889436626259968"}}  # fmt: skip
PRIVATE_REPLY = {"recipient": {"comment_id": "111_222"}, "messaging_type": "RESPONSE", "message": {"text": "We have it."}}  # fmt: skip
INTERCOM_REPLY = {"message_type": "comment", "type": "admin", "admin_id": "991", "body": "On it."}
CHAT = {"text": "Sam here, I am looking at it.", "author": "Sam"}
RECORD_KEYS = {"at", "provider", "call", "path", "status", "body", "response", "idempotency_key", "fault"}  # fmt: skip


def x(**fields: Any) -> dict[str, Any]:
    """An authorised X reply request, `fields` overriding the defaults."""
    return {"json": {**REPLY, **fields}, "headers": X_AUTH}


def graph(body: dict[str, Any]) -> dict[str, Any]:
    """A Graph JSON request with the token in the query."""
    return {"json": body, "params": {"access_token": "t"}}


def intercom(**fields: Any) -> dict[str, Any]:
    """An authorised Intercom reply request, `fields` overriding the defaults."""
    return {"json": {**INTERCOM_REPLY, **fields}, "headers": {"Authorization": "Bearer t"}}


# fmt: off
ACCEPTED = [
    pytest.param("x_reply", TWEETS, x(text="a" * 280), {}, id="x-280-chars"),
    pytest.param("x_reply", TWEETS, x(text="苦" * 140), {}, id="x-140-cjk-weigh-280"),
    pytest.param("x_reply", TWEETS, x(text="b" * 250 + " https://example.com/" + "c" * 80), {}, id="x-link-weighs-23"),
    pytest.param("x_dm", "/x/2/dm_conversations/with/2244994945/messages", {"json": {"text": "Hi"}, "headers": X_AUTH},
                 {"data": {"dm_conversation_id": "2244994945-1580661436132757506"}}, id="x-dm"),
    pytest.param("facebook_comment_reply", COMMENTS, {"data": {"message": "On it.", "access_token": "page-token"}},
                 {"id": "111_"}, id="comment-form-token"),
    pytest.param("facebook_comment_reply", COMMENTS, graph({"message": "On it."}), {"id": "111_"}, id="comment-query-token"),
    pytest.param("facebook_comment_reply", f"{GRAPH}/333/comments", {"json": {"message": "On it."}, "headers": X_AUTH},
                 {}, id="comment-bearer-token"),
    pytest.param("messenger", MESSAGES, graph(PRIVATE_REPLY), {"message_id": "m_"}, id="private-reply"),
    pytest.param("messenger", MESSAGES, {"data": {"recipient": "{'id':'4242'}", "messaging_type": "RESPONSE",
                 "message": '{"text": "Hi"}', "access_token": "t"}}, {"recipient_id": "4242"}, id="messenger-form-psid"),
    pytest.param("intercom_reply", "/intercom/conversations/12345/reply", intercom(),
                 {"type": "conversation", "id": "12345"}, id="intercom"),
]
REJECTED = [
    pytest.param("x_reply", TWEETS, {"json": REPLY}, 401, '"title": "Unauthorized"', id="x-no-auth"),
    pytest.param("x_reply", TWEETS, {"json": REPLY, "headers": {"Authorization": "Basic eDp5"}}, 401, "Unauthorized", id="x-basic-auth"),
    pytest.param("x_reply", TWEETS, x(text="a" * 281), 400, "the limit is 280", id="x-281-chars"),
    pytest.param("x_reply", TWEETS, x(text="苦" * 141), 400, "282 characters", id="x-141-cjk"),
    pytest.param("x_reply", TWEETS, x(reply=None), 400, "in_reply_to_tweet_id", id="x-not-a-reply"),
    pytest.param("x_reply", TWEETS, x(text=" "), 400, "text is required", id="x-blank"),
    pytest.param("x_reply", TWEETS, {"data": {"text": "Hi"}, "headers": X_AUTH}, 400, "as JSON", id="x-form"),
    pytest.param("x_reply", TWEETS, {"content": b"{", "headers": X_AUTH_JSON}, 400, "not valid JSON", id="x-broken-json"),
    pytest.param("x_dm", "/x/2/dm_conversations/with/alice/messages", {"json": {"text": "Hi"}, "headers": X_AUTH},
                 400, "participant_id", id="dm-bad-participant"),
    pytest.param("x_dm", DM, {"json": {}, "headers": X_AUTH}, 400, "text is required", id="dm-no-text"),
    pytest.param("x_dm", DM, {"json": {"text": "Hi"}}, 401, "Unauthorized", id="dm-no-auth"),
    pytest.param("facebook_comment_reply", COMMENTS, {"data": {"message": "Hi"}}, 400, '"code": 104', id="comment-no-token"),
    pytest.param("facebook_comment_reply", COMMENTS, graph({"message": ""}), 400, "message is required", id="comment-empty"),
    pytest.param("facebook_comment_reply", f"{GRAPH}/abc/comments", graph({"message": "Hi"}), 400, "Object with ID 'abc'",
                 id="comment-bad-id"),
    pytest.param("facebook_comment_reply", "/graph/21.0/1/comments", graph({"message": "Hi"}), 400, "Graph API version",
                 id="comment-bad-version"),
    pytest.param("messenger", MESSAGES, {"json": PRIVATE_REPLY}, 400, '"code": 2500', id="messenger-no-token"),
    pytest.param("messenger", MESSAGES, graph({**PRIVATE_REPLY, "messaging_type": None}), 400, "messaging_type",
                 id="messenger-no-messaging-type"),
    pytest.param("messenger", MESSAGES, graph({**PRIVATE_REPLY, "recipient": None}), 400, "recipient must be",
                 id="messenger-no-recipient"),
    pytest.param("messenger", MESSAGES, graph({**PRIVATE_REPLY, "recipient": {"id": "1", "comment_id": "2"}}), 400,
                 "exactly one", id="messenger-two-recipients"),
    pytest.param("messenger", MESSAGES, graph({**PRIVATE_REPLY, "message": {}}), 400, "message.text", id="messenger-no-text"),
    pytest.param("intercom_reply", INTERCOM, {"json": INTERCOM_REPLY}, 401, '"code": "unauthorized"', id="intercom-no-auth"),
    pytest.param("intercom_reply", INTERCOM, intercom(admin_id=""), 400, "Admin ID is required", id="intercom-no-admin"),
    pytest.param("intercom_reply", INTERCOM, intercom(body=""), 400, "Body is required", id="intercom-no-body"),
    pytest.param("intercom_reply", INTERCOM, intercom(message_type="chat"), 400, "message_type", id="intercom-bad-type"),
    pytest.param("intercom_reply", "/intercom/conversations/abc/reply", intercom(), 404, "not_found", id="intercom-bad-id"),
]
# fmt: on


def post(sandbox: ChannelSandbox, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.post(f"{sandbox.url}{path}", **kwargs)


def post_chat(
    sandbox: ChannelSandbox, payload: Any, *, secret: str = SANDBOX_CHAT_SECRET, **sign: Any
) -> httpx.Response:
    body = json.dumps(payload).encode()
    headers = signed_headers(secret, sign.pop("webhook_id", "msg_1"), body, **sign)
    return post(sandbox, CHAT_PATH, content=body, headers={**headers, "Content-Type": "application/json"})  # fmt: skip


def test_an_x_reply_is_answered_like_x_and_recorded(channel_sandbox: ChannelSandbox) -> None:
    response = post(
        channel_sandbox, TWEETS, json=REPLY, headers={**X_AUTH, "Idempotency-Key": "k1"}
    )

    assert response.status_code == 201
    data = response.json()["data"]
    assert re.fullmatch(r"\d{19}", data["id"])
    assert data == {"id": data["id"], "text": REPLY["text"], "edit_history_tweet_ids": [data["id"]]}
    [call] = channel_sandbox.calls("x_reply")
    assert set(call) == RECORD_KEYS
    assert (call["provider"], call["path"], call["status"]) == ("x", TWEETS, 201)
    assert (call["body"], call["response"]) == (REPLY, response.json())
    assert (call["idempotency_key"], call["fault"]) == ("k1", False)


@pytest.mark.parametrize(("call", "path", "request_kwargs", "check"), ACCEPTED)
def test_correct_calls_are_accepted(
    channel_sandbox: ChannelSandbox,
    call: str,
    path: str,
    request_kwargs: dict[str, Any],
    check: dict[str, Any],
) -> None:
    response = post(channel_sandbox, path, **request_kwargs)

    assert response.status_code in {200, 201}, response.text
    answer = response.json()
    for key, expected in check.items():
        if isinstance(expected, dict):
            assert expected.items() <= answer[key].items()
        else:
            assert str(answer[key]).startswith(expected)
    [record] = channel_sandbox.calls(call)
    assert (record["status"], record["response"]) == (response.status_code, answer)
    assert "page-token" not in json.dumps(record)


def test_answers_have_the_provider_shapes(channel_sandbox: ChannelSandbox) -> None:
    dm = post(channel_sandbox, DM, json={"text": "Hi"}, headers=X_AUTH).json()["data"]
    private = post(channel_sandbox, MESSAGES, **graph(PRIVATE_REPLY)).json()
    conversation = post(channel_sandbox, INTERCOM, **intercom()).json()

    assert set(dm) == {"dm_conversation_id", "dm_event_id"}
    assert re.fullmatch(r"\d{19}", dm["dm_event_id"])
    assert set(private) == {"recipient_id", "message_id"}
    [part] = conversation["conversation_parts"]["conversation_parts"]
    assert (part["part_type"], part["body"]) == ("comment", "On it.")
    assert part["author"] == {"type": "admin", "id": "991"}


@pytest.mark.parametrize(("call", "path", "request_kwargs", "status", "needle"), REJECTED)
def test_bad_calls_are_rejected_like_the_provider_and_recorded(
    channel_sandbox: ChannelSandbox,
    call: str,
    path: str,
    request_kwargs: dict[str, Any],
    status: int,
    needle: str,
) -> None:
    response = post(channel_sandbox, path, **request_kwargs)

    assert response.status_code == status, response.text
    assert needle in json.dumps(response.json(), ensure_ascii=False)
    [record] = channel_sandbox.calls(call)
    assert (record["status"], record["response"]) == (status, response.json())
    assert record["fault"] is False


def test_x_refuses_a_post_it_already_has(channel_sandbox: ChannelSandbox) -> None:
    assert post(channel_sandbox, TWEETS, **x()).status_code == 201
    again = post(channel_sandbox, TWEETS, **x())

    assert again.status_code == 403
    assert "duplicate content" in again.json()["detail"]


def test_a_signed_chat_message_is_accepted(channel_sandbox: ChannelSandbox) -> None:
    response = post_chat(channel_sandbox, CHAT, webhook_id="msg_case1_ack")

    assert response.status_code == 201
    assert response.json()["id"].startswith("msg_")
    [record] = channel_sandbox.calls("chat_message")
    assert (record["status"], record["body"]) == (201, CHAT)
    assert record["idempotency_key"] == "msg_case1_ack"


@pytest.mark.parametrize(
    ("secret", "sign", "tamper"),
    [("other-secret", {}, False), (SANDBOX_CHAT_SECRET, {"now": time.time() - 3600}, False),
     (SANDBOX_CHAT_SECRET, {}, True)],
    ids=["wrong-secret", "stale-timestamp", "body-changed-after-signing"],
)  # fmt: skip
def test_a_badly_signed_chat_message_is_refused(
    channel_sandbox: ChannelSandbox, secret: str, sign: dict[str, Any], tamper: bool
) -> None:
    body = json.dumps(CHAT).encode()
    headers = {**signed_headers(secret, "msg_1", body, **sign), "Content-Type": "application/json"}
    sent = body.replace(b"Sam", b"Eve") if tamper else body
    response = post(channel_sandbox, CHAT_PATH, content=sent, headers=headers)

    assert response.status_code == 401
    assert response.json()["error"] == "invalid_signature"
    assert [r["status"] for r in channel_sandbox.calls("chat_message")] == [401]


def test_chat_without_signature_headers_or_text_is_refused(channel_sandbox: ChannelSandbox) -> None:
    unsigned = post(channel_sandbox, CHAT_PATH, json=CHAT)
    no_text = post_chat(channel_sandbox, {"author": "Sam"})

    assert (unsigned.status_code, no_text.status_code) == (401, 400)
    assert [r["status"] for r in channel_sandbox.calls("chat_message")] == [401, 400]


def test_three_500s_then_success(channel_sandbox: ChannelSandbox) -> None:
    channel_sandbox.fail("x_reply", 500, times=3)

    statuses = [post(channel_sandbox, TWEETS, **x()).status_code for _ in range(4)]

    assert statuses == [500, 500, 500, 201]
    records = channel_sandbox.calls("x_reply")
    assert [(r["status"], r["fault"]) for r in records] == [(500, True)] * 3 + [(201, False)]
    assert records[0]["response"]["title"] == "Internal Server Error"


def test_a_429_carries_retry_after_and_the_provider_error(channel_sandbox: ChannelSandbox) -> None:
    channel_sandbox.fail("messenger", 429, times=1, retry_after=1)

    limited = post(channel_sandbox, MESSAGES, **graph(PRIVATE_REPLY))
    after = post(channel_sandbox, MESSAGES, **graph(PRIVATE_REPLY))

    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "1")
    assert limited.json()["error"]["code"] == 4
    assert limited.json()["error"]["is_transient"] is True
    assert [after.status_code, *(r["status"] for r in channel_sandbox.calls())] == [200, 429, 200]


def test_faults_queue_in_order_and_touch_only_matching_calls(
    channel_sandbox: ChannelSandbox,
) -> None:
    channel_sandbox.fail_path("/x/2/tweets", 503, times=1, retry_after=2)
    channel_sandbox.fail("x_reply", 429, times=1, retry_after=3)

    first = post(channel_sandbox, TWEETS, **x())
    dm = post(channel_sandbox, DM, json={"text": "Hi"}, headers=X_AUTH)
    second = post(channel_sandbox, TWEETS, **x())
    third = post(channel_sandbox, TWEETS, **x())

    assert (first.status_code, first.headers["Retry-After"]) == (503, "2")
    assert dm.status_code == 201
    assert (second.status_code, second.headers["Retry-After"]) == (429, "3")
    assert second.headers["x-rate-limit-remaining"] == "0"
    assert third.status_code == 201


def test_fault_specs_are_checked_and_clear_disarms_them(channel_sandbox: ChannelSandbox) -> None:
    with pytest.raises(ValueError, match="unknown call"):
        channel_sandbox.fail("x_replies", 500)
    for bad in (
        {"call": "x_dm", "path_prefix": "/x", "status": 500},
        {"call": "x_dm", "status": 200},
    ):
        assert post(channel_sandbox, "/_sandbox/faults", json=bad).status_code == 422

    channel_sandbox.fail("x_dm", 500, times=5)
    armed = httpx.get(f"{channel_sandbox.url}/_sandbox/faults").json()
    assert armed == [{"call": "x_dm", "status": 500, "times": 5, "remaining": 5}]
    channel_sandbox.clear()
    assert post(channel_sandbox, DM, json={"text": "Hi"}, headers=X_AUTH).status_code == 201
    assert [r["call"] for r in channel_sandbox.calls()] == ["x_dm"]


def test_a_call_to_a_wrong_path_is_recorded_as_unknown(channel_sandbox: ChannelSandbox) -> None:
    response = post(channel_sandbox, f"{GRAPH}/111_222/private_replies", data={"message": "Hi"})

    assert response.status_code == 404
    assert "error" in response.json()
    [record] = channel_sandbox.calls("unknown")
    assert (record["provider"], record["path"]) == ("graph", f"{GRAPH}/111_222/private_replies")
    assert httpx.get(f"{channel_sandbox.url}/favicon.ico").status_code == 404
    assert httpx.get(f"{channel_sandbox.url}/healthz").json() == {"status": "ok"}
    assert len(channel_sandbox.calls()) == 1  # only what was sent to a provider path


def test_chat_accepts_either_secret_while_it_is_rotated() -> None:
    with serve_sandbox(chat_secret="old-secret new-secret") as sandbox:
        statuses = [
            post_chat(sandbox, CHAT, secret=s).status_code
            for s in ("old-secret", "new-secret", "gone")
        ]

    assert statuses == [201, 201, 401]


def test_every_call_is_appended_to_the_jsonl_file(tmp_path: Path) -> None:
    out = tmp_path / "run" / "sandbox.jsonl"
    with serve_sandbox(out=out) as sandbox:
        post(sandbox, TWEETS, **x())
        post(sandbox, COMMENTS, data={"message": "Hi", "access_token": "secret-page-token"})
        sandbox.fail("chat_message", 503)
        post_chat(sandbox, CHAT)
        recorded = sandbox.calls()
        sandbox.clear()

    assert [r["call"] for r in recorded] == ["x_reply", "facebook_comment_reply", "chat_message"]
    assert [r["status"] for r in recorded] == [201, 200, 503]
    assert read_calls(out) == recorded  # clearing the sandbox leaves the file alone
    assert "secret-page-token" not in out.read_text()


def test_the_command_line_serves_with_the_chat_secret_from_the_environment(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port, out, log = probe.getsockname()[1], tmp_path / "sandbox.jsonl", tmp_path / "log"
    argv = [sys.executable, "-m", "onecase_localinfra.channel_sandbox", "--port", str(port)]
    env = {**os.environ, "ONECASE_CHAT_API_SECRET": "cli-chat-secret"}
    with log.open("wb") as sink:
        process = subprocess.Popen([*argv, "--out", str(out)], env=env, stdout=sink, stderr=sink)  # noqa: S603 -- our own module
    sandbox = ChannelSandbox(f"http://127.0.0.1:{port}", "cli-chat-secret", out)
    try:
        deadline = time.monotonic() + 30
        while not _listening(port):  # uvicorn binds only once the app is ready
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the sandbox did not start"
            time.sleep(0.2)
        assert httpx.get(f"{sandbox.url}/healthz").json() == {"status": "ok"}
        assert post_chat(sandbox, CHAT, secret="cli-chat-secret").status_code == 201
        assert post_chat(sandbox, CHAT).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=15)

    assert [r["status"] for r in read_calls(out)] == [201, 401]
    assert f"201 chat_message {CHAT_PATH}" in log.read_text()


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0
