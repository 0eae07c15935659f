"""The pure privacy rules: who may export or erase, what a case shell keeps, what an erasure says."""

from __future__ import annotations

from uuid import uuid4

import pytest

from onecase_shared.events import ComplaintReceivedV1, Topic, utc_now
from onecase_shared.kafka.broker_factory import topic_configs
from onecase_shared.settings import KafkaSettings, RetentionSettings
from onecase_triage.domain.case_opening import assess, case_id_for, new_case
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.desk_permissions import DeskRole, DeskUser
from onecase_triage.domain.personal_data import (
    ERASED,
    CaseHeld,
    CustomerHoldings,
    case_shell,
    erasure_event,
    may_handle_personal_data,
)
from tests.builders import chat_from, email_from

ADDRESS = "nina.k@example.com"
WORDS = "order 88123 arrived smashed, I am furious"


def a_case() -> tuple[CaseRecord, list[ComplaintReceivedV1]]:
    email = email_from(ADDRESS, WORDS, subject="Smashed vase, order 88123")
    chat = chat_from("v-nina", WORDS)
    case = new_case(
        email,
        case_id=case_id_for(email),
        customer_id="cus-nina",
        assessment=assess(email),
        weight=1.0,
        sla=(),
        opened_at=utc_now(),
    )
    return case, [email, chat]


@pytest.mark.parametrize(
    ("role", "allowed"), [(DeskRole.AGENT, False), (DeskRole.LEAD, True), (DeskRole.ADMIN, True)]
)
def test_only_leads_and_admins_handle_personal_data(role: DeskRole, allowed: bool) -> None:
    assert may_handle_personal_data(DeskUser(user_id="someone", role=role)) is allowed


def test_a_case_shell_keeps_counts_and_loses_everything_about_the_customer() -> None:
    case, _ = a_case()
    assert ADDRESS in case.model_dump_json()
    assert "88123" in case.model_dump_json()

    shell = case_shell(case, now=utc_now())

    text = shell.model_dump_json()
    for trace in (ADDRESS, "88123", "smashed", "furious", "cus-nina"):
        assert trace not in text, trace
    assert (shell.number, shell.case_id, shell.category.name) == (
        case.number,
        case.case_id,
        case.category.name,
    )
    assert (shell.urgency.level, shell.urgency.score) == (case.urgency.level, case.urgency.score)
    assert shell.customer_id == ERASED
    assert not shell.is_open
    assert shell.follow_up_done
    assert shell.lead_follow_up_done


def test_the_erasure_event_names_records_by_id_only() -> None:
    case, messages = a_case()
    holdings = CustomerHoldings(
        customer_id="cus-nina",
        exported_at=utc_now(),
        customers=[{"customer_id": "cus-nina", "display_name": "Nina K"}],
        handles=[{"key": f"email:{ADDRESS}"}],
        merges=[],
        cases=[CaseHeld(case=case, messages=[*messages, messages[0]], notifications=[])],
    )
    erasure_id = uuid4()

    event = erasure_event(holdings, erasure_id=erasure_id)

    assert event.erasure_id == erasure_id
    assert event.customer_ids == ("cus-nina",)
    assert event.case_ids == (case.case_id,)
    assert event.complaint_ids == tuple(m.complaint_id for m in messages)
    assert [(d.channel, d.delivery_id) for d in event.deliveries] == [
        (m.channel, m.raw_delivery_id) for m in messages
    ]
    text = event.model_dump_json()
    for trace in (ADDRESS, "Nina", "88123", "v-nina"):
        assert trace not in text, trace


def test_raw_topics_keep_raw_deliveries_for_their_own_period() -> None:
    kafka = KafkaSettings()
    retention = RetentionSettings(raw_deliveries_days=3, event_topics_days=10)
    day_ms = 24 * 3600 * 1000
    for topic in (Topic.INTAKE_RAW, Topic.INTAKE_RAW.dlq(), Topic.INTAKE_QUARANTINE):
        assert topic_configs(kafka, topic, retention)["retention.ms"] == str(3 * day_ms)
    for topic in (Topic.COMPLAINTS, Topic.CASES, Topic.PRIVACY.dlq()):
        assert topic_configs(kafka, topic, retention)["retention.ms"] == str(10 * day_ms)
    # Without a retention, a topic keeps the broker's.
    assert "retention.ms" not in topic_configs(kafka, Topic.INTAKE_RAW, None)
