"""Every Kafka client the tools build connects as the services do: TLS and SASL from settings.

The CLI's redrive, replay, the topic admin, the local launcher's readiness check and bench each
construct aiokafka clients of their own; a client built from the bootstrap address alone could
not reach a managed (SASL_SSL) cluster. Each one is run here against recording stand-ins for
aiokafka's classes, and a scan of the source finds any client built another way.
"""

from __future__ import annotations

import ast
import asyncio
import ssl
from pathlib import Path
from typing import Any

import pytest

import bench.baselines
import onecase_cli.redrive
import onecase_intake.replay
import onecase_localinfra.kafka_readiness
import onecase_shared.kafka.broker_factory
from onecase_cli.redrive import RedriveFilter, redrive
from onecase_intake.replay import raw_deliveries
from onecase_localinfra.kafka_cluster import LocalKafkaCluster
from onecase_localinfra.kafka_readiness import broker_ready
from onecase_localinfra.kafka_server import LocalKafka
from onecase_localinfra.tls_certs import LocalCertificateAuthority
from onecase_shared.kafka import ensure_topics, topic_partitions
from onecase_shared.settings import KafkaSettings

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Vq3k-9Zr_TmWx7Lp2Nc8Hd5Ys-kafka"
AIOKAFKA_CLIENTS = {"AIOKafkaConsumer", "AIOKafkaProducer", "AIOKafkaAdminClient"}
# Where the tools and services build Kafka clients (tests build their own on purpose).
SOURCE_DIRS = ("shared/src", "services", "cli/src", "deploy/local/src", "bench")


class _StoppedError(Exception):
    """Raised by a recording client's start(): the test only wants its constructor's kwargs."""


class _Recorder:
    """Stands in for aiokafka's client classes and records each construction's kwargs."""

    def __init__(self) -> None:
        self.built: list[tuple[str, dict[str, Any]]] = []

    def client(self, kind: str) -> type:
        recorder = self

        class RecordingClient:
            def __init__(self, *topics: str, **kwargs: Any) -> None:
                recorder.built.append((kind, kwargs))

            async def start(self) -> None:
                raise _StoppedError

            async def stop(self) -> None:
                return None

            async def close(self) -> None:
                return None

        return RecordingClient

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.built]


@pytest.fixture
def sasl_ssl(tmp_path: Path) -> KafkaSettings:
    ca = LocalCertificateAuthority(tmp_path)
    return KafkaSettings(
        bootstrap="kafka-1.example.net:9093,kafka-2.example.net:9093",
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_username="onecase",
        sasl_password=PASSWORD,
        ssl_ca_file=ca.ca_file,
    )


def assert_connects_securely(kwargs: dict[str, Any]) -> None:
    """The kwargs log in with SCRAM over TLS verified against the CA, to every bootstrap host."""
    assert kwargs["bootstrap_servers"] == ["kafka-1.example.net:9093", "kafka-2.example.net:9093"]
    assert kwargs["security_protocol"] == "SASL_SSL"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (kwargs["sasl_plain_username"], kwargs["sasl_plain_password"]) == ("onecase", PASSWORD)
    context = kwargs["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert [c["subject"] for c in context.get_ca_certs()] == [
        ((("commonName", "Onecase local CA"),),)
    ]


def test_redrive_reads_and_republishes_with_the_security_settings(
    monkeypatch: pytest.MonkeyPatch, sasl_ssl: KafkaSettings
) -> None:
    recorder = _Recorder()
    monkeypatch.setattr(onecase_cli.redrive, "AIOKafkaConsumer", recorder.client("consumer"))
    monkeypatch.setattr(onecase_cli.redrive, "AIOKafkaProducer", recorder.client("producer"))
    with pytest.raises(_StoppedError):
        asyncio.run(redrive(sasl_ssl, "onecase.cases.v1.dlq", only=RedriveFilter(), dry_run=True))
    assert recorder.kinds() == ["consumer", "producer"]
    for _kind, kwargs in recorder.built:
        assert_connects_securely(kwargs)


def test_replay_reads_raw_deliveries_with_the_security_settings(
    monkeypatch: pytest.MonkeyPatch, sasl_ssl: KafkaSettings
) -> None:
    recorder = _Recorder()

    async def one_partition(settings: KafkaSettings, topic: str) -> list[int]:
        assert settings is sasl_ssl
        return [0]

    monkeypatch.setattr(onecase_intake.replay, "topic_partitions", one_partition)
    monkeypatch.setattr(onecase_intake.replay, "AIOKafkaConsumer", recorder.client("consumer"))

    async def first() -> None:
        async for _raw in raw_deliveries(sasl_ssl, since=None):
            break

    with pytest.raises(_StoppedError):
        asyncio.run(first())
    assert recorder.kinds() == ["consumer"]
    assert_connects_securely(recorder.built[0][1])


