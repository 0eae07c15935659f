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
    mongo_case_event_log,
    mongo_case_store,
    mongo_identity_store,
    mongo_privacy_audit,
    mongo_retention,
    mongo_sent_messages,
)
from onecase_triage.case_desk import CaseDesk
from onecase_triage.case_events import CaseEvents
from onecase_triage.case_queue import CaseQueue
from onecase_triage.case_router import CaseRouter
from onecase_triage.case_sweeps import CaseSweeps
from onecase_triage.case_timing import CaseTiming
from onecase_triage.complaint_triage import ComplaintTriage
from onecase_triage.contact_verification import ContactVerification
from onecase_triage.desk.case_views import DeskViews
from onecase_triage.domain.identity_evidence import EvidencePolicy
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.identity_service import CustomerIdentity
from onecase_triage.ports import CaseEventPublisher

INDEXES = (
    *mongo_case_store.INDEXES,
    *mongo_case_event_log.INDEXES,
    *mongo_identity_store.INDEXES,
    *mongo_agent_directory.INDEXES,
    *mongo_sent_messages.INDEXES,
    *mongo_privacy_audit.INDEXES,
    *mongo_retention.INDEXES,
)


@dataclass(frozen=True)
class TriageComponents:
    """Every store and service of triage, wired."""

    cases: mongo_case_store.MongoCaseStore
    agents: mongo_agent_directory.MongoAgentDirectory
    identities: mongo_identity_store.MongoIdentityStore
    identity: CustomerIdentity
    contacts: ContactVerification
    event_log: mongo_case_event_log.MongoCaseEventLog
    sent: mongo_sent_messages.MongoSentMessages
    events: CaseEvents
    router: CaseRouter
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
) -> TriageComponents:
    """Wire triage's stores and services on `db`, publishing case events with `publisher`."""
    cases = mongo_case_store.MongoCaseStore(db)
    agents = mongo_agent_directory.MongoAgentDirectory(db)
    identities = mongo_identity_store.MongoIdentityStore(db)
    event_log = mongo_case_event_log.MongoCaseEventLog(db)
    sent = mongo_sent_messages.MongoSentMessages(db)
    events = CaseEvents(log_store=event_log, publisher=publisher, clock=clock)
    router = CaseRouter(cases=cases, agents=agents, clock=clock)
    timing = CaseTiming(cases=cases, agents=agents, rules=rules, clock=clock)
    identity = CustomerIdentity(identities=identities, cases=cases, policy=evidence)
    contacts = ContactVerification(cases=cases, identity=identity, events=events, clock=clock)
    queue = CaseQueue(cases=cases, router=router, timing=timing, events=events)
    desk = CaseDesk(
        cases=cases,
        agents=agents,
        router=router,
        queue=queue,
        timing=timing,
        events=events,
        identity=identity,
        contacts=contacts,
        clock=clock,
    )
    return TriageComponents(
        cases=cases,
        agents=agents,
        identities=identities,
        identity=identity,
        contacts=contacts,
        event_log=event_log,
        sent=sent,
        events=events,
        router=router,
        queue=queue,
        desk=desk,
        triage=ComplaintTriage(
            cases=cases,
            identity=identity,
            contacts=contacts,
            router=router,
            events=events,
            timing=timing,
            rules=rules,
            clock=clock,
        ),
        sweeps=CaseSweeps(
            cases=cases,
            agents=agents,
            queue=queue,
            desk=desk,
            events=events,
            timing=timing,
            rules=rules,
            clock=clock,
        ),
        views=DeskViews(cases=cases, event_log=event_log, sent=sent, agents=agents, clock=clock),
    )
