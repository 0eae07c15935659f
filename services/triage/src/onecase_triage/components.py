"""Triage's composition root: every store and service of triage, wired on one database.

This is the one place that names triage's concrete services and Mongo adapters. `main.py` hosts
the graph in a process (the Kafka broker and subscriptions, the Mongo client, the HTTP app and
its lifespan); tests and benchmarks build the very same graph with `build_components`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pymongo.asynchronous.database import AsyncDatabase

from onecase_shared.events import utc_now
from onecase_shared.mongo import Document
from onecase_triage.adapters import (
    mongo_agent_directory,
    mongo_case_store,
    mongo_identity_store,
    mongo_privacy_audit,
    mongo_retention,
    mongo_sent_messages,
)
from onecase_triage.adapters.mongo_case_stats import MongoCaseStats
from onecase_triage.adapters.mongo_customer_records import MongoCustomerRecords
from onecase_triage.case_metrics import CaseStatsSource
from onecase_triage.desk.case_views import DeskViews
from onecase_triage.domain.identity_evidence import EvidencePolicy
from onecase_triage.domain.personal_data import RetentionPolicy
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.ports import CaseEventPublisher
from onecase_triage.service.assignment import CaseAssignment
from onecase_triage.service.case_desk import CaseDesk
from onecase_triage.service.case_queue import CaseQueue
from onecase_triage.service.case_relay import CaseRelay
from onecase_triage.service.case_sweeps import CaseSweeps
from onecase_triage.service.complaint_triage import ComplaintTriage
from onecase_triage.service.contact_verification import ContactVerification
from onecase_triage.service.customer_privacy import CustomerPrivacy, ErasurePublisher
from onecase_triage.service.identity_service import CustomerIdentity
from onecase_triage.service.retention_sweep import RetentionSweep

INDEXES = (
    *mongo_case_store.INDEXES,
    *mongo_identity_store.INDEXES,
    *mongo_agent_directory.INDEXES,
    *mongo_sent_messages.INDEXES,
    *mongo_privacy_audit.INDEXES,
    *mongo_retention.INDEXES,
)


@dataclass(frozen=True)
class TriageComponents:
    """Every store and service of triage, wired."""

    cases: mongo_case_store.MongoCaseRepository
    roster: mongo_agent_directory.MongoAgentDirectory
    agents: CaseAssignment
    identities: mongo_identity_store.MongoIdentityStore
    identity: CustomerIdentity
    contacts: ContactVerification
    sent: mongo_sent_messages.MongoSentMessages
    relay: CaseRelay
    queue: CaseQueue
    desk: CaseDesk
    triage: ComplaintTriage
    sweeps: CaseSweeps
    views: DeskViews


def build_components(
    db: AsyncDatabase[Document],
    *,
    publisher: CaseEventPublisher,
    rules: TriageRules,
    evidence: EvidencePolicy,
    clock: Callable[[], datetime] = utc_now,
    fault: Callable[[str], None] = lambda _point: None,
) -> TriageComponents:
    """Wire triage's stores and services on `db`, publishing case events with `publisher`.

    `fault` is called at named points between writes and publishes (crash tests).
    """
    cases = mongo_case_store.MongoCaseRepository(db)
    roster = mongo_agent_directory.MongoAgentDirectory(db)
    identities = mongo_identity_store.MongoIdentityStore(db)
    sent = mongo_sent_messages.MongoSentMessages(db)
    relay = CaseRelay(cases=cases, publisher=publisher, clock=clock, fault=fault)
    assignment = CaseAssignment(roster=roster, cases=cases, rules=rules, clock=clock)
    identity = CustomerIdentity(identities=identities, cases=cases, policy=evidence)
    contacts = ContactVerification(cases=cases, identity=identity, relay=relay, clock=clock)
    queue = CaseQueue(cases=cases, assignment=assignment, relay=relay, clock=clock)
    desk = CaseDesk(
        cases=cases,
        roster=roster,
        assignment=assignment,
        queue=queue,
        relay=relay,
        identity=identity,
        contacts=contacts,
        rules=rules,
        clock=clock,
    )
    return TriageComponents(
        cases=cases,
        roster=roster,
        agents=assignment,
        identities=identities,
        identity=identity,
        contacts=contacts,
        sent=sent,
        relay=relay,
        queue=queue,
        desk=desk,
        triage=ComplaintTriage(
            cases=cases,
            identity=identity,
            contacts=contacts,
            assignment=assignment,
            relay=relay,
            rules=rules,
            clock=clock,
        ),
        sweeps=CaseSweeps(
            cases=cases,
            assignment=assignment,
            queue=queue,
            desk=desk,
            relay=relay,
            rules=rules,
            clock=clock,
        ),
        views=DeskViews(cases=cases, sent=sent, assignment=assignment, clock=clock),
    )


@dataclass(frozen=True)
class DataStewardship:
    """What triage does with personal data besides cases: access, erasure, retention, counts."""

    privacy: CustomerPrivacy
    retention: RetentionSweep
    stats: CaseStatsSource


def build_stewardship(
    db: AsyncDatabase[Document],
    *,
    erasures: ErasurePublisher,
    retention: RetentionPolicy,
    clock: Callable[[], datetime] = utc_now,
) -> DataStewardship:
    """Wire the privacy requests, the retention sweep and the case counts on `db`."""
    return DataStewardship(
        privacy=CustomerPrivacy(
            records=MongoCustomerRecords(db),
            audit=mongo_privacy_audit.MongoPrivacyAudit(db),
            publisher=erasures,
            clock=clock,
        ),
        retention=RetentionSweep(
            store=mongo_retention.MongoRetention(db), policy=retention, clock=clock
        ),
        stats=MongoCaseStats(db),
    )
