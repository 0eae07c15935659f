"""Typed configuration shared by every service: `ONECASE_*` environment variables."""

from __future__ import annotations

import base64
import binascii
import math
import string
from enum import StrEnum
from pathlib import Path
from typing import Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Dev-profile secrets start with this marker so that a production profile can refuse them.
DEV_SECRET_PREFIX = "dev-only-"  # noqa: S105 -- a marker, not a secret
MIN_SECRET_BITS = 128
_CHARACTER_CLASSES = (
    string.ascii_lowercase,
    string.ascii_uppercase,
    string.digits,
    string.punctuation + " ",
)


def secret_strength_bits(value: str) -> float:
    """An upper estimate of a secret's entropy: what guessing it would take at best.

    A `whsec_` value counts its decoded bytes; a `sha256:` digest stands for a token we cannot
    see and counts as strong; any other text counts its length times log2 of the alphabet its
    character classes span (a 1-character secret has about 6 bits).
    """
    if value.startswith("whsec_"):
        try:
            return 8.0 * len(base64.b64decode(value.removeprefix("whsec_"), validate=True))
        except (binascii.Error, ValueError):
            return 0.0
    if value.startswith("sha256:"):
        return 256.0
    alphabet = sum(len(c) for c in _CHARACTER_CLASSES if any(ch in c for ch in value))
    alphabet += 1 if any(not ch.isascii() for ch in value) else 0
    return len(value) * math.log2(alphabet) if alphabet > 1 else 0.0


class Profile(StrEnum):
    """Where a service runs: `dev` tolerates demo secrets, `prod` refuses them."""

    DEV = "dev"
    PROD = "prod"


class KafkaSecurityProtocol(StrEnum):
    """How clients talk to the brokers, as Kafka names it."""

    PLAINTEXT = "PLAINTEXT"
    SSL = "SSL"
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"


class SaslMechanism(StrEnum):
    """How a SASL client proves who it is."""

    SCRAM_SHA_256 = "SCRAM-SHA-256"
    SCRAM_SHA_512 = "SCRAM-SHA-512"
    PLAIN = "PLAIN"


# A topic that loses its only replica loses acknowledged messages; prod needs 3 copies, 2 in sync.
PROD_MIN_REPLICATION_FACTOR = 3
PROD_MIN_INSYNC_REPLICAS = 2