def test_the_topic_admin_of_replay_redrive_and_services_uses_the_security_settings(
    monkeypatch: pytest.MonkeyPatch, sasl_ssl: KafkaSettings
) -> None:
    recorder = _Recorder()
    admin = recorder.client("admin")
    monkeypatch.setattr(onecase_shared.kafka.broker_factory, "AIOKafkaAdminClient", admin)
    with pytest.raises(_StoppedError):
        asyncio.run(topic_partitions(sasl_ssl, "onecase.intake.raw.v1"))
    with pytest.raises(_StoppedError):
        asyncio.run(ensure_topics(sasl_ssl, ["onecase.intake.raw.v1"]))
    assert recorder.kinds() == ["admin", "admin"]
    for _kind, kwargs in recorder.built:
        assert_connects_securely(kwargs)


def test_the_launchers_readiness_check_uses_the_security_settings(
    monkeypatch: pytest.MonkeyPatch, sasl_ssl: KafkaSettings
) -> None:
    recorder = _Recorder()
    monkeypatch.setattr(
        onecase_localinfra.kafka_readiness, "AIOKafkaAdminClient", recorder.client("admin")
    )
    # A client that cannot start means "not ready yet", never an exception.
    assert broker_ready(sasl_ssl) is False
    assert recorder.kinds() == ["admin"]
    assert_connects_securely(recorder.built[0][1])


def test_the_launchers_own_broker_is_probed_on_its_plaintext_listener(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The environment may describe a managed cluster; the broker the launcher starts has only
    # a PLAINTEXT listener, and its readiness must be asked there.
    monkeypatch.setenv("ONECASE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("ONECASE_KAFKA_SASL_USERNAME", "onecase")
    monkeypatch.setenv("ONECASE_KAFKA_SASL_PASSWORD", PASSWORD)
    kafka = LocalKafka(cache_dir=tmp_path, data_dir=tmp_path / "kafka", port=19092)
    settings = kafka.client_settings()
    assert (settings.bootstrap_servers, settings.security_protocol) == (
        ["127.0.0.1:19092"],
        "PLAINTEXT",
    )


def test_a_cluster_nodes_readiness_is_asked_over_sasl_ssl(tmp_path: Path) -> None:
    cluster = LocalKafkaCluster(
        cache_dir=tmp_path, data_dir=tmp_path / "cluster", ports=(1, 2), controller_ports=(3, 4)
    )
    node = cluster.nodes[1]
    settings = node.client_settings()
    assert settings.bootstrap_servers == ["127.0.0.1:2"]
    assert (settings.security_protocol, settings.sasl_username) == ("SASL_SSL", "onecase")
    assert settings.sasl_password.get_secret_value() == cluster.layout.client_password
    assert settings.ssl_ca_file == cluster.layout.ca_file


def test_bench_clients_use_the_security_settings_of_the_environment(
    monkeypatch: pytest.MonkeyPatch, sasl_ssl: KafkaSettings
) -> None:
    for name, value in {
        "SECURITY_PROTOCOL": "SASL_SSL",
        "SASL_MECHANISM": "SCRAM-SHA-512",
        "SASL_USERNAME": "onecase",
        "SASL_PASSWORD": PASSWORD,
        "SSL_CA_FILE": str(sasl_ssl.ssl_ca_file),
    }.items():
        monkeypatch.setenv(f"ONECASE_KAFKA_{name}", value)
    recorder = _Recorder()
    monkeypatch.setattr(bench.baselines, "AIOKafkaProducer", recorder.client("producer"))
    bench.baselines._producer(sasl_ssl.bootstrap)
    assert recorder.kinds() == ["producer"]
    assert_connects_securely(recorder.built[0][1])


def _client_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(), filename=str(path))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in AIOKAFKA_CLIENTS
    ]


def test_no_kafka_client_is_built_from_a_bare_bootstrap_address() -> None:
    # A client gets its connection (bootstrap, TLS, SASL) as one `**` mapping from
    # client_options; one given `bootstrap_servers=` itself skips the security settings.
    calls = 0
    bare = []
    for directory in SOURCE_DIRS:
        for path in sorted((ROOT / directory).rglob("*.py")):
            for call in _client_calls(path):
                calls += 1
                named = {k.arg for k in call.keywords if k.arg is not None}
                spread = [k for k in call.keywords if k.arg is None]
                if "bootstrap_servers" in named or not spread:
                    bare.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert calls >= 10, "the scan found too few clients: has the code moved?"
    assert bare == [], f"Kafka clients built without client_options: {bare}"
