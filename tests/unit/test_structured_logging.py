import json
import logging

import pytest
import structlog

from onecase_shared.structured_logging import REDACTED, configure_logging


@pytest.fixture(autouse=True)
def _restore_structlog() -> object:
    yield
    structlog.reset_defaults()


def test_logs_keep_ids_and_redact_everything_else(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("test")
    structlog.get_logger().info(
        "complaint normalized",
        case_id="c-1",
        email="ana@example.com",
        text="my order",
        handle="@ana",
    )
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["case_id"] == "c-1"
    assert line["service"] == "test"
    assert line["email"] == line["text"] == line["handle"] == REDACTED
    assert "ana@example.com" not in json.dumps(line)


def test_free_text_fields_keep_their_words_but_lose_addresses_numbers_and_handles(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("test")
    refusal = "550 5.1.1 <ann@example.com>: Recipient address rejected (+44 20 7946 0958, @ann)"
    structlog.get_logger().warning("refused for ann@example.com", reason=refusal, case_id="c-1")
    logging.getLogger("aiosmtplib").warning("connection to %s lost", "bob@example.org")
    first, second = (json.loads(x) for x in capsys.readouterr().out.strip().splitlines()[-2:])
    assert first["reason"] == (
        "550 5.1.1 <[email]>: Recipient address rejected ([phone], [handle])"
    )
    assert first["event"] == "refused for [email]"
    assert first["case_id"] == "c-1"
    assert second["event"] == "connection to [email] lost"