class KafkaSettings(BaseSettings):
    """How to reach Kafka, how topics are created and how consumers retry (`ONECASE_KAFKA_*`)."""

    model_config = SettingsConfigDict(env_prefix="ONECASE_KAFKA_", extra="ignore")

    bootstrap: str = "127.0.0.1:9092"
    security_protocol: KafkaSecurityProtocol = KafkaSecurityProtocol.PLAINTEXT
    sasl_mechanism: SaslMechanism = SaslMechanism.SCRAM_SHA_512
    sasl_username: str = ""
    sasl_password: SecretStr = SecretStr("")
    # PEM files; without a CA file the system's trust store verifies the brokers.
    ssl_ca_file: Path | None = None
    ssl_cert_file: Path | None = None
    ssl_key_file: Path | None = None
    publish_timeout_s: float = Field(default=10.0, gt=0)
    consumer_max_attempts: int = Field(default=3, ge=1, le=20)
    consumer_retry_backoff_s: float = Field(default=0.5, ge=0)
    # A message whose "temporary" error (Mongo or a provider down, a lease held elsewhere)
    # repeats for this long goes to the DLQ, so a partition is never paused forever.
    max_retry_seconds: float = Field(default=900.0, gt=0)
    topic_partitions: int = Field(default=6, ge=1)
    # The largest record: a 5 MiB email is about 6.7 MiB as base64 in its raw-delivery event.
    # Producers and every topic a service creates are set to it (Kafka's default is 1 MiB).
    max_message_bytes: int = Field(default=8 * 1024 * 1024, ge=1024 * 1024)
    # Topics a service creates: copies of each partition, and how many must have a write
    # before acks=all answers (a topic's existing replication is not changed).
    replication_factor: int = Field(default=1, ge=1)
    min_insync_replicas: int = Field(default=1, ge=1)
    # Consumers that only watch (the desk's live feed): the broker answers their fetch once
    # this much is new or the wait is over, so under load they fetch a few times a second
    # instead of once per record (each fetch costs the broker and the service CPU).
    watch_fetch_min_bytes: int = Field(default=64 * 1024, ge=1)
    watch_fetch_max_wait_ms: int = Field(default=500, ge=1, le=5000)

    @property
    def bootstrap_servers(self) -> list[str]:
        """The bootstrap addresses, `bootstrap` split at its commas."""
        return [server.strip() for server in self.bootstrap.split(",") if server.strip()]

    @property
    def uses_sasl(self) -> bool:
        """Whether the brokers want a SASL login."""
        return self.security_protocol in {
            KafkaSecurityProtocol.SASL_PLAINTEXT,
            KafkaSecurityProtocol.SASL_SSL,
        }

    @property
    def uses_tls(self) -> bool:
        """Whether connections to the brokers are TLS."""
        return self.security_protocol in {KafkaSecurityProtocol.SSL, KafkaSecurityProtocol.SASL_SSL}

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.uses_sasl and not (self.sasl_username and self.sasl_password.get_secret_value()):
            msg = (
                f"ONECASE_KAFKA_SECURITY_PROTOCOL={self.security_protocol} needs "
                "ONECASE_KAFKA_SASL_USERNAME and ONECASE_KAFKA_SASL_PASSWORD"
            )
            raise ValueError(msg)
        if (self.ssl_cert_file is None) != (self.ssl_key_file is None):
            msg = "ONECASE_KAFKA_SSL_CERT_FILE and ONECASE_KAFKA_SSL_KEY_FILE go together"
            raise ValueError(msg)
        if self.min_insync_replicas > self.replication_factor:
            msg = (
                f"ONECASE_KAFKA_MIN_INSYNC_REPLICAS ({self.min_insync_replicas}) cannot exceed "
                f"ONECASE_KAFKA_REPLICATION_FACTOR ({self.replication_factor}): "
                "no write could ever succeed"
            )
            raise ValueError(msg)
        return self


class MongoSettings(BaseSettings):
    """How to reach the MongoDB-wire server (`ONECASE_MONGO_*`)."""

    model_config = SettingsConfigDict(env_prefix="ONECASE_MONGO_", extra="ignore")

    uri: str = "mongodb://127.0.0.1:27017"
    database: str = "onecase"
    # Opening a connection (and server selection for drivers without an operation timeout).
    timeout_ms: int = Field(default=5000, gt=0)
    # No reply on an open connection within this long fails the operation: a hung server must
    # not hang a handler or the desk.
    socket_timeout_ms: int = Field(default=30_000, gt=0)
    # The whole of one operation (pymongo's timeoutMS: selection, checkout, every round trip),
    # so a server that accepts and then stalls fails a handler in bounded time. pymongo bounds
    # operations by it instead of by the socket timeout, which then only serves older drivers.
    operation_timeout_ms: int = Field(default=15_000, gt=0)
    # Writes acknowledged by a majority of the replica set (w=majority): a primary that fails
    # over right after answering cannot take them with it. The prod profile always sets it.
    majority_writes: bool = False


class RetentionSettings(BaseSettings):
    """How long each kind of data is kept (`ONECASE_RETENTION_*`); docs/privacy.md.

    Kafka topics get `retention.ms` at creation and at every start; Mongo data is deleted by a
    sweep (the MongoDB-wire server has no TTL indexes).
    """

    model_config = SettingsConfigDict(env_prefix="ONECASE_RETENTION_", extra="ignore")

    # Raw deliveries are whole emails and payloads: kept only for replays of recent ones.
    raw_deliveries_days: int = Field(default=7, gt=0)
    event_topics_days: int = Field(default=7, gt=0)
    messages_days: int = Field(default=180, gt=0)
    closed_cases_days: int = Field(default=365, gt=0)
    identities_days: int = Field(default=365, gt=0)
    # Outbox keys stop a redelivered case event from sending twice: keep them well past the
    # case topic's retention.
    outbox_days: int = Field(default=30, gt=0)
    sweep_interval_s: float = Field(default=3600.0, gt=0)


