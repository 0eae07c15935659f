"""The container files agree with the code: docker-compose.yml, deploy/Dockerfile, .env.example.

No Docker engine is needed: these read the files and compare them with the settings classes, so
a misspelt `ONECASE_*` variable (which pydantic-settings would silently ignore) fails here.
"""

from __future__ import annotations

import re
import shlex
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import SecretStr, TypeAdapter
from pydantic_settings import BaseSettings

from onecase_intake.config import IntakeSettings, NormalizerSettings
from onecase_localinfra.kafka_jars import KAFKA_VERSION
from onecase_notify.config import NotifySettings
from onecase_shared.settings import env_var_names
from onecase_triage.config import TriageSettings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
ENV_EXAMPLE = ROOT / ".env.example"

SETTINGS_CLASSES: dict[str, type[BaseSettings]] = {
    "intake": IntakeSettings,
    "normalizer": NormalizerSettings,
    "triage": TriageSettings,
    "notify": NotifySettings,
}
SETTINGS_VARS = set().union(*(env_var_names(cls) for cls in SETTINGS_CLASSES.values()))
# Read by the local launcher (onecase_localinfra), not by any settings class.
LAUNCHER_VARS = {"ONECASE_CACHE_DIR", "ONECASE_RUN_DIR"}

# The image's ONECASE_SERVICE; not a settings variable (the settings ignore unknown names).
IMAGE_VARS = {"ONECASE_SERVICE"}

RESTART_POLICIES = {"unless-stopped", "always", "on-failure"}

APP_PORTS = {"intake": 8001, "normalizer": 8004, "triage": 8002, "notify": 8003}
# Each profile runs every service process once; the prod profile's are named <service>-prod.
APP_NAMES = {
    "dev": {app: app for app in APP_PORTS},
    "prod": {app: f"{app}-prod" for app in APP_PORTS},
}
BROKERS = {"dev": {"kafka"}, "prod": {"kafka-1", "kafka-2", "kafka-3"}}
KAFKA_SERVICES = BROKERS["dev"] | BROKERS["prod"]
APP_DEPENDENCIES = {
    name: BROKERS[profile] | {"mongo"} | ({"mailpit"} if app == "notify" else set())
    for profile, names in APP_NAMES.items()
    for app, name in names.items()
}

ONECASE_TOKEN = re.compile(r"\bONECASE_[A-Z0-9_]+\b")
# `NAME=value` or, commented out to show a default, `# NAME=value`.
ENV_ASSIGNMENT = re.compile(r"^#?\s*(ONECASE_[A-Za-z0-9_]+)=(.*)$")


@pytest.fixture(scope="module")
def services() -> dict[str, dict[str, Any]]:
    compose = yaml.safe_load(COMPOSE_FILE.read_text())
    assert isinstance(compose, dict)
    services = compose.get("services")
    assert isinstance(services, dict), "docker-compose.yml has no services"
    return {str(name): spec for name, spec in services.items()}


