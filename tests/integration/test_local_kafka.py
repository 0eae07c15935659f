"""A real single-node Kafka from Maven Central jars: produce, consume, restart, stop."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

import onecase_localinfra.kafka_server as kafka_server
from onecase_localinfra.kafka_server import LocalKafka, stop_from_pidfile
from onecase_localinfra.processes import is_alive
from tests.integration.conftest import free_ports

pytestmark = pytest.mark.integration

IO_TIMEOUT = 30.0


def _broker(cache_dir: Path, data_dir: Path) -> LocalKafka:
    port, controller_port = free_ports(2)
    return LocalKafka(
        cache_dir=cache_dir, data_dir=data_dir, port=port, controller_port=controller_port
    )


async def _produce(bootstrap: str, topic: str, value: bytes) -> tuple[int, int]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        meta = await asyncio.wait_for(producer.send_and_wait(topic, value, key=b"k"), IO_TIMEOUT)
        return int(meta.partition), int(meta.offset)
    finally:
        await producer.stop()


async def _consume_one_and_commit(bootstrap: str, topic: str, group: str) -> tuple[bytes, int]:
    """Read the next record for ``group``, commit past it, return (value, committed)."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        record = await asyncio.wait_for(consumer.getone(), IO_TIMEOUT)
        await consumer.commit()
        tp = TopicPartition(topic, record.partition)
        committed = await consumer.committed(tp)
        return bytes(record.value), int(committed)
    finally:
        await consumer.stop()


async def _committed(bootstrap: str, topic: str, partition: int, group: str) -> int | None:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group)
    await consumer.start()
    try:
        result = await consumer.committed(TopicPartition(topic, partition))
        return None if result is None else int(result)
    finally:
        await consumer.stop()


async def _topics(bootstrap: str) -> list[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return list(await admin.list_topics())
    finally:
        await admin.close()


def test_topic_and_committed_offset_survive_restart(cache_dir: Path, tmp_path: Path) -> None:
    """A clean stop/start on the same data_dir keeps topics and group offsets."""
    kafka = _broker(cache_dir, tmp_path / "kafka")
    topic, group = f"smoke-{uuid.uuid4().hex[:8]}", "smoke-group"
    try:
        kafka.start()
        first_pid = kafka.pid
        assert first_pid is not None
        assert kafka.is_running()
        assert kafka.pid_file.read_text().strip() == str(first_pid)

        partition, offset = asyncio.run(_produce(kafka.bootstrap, topic, b"before restart"))
        value, committed = asyncio.run(_consume_one_and_commit(kafka.bootstrap, topic, group))
        assert value == b"before restart"
        assert committed == offset + 1

        kafka.stop()
        assert not kafka.is_running()
        assert not is_alive(first_pid), "the broker JVM outlived stop()"
        assert not kafka.pid_file.exists()
        kafka.stop()  # idempotent

        kafka.start()
        assert kafka.pid != first_pid
        assert topic in asyncio.run(_topics(kafka.bootstrap))
        assert asyncio.run(_committed(kafka.bootstrap, topic, partition, group)) == committed

        # The group resumes after its committed offset, not from the start.
        asyncio.run(_produce(kafka.bootstrap, topic, b"after restart"))
        value, _ = asyncio.run(_consume_one_and_commit(kafka.bootstrap, topic, group))
        assert value == b"after restart"
    finally:
        pid = kafka.pid
        kafka.stop()
    assert pid is not None
    assert not is_alive(pid)


def test_stop_from_pidfile_stops_a_broker_started_by_another_process(
    cache_dir: Path, tmp_path: Path
) -> None:
    """A broker outlives the process that started it until stop_from_pidfile ends it."""
    data_dir = tmp_path / "kafka"
    port, controller_port = free_ports(2)
    starter = (
        "import sys; from pathlib import Path\n"
        "from onecase_localinfra.kafka_server import LocalKafka\n"
        "LocalKafka(cache_dir=Path(sys.argv[1]), data_dir=Path(sys.argv[2]),"
        " port=int(sys.argv[3]), controller_port=int(sys.argv[4])).start()\n"
    )
    package_root = Path(kafka_server.__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package_root), *sys.path])}
    args = [str(cache_dir), str(data_dir), str(port), str(controller_port)]
    subprocess.run([sys.executable, "-c", starter, *args], env=env, check=True, timeout=180)  # noqa: S603

    pid = int((data_dir / kafka_server.PID_FILE).read_text())
    try:
        assert is_alive(pid), "the broker died with the process that started it"
        assert stop_from_pidfile(data_dir)
        assert not is_alive(pid)
        assert not stop_from_pidfile(data_dir)
    finally:
        if is_alive(pid):
            os.killpg(pid, signal.SIGKILL)
