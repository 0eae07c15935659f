"""docker-compose.yml's two profiles: a light dev stack, and prod on a 3-broker KRaft cluster.

No Docker engine runs here, so the file is checked as Compose would resolve it: the services a
profile enables (those without `profiles` plus those naming it), what each depends on, the
Kafka quorum the brokers would form, and whether each service's settings, loaded from its
compose environment, would let it start (prod refuses a replication factor below 3).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic_settings import BaseSettings

from onecase_cli.config_check import check_service
from onecase_intake.config import IntakeSettings, NormalizerSettings
from onecase_localinfra.kafka_jars import KAFKA_VERSION
from onecase_notify.config import NotifySettings
from onecase_shared.settings import PROD_MIN_INSYNC_REPLICAS, PROD_MIN_REPLICATION_FACTOR
from onecase_triage.config import TriageSettings

COMPOSE_FILE = Path(__file__).resolve().parents[2] / "docker-compose.yml"
PROFILES = ("dev", "prod")
SETTINGS_BY_SERVICE: dict[str, type[BaseSettings]] = {
    "intake": IntakeSettings,
    "normalizer": NormalizerSettings,
    "triage": TriageSettings,
    "notify": NotifySettings,
}
# `${NAME:-default}` and `${NAME}`: what Compose fills in from .env (absent here: the default).
PLACEHOLDER = re.compile(r"\$\{(?P<name>[A-Z0-9_]+)(?::-(?P<default>[^}]*))?\}")
# A strong, well-formed stand-in for every secret a prod service checks.
STRONG_SECRET = f"sha256:{'0' * 64}=lead:lead"


@pytest.fixture(scope="module")
def services() -> dict[str, dict[str, Any]]:
    compose = yaml.safe_load(COMPOSE_FILE.read_text())
    return {str(name): spec for name, spec in compose["services"].items()}


def enabled(services: dict[str, dict[str, Any]], profile: str) -> dict[str, dict[str, Any]]:
    """The services `docker compose --profile <profile> up` starts."""
    return {
        name: spec
        for name, spec in services.items()
        if not spec.get("profiles") or profile in spec["profiles"]
    }


def environment(spec: dict[str, Any]) -> dict[str, str]:
    """A service's environment with the placeholders resolved as with no .env."""
    return {
        str(name): PLACEHOLDER.sub(lambda m: m.group("default") or "", str(value))
        for name, value in (spec.get("environment") or {}).items()
    }


