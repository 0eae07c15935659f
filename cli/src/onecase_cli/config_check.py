"""Load each service's settings as it would at start and report what is wrong with them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pydantic import ValidationError
from pydantic_settings import BaseSettings

from onecase_intake.config import IntakeSettings
from onecase_notify.config import NotifySettings
from onecase_shared.settings import Profile, ServiceSettings
from onecase_triage.config import TriageSettings

SERVICES: Mapping[str, type[ServiceSettings]] = {
    "intake": IntakeSettings,
    "triage": TriageSettings,
    "notify": NotifySettings,
}
_LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


@dataclass
class ServiceReport:
    """One service's verdict: problems stop it from starting; warnings are worth a look."""

    service: str
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_service(name: str, settings_cls: type[BaseSettings]) -> ServiceReport:
    """Load `settings_cls` from the environment and judge it."""
    report = ServiceReport(name)
    try:
        settings = settings_cls()
    except ValidationError as error:
        for issue in error.errors():
            where = ".".join(str(part) for part in issue["loc"]) or "settings"
            report.problems.append(f"{where}: {issue['msg']}")
        return report
    assert isinstance(settings, ServiceSettings)
    if settings.profile is not Profile.DEV:
        if settings.kafka.bootstrap.split(":")[0] in _LOOPBACK:
            report.warnings.append(
                f"profile {settings.profile} talks to Kafka on loopback ({settings.kafka.bootstrap})"
            )
        if any(host in settings.mongo.uri for host in _LOOPBACK):
            report.warnings.append(f"profile {settings.profile} uses a MongoDB on loopback")
        if not (settings.mongo.majority_writes or "w=majority" in settings.mongo.uri):
            report.warnings.append(
                "Mongo writes are not majority-acknowledged: a primary failover may lose a write"
            )
    return report


def check_all(services: Mapping[str, type[BaseSettings]] = SERVICES) -> list[ServiceReport]:
    """Every service's report, in order."""
    return [check_service(name, cls) for name, cls in services.items()]
