"""Every topic a service reads has its dead-letter topic created at start (issue 11)."""

import pytest

from onecase_intake.main import TOPICS as INTAKE_TOPICS
from onecase_notify.main import TOPICS as NOTIFY_TOPICS
from onecase_shared.events import Topic
from onecase_triage.main import TOPICS as TRIAGE_TOPICS

READS = [
    (INTAKE_TOPICS, Topic.INTAKE_RAW),
    (TRIAGE_TOPICS, Topic.COMPLAINTS),
    (TRIAGE_TOPICS, Topic.NOTIFICATIONS),
    (NOTIFY_TOPICS, Topic.CASES),
    (INTAKE_TOPICS, Topic.PRIVACY),
    (NOTIFY_TOPICS, Topic.PRIVACY),
]


@pytest.mark.parametrize(("created", "read"), READS)
def test_a_read_topic_and_its_dlq_are_created_together(
    created: tuple[str, ...], read: Topic
) -> None:
    assert read in created
    assert read.dlq() in created
