"""The public event contract: every model on the bus, and the topics they travel on."""

from onecase_shared.events.cases import (
    AgentRefV1,
    CaseEventKind,
    CaseEventV1,
    CaseFactsV1,
    CategoryV1,
    ReplyTargetV1,
    SlaAlertV1,
    UrgencyReasonV1,
    UrgencyV1,
)
from onecase_shared.events.channels import Channel, HandleKind, HandleV1
from onecase_shared.events.envelope import Event, utc_now
from onecase_shared.events.intake import (
    AttachmentV1,
    ComplaintReceivedV1,
    QuarantinedDeliveryV1,
    RawDeliveryReceivedV1,
)
from onecase_shared.events.notifications import (
    NotificationFailedV1,
    NotificationKind,
    NotificationSentV1,
)
from onecase_shared.events.privacy import CustomerErasedV1, DeliveryRefV1
from onecase_shared.events.topics import Topic, dlq_topic

__all__ = [
    "AgentRefV1",
    "AttachmentV1",
    "CaseEventKind",
    "CaseEventV1",
    "CaseFactsV1",
    "CategoryV1",
    "Channel",
    "ComplaintReceivedV1",
    "CustomerErasedV1",
    "DeliveryRefV1",
    "Event",
    "HandleKind",
    "HandleV1",
    "NotificationFailedV1",
    "NotificationKind",
    "NotificationSentV1",
    "QuarantinedDeliveryV1",
    "RawDeliveryReceivedV1",
    "ReplyTargetV1",
    "SlaAlertV1",
    "Topic",
    "UrgencyReasonV1",
    "UrgencyV1",
    "dlq_topic",
    "utc_now",
]
