"""Triage's threading, identity and routing rules on the real MongoDB-wire server."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from uuid import UUID, uuid4

import pytest

from onecase_shared.events import CaseEventKind, Channel, HandleKind, HandleV1
from onecase_triage.domain.case_record import CaseRecord
from onecase_triage.domain.desk_permissions import DeskRole, DeskUser
from onecase_triage.domain.roster import EscalationContact
from onecase_triage.domain.triage_rules import TriageRules
from onecase_triage.service.case_desk import ConflictError, ForbiddenError
from tests.builders import a_message, chat_from, email_from, x_dm_from
from tests.integration.triage_world import (
    LEAD_AGENT,
    LEAD_USER,
    MONDAY_10,
    OFFICE,
    TriageWorld,
    WorldFactory,
    an_agent,
)

pytestmark = pytest.mark.integration

PARCEL = "My parcel never arrived. Order 55123987 was due last Tuesday and tracking shows nothing."


def parcel(n: int) -> str:
    """A late-parcel complaint with its own order number (a shared one would link customers)."""
    return f"My parcel never arrived. Order {70000000 + n} was due last week; tracking is empty."


PARCEL_AGAIN = "Any news about my parcel? Still nothing at my door."
BILLING = "You charged my card twice for the same subscription this month, please refund me."


async def test_a_new_complaint_opens_a_case_owned_by_one_agent(world_factory: WorldFactory) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))

    [opened, assigned] = world.events()
    assert (opened.kind, assigned.kind) == (CaseEventKind.OPENED, CaseEventKind.ASSIGNED)
    assert assigned.owner is not None
    assert assigned.owner.agent_id == "ann.ames"
    assert assigned.category is not None
    assert assigned.category.name == "delivery"
    assert assigned.next_update_due is not None
    case = await world.parts.cases.load(opened.case_id)
    assert case is not None
    assert case.owner == assigned.owner
    assert {clock.name for clock in case.sla} == {"first_response", "next_update", "resolution"}


async def test_a_redelivered_complaint_republishes_the_same_events_and_changes_nothing(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    complaint = email_from("ana@example.com", PARCEL)
    await world.parts.triage.on_complaint_received(complaint)
    first = [e.event_id for e in world.events()]
    await world.parts.triage.on_complaint_received(complaint)

    assert [e.event_id for e in world.events()][len(first) :] == first
    [(_, load)] = await world.parts.agents.agents()
    assert load.open_cases == 1


async def test_claims_on_chat_and_x_reach_the_case_as_unverified_contacts_until_proved(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"), an_agent("bob.burns")))
    triage = world.parts.triage
    await triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    await triage.on_complaint_received(chat_from("v-77", PARCEL_AGAIN, email="Ana@Example.com"))
    await triage.on_complaint_received(
        x_dm_from("99001", "Hi, it's Ana (ana@example.com). Where is my parcel?")
    )

    case_ids = {e.case_id for e in world.events()}
    assert len(case_ids) == 1
    [case_id] = case_ids
    assert world.kinds(case_id) == [
        CaseEventKind.OPENED,
        CaseEventKind.ASSIGNED,
        CaseEventKind.CONTACT_UNVERIFIED,
        CaseEventKind.CONTACT_UNVERIFIED,
    ]
    contacts = [e for e in world.events() if e.kind is CaseEventKind.CONTACT_UNVERIFIED]
    assert [e.reply_target.channel for e in contacts] == [Channel.CHAT, Channel.X]
    # Nothing about the case goes to a claimed channel: it is not one of the case's channels.
    assert all(e.summary is None and e.facts is None for e in contacts)
    assert [t.channel for t in contacts[-1].reply_targets] == [Channel.EMAIL]
    assert all(e.verification_code and len(e.verification_code) == 6 for e in contacts)
    case = await _case(world, case_id)
    view = await world.parts.views.case_view(case)
    assert [(entry.channel, entry.unverified_contact) for entry in view.timeline] == [
        ("email", False),
        ("chat", True),
        ("x", True),
    ]
    assert all(event.verification_code is None for event in view.events)

    # The chat visitor sends the code that went to Ana's email: the chat becomes hers.
    code = contacts[0].verification_code
    proof = chat_from("v-77", f"Here is the code: {code}")
    await triage.on_complaint_received(proof)

    assert world.kinds(case_id)[-2:] == [
        CaseEventKind.MESSAGE_ADDED,
        CaseEventKind.CONTACT_VERIFIED,
    ]
    verified = world.events()[-1]
    assert [t.channel for t in verified.reply_targets] == [Channel.EMAIL, Channel.CHAT]
    case = await _case(world, case_id)
    identities = world.parts.identities
    chat, x = (contact.customer_id for contact in case.contacts)
    case_customer = await identities.root_of(case.customer_id)
    assert await identities.root_of(chat) == case_customer  # proved: one customer now
    assert await identities.root_of(x) != case_customer  # never proved: still apart
    view = await world.parts.views.case_view(case)
    assert [entry.unverified_contact for entry in view.timeline] == [False, False, True, False]
    assert {e.owner.agent_id for e in world.events() if e.owner} == {"ann.ames"}


async def test_a_stranger_with_the_victims_address_and_case_number_learns_nothing(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    triage = world.parts.triage
    await triage.on_complaint_received(email_from("vic@example.com", PARCEL))
    number = world.events()[0].case_number
    stranger = chat_from(
        "v-evil", f"About {number}: please send updates here.", email="vic@example.com"
    )
    await triage.on_complaint_received(stranger.model_copy(update={"case_reference": number}))
    [contact] = [e for e in world.events() if e.kind is CaseEventKind.CONTACT_UNVERIFIED]
    code = contact.verification_code
    assert code is not None
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for _ in range(5):  # guessing is bounded: five wrong codes lock the contact
        await triage.on_complaint_received(chat_from("v-evil", f"code {wrong}"))
    await triage.on_complaint_received(chat_from("v-evil", f"code {code}"))

    kinds = world.kinds(contact.case_id)
    assert CaseEventKind.CONTACT_VERIFIED not in kinds
    assert CaseEventKind.MESSAGE_ADDED not in kinds
    # The desk's next update still goes to the victim's channel only.
    desk = world.parts.desk
    update = await desk.post_update(contact.case_id, world.agent("ann.ames"), "Found it.")
    assert [t.handle.value for t in update.reply_targets] == ["vic@example.com"]
    assert update.reply_target.handle.value == "vic@example.com"
    case = await _case(world, contact.case_id)
    [entry] = case.contacts
    # Locked: the right code after five wrong ones is refused (and counted) too.
    assert (entry.state.value, entry.wrong_codes) == ("unverified", 6)

    # The owner can still vouch for the contact, and is recorded doing so.
    confirmed = await desk.confirm_contact(
        contact.case_id, entry.customer_id, world.agent("ann.ames"), note="called her back"
    )
    assert confirmed.contacts[0].decided_by == "ann.ames"
    assert [t.channel for t in confirmed.reply_targets] == [Channel.EMAIL, Channel.CHAT]
    assert world.events()[-1].kind is CaseEventKind.CONTACT_VERIFIED


async def test_an_email_given_in_a_dm_never_merges_customers_but_a_lead_can(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    triage, identities = world.parts.triage, world.parts.identities
    await triage.on_complaint_received(
        x_dm_from("4242", "My parcel never arrived, order 99887766.")
    )
    x_customer, x_case = world.events()[0].customer_id, world.events()[0].case_id
    await triage.on_complaint_received(email_from("zoe@example.com", BILLING))
    email_customer = world.events()[-1].customer_id

    await triage.on_complaint_received(x_dm_from("4242", "Also, my email is zoe@example.com."))

    # In their own DM thread, the address is a suggestion for a lead, not a merge.
    assert await identities.root_of(x_customer) != await identities.root_of(email_customer)
    assert world.events()[-1].kind is CaseEventKind.MESSAGE_ADDED
    [suggestion] = (await _case(world, x_case)).link_suggestions
    assert (suggestion.customer_id, suggestion.evidence) == (email_customer, "email_in_text")
    await world.parts.desk.merge_customers(
        x_customer, email_customer, LEAD_USER, reason="confirmed at the desk: same person"
    )
    survivor = await identities.root_of(x_customer)
    assert survivor == await identities.root_of(email_customer)
    customer = await identities.customer(survivor)
    assert customer is not None
    [merge] = customer["merges"]
    assert merge["reason"] == "merged by lena.lead: confirmed at the desk: same person"
    assert merge["by"] == LEAD_USER.user_id

    separated = await world.parts.desk.undo_merge(merge["merge_id"], LEAD_USER)
    assert set(separated) == {x_customer, email_customer}
    assert await identities.root_of(x_customer) != await identities.root_of(email_customer)
    # Undoing the link moves back the case it moved, open slot included.
    cases = world.parts.cases
    since = world.clock.now
    x_open, _ = await cases.find_open_for_customer(x_customer, resolved_since=since)
    assert [c.case_id for c in x_open] == [x_case]
    assert (await _case(world, x_case)).customer_id == x_customer
    email_open, _ = await cases.find_open_for_customer(email_customer, resolved_since=since)
    assert [c.customer_id for c in email_open] == [email_customer]
    # The slots moved back too: the x customer's next message joins their case.
    assert (
        await cases.claim_slot(
            x_customer, customer_id=x_customer, case_id=uuid4(), category="other"
        )
        == x_case
    )


async def test_a_name_alone_never_links_two_customers(world_factory: WorldFactory) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    first = email_from("ana.one@example.com", PARCEL)
    second = email_from("ana.two@example.com", PARCEL)
    await world.parts.triage.on_complaint_received(
        first.model_copy(update={"author_name": "Ana Lima"})
    )
    await world.parts.triage.on_complaint_received(
        second.model_copy(update={"author_name": "Ana Lima"})
    )
    assert len({e.customer_id for e in world.events()}) == 2


async def test_a_shared_order_number_is_a_suggestion_for_a_lead_not_a_merge(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    ana = world.events()[0].customer_id
    await world.parts.triage.on_complaint_received(
        chat_from("v-3", "Hello, chasing order #55123987 please, nothing arrived")
    )
    opened = [e for e in world.events() if e.kind is CaseEventKind.OPENED]
    assert len(opened) == 2
    chat_case = await _case(world, opened[1].case_id)
    [suggestion] = chat_case.link_suggestions
    assert (suggestion.customer_id, suggestion.evidence) == (ana, "order_number")


async def test_replies_from_another_address_reach_the_case_as_unverified_contacts(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    opening = email_from("ana@example.com", PARCEL)
    await world.parts.triage.on_complaint_received(opening)
    [opened, _] = world.events()
    same = email_from("ana@example.com", "Any update?", thread_ids=(opening.provider_message_id,))
    colleague = email_from(
        "office@lima-family.example",
        "Adding my partner: any update?",
        thread_ids=(opening.provider_message_id,),
    )
    quoting = email_from(
        "ana.other@example.com",
        f"About {opened.case_number}: still waiting.",
        case_reference=opened.case_number,
    )
    for message in (same, colleague, quoting):
        await world.parts.triage.on_complaint_received(message)
    assert {e.case_id for e in world.events()} == {opened.case_id}
    assert world.kinds(opened.case_id)[2:] == [
        CaseEventKind.MESSAGE_ADDED,
        CaseEventKind.CONTACT_UNVERIFIED,
        CaseEventKind.CONTACT_UNVERIFIED,
    ]
    case = await _case(world, opened.case_id)
    assert [t.handle.value for t in case.reply_targets] == ["ana@example.com"]


async def test_a_clearly_different_issue_opens_a_second_case_with_the_same_owner(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory(
        (an_agent("ann.ames", capacity=1), an_agent("bob.burns", capacity=5))
    )
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL_AGAIN))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", BILLING))

    opened = [e for e in world.events() if e.kind is CaseEventKind.OPENED]
    assert [e.category.name for e in opened if e.category] == ["delivery", "billing_and_refunds"]
    owners = {e.owner.agent_id for e in world.events() if e.owner}
    assert owners == {"ann.ames"}, "the customer's owner keeps them, even over capacity"


async def test_a_message_after_resolution_reopens_within_the_window_and_opens_anew_after(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory(
        (an_agent("ann.ames"), an_agent("bob.burns")), TriageRules(reopen_window=timedelta(days=7))
    )
    triage, desk = world.parts.triage, world.parts.desk
    await triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    [opened, assigned] = world.events()
    assert assigned.owner is not None
    await desk.resolve(
        opened.case_id, world.agent(assigned.owner.agent_id), text="Refunded.", note=None
    )

    world.clock.advance(timedelta(days=2))
    await triage.on_complaint_received(email_from("ana@example.com", "It happened again!"))
    reopened = world.events()[-1]
    assert (reopened.kind, reopened.case_id) == (CaseEventKind.REOPENED, opened.case_id)
    assert reopened.owner == assigned.owner

    await desk.resolve(opened.case_id, world.agent(assigned.owner.agent_id), text=None, note=None)
    world.clock.advance(timedelta(days=8))
    await triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    latest = world.events()[-2]
    assert latest.kind is CaseEventKind.OPENED
    assert latest.case_id != opened.case_id


async def test_with_nobody_online_a_case_waits_and_is_assigned_when_an_agent_returns(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames", available=False),))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    [opened, queued] = world.events()
    assert opened.owner is None
    assert queued.kind is CaseEventKind.QUEUED, "the customer is acknowledged while it waits"
    assert [case.case_id for case in await world.parts.views.queue(10)] == [opened.case_id]

    await world.parts.desk.set_availability("ann.ames", True, world.agent("ann.ames"))
    assigned = world.events()[-1]
    assert assigned.kind is CaseEventKind.ASSIGNED
    assert assigned.from_queue, "so the owner introduces themselves"
    assert assigned.owner is not None
    assert assigned.owner.agent_id == "ann.ames"
    assert await world.parts.views.queue(10) == []


async def test_angrier_cases_weigh_more_so_the_next_case_goes_to_the_lighter_agent(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"), an_agent("bob.burns")))
    triage = world.parts.triage
    furious = (
        "THIS IS THE THIRD TIME!!! My card was charged twice and nobody answers. "
        "I am done, I will cancel and file a chargeback and call my lawyer!!!"
    )
    await triage.on_complaint_received(email_from("one@example.com", furious))
    angry_owner = world.events()[-1].owner
    assert angry_owner is not None
    urgency = world.events()[-1].urgency
    assert urgency is not None
    assert urgency.level in {"high", "critical"}
    for n in range(2):
        await triage.on_complaint_received(email_from(f"calm{n}@example.com", parcel(n)))
    calm_owners = [
        e.owner.agent_id for e in world.events() if e.kind is CaseEventKind.ASSIGNED and e.owner
    ][1:]
    assert calm_owners == [
        other := ({"ann.ames", "bob.burns"} - {angry_owner.agent_id}).pop(),
        other,
    ]


async def test_transfers_need_the_owner_or_a_lead_and_an_online_agent(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory(
        (
            an_agent("ann.ames"),
            an_agent("bob.burns", capacity=0),
            an_agent("cy.cole", available=False),
        )
    )
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    case_id = world.events()[0].case_id
    desk = world.parts.desk

    with pytest.raises(Exception, match="belongs to another agent"):
        await desk.transfer(
            case_id, world.agent("bob.burns"), to_agent="bob.burns", note="mine now"
        )
    with pytest.raises(Exception, match="offline"):
        await desk.transfer(case_id, LEAD_USER, to_agent="cy.cole", note="please take over")

    event = await desk.transfer(case_id, LEAD_USER, to_agent="bob.burns", note="Bob knows couriers")
    assert event.kind is CaseEventKind.TRANSFERRED
    assert (
        event.owner and event.owner.agent_id,
        event.previous_owner and event.previous_owner.agent_id,
    ) == (
        "bob.burns",
        "ann.ames",
    )
    loads = {load.agent_id: load.open_cases for _, load in await world.parts.agents.agents()}
    assert (loads["ann.ames"], loads["bob.burns"]) == (0, 1)
    view = await world.parts.views.case_view(await _case(world, case_id))
    assert [change.kind for change in view.owner_history] == ["assigned", "transferred"]


async def test_escalation_adds_a_team_and_keeps_the_owner(world_factory: WorldFactory) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    case_id = world.events()[0].case_id
    event = await world.parts.desk.escalate(
        case_id, world.agent("ann.ames"), team="logistics", note="courier lost it"
    )
    assert (event.kind, event.team) == (CaseEventKind.ESCALATED, "logistics")
    assert event.owner is not None
    assert event.owner.agent_id == "ann.ames"


async def test_sla_warnings_and_breaches_are_published_once_each(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    case = await _case(world, world.events()[0].case_id)
    first_response = case.clock("first_response")
    assert first_response is not None

    def alerts() -> list[tuple[CaseEventKind, str | None]]:
        kinds = {CaseEventKind.SLA_WARNING, CaseEventKind.SLA_BREACHED}
        return [
            (e.kind, e.sla.clock if e.sla else None)
            for e in world.events(case.case_id)
            if e.kind in kinds
        ]

    world.clock.now = first_response.warn_at - timedelta(minutes=1)
    await world.parts.sweeps.sweep_once()
    assert alerts() == []
    world.clock.now = first_response.warn_at + timedelta(minutes=1)
    await world.parts.sweeps.sweep_once()
    await world.parts.sweeps.sweep_once()
    assert alerts() == [(CaseEventKind.SLA_WARNING, "first_response")]
    world.clock.now = first_response.due_at + timedelta(minutes=1)
    await world.parts.sweeps.sweep_once()
    assert alerts()[-1] == (CaseEventKind.SLA_BREACHED, "first_response")
    assert alerts().count((CaseEventKind.SLA_BREACHED, "first_response")) == 1


async def test_an_urgent_case_moves_on_when_its_owner_has_been_off_shift_past_the_grace(
    world_factory: WorldFactory,
) -> None:
    office = an_agent("ann.ames").model_copy(update={"shift": OFFICE})
    world = await world_factory(
        (office, an_agent("bob.burns", available=False)),
        TriageRules(off_shift_grace=timedelta(minutes=30)),
    )
    furious = "My account was hacked and someone stole money from it! Fraud! Help NOW!!!"
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", furious))
    urgent = world.events()[-1]
    assert urgent.owner is not None
    assert urgent.owner.agent_id == "ann.ames"
    await world.parts.desk.set_availability("bob.burns", True, LEAD_USER)

    world.clock.now = world.clock.now.replace(hour=17, minute=20)  # off shift for 20 minutes
    await world.parts.sweeps.sweep_once()
    assert not [e for e in world.events() if e.kind is CaseEventKind.TRANSFERRED]
    world.clock.advance(timedelta(minutes=15))
    await world.parts.sweeps.sweep_once()
    await world.parts.sweeps.sweep_once()
    moved = [e for e in world.events(urgent.case_id) if e.kind is CaseEventKind.TRANSFERRED]
    assert len(moved) == 1
    assert moved[0].owner is not None
    assert moved[0].owner.agent_id == "bob.burns"
    assert moved[0].note
    assert "off shift" in moved[0].note


async def test_a_sweep_counts_the_loads_once_when_no_urgent_case_has_to_move(
    world_factory: WorldFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counting the loads reads every open case: with 100,000 open, twice a sweep was seconds.
    world = await world_factory((an_agent("ann.ames"), an_agent("bob.burns", available=False)))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    counted = world.parts.cases.loads
    calls: list[None] = []

    async def counting() -> dict[str, tuple[int, float]]:
        calls.append(None)
        return await counted()

    monkeypatch.setattr(world.parts.cases, "loads", counting)
    await world.parts.sweeps.sweep_once()
    assert len(calls) == 1


async def test_a_sweep_decides_a_due_case_on_its_claim_without_reading_it_again(
    world_factory: WorldFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    case = await _case(world, world.events()[0].case_id)
    first_response = case.clock("first_response")
    assert first_response is not None
    loaded = world.parts.cases.load
    reads: list[UUID] = []

    async def counting(case_id: UUID) -> CaseRecord | None:
        reads.append(case_id)
        return await loaded(case_id)

    monkeypatch.setattr(world.parts.cases, "load", counting)
    world.clock.now = first_response.warn_at + timedelta(minutes=1)
    assert await world.parts.sweeps.handle_due_cases() == 1
    assert reads == []
    assert world.events()[-1].kind is CaseEventKind.SLA_WARNING


async def test_repeated_angry_messages_flag_the_case_for_a_lead_once(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory(
        (an_agent("ann.ames"), LEAD_AGENT), TriageRules(angry_exchanges_before_flag=3)
    )
    angry = "This is a DISGRACE, you are USELESS and I am FURIOUS!!!"
    for _ in range(4):
        await world.parts.triage.on_complaint_received(email_from("ana@example.com", angry))
    flags = [e for e in world.events() if e.kind is CaseEventKind.FLAGGED_FOR_LEAD]
    assert len(flags) == 1
    assert flags[0].lead is not None, "the lead offered to the customer, and told"
    assert flags[0].lead.agent_id == LEAD_AGENT.agent_id


async def test_concurrent_first_messages_on_three_linked_channels_open_one_case(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"), an_agent("bob.burns")))
    messages = [
        email_from("maya@example.com", PARCEL),
        chat_from("v-9", PARCEL_AGAIN),
        a_message(
            channel=Channel.FACEBOOK,
            author=HandleV1(kind=HandleKind.FACEBOOK_ID, value="fb-5"),
            text=PARCEL_AGAIN,
            message_kind="messenger",
        ),
    ]
    # A lead linked her three handles earlier (only proof or a person links channels).
    identity = world.parts.identity
    [first, *others] = [(await identity.resolve(m)).customer_id for m in messages]
    for other in others:
        await identity.merge(first, other, reason="proved earlier", by=LEAD_USER.user_id)

    await asyncio.gather(*(world.parts.triage.on_complaint_received(m) for m in messages))
    assert len({e.case_id for e in world.events()}) == 1
    owners = {e.owner.agent_id for e in world.events() if e.owner}
    assert len(owners) == 1


async def test_concurrent_cases_never_put_an_agent_over_capacity(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory(
        (an_agent("ann.ames", capacity=3), an_agent("bob.burns", capacity=2))
    )
    await asyncio.gather(
        *(
            world.parts.triage.on_complaint_received(email_from(f"c{n}@example.com", parcel(n)))
            for n in range(8)
        )
    )
    loads = {load.agent_id: load.open_cases for _, load in await world.parts.agents.agents()}
    assert loads == {"ann.ames": 3, "bob.burns": 2}
    assert len(await world.parts.views.queue(20)) == 3


async def _case(world: TriageWorld, case_id: UUID) -> CaseRecord:
    case = await world.parts.cases.load(case_id)
    assert case is not None
    return case


async def test_a_later_angrier_message_raises_the_case_and_keeps_its_threats(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    triage = world.parts.triage
    await triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    calm = world.events()[0].urgency
    assert calm is not None
    world.clock.advance(timedelta(days=2))
    await triage.on_complaint_received(
        email_from("ana@example.com", "Still nothing. I will go to the ombudsman and my lawyer!")
    )
    await triage.on_complaint_received(email_from("ana@example.com", "Thanks."))
    case = await _case(world, world.events()[0].case_id)
    assert case.urgency.score > calm.score
    assert {"ombudsman", "lawyer"} <= set(case.urgency.threats)
    signals = {reason.signal for reason in case.urgency.reasons}
    assert {"escalation_threat", "waiting"} <= signals
    assert case.message_count == 3


async def test_case_events_carry_the_facts_and_every_channel_the_customer_used(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    await world.parts.triage.on_complaint_received(
        email_from(
            "ana@example.com",
            "My order 48213 (the ceramic coffee grinder) never arrived and tracking is stuck.",
        )
    )
    await world.parts.triage.on_complaint_received(
        chat_from("v-1", "Following up on my broken grinder", email="ana@example.com")
    )
    code = world.events()[-1].verification_code
    await world.parts.triage.on_complaint_received(chat_from("v-1", f"The code is {code}"))
    opened, latest = world.events()[0], world.events()[-1]
    assert opened.facts is not None
    assert (opened.facts.order_number, opened.facts.product) == ("48213", "ceramic coffee grinder")
    assert opened.facts.problem == ("never arrived",)
    assert [t.channel for t in latest.reply_targets] == [Channel.EMAIL, Channel.CHAT]
    assert latest.reply_targets[-1].last_message_at is not None


async def test_a_due_update_is_requested_once_and_the_cadence_starts_again(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory((an_agent("ann.ames"),))
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    case = await _case(world, world.events()[0].case_id)
    due = case.clock("next_update")
    assert due is not None
    world.clock.now = due.due_at + timedelta(seconds=1)
    await world.parts.sweeps.sweep_once()
    await world.parts.sweeps.sweep_once()

    requested = [e for e in world.events() if e.kind is CaseEventKind.UPDATE_REQUESTED]
    assert len(requested) == 1
    assert requested[0].update_text is None, "no agent words: notify says honestly there is no news"
    assert requested[0].next_update_due is not None
    assert requested[0].next_update_due > world.clock.now
    breaches = [e for e in world.events() if e.kind is CaseEventKind.SLA_BREACHED]
    assert not [e for e in breaches if e.sla and e.sla.clock == "next_update"]


async def test_a_resolved_case_gets_one_follow_up_after_the_delay(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory(
        (an_agent("ann.ames"),), TriageRules(follow_up_after=timedelta(days=3))
    )
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", PARCEL))
    case_id = world.events()[0].case_id
    await world.parts.desk.resolve(case_id, world.agent("ann.ames"), text="Refunded.", note=None)
    world.clock.advance(timedelta(days=2))
    await world.parts.sweeps.sweep_once()
    assert CaseEventKind.FOLLOW_UP_DUE not in world.kinds(case_id)
    world.clock.advance(timedelta(days=1, minutes=1))
    await world.parts.sweeps.sweep_once()
    await world.parts.sweeps.sweep_once()
    assert world.kinds(case_id).count(CaseEventKind.FOLLOW_UP_DUE) == 1


RUDE = "Your driver was rude and insulting to me at the door and threw the parcel at me."
HEAD = EscalationContact(contact_id="dana.kim", display_name="Dana Kim", email="dana@x.example")


async def test_a_late_staff_conduct_follow_up_is_escalated_once_to_the_head_of_support(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory(
        (an_agent("ann.ames"), LEAD_AGENT),
        TriageRules(lead_follow_up_after=timedelta(days=2), head_of_support=HEAD),
    )
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", RUDE))
    opened = world.events()[0]
    assert opened.category is not None
    assert opened.category.name == "staff_conduct"
    world.clock.advance(timedelta(days=2) - timedelta(minutes=1))
    await world.parts.sweeps.sweep_once()
    assert CaseEventKind.LEAD_FOLLOW_UP_OVERDUE not in world.kinds(opened.case_id)
    world.clock.advance(timedelta(minutes=2))
    for _ in range(3):
        await world.parts.sweeps.sweep_once()
        world.clock.advance(timedelta(hours=1))
    overdue = [e for e in world.events() if e.kind is CaseEventKind.LEAD_FOLLOW_UP_OVERDUE]
    assert len({e.event_id for e in overdue}) == 1
    assert overdue[0].lead is not None
    assert overdue[0].lead.agent_id == "lena.lead"
    assert overdue[0].escalated_to is not None
    assert overdue[0].escalated_to.email == HEAD.email
    case = await _case(world, opened.case_id)
    assert case.lead_follow_up_overdue_at == MONDAY_10 + timedelta(days=2, minutes=1)
    view = await world.parts.views.case_view(case)
    assert view.lead_follow_up is not None
    assert view.lead_follow_up.state == "overdue"


async def test_the_team_lead_sends_the_prefilled_follow_up_from_the_desk(
    world_factory: WorldFactory,
) -> None:
    world = await world_factory(
        (an_agent("ann.ames"), LEAD_AGENT), TriageRules(lead_follow_up_after=timedelta(days=3))
    )
    await world.parts.triage.on_complaint_received(email_from("ana@example.com", RUDE))
    case_id = world.events()[0].case_id
    view = await world.parts.views.case_view(await _case(world, case_id))
    task = view.lead_follow_up
    assert task is not None
    assert (task.state, task.due_at) == ("pending", MONDAY_10 + timedelta(days=3))
    assert task.lead is not None
    assert task.lead.agent_id == "lena.lead"
    assert task.draft is not None
    assert view.case.number in task.draft

    for not_a_lead in (world.agent("ann.ames"), DeskUser(user_id="admin", role=DeskRole.ADMIN)):
        with pytest.raises(ForbiddenError):
            await world.parts.desk.send_lead_follow_up(case_id, not_a_lead, task.draft)
    world.clock.advance(timedelta(hours=2))
    event = await world.parts.desk.send_lead_follow_up(case_id, LEAD_USER, task.draft)
    assert event.kind is CaseEventKind.UPDATE_REQUESTED
    assert (event.update_text, event.lead) == (task.draft, task.lead)
    assert event.owner is not None
    assert event.owner.agent_id == "ann.ames", "the owner stays the owner"
    with pytest.raises(ConflictError):
        await world.parts.desk.send_lead_follow_up(case_id, LEAD_USER, "again")

    case = await _case(world, case_id)
    assert (case.lead_follow_up_done, case.lead_follow_up_sent_by) == (True, "lena.lead")
    assert case.lead_follow_up_sent_at == MONDAY_10 + timedelta(hours=2)
    sent = await world.parts.views.case_view(case)
    assert sent.lead_follow_up is not None
    assert (sent.lead_follow_up.state, sent.lead_follow_up.draft) == ("sent", None)
    world.clock.advance(timedelta(days=4))
    await world.parts.sweeps.sweep_once()
    assert CaseEventKind.LEAD_FOLLOW_UP_OVERDUE not in world.kinds(case_id)


async def test_a_complaint_redelivered_after_a_crash_mid_opening_finishes_the_opening(
    world_factory: WorldFactory,
) -> None:
    """Stored (case, owner and events in one write) but never published, Kafka being down:
    the redelivery must publish opened and assigned, not take its own case for the
    customer writing again."""
    world = await world_factory((an_agent("ann.ames"),))
    complaint = email_from("ana@example.com", PARCEL)
    world.published.failing = True
    with pytest.raises(ConnectionError):
        await world.parts.triage.on_complaint_received(complaint)
    assert world.events() == []
    world.published.failing = False

    await world.parts.triage.on_complaint_received(complaint)
    opened, assigned = world.events()
    assert [opened.kind, assigned.kind] == [CaseEventKind.OPENED, CaseEventKind.ASSIGNED]
    assert assigned.owner is not None
    case = await _case(world, opened.case_id)
    assert case.message_count == 1
    assert case.outbox == ()
