import json

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
