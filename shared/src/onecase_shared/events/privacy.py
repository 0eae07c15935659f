"""Events about customers' personal data: what every service must erase, by id."""

from __future__ import annotations

from typing import ClassVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from onecase_shared.events.channels import Channel
from onecase_shared.events.envelope import Event


class DeliveryRefV1(BaseModel):
    """One raw webhook delivery, as intake keyed it: its channel and the provider's id."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    channel: Channel
    delivery_id: str


class CustomerErasedV1(Event):
    """A customer was erased at the desk: erase every record these ids name.

    Carries ids only, never a name, handle or text: consumers delete what they hold under
    them. Kafka records themselves (the raw topic included) go by their topic's retention.
    """

    event_type: ClassVar[str] = "triage.customer_erased"

    erasure_id: UUID  # the desk's audit record of the request
    customer_ids: tuple[str, ...]  # the customer and every customer merged into it
    case_ids: tuple[UUID, ...] = ()
    complaint_ids: tuple[UUID, ...] = ()
    deliveries: tuple[DeliveryRefV1, ...] = ()
