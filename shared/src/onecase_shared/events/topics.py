"""The Kafka topics: the public, versioned names other systems consume."""

from enum import StrEnum


class Topic(StrEnum):
    """Every topic Onecase produces; `dlq()` names its dead-letter twin."""

    INTAKE_RAW = "onecase.intake.raw.v1"
    INTAKE_QUARANTINE = "onecase.intake.quarantine.v1"
    COMPLAINTS = "onecase.complaints.v1"
    CASES = "onecase.cases.v1"
    NOTIFICATIONS = "onecase.notifications.v1"
    PRIVACY = "onecase.privacy.v1"  # erasures every service acts on

    def dlq(self) -> str:
        """The dead-letter topic for messages that kept failing on this one."""
        return dlq_topic(self.value)


def dlq_topic(topic: str) -> str:
    """`<topic>.dlq`: where a message goes after its bounded retries."""
    return f"{topic}.dlq"
