"""The `onecase` CLI's own logic: its commands, the configuration check, the redrive filter."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from onecase_cli.config_check import check_service
from onecase_cli.main import cli
from onecase_cli.redrive import RedriveFilter, source_topic
from onecase_shared.settings import ServiceSettings


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("up", "down", "run", "replay", "redrive", "erase", "check-config"):
        assert f"  {command} " in result.output, command


def test_check_config_passes_the_dev_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONECASE_PROFILE", "dev")
    result = CliRunner().invoke(cli, ["check-config"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == ["intake: ok", "triage: ok", "notify: ok"]


def test_check_config_names_the_dev_secrets_prod_would_refuse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    result = CliRunner().invoke(cli, ["check-config"])
    assert result.exit_code == 1
    assert "intake: problems" in result.output
    assert "ONECASE_EMAIL_WEBHOOK_SECRET" in result.output
    assert "some services would refuse to start" in result.output


def test_check_config_warns_of_loopback_in_prod(monkeypatch: pytest.MonkeyPatch) -> None:
    # The shared settings alone: no service secrets to fill in for the warnings to show.
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    monkeypatch.setenv("ONECASE_KAFKA_REPLICATION_FACTOR", "3")
    monkeypatch.setenv("ONECASE_KAFKA_MIN_INSYNC_REPLICAS", "2")
    monkeypatch.setenv("ONECASE_MONGO_URI", "mongodb://127.0.0.1:27017")
    report = check_service("shared", ServiceSettings)
    assert report.problems == []
    assert any("talks to Kafka on loopback" in w for w in report.warnings)
    assert any("MongoDB on loopback" in w for w in report.warnings)
    monkeypatch.setenv("ONECASE_KAFKA_BOOTSTRAP", "kafka-0.kafka:9093")
    monkeypatch.setenv("ONECASE_MONGO_URI", "mongodb+srv://db.example.net/")
    # Prod writes with w=majority whatever the URI says: nothing left to warn about.
    assert check_service("shared", ServiceSettings).warnings == []


def test_check_config_reports_a_replication_factor_prod_refuses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    report = check_service("shared", ServiceSettings)
    assert any("ONECASE_KAFKA_REPLICATION_FACTOR of at least 3" in p for p in report.problems)


def test_redrive_refuses_a_topic_that_is_no_dead_letter_topic() -> None:
    result = CliRunner().invoke(cli, ["redrive", "onecase.cases.v1", "--dry-run"])
    assert result.exit_code == 1
    assert "is not a dead-letter topic" in result.output


def test_erase_needs_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ONECASE_DESK_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["erase", "cus-1"])
    assert result.exit_code == 2
    assert "--token" in result.output


def test_redrive_filter_and_source_topic() -> None:
    headers = {"onecase-dlq-reason": "handler_failed", "onecase-error-type": "KeyError"}
    assert RedriveFilter().matches(headers, None)
    assert RedriveFilter(reason="handler_failed", key="k").matches(headers, "k")
    assert not RedriveFilter(reason="invalid_event").matches(headers, "k")
    assert not RedriveFilter(error_type="ValueError").matches(headers, "k")
    assert not RedriveFilter(key="other").matches(headers, "k")
    assert source_topic("a.b.v1.dlq", {}) == "a.b.v1"
    assert source_topic("a.b.v1.dlq", {"onecase-original-topic": "x.v1"}) == "x.v1"
