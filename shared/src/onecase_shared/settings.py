"""Typed configuration shared by every service: `ONECASE_*` environment variables."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Dev-profile secrets start with this marker so that a production profile can refuse them.
DEV_SECRET_PREFIX = "dev-only-"  # noqa: S105 -- a marker, not a secret


class Profile(StrEnum):
    """Where a service runs: `dev` tolerates demo secrets, `prod` refuses them."""

    DEV = "dev"
    PROD = "prod"


class KafkaSettings(BaseSettings):
    """How to reach Kafka and how consumers retry (`ONECASE_KAFKA_*`)."""

    model_config = SettingsConfigDict(env_prefix="ONECASE_KAFKA_", extra="ignore")

    bootstrap: str = "127.0.0.1:9092"
    publish_timeout_s: float = Field(default=10.0, gt=0)
    consumer_max_attempts: int = Field(default=3, ge=1, le=20)
    consumer_retry_backoff_s: float = Field(default=0.5, ge=0)
    topic_partitions: int = Field(default=6, ge=1)
    # The largest record: a 5 MiB email is about 6.7 MiB as base64 in its raw-delivery event.
    # Producers and every topic a service creates are set to it (Kafka's default is 1 MiB).
    max_message_bytes: int = Field(default=8 * 1024 * 1024, ge=1024 * 1024)


class MongoSettings(BaseSettings):
    """How to reach the MongoDB-wire server (`ONECASE_MONGO_*`)."""

    model_config = SettingsConfigDict(env_prefix="ONECASE_MONGO_", extra="ignore")

    uri: str = "mongodb://127.0.0.1:27017"
    database: str = "onecase"
    timeout_ms: int = Field(default=5000, gt=0)
    # No reply on an open connection within this long fails the operation: a hung server must
    # not hang a handler or the desk.
    socket_timeout_ms: int = Field(default=30_000, gt=0)


class ServiceSettings(BaseSettings):
    """What every service shares: profile, logging, Kafka, Mongo, HTTP binding."""

    model_config = SettingsConfigDict(env_prefix="ONECASE_", extra="ignore")

    profile: Profile = Profile.DEV
    log_level: str = "INFO"
    host: str = "127.0.0.1"
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    mongo: MongoSettings = Field(default_factory=MongoSettings)

    def _secrets_to_check(self) -> dict[str, SecretStr]:
        """Secrets that must be real outside the dev profile (subclasses extend)."""
        return {}

    @model_validator(mode="after")
    def _refuse_unsafe_secrets(self) -> Self:
        if self.profile is Profile.DEV:
            return self
        unsafe = [
            name
            for name, secret in self._secrets_to_check().items()
            if not secret.get_secret_value().strip()
            or DEV_SECRET_PREFIX in secret.get_secret_value()
        ]
        if unsafe:
            names = ", ".join(f"ONECASE_{name.upper()}" for name in sorted(unsafe))
            msg = f"profile {self.profile} needs real secrets; empty or dev-only: {names}"
            raise ValueError(msg)
        return self


def env_var_names(settings_cls: type[BaseSettings]) -> set[str]:
    """Every environment variable a settings class reads, nested settings included."""
    prefix = str(settings_cls.model_config.get("env_prefix", ""))
    names: set[str] = set()
    for field_name, field in settings_cls.model_fields.items():
        nested = field.annotation
        if isinstance(nested, type) and issubclass(nested, BaseSettings):
            names |= env_var_names(nested)
        else:
            names.add(f"{prefix}{field_name}".upper())
    return names


def secret_values(secret: SecretStr) -> list[str]:
    """The values of a secret; two, separated by a space, while it is being rotated."""
    return secret.get_secret_value().split()
