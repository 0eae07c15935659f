"""Each metrics registry gets its own consumer counters, even when an old one's id is reused."""

from prometheus_client import CollectorRegistry

from onecase_shared.kafka import reliable_consumer


def test_a_new_registry_never_gets_counters_registered_in_a_gone_one() -> None:
    seen_ids: set[int] = set()
    for _ in range(50):
        registry = CollectorRegistry()
        metrics = reliable_consumer._metrics(registry)
        metrics.dead_letters.labels("t", "g", "retry_time_exceeded").inc()
        labels = {"topic": "t", "group": "g", "reason": "retry_time_exceeded"}
        assert registry.get_sample_value("onecase_consumer_dead_letters_total", labels) == 1
        seen_ids.add(id(registry))
        del registry, metrics
    # CPython hands a freed registry's address to the next one: the case this guards against.
    assert len(seen_ids) < 50


def test_consumers_sharing_a_registry_share_its_counters() -> None:
    registry = CollectorRegistry()
    assert reliable_consumer._metrics(registry) is reliable_consumer._metrics(registry)
