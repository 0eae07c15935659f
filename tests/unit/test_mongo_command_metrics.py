from datetime import timedelta

from prometheus_client import CollectorRegistry, generate_latest
from pymongo.monitoring import CommandFailedEvent, CommandStartedEvent, CommandSucceededEvent

from onecase_shared.mongo import MongoCommandCounter, create_mongo_client
from onecase_shared.settings import MongoSettings

SERVER = ("127.0.0.1", 27017)
METRIC = "onecase_mongo_commands_total"


def started(command: dict[str, object], request_id: int) -> CommandStartedEvent:
    return CommandStartedEvent(command, "onecase", request_id, SERVER, request_id)


def commands(registry: CollectorRegistry, name: str) -> float | None:
    return registry.get_sample_value(METRIC, {"command": name})


def test_every_command_sent_counts_once_by_name() -> None:
    registry = CollectorRegistry()
    listener = MongoCommandCounter(registry)

    listener.started(started({"insert": "cases", "documents": [{}]}, 1))
    listener.succeeded(
        CommandSucceededEvent(timedelta(milliseconds=1), {"ok": 1}, "insert", 1, SERVER, 1)
    )
    listener.started(started({"findAndModify": "counters", "update": {}}, 2))
    listener.succeeded(
        CommandSucceededEvent(timedelta(milliseconds=1), {"ok": 1}, "findAndModify", 2, SERVER, 2)
    )
    listener.started(started({"insert": "cases", "documents": [{}]}, 3))
    listener.succeeded(
        CommandSucceededEvent(timedelta(milliseconds=1), {"ok": 1}, "insert", 3, SERVER, 3)
    )

    assert commands(registry, "insert") == 2
    assert commands(registry, "findAndModify") == 1
    assert commands(registry, "find") is None


def test_a_failed_command_is_still_a_round_trip() -> None:
    registry = CollectorRegistry()
    listener = MongoCommandCounter(registry)

    listener.started(started({"insert": "deliveries", "documents": [{}]}, 7))
    listener.failed(
        CommandFailedEvent(
            timedelta(milliseconds=1),
            {"ok": 0, "code": 11000, "errmsg": "duplicate key"},
            "insert",
            7,
            SERVER,
            7,
        )
    )

    assert commands(registry, "insert") == 1


async def test_the_client_reports_to_the_registry_it_is_given() -> None:
    registry = CollectorRegistry()
    client = create_mongo_client(MongoSettings(), registry=registry)
    try:
        (listener,) = client.options.event_listeners
        assert isinstance(listener, MongoCommandCounter)
        listener.started(started({"find": "cases", "filter": {}}, 1))
    finally:
        await client.close()

    exposition = generate_latest(registry).decode()
    assert f"# HELP {METRIC} " in exposition
    assert f'{METRIC}{{command="find"}} 1.0' in exposition


async def test_without_a_registry_nothing_listens() -> None:
    client = create_mongo_client(MongoSettings())
    try:
        assert client.options.event_listeners == []
    finally:
        await client.close()
