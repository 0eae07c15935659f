"""A local KRaft cluster of N Apache Kafka brokers with SASL_SSL listeners, from the same jars.

Each node is broker and controller (the controllers form an N-voter quorum). Clients and
brokers talk SASL_SSL with SCRAM-SHA-512: a throwaway CA signs every broker's certificate
(127.0.0.1 and localhost), the SCRAM users are written into the metadata when the storage is
formatted. The controllers talk plaintext among themselves, on 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient

from onecase_localinfra.kafka_readiness import port_open
from onecase_localinfra.kafka_server import HOST, LocalKafka, _new_cluster_id
from onecase_localinfra.tls_certs import LocalCertificateAuthority, ServerCertificate
from onecase_shared.kafka import client_options
from onecase_shared.settings import KafkaSettings

MECHANISM = "SCRAM-SHA-512"
INTER_BROKER_USER = "broker"
CLIENT_USER = "onecase"


@dataclass(frozen=True)
class ClusterLayout:
    """What every node must agree on: ports, the cluster id, users and the CA."""

    cluster_id: str
    ports: tuple[int, ...]
    controller_ports: tuple[int, ...]
    ca_file: Path
    broker_password: str
    client_password: str

    @property
    def voters(self) -> str:
        """The static controller quorum, `id@host:port` for each node."""
        return ",".join(f"{i + 1}@{HOST}:{port}" for i, port in enumerate(self.controller_ports))

    @property
    def bootstrap(self) -> str:
        """Every broker's client address, comma separated."""
        return ",".join(f"{HOST}:{port}" for port in self.ports)

    def client_settings(self, **overrides: Any) -> KafkaSettings:
        """KafkaSettings of the cluster's client user (SASL_SSL), `overrides` replacing some."""
        values: dict[str, Any] = {
            "bootstrap": self.bootstrap,
            "security_protocol": "SASL_SSL",
            "sasl_mechanism": MECHANISM,
            "sasl_username": CLIENT_USER,
            "sasl_password": self.client_password,
            "ssl_ca_file": self.ca_file,
        }
        return KafkaSettings(**(values | overrides))


def _pem_value(text: str) -> str:
    # A .properties value on one line: Java reads `\n` back as a line break.
    return text.strip().replace("\n", "\\n")


def _jaas(user: str, password: str) -> str:
    return (
        "org.apache.kafka.common.security.scram.ScramLoginModule required "
        f'username="{user}" password="{password}";'
    )


class ClusterNode(LocalKafka):
    """One broker+controller of a LocalKafkaCluster."""

    def __init__(
        self,
        *,
        node_id: int,
        layout: ClusterLayout,
        certificate: ServerCertificate,
        cache_dir: Path,
        data_dir: Path,
        num_partitions: int,
    ) -> None:
        """Describe node `node_id` (1-based); nothing starts until :meth:`start`."""
        super().__init__(
            cache_dir=cache_dir,
            data_dir=data_dir,
            port=layout.ports[node_id - 1],
            controller_port=layout.controller_ports[node_id - 1],
            num_partitions=num_partitions,
        )
        self.node_id = node_id
        self.layout = layout
        self.certificate = certificate

    def _cluster_id(self) -> str:
        return self.layout.cluster_id

    def _properties(self, log_dir: Path) -> str:
        layout = self.layout
        replicas = str(min(3, len(layout.ports)))
        min_isr = str(min(2, len(layout.ports)))
        props = {
            "process.roles": "broker,controller",
            "node.id": str(self.node_id),
            "controller.quorum.voters": layout.voters,
            "listeners": f"SASL_SSL://{HOST}:{self.port},CONTROLLER://{HOST}:{self.controller_port}",
            "advertised.listeners": f"SASL_SSL://{HOST}:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL",
            "inter.broker.listener.name": "SASL_SSL",
            "sasl.enabled.mechanisms": MECHANISM,
            "sasl.mechanism.inter.broker.protocol": MECHANISM,
            f"listener.name.sasl_ssl.{MECHANISM.lower()}.sasl.jaas.config": _jaas(
                INTER_BROKER_USER, layout.broker_password
            ),
            "ssl.keystore.type": "PEM",
            "ssl.keystore.certificate.chain": _pem_value(self.certificate.cert_file.read_text()),
            "ssl.keystore.key": _pem_value(self.certificate.key_file.read_text()),
            "ssl.truststore.type": "PEM",
            "ssl.truststore.certificates": _pem_value(layout.ca_file.read_text()),
            "log.dirs": str(log_dir),
            "default.replication.factor": replicas,
            "min.insync.replicas": min_isr,
            "offsets.topic.replication.factor": replicas,
            "transaction.state.log.replication.factor": replicas,
            "transaction.state.log.min.isr": min_isr,
            "share.coordinator.state.topic.replication.factor": replicas,
            "share.coordinator.state.topic.min.isr": min_isr,
            "group.initial.rebalance.delay.ms": "0",
            "num.partitions": str(self.num_partitions),
            "auto.create.topics.enable": "false",
            "broker.session.timeout.ms": "3000",
            "broker.heartbeat.interval.ms": "500",
            # A killed node must not wait long to be elected leader again once it is back.
            "leader.imbalance.check.interval.seconds": "10",
        }
        return "".join(f"{key}={value}\n" for key, value in props.items())

    def _format_options(self) -> list[str]:
        users = (
            (INTER_BROKER_USER, self.layout.broker_password),
            (CLIENT_USER, self.layout.client_password),
        )
        options: list[str] = []
        for user, password in users:
            options += ["--add-scram", f"{MECHANISM}=[name={user},password={password}]"]
        return options

    def client_settings(self) -> KafkaSettings:
        """How a client reaches this node alone: SASL_SSL as the cluster's client user."""
        return self.layout.client_settings(bootstrap=f"{HOST}:{self.port}")

    def _ready(self) -> bool:
        if not port_open(self.port):
            return False
        try:
            return asyncio.run(_node_registered(self.client_settings(), self.node_id))
        except Exception:  # any failure only means "not ready yet"
            return False


