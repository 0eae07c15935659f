"""Find Kafka and a MongoDB-wire server: environment → Docker (testcontainers) → local launcher."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from onecase_localinfra.kafka_server import KAFKA_VERSION, LocalKafka
from onecase_localinfra.mongo_server import LocalMongoWire

KAFKA_ENV = "ONECASE_KAFKA_BOOTSTRAP"
MONGO_ENV = "ONECASE_MONGO_URI"


@dataclass
class Endpoint:
    """A server to use, where it came from, and how to stop it if we started it."""

    address: str
    source: str  # "environment", "testcontainers" or "local launcher"
    stop: Callable[[], None] = field(default=lambda: None)
    container_id: str | None = None


def docker_answers() -> bool:
    """Whether a Docker engine answers a ping (testcontainers needs one)."""
    try:
        import docker
    except ImportError:
        return False
    try:
        docker.from_env(timeout=3).ping()
    except Exception:
        return False
    return True


def find_kafka(*, cache_dir: Path, data_dir: Path, port: int, controller_port: int) -> Endpoint:
    """Kafka from `ONECASE_KAFKA_BOOTSTRAP`, else a container, else a local KRaft broker."""
    if bootstrap := os.environ.get(KAFKA_ENV):
        return Endpoint(bootstrap, "environment")
    if docker_answers():
        from testcontainers.community.kafka import KafkaContainer

        container = KafkaContainer(f"apache/kafka:{KAFKA_VERSION}").with_kraft().start()
        return Endpoint(
            container.get_bootstrap_server(),
            "testcontainers",
            container.stop,
            container.get_wrapped_container().id,
        )
    kafka = LocalKafka(
        cache_dir=cache_dir,
        data_dir=data_dir,
        port=port,
        controller_port=controller_port,
        log_file=data_dir / "kafka.log",
    )
    kafka.start()
    return Endpoint(kafka.bootstrap, "local launcher", kafka.stop)


def find_mongo(*, cache_dir: Path, data_dir: Path, port: int) -> Endpoint:
    """Mongo from `ONECASE_MONGO_URI`, else a container, else the local MongoDB-wire server."""
    if uri := os.environ.get(MONGO_ENV):
        return Endpoint(uri, "environment")
    if docker_answers():
        from testcontainers.community.mongodb import MongoDbContainer

        container = MongoDbContainer("mongo:8").start()
        return Endpoint(
            container.get_connection_url(),
            "testcontainers",
            container.stop,
            container.get_wrapped_container().id,
        )
    mongo = LocalMongoWire(cache_dir=cache_dir, data_dir=data_dir, port=port)
    mongo.start()
    return Endpoint(mongo.uri, "local launcher", mongo.stop)