class ServiceSettings(BaseSettings):
    """What every service shares: profile, logging, Kafka, Mongo, HTTP binding."""

    model_config = SettingsConfigDict(env_prefix="ONECASE_", extra="ignore")

    profile: Profile = Profile.DEV
    log_level: str = "INFO"
    host: str = "127.0.0.1"
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    mongo: MongoSettings = Field(default_factory=MongoSettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    # Failed authentications one client may have on one route (intake: per webhook; the desk:
    # all of it) within the window; past that its requests are answered 429 until it ends.
    auth_failure_limit: int = Field(default=10, ge=1)
    auth_failure_window_s: float = Field(default=60.0, gt=0)
    # How often gauges read from Mongo and the broker (open cases, consumer lag) are refreshed.
    metrics_refresh_s: float = Field(default=15.0, gt=0)

    def _secrets_to_check(self) -> dict[str, SecretStr]:
        """Secrets that must be real outside the dev profile (subclasses extend)."""
        return {}

    def _all_secrets(self) -> dict[str, SecretStr]:
        shared = {"kafka_sasl_password": self.kafka.sasl_password} if self.kafka.uses_sasl else {}
        return shared | self._secrets_to_check()

    @model_validator(mode="after")
    def _refuse_unsafe_secrets(self) -> Self:
        if self.profile is Profile.DEV:
            return self
        unsafe = [
            name
            for name, secret in self._all_secrets().items()
            if not secret.get_secret_value().strip()
            or DEV_SECRET_PREFIX in secret.get_secret_value()
        ]
        if unsafe:
            names = ", ".join(f"ONECASE_{name.upper()}" for name in sorted(unsafe))
            msg = f"profile {self.profile} needs real secrets; empty or dev-only: {names}"
            raise ValueError(msg)
        weak = [
            name
            for name, secret in self._all_secrets().items()
            if any(secret_strength_bits(v) < MIN_SECRET_BITS for v in secret_values(secret))
        ]
        if weak:
            names = ", ".join(f"ONECASE_{name.upper()}" for name in sorted(weak))
            msg = (
                f"profile {self.profile} needs secrets of at least {MIN_SECRET_BITS} bits "
                f"(e.g. 32 random characters, or whsec_ with 16+ bytes): {names}"
            )
            raise ValueError(msg)
        return self

    @model_validator(mode="after")
    def _majority_writes_in_prod(self) -> Self:
        if self.profile is Profile.PROD and not self.mongo.majority_writes:
            self.mongo = self.mongo.model_copy(update={"majority_writes": True})
        return self

    @model_validator(mode="after")
    def _refuse_unreplicated_topics(self) -> Self:
        if self.profile is Profile.DEV:
            return self
        kafka = self.kafka
        if kafka.replication_factor < PROD_MIN_REPLICATION_FACTOR:
            msg = (
                f"profile {self.profile} needs ONECASE_KAFKA_REPLICATION_FACTOR of at least "
                f"{PROD_MIN_REPLICATION_FACTOR} (it is {kafka.replication_factor}): with fewer "
                "copies one lost broker loses acknowledged complaints"
            )
            raise ValueError(msg)
        if kafka.min_insync_replicas < PROD_MIN_INSYNC_REPLICAS:
            msg = (
                f"profile {self.profile} needs ONECASE_KAFKA_MIN_INSYNC_REPLICAS of at least "
                f"{PROD_MIN_INSYNC_REPLICAS} (it is {kafka.min_insync_replicas}): otherwise "
                "acks=all can be answered by a single copy"
            )
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