@pytest.fixture(scope="module")
def app_services(services: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    apps = {name: spec for name, spec in services.items() if "build" in spec}
    assert set(apps) == set(APP_DEPENDENCIES), (
        "the built services are not intake/normalizer/triage/notify, once per profile"
    )
    return apps


def environment_of(service: dict[str, Any]) -> dict[str, str]:
    """A service's `environment:`, whether written as a mapping or as a list of NAME=value."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        return {name: value for name, _, value in (item.partition("=") for item in env)}
    assert isinstance(env, dict)
    return {str(name): str(value) for name, value in env.items()}


# docker-compose.yml


def test_every_service_has_a_healthcheck(services: dict[str, dict[str, Any]]) -> None:
    missing = []
    for name, spec in services.items():
        check = spec.get("healthcheck") or {}
        test = check.get("test")
        if check.get("disable") or not test or test in (["NONE"], "NONE"):
            missing.append(name)
    assert not missing, f"services without a healthcheck: {missing}"


def test_app_services_start_only_after_their_dependencies_are_healthy(
    app_services: dict[str, dict[str, Any]],
) -> None:
    for name, spec in app_services.items():
        depends_on = spec.get("depends_on")
        # The short (list) form only waits for the container to start, never for health.
        assert isinstance(depends_on, dict), f"{name}: depends_on must be the long form"
        assert set(depends_on) == APP_DEPENDENCIES[name], f"{name}: {sorted(depends_on)}"
        for dependency, condition in depends_on.items():
            assert condition.get("condition") == "service_healthy", f"{name} -> {dependency}"


def test_services_set_only_onecase_variables_the_settings_read(
    services: dict[str, dict[str, Any]],
) -> None:
    unknown = {
        f"{name}: {var}"
        for name, spec in services.items()
        for var in environment_of(spec)
        if var.startswith("ONECASE_") and var not in SETTINGS_VARS
    }
    assert not unknown, f"no settings class reads {sorted(unknown)}"


def test_compose_file_names_no_unknown_onecase_variable() -> None:
    # Also the ${ONECASE_...} placeholders filled from .env: a typo there silently falls back.
    unknown = set(ONECASE_TOKEN.findall(COMPOSE_FILE.read_text())) - SETTINGS_VARS
    assert not unknown, f"docker-compose.yml names unknown variables {sorted(unknown)}"


def test_every_service_restarts_unless_stopped(services: dict[str, dict[str, Any]]) -> None:
    wrong = {name: spec.get("restart") for name, spec in services.items()}
    wrong = {name: policy for name, policy in wrong.items() if policy not in RESTART_POLICIES}
    assert not wrong, f"services without a restart policy: {wrong}"


def test_kafka_and_mongo_keep_their_data_in_named_volumes() -> None:
    compose = yaml.safe_load(COMPOSE_FILE.read_text())
    named = set(compose.get("volumes") or {})
    brokers: list[tuple[str, str | None]] = [(name, None) for name in sorted(KAFKA_SERVICES)]
    for name, data_dir in [*brokers, ("mongo", "/data/db")]:
        service = compose["services"][name]
        mounts = [str(v).split(":") for v in service.get("volumes", [])]
        volumes = {source: target for source, target, *_ in mounts if source in named}
        assert volumes, f"{name} keeps its data in no named volume"
        if data_dir is None:  # Kafka's log directory is whatever KAFKA_LOG_DIRS says
            data_dir = environment_of(service)["KAFKA_LOG_DIRS"]
        assert data_dir in volumes.values(), f"{name}: {data_dir} is not on a named volume"


def test_every_broker_volume_is_its_own(services: dict[str, dict[str, Any]]) -> None:
    # Two brokers on one log directory would corrupt each other.
    sources = [str(v).split(":")[0] for name in KAFKA_SERVICES for v in services[name]["volumes"]]
    assert len(sources) == len(set(sources)) == len(KAFKA_SERVICES), sources


def test_kafka_image_is_the_local_launchers_version(services: dict[str, dict[str, Any]]) -> None:
    images = {name: services[name]["image"] for name in sorted(KAFKA_SERVICES)}
    assert set(images.values()) == {f"apache/kafka:{KAFKA_VERSION}"}, images


def test_every_onecase_service_reads_its_secrets_from_env_file(
    services: dict[str, dict[str, Any]],
) -> None:
    for name in APP_DEPENDENCIES:
        env_files = services[name].get("env_file")
        assert env_files, f"{name} reads no env_file"
        paths = [f["path"] if isinstance(f, dict) else f for f in env_files]
        assert ".env" in paths, name
        # A secret written into the file itself would be committed: only ${...} placeholders.
        for var, value in environment_of(services[name]).items():
            if any(word in var for word in ("SECRET", "TOKEN", "PASSWORD", "AUTH")):
                assert value.startswith("${"), f"{name}: {var} is written in the compose file"


def test_each_app_service_builds_and_checks_its_own_service(
    app_services: dict[str, dict[str, Any]],
) -> None:
    for name, spec in app_services.items():
        build = spec["build"]
        assert build["dockerfile"] == "deploy/Dockerfile"
        assert name.removesuffix("-prod") == build["args"]["SERVICE"], name
        port = APP_PORTS[build["args"]["SERVICE"]]
        assert f"127.0.0.1:{port}/readyz" in " ".join(spec["healthcheck"]["test"]), name
        assert any(str(mapping).endswith(f":{port}") for mapping in spec.get("ports", [])), name


# deploy/Dockerfile


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) per logical line: comments dropped, continuations joined."""
    instructions: list[tuple[str, str]] = []
    pending: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#") or (not line and not pending):
            continue
        if line.endswith("\\"):
            pending.append(line[:-1].strip())
            continue
        logical = " ".join([*pending, line]).strip()
        pending = []
        keyword, _, arguments = logical.partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
    assert not pending, "the Dockerfile ends inside a line continuation"
    return instructions


@pytest.fixture(scope="module")
def final_stage() -> list[tuple[str, str]]:
    instructions = dockerfile_instructions(DOCKERFILE.read_text())
    froms = [i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM"]
    assert len(froms) >= 2, "deploy/Dockerfile should be a multi-stage build"
    return instructions[froms[-1] + 1 :]


def test_dockerfile_runs_as_a_non_root_user(final_stage: list[tuple[str, str]]) -> None:
    users = [arguments for keyword, arguments in final_stage if keyword == "USER"]
    assert users, "the runtime stage never switches away from root"
    user = users[-1].split(":", 1)[0]
    assert user not in {"root", "0"}, f"the runtime stage runs as {users[-1]}"


def test_dockerfile_has_a_healthcheck(final_stage: list[tuple[str, str]]) -> None:
    checks = [arguments for keyword, arguments in final_stage if keyword == "HEALTHCHECK"]
    assert checks, "the runtime stage has no HEALTHCHECK"
    assert checks[-1].upper() != "NONE"
    assert "/healthz" in checks[-1]


def test_dockerfile_binds_all_interfaces(final_stage: list[tuple[str, str]]) -> None:
    # The settings default, 127.0.0.1, is unreachable from outside the container.
    env: dict[str, str] = {}
    for keyword, arguments in final_stage:
        if keyword == "ENV":
            for item in shlex.split(arguments):
                name, sep, value = item.partition("=")
                if sep:
                    env[name] = value
    assert env.get("ONECASE_HOST") == "0.0.0.0"  # noqa: S104 -- that is the point


def test_dockerfile_names_no_unknown_onecase_variable() -> None:
    unknown = set(ONECASE_TOKEN.findall(DOCKERFILE.read_text())) - SETTINGS_VARS - IMAGE_VARS
    assert not unknown, f"deploy/Dockerfile names unknown variables {sorted(unknown)}"


def test_dockerfile_healthcheck_knows_each_service_port(final_stage: list[tuple[str, str]]) -> None:
    # The check maps ONECASE_SERVICE to the service's port variable and that variable's default.
    check = next(arguments for keyword, arguments in final_stage if keyword == "HEALTHCHECK")
    for name, port in APP_PORTS.items():
        var = f"ONECASE_{name.upper()}_PORT"
        assert settings_defaults(SETTINGS_CLASSES[name]).get(var) == str(port), var
        assert f"'{name}': ('{var}', {port})" in check, name


# .env.example


def env_example_assignments() -> list[tuple[str, str]]:
    pairs = []
    for line in ENV_EXAMPLE.read_text().splitlines():
        match = ENV_ASSIGNMENT.match(line.strip())
        if match:
            name, value = match.group(1), match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            pairs.append((name, value))
    return pairs


def test_env_example_lists_only_known_variables() -> None:
    known = SETTINGS_VARS | LAUNCHER_VARS
    assigned = {name for name, _ in env_example_assignments()}
    mentioned = set(ONECASE_TOKEN.findall(ENV_EXAMPLE.read_text()))
    unknown = (assigned | mentioned) - known
    assert not unknown, f".env.example names unknown variables {sorted(unknown)}"


def test_env_example_lists_every_variable() -> None:
    assigned = {name for name, _ in env_example_assignments()}
    missing = (SETTINGS_VARS | LAUNCHER_VARS) - assigned
    assert not missing, f".env.example does not list {sorted(missing)}"


def settings_defaults(settings_cls: type[BaseSettings]) -> dict[str, str]:
    """Env var name -> default as text, walking nested settings like `env_var_names` does."""
    prefix = str(settings_cls.model_config.get("env_prefix", ""))
    defaults: dict[str, str] = {}
    for field_name, field in settings_cls.model_fields.items():
        nested = field.annotation
        if isinstance(nested, type) and issubclass(nested, BaseSettings):
            defaults |= settings_defaults(nested)
            continue
        value = field.get_default(call_default_factory=True)
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        elif isinstance(value, Enum):
            value = value.value
        elif value is None:
            value = ""
        elif not isinstance(value, str | int | float):
            # Structured settings (weights, policies) are JSON in their variable.
            value = TypeAdapter(type(value)).dump_json(value).decode()
        defaults[f"{prefix}{field_name}".upper()] = str(value)
    return defaults


@pytest.mark.parametrize("service", sorted(SETTINGS_CLASSES))
def test_env_example_shows_the_real_defaults(service: str) -> None:
    settings_cls = SETTINGS_CLASSES[service]
    defaults = settings_defaults(settings_cls)
    assert set(defaults) == env_var_names(settings_cls)
    shown: dict[str, set[str]] = {}
    for name, value in env_example_assignments():
        shown.setdefault(name, set()).add(value)
    # Should a variable that several services read have different defaults, it is listed once
    # per service: the default of this service must be among the values shown.
    wrong = {
        name: (default, sorted(shown.get(name, set())))
        for name, default in defaults.items()
        if default not in shown.get(name, set())
    }
    assert not wrong, f"{service}: default vs. values in .env.example: {wrong}"