class LocalKafkaCluster:
    """N nodes on 127.0.0.1 whose clients connect with SASL_SSL and SCRAM-SHA-512."""

    def __init__(
        self,
        *,
        cache_dir: Path,
        data_dir: Path,
        ports: tuple[int, ...],
        controller_ports: tuple[int, ...],
        num_partitions: int = 6,
    ) -> None:
        """Make the CA, the certificates and the passwords; nothing starts until :meth:`start`."""
        if len(ports) != len(controller_ports):
            msg = "one controller port per broker port"
            raise ValueError(msg)
        ca = LocalCertificateAuthority(data_dir / "tls")
        self.layout = ClusterLayout(
            cluster_id=_new_cluster_id(),
            ports=ports,
            controller_ports=controller_ports,
            ca_file=ca.ca_file,
            broker_password=secrets.token_urlsafe(24),
            client_password=secrets.token_urlsafe(24),
        )
        self.nodes = [
            ClusterNode(
                node_id=i + 1,
                layout=self.layout,
                certificate=ca.issue(f"broker-{i + 1}"),
                cache_dir=cache_dir,
                data_dir=data_dir / f"node-{i + 1}",
                num_partitions=num_partitions,
            )
            for i in range(len(ports))
        ]

    def client_env(self) -> dict[str, str]:
        """The `ONECASE_KAFKA_*` variables a service needs to use this cluster."""
        return {
            "ONECASE_KAFKA_BOOTSTRAP": self.layout.bootstrap,
            "ONECASE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "ONECASE_KAFKA_SASL_MECHANISM": MECHANISM,
            "ONECASE_KAFKA_SASL_USERNAME": CLIENT_USER,
            "ONECASE_KAFKA_SASL_PASSWORD": self.layout.client_password,
            "ONECASE_KAFKA_SSL_CA_FILE": str(self.layout.ca_file),
        }

    def settings(self, **overrides: Any) -> KafkaSettings:
        """KafkaSettings for this cluster, as `client_env` gives them, `overrides` replacing some."""
        return self.layout.client_settings(**overrides)

    def start(self, timeout: float = 180.0) -> None:
        """Start every node; the quorum needs a majority, so they start side by side."""
        import concurrent.futures

        with concurrent.futures.ThreadPoolExecutor(max_workers=len(self.nodes)) as pool:
            for future in [pool.submit(node.start, timeout) for node in self.nodes]:
                future.result()

    def stop(self) -> None:
        """Stop every node that runs (SIGTERM, then SIGKILL)."""
        for node in self.nodes:
            node.stop()


async def _node_registered(settings: KafkaSettings, node_id: int) -> bool:
    """Whether the node `settings` reach answers metadata and lists itself as a broker."""
    admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=5000)
    try:
        await admin.start()
        brokers = (await admin.describe_cluster()).get("brokers") or []
        return any(b["node_id"] == node_id for b in brokers)
    finally:
        await admin.close()