def brokers(model: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """The Kafka services of a profile, with their environments."""
    return {
        name: environment(spec)
        for name, spec in model.items()
        if str(spec.get("image", "")).startswith("apache/kafka:")
    }


def apps(model: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The Onecase processes of a profile, by the SERVICE they build."""
    built = [spec for spec in model.values() if "build" in spec]
    by_service = {spec["build"]["args"]["SERVICE"]: spec for spec in built}
    assert len(by_service) == len(built), "a profile runs one service process twice"
    return by_service


def test_every_profiled_service_belongs_to_exactly_one_of_dev_and_prod(
    services: dict[str, dict[str, Any]],
) -> None:
    shared = {name for name, spec in services.items() if not spec.get("profiles")}
    assert shared == {"mongo", "mailpit"}, "only MongoDB and Mailpit run in both profiles"
    for name, spec in services.items():
        if name not in shared:
            assert spec["profiles"] in (["dev"], ["prod"]), f"{name}: {spec['profiles']}"


@pytest.mark.parametrize("profile", PROFILES)
def test_each_profile_runs_every_service_once_on_its_own_servers(
    services: dict[str, dict[str, Any]], profile: str
) -> None:
    model = enabled(services, profile)
    assert set(apps(model)) == set(SETTINGS_BY_SERVICE)
    # Compose refuses a model whose services depend on one the profile leaves out.
    for name, spec in model.items():
        missing = set(spec.get("depends_on") or {}) - set(model)
        assert not missing, f"{profile}: {name} depends on {sorted(missing)}, not in the profile"
    for spec in model.values():
        assert spec.get("restart") == "unless-stopped"


def test_dev_is_light_one_broker_and_the_dev_profile(services: dict[str, dict[str, Any]]) -> None:
    model = enabled(services, "dev")
    (broker,) = brokers(model).values()
    assert broker["KAFKA_CONTROLLER_QUORUM_VOTERS"] == "1@kafka:9093"
    assert broker["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "1"
    for service, spec in apps(model).items():
        env = environment(spec)
        assert env["ONECASE_PROFILE"] == "dev", service
        assert env["ONECASE_KAFKA_BOOTSTRAP"] == "kafka:9092", service


def test_prod_runs_a_3_broker_kraft_quorum_of_the_launchers_kafka(
    services: dict[str, dict[str, Any]],
) -> None:
    model = enabled(services, "prod")
    nodes = brokers(model)
    assert len(nodes) == 3
    assert {model[name]["image"] for name in nodes} == {f"apache/kafka:{KAFKA_VERSION}"}
    voters = {env["KAFKA_CONTROLLER_QUORUM_VOTERS"] for env in nodes.values()}
    assert len(voters) == 1, "every node must name the same quorum"
    quorum = dict(voter.split("@") for voter in voters.pop().split(","))
    assert len(quorum) == 3
    assert len({env["CLUSTER_ID"] for env in nodes.values()}) == 1
    for name, env in nodes.items():
        host = model[name]["hostname"]
        assert quorum[env["KAFKA_NODE_ID"]] == f"{host}:9093", f"{name} is not its own voter"
        assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
        assert env["KAFKA_ADVERTISED_LISTENERS"] == f"PLAINTEXT://{host}:9092"
        # Internal topics (offsets, transactions) as safe as ours.
        for setting in ("DEFAULT", "OFFSETS_TOPIC", "TRANSACTION_STATE_LOG"):
            key = f"KAFKA_{setting}_REPLICATION_FACTOR"
            assert env[key] == str(PROD_MIN_REPLICATION_FACTOR), f"{name}: {key}"
        for key in ("KAFKA_MIN_INSYNC_REPLICAS", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"):
            assert env[key] == str(PROD_MIN_INSYNC_REPLICAS), f"{name}: {key}"
    hosts = sorted(f"{model[name]['hostname']}:9092" for name in nodes)
    for service, spec in apps(model).items():
        env = environment(spec)
        assert sorted(env["ONECASE_KAFKA_BOOTSTRAP"].split(",")) == hosts, service
        assert set(spec["depends_on"]) >= set(nodes), service


@pytest.mark.parametrize("service", sorted(SETTINGS_BY_SERVICE))
def test_prod_services_would_start_with_real_secrets(
    services: dict[str, dict[str, Any]], service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What stopped the old single-broker file: prod refuses a replication factor below 3.
    spec = apps(enabled(services, "prod"))[service]
    env = environment(spec)
    assert env["ONECASE_PROFILE"] == "prod"
    assert env["ONECASE_KAFKA_REPLICATION_FACTOR"] == str(PROD_MIN_REPLICATION_FACTOR)
    assert env["ONECASE_KAFKA_MIN_INSYNC_REPLICAS"] == str(PROD_MIN_INSYNC_REPLICAS)
    settings_cls = SETTINGS_BY_SERVICE[service]
    for name in settings_cls()._secrets_to_check():  # type: ignore[attr-defined]
        monkeypatch.setenv(f"ONECASE_{name.upper()}", STRONG_SECRET)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    report = check_service(service, settings_cls)
    assert report.problems == [], report.problems


def test_the_single_broker_would_be_refused_in_prod(monkeypatch: pytest.MonkeyPatch) -> None:
    # The check above can fail: the dev broker's topics (one replica) under the prod profile.
    for name in TriageSettings()._secrets_to_check():
        monkeypatch.setenv(f"ONECASE_{name.upper()}", STRONG_SECRET)
    monkeypatch.setenv("ONECASE_PROFILE", "prod")
    monkeypatch.setenv("ONECASE_KAFKA_BOOTSTRAP", "kafka:9092")
    report = check_service("triage", TriageSettings)
    assert any("ONECASE_KAFKA_REPLICATION_FACTOR of at least 3" in p for p in report.problems)
