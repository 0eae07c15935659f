"""Triage's object graph on one database: built the same way by the app and by tests."""

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
from onecase_triage.desk.case_views import DeskViews
from onecase_triage.domain.identity_evidence import EvidencePolicy
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.ports import CaseEventPublisher
from onecase_triage.service.assignment import CaseAssignment
from onecase_triage.service.case_desk import CaseDesk
from onecase_triage.service.case_queue import CaseQueue
from onecase_triage.service.case_relay import CaseRelay
from onecase_triage.service.case_sweeps import CaseSweeps
from onecase_triage.service.complaint_triage import ComplaintTriage
from onecase_triage.service.contact_verification import ContactVerification
from onecase_triage.service.identity_service import CustomerIdentity

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
