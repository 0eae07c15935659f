"""Intake's producer picks the partition Kafka's default partitioner picks, for every key."""

from __future__ import annotations

import random

from aiokafka.partitioner import DefaultPartitioner
from aiokafka.partitioner import murmur2 as aiokafka_murmur2
from hypothesis import given
from hypothesis import strategies as st

from onecase_shared.kafka.partitioning import default_partition, murmur2


@given(st.binary(max_size=600))
def test_murmur2_is_aiokafkas_for_any_bytes(key: bytes) -> None:
    assert murmur2(key) == aiokafka_murmur2(key)


def test_murmur2_matches_at_every_length_around_word_and_table_boundaries() -> None:
    rng = random.Random(12)
    for length in range(300):
        for _ in range(4):
            key = rng.randbytes(length)
            assert murmur2(key) == aiokafka_murmur2(key), length


def test_known_values_of_kafkas_java_client() -> None:
    # From Kafka's own tests (org.apache.kafka.common.utils.UtilsTest#testMurmur2).
    assert murmur2(b"21") & 0xFFFFFFFF == (-973932308) & 0xFFFFFFFF
    assert murmur2(b"foobar") & 0xFFFFFFFF == (-790332482) & 0xFFFFFFFF
    assert murmur2(b"a-little-bit-long-string") & 0xFFFFFFFF == (-985981536) & 0xFFFFFFFF


@given(st.binary(min_size=1, max_size=80), st.integers(min_value=1, max_value=64))
def test_a_keyed_record_goes_where_the_default_partitioner_sends_it(key: bytes, count: int) -> None:
    partitions = list(range(count))
    available = partitions[: max(1, count // 2)]
    assert default_partition(key, partitions, available) == DefaultPartitioner()(
        key, partitions, available
    )


def test_an_unkeyed_record_goes_to_an_available_partition() -> None:
    picks = {default_partition(None, [0, 1, 2, 3], [1, 3]) for _ in range(200)}
    assert picks == {1, 3}
    assert default_partition(None, [0, 1], []) in {0, 1}
