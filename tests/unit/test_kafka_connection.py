"""Kafka settings for managed clusters: TLS, SASL, replication, and what prod refuses."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from faststream.security import BaseSecurity, SASLPlaintext, SASLScram256, SASLScram512
from prometheus_client import CollectorRegistry
from pydantic import ValidationError

from onecase_localinfra.tls_certs import LocalCertificateAuthority
from onecase_shared.kafka import broker_security, client_options, kafka_ssl_context, make_broker
from onecase_shared.kafka.broker_factory import topic_configs
from onecase_shared.settings import KafkaSettings
from onecase_triage.config import TriageSettings

STRONG = "Vq3k-9Zr_TmWx7Lp2Nc8Hd5Ys-kafka"


def test_plaintext_is_the_default_and_carries_no_login() -> None:
    settings = KafkaSettings()
    assert broker_security(settings) is None
    assert client_options(settings) == {
        "bootstrap_servers": ["127.0.0.1:9092"],
        "security_protocol": "PLAINTEXT",
    }


@pytest.mark.parametrize(
    ("mechanism", "security_class"),
    [("SCRAM-SHA-512", SASLScram512), ("SCRAM-SHA-256", SASLScram256), ("PLAIN", SASLPlaintext)],
)
def test_sasl_ssl_logs_in_with_the_mechanism_over_verified_tls(
    tmp_path: Path, mechanism: str, security_class: type[BaseSecurity]
) -> None:
    ca = LocalCertificateAuthority(tmp_path)
    settings = KafkaSettings(
        security_protocol="SASL_SSL",
        sasl_mechanism=mechanism,
        sasl_username="onecase",
        sasl_password=STRONG,
        ssl_ca_file=ca.ca_file,
    )
    security = broker_security(settings)
    assert isinstance(security, security_class)
    assert security.use_ssl
    assert security.ssl_context is not None
    assert security.ssl_context.verify_mode is ssl.CERT_REQUIRED
    assert security.ssl_context.check_hostname
    options = client_options(settings)
    assert options["security_protocol"] == "SASL_SSL"
    assert options["sasl_mechanism"] == mechanism
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == ("onecase", STRONG)
    # What the FastStream broker hands to aiokafka: the same login.
    broker = make_broker(settings, client_id="test", registry=CollectorRegistry())
    connection = broker._connection_kwargs
    assert (connection["security_protocol"], connection["sasl_mechanism"]) == (
        "SASL_SSL",
        mechanism,
    )


def test_a_list_of_bootstrap_servers_is_split_for_every_client() -> None:
    settings = KafkaSettings(bootstrap="kafka-1:9093, kafka-2:9093,kafka-3:9093")
    expected = ["kafka-1:9093", "kafka-2:9093", "kafka-3:9093"]
    assert client_options(settings)["bootstrap_servers"] == expected
    broker = make_broker(settings, client_id="test", registry=CollectorRegistry())
    assert broker._connection_kwargs["bootstrap_servers"] == expected


def test_sasl_plaintext_has_no_tls_context() -> None:
    settings = KafkaSettings(
        security_protocol="SASL_PLAINTEXT", sasl_username="onecase", sasl_password=STRONG
    )
    security = broker_security(settings)
    assert isinstance(security, SASLScram512)
    assert not security.use_ssl
    assert "ssl_context" not in client_options(settings)


def test_ssl_with_a_client_certificate_presents_it(tmp_path: Path) -> None:
    ca = LocalCertificateAuthority(tmp_path)
    client = ca.issue("onecase-client")
    settings = KafkaSettings(
        security_protocol="SSL",
        ssl_ca_file=ca.ca_file,
        ssl_cert_file=client.cert_file,
        ssl_key_file=client.key_file,
    )
    security = broker_security(settings)
    assert type(security) is BaseSecurity
    assert security.use_ssl
    context = kafka_ssl_context(settings)
    assert context is not None
    # The CA file is what the context trusts.
    assert [c["subject"] for c in context.get_ca_certs()] == [
        ((("commonName", "Onecase local CA"),),)
    ]


def test_sasl_without_credentials_is_refused() -> None:
    with pytest.raises(ValidationError, match="ONECASE_KAFKA_SASL_USERNAME"):
        KafkaSettings(security_protocol="SASL_SSL")


def test_a_certificate_without_its_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="go together"):
        KafkaSettings(security_protocol="SSL", ssl_cert_file=tmp_path / "client.pem")


def test_more_insync_replicas_than_replicas_is_refused() -> None:
    with pytest.raises(ValidationError, match="cannot exceed"):
        KafkaSettings(replication_factor=2, min_insync_replicas=3)


def test_topics_are_created_with_their_min_insync_replicas() -> None:
    settings = KafkaSettings(replication_factor=3, min_insync_replicas=2)
    assert topic_configs(settings, "onecase.cases.v1", None)["min.insync.replicas"] == "2"


def _prod(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in TriageSettings()._secrets_to_check():
        monkeypatch.setenv(f"ONECASE_{name.upper()}", f"sha256:{'0' * 64}=a:lead")
    monkeypatch.setenv("ONECASE_PROFILE", "prod")


@pytest.mark.parametrize("factor", ["1", "2"])
def test_prod_refuses_a_replication_factor_below_3(
    monkeypatch: pytest.MonkeyPatch, factor: str
) -> None:
    _prod(monkeypatch)
    monkeypatch.setenv("ONECASE_KAFKA_REPLICATION_FACTOR", factor)
    monkeypatch.setenv("ONECASE_KAFKA_MIN_INSYNC_REPLICAS", "1")
    with pytest.raises(ValidationError, match=r"ONECASE_KAFKA_REPLICATION_FACTOR of at least 3"):
        TriageSettings()


def test_prod_refuses_a_single_insync_replica(monkeypatch: pytest.MonkeyPatch) -> None:
    _prod(monkeypatch)
    monkeypatch.setenv("ONECASE_KAFKA_REPLICATION_FACTOR", "3")
    monkeypatch.setenv("ONECASE_KAFKA_MIN_INSYNC_REPLICAS", "1")
    with pytest.raises(ValidationError, match=r"ONECASE_KAFKA_MIN_INSYNC_REPLICAS of at least 2"):
        TriageSettings()


def test_prod_accepts_three_replicas_two_in_sync_and_writes_to_a_mongo_majority(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _prod(monkeypatch)
    monkeypatch.setenv("ONECASE_KAFKA_REPLICATION_FACTOR", "3")
    monkeypatch.setenv("ONECASE_KAFKA_MIN_INSYNC_REPLICAS", "2")
    settings = TriageSettings()
    assert (settings.kafka.replication_factor, settings.kafka.min_insync_replicas) == (3, 2)
    assert settings.mongo.majority_writes


@pytest.mark.parametrize(
    ("password", "problem"), [("dev-only-kafka", "dev-only"), ("short", "128")]
)
def test_prod_checks_the_kafka_password_like_every_secret(
    monkeypatch: pytest.MonkeyPatch, password: str, problem: str
) -> None:
    _prod(monkeypatch)
    monkeypatch.setenv("ONECASE_KAFKA_REPLICATION_FACTOR", "3")
    monkeypatch.setenv("ONECASE_KAFKA_MIN_INSYNC_REPLICAS", "2")
    monkeypatch.setenv("ONECASE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("ONECASE_KAFKA_SASL_USERNAME", "onecase")
    monkeypatch.setenv("ONECASE_KAFKA_SASL_PASSWORD", password)
    with pytest.raises(ValidationError, match=rf"{problem}.*ONECASE_KAFKA_SASL_PASSWORD"):
        TriageSettings()
    monkeypatch.setenv("ONECASE_KAFKA_SASL_PASSWORD", STRONG)
    assert TriageSettings().kafka.sasl_password.get_secret_value() == STRONG
