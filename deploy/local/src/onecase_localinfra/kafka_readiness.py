"""When a local Kafka broker is ready: usable by clients, not only listening.

Ready means the port answers, broker metadata answers, and every `__consumer_offsets`
partition has finished loading its groups (see `_broker_ready` for why that matters).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import socket

from aiokafka.admin import AIOKafkaAdminClient

from onecase_shared.kafka import client_options
from onecase_shared.settings import KafkaSettings

HOST = "127.0.0.1"
GROUP_ID_NOT_FOUND = 69


def port_open(port: int) -> bool:
    """Whether something accepts TCP connections on 127.0.0.1:`port`."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((HOST, port)) == 0


def _group_partition(group: str, partitions: int) -> int:
    # Kafka's Utils.abs(groupId.hashCode()) % partitions, in 32-bit Java ints.
    h = 0
    for char in group:
        h = (31 * h + ord(char)) & 0xFFFFFFFF
    signed = h - (1 << 32) if h >= 1 << 31 else h
    return (0 if signed == -(1 << 31) else abs(signed)) % partitions


def _probe_groups(partitions: int) -> list[str]:
    """One group id per __consumer_offsets partition, as Kafka maps groups to them."""
    by_partition: dict[int, str] = {}
    i = 0
    while len(by_partition) < partitions:
        group = f"onecase-ready-probe-{i}"
        by_partition.setdefault(_group_partition(group, partitions), group)
        i += 1
    return list(by_partition.values())


async def _broker_ready(settings: KafkaSettings) -> bool:
    admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=5000)
    try:
        await admin.start()
        brokers = (await admin.describe_cluster()).get("brokers") or []
        if not brokers:
            return False
        topics = await admin.describe_topics()
        offsets = [t for t in topics if t["topic"] == "__consumer_offsets"]
        if not offsets:
            return True
        # After a restart each __consumer_offsets partition reloads its groups
        # for a moment; meanwhile OffsetFetch answers with a top-level error
        # that aiokafka ignores, so committed() would wrongly return None.
        # One group per request: aiokafka 0.14 decodes DescribeGroups v3 with
        # the v2 schema, so only the first group of a response reads right.
        node = brokers[0]["node_id"]
        answers = await asyncio.gather(
            *(
                admin.describe_consumer_groups([group], group_coordinator_id=node)
                for group in _probe_groups(len(offsets[0]["partitions"]))
            )
        )
        codes = [answer[0].to_object()["groups"][0]["error_code"] for answer in answers]
        return all(code in (0, GROUP_ID_NOT_FOUND) for code in codes)
    finally:
        await admin.close()


def broker_ready(settings: KafkaSettings) -> bool:
    """Whether the broker `settings` reach is usable: metadata answers, coordinators loaded.

    The client connects as the services do (TLS and SASL from the settings).
    """

    def run() -> bool:
        try:
            return asyncio.run(_broker_ready(settings))
        except Exception:  # any failure only means "not ready yet"
            return False

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return run()
    # asyncio.run refuses to nest, so a caller inside a loop gets a thread.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()
