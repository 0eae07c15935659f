"""The desk API over HTTP: bearer roles, OpenAPI, and the actions, on the real store."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio
from prometheus_client import CollectorRegistry

from onecase_shared.events import CaseEventKind
from onecase_shared.problems import PROBLEM_MEDIA_TYPE
from onecase_shared.service_app import build_service_app, noop_lifespan
from onecase_triage.desk.auth import TokenTable
from onecase_triage.desk.routes import mount_desk
from tests.builders import email_from
from tests.integration.triage_world import LEAD_AGENT, TriageWorld, WorldFactory, an_agent

pytestmark = pytest.mark.integration

TOKENS = "lead-secret=lena.lead:lead ann-secret=ann.ames:agent bob-secret=bob.burns:agent"
LEAD = {"Authorization": "Bearer lead-secret"}
ANN = {"Authorization": "Bearer ann-secret"}
BOB = {"Authorization": "Bearer bob-secret"}


@pytest_asyncio.fixture
async def desk(world_factory: WorldFactory) -> AsyncIterator[tuple[httpx.AsyncClient, TriageWorld]]:
    world = await world_factory((an_agent("ann.ames"), an_agent("bob.burns"), LEAD_AGENT))
    app = build_service_app(
        title="desk under test", lifespan=noop_lifespan, registry=CollectorRegistry(), readiness={}
    )
    mount_desk(app, parts=world.parts, tokens=TokenTable(TOKENS))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
        yield client, world


async def open_case(world: TriageWorld, address: str = "ana@example.com") -> str:
    await world.parts.triage.on_complaint_received(
        email_from(address, "My parcel never arrived and the tracking page shows nothing at all.")
    )
    return world.events()[-1].case_number


async def test_every_desk_route_needs_a_valid_bearer_token(
    desk: tuple[httpx.AsyncClient, TriageWorld],
) -> None:
    client, world = desk
    number = await open_case(world)
    for method, path in [
        ("GET", "/cases"),
        ("GET", f"/cases/{number}"),
        ("GET", "/agents"),
        ("GET", "/queue"),
    ]:
        assert (await client.request(method, path)).status_code == 401
        forged = {"Authorization": "Bearer lead-secreT"}
        assert (await client.request(method, path, headers=forged)).status_code == 401
        assert (await client.request(method, path, headers=ANN)).status_code == 200
    # Without a token, a case that does not exist is as closed as one that does: no 404 leaks.
    for method, path in [("GET", "/cases/OC-NOSUCH1"), ("POST", "/cases/OC-NOSUCH1/resolve")]:
        assert (await client.request(method, path, json={})).status_code == 401
        assert (await client.request(method, path, headers=ANN, json={})).status_code == 404


async def test_the_openapi_document_lists_the_desk(
    desk: tuple[httpx.AsyncClient, TriageWorld],
) -> None:
    client, _ = desk
    spec = (await client.get("/openapi.json")).json()
    assert {
        "/cases",
        "/cases/{reference}/transfer",
        "/customers/merge",
        "/agents/{agent_id}",
    } <= set(spec["paths"])
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


async def test_desk_errors_are_problem_documents(
    desk: tuple[httpx.AsyncClient, TriageWorld],
) -> None:
    client, world = desk
    number = await open_case(world)
    owner = world.events()[-1].owner
    assert owner is not None
    other = BOB if owner.agent_id == "ann.ames" else ANN
    answers = {
        401: await client.get("/cases"),
        403: await client.post(f"/cases/{number}/updates", json={"text": "Hi"}, headers=other),
        404: await client.get("/cases/OC-000000", headers=ANN),
        422: await client.get("/cases?limit=0", headers=ANN),
    }
    await client.post(f"/cases/{number}/resolve", json={}, headers=LEAD)
    answers[409] = await client.post(f"/cases/{number}/resolve", json={}, headers=LEAD)
    for status, response in answers.items():
        assert response.status_code == status
        assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
        problem = response.json()
        assert problem["status"] == status
        assert problem["type"] == "about:blank"
        assert problem["instance"] == response.request.url.path
        assert problem["detail"]
    assert answers[401].headers["www-authenticate"] == "Bearer"
    assert answers[422].json()["errors"][0]["loc"] == ["query", "limit"]


async def test_a_case_reads_with_timeline_owner_history_clocks_and_reasons(
    desk: tuple[httpx.AsyncClient, TriageWorld],
) -> None:
    client, world = desk
    number = await open_case(world)
    view = (await client.get(f"/cases/{number}", headers=ANN)).json()
    assert view["case"]["number"] == number
    assert [entry["channel"] for entry in view["timeline"]] == ["email"]
    assert [change["kind"] for change in view["owner_history"]] == ["assigned"]
    assert {clock["name"] for clock in view["clocks"]} == {
        "first_response",
        "next_update",
        "resolution",
    }
    assert view["case"]["category"]["name"] == "delivery"
    assert "reasons" in view["case"]["urgency"]


async def test_only_the_owner_or_a_lead_acts_on_a_case(
    desk: tuple[httpx.AsyncClient, TriageWorld],
) -> None:
    client, world = desk
    number = await open_case(world)
    owner = world.events()[-1].owner
    assert owner is not None
    mine, theirs = (ANN, BOB) if owner.agent_id == "ann.ames" else (BOB, ANN)

    refused = await client.post(f"/cases/{number}/updates", json={"text": "On it."}, headers=theirs)
    assert refused.status_code == 403
    sent = await client.post(
        f"/cases/{number}/updates", json={"text": "The courier is checking."}, headers=mine
    )
    assert sent.status_code == 202
    assert sent.json()["kind"] == "update_requested"
    assert world.events()[-1].update_text == "The courier is checking."

    resolved = await client.post(
        f"/cases/{number}/resolve", json={"text": "Refunded in full."}, headers=LEAD
    )
    assert resolved.status_code == 200
    again = await client.post(f"/cases/{number}/resolve", json={}, headers=mine)
    assert again.status_code == 409


async def test_an_update_that_argues_is_held_back_until_the_agent_sends_it_anyway(
    desk: tuple[httpx.AsyncClient, TriageWorld],
) -> None:
    client, world = desk
    number = await open_case(world)
    text = "As I already told you, that's not our fault: you should have read the terms."
    held = await client.post(f"/cases/{number}/updates", json={"text": text}, headers=LEAD)
    assert held.status_code == 422
    assert held.headers["content-type"] == "application/problem+json"
    warnings = [e for e in held.json()["errors"] if e["type"] == "tone_warning"]
    assert {w["msg"].split(":")[0] for w in warnings} == {"arguing", "blaming_the_customer"}
    assert world.events()[-1].kind is not CaseEventKind.UPDATE_REQUESTED, "nothing was sent"

    sent = await client.post(
        f"/cases/{number}/updates", json={"text": text, "send_anyway": True}, headers=LEAD
    )
    assert sent.status_code == 202
    assert world.events()[-1].update_text == text


async def test_an_agents_update_meets_first_response_and_restarts_the_update_clock(
    desk: tuple[httpx.AsyncClient, TriageWorld],
) -> None:
    client, world = desk
    number = await open_case(world)
    owner = world.events()[-1].owner
    assert owner is not None
    headers = ANN if owner.agent_id == "ann.ames" else BOB
    await client.post(
        f"/cases/{number}/updates", json={"text": "Looking into it."}, headers=headers
    )
    clocks = {
        c["name"]: c for c in (await client.get(f"/cases/{number}", headers=LEAD)).json()["clocks"]
    }
    assert clocks["first_response"]["state"] == "met"
    assert clocks["next_update"]["state"] == "running"


async def test_transfer_escalate_and_merge_through_the_api(
    desk: tuple[httpx.AsyncClient, TriageWorld],
) -> None:
    client, world = desk
    number = await open_case(world)
    owner = world.events()[-1].owner
    assert owner is not None
    other = "bob.burns" if owner.agent_id == "ann.ames" else "ann.ames"

    bad = await client.post(f"/cases/{number}/transfer", json={"to_agent": other}, headers=LEAD)
    assert bad.status_code == 422, "a transfer needs a handoff note"
    moved = await client.post(
        f"/cases/{number}/transfer",
        json={"to_agent": other, "note": "Knows the courier"},
        headers=LEAD,
    )
    assert moved.status_code == 200
    assert world.events()[-1].kind is CaseEventKind.TRANSFERRED
    escalated = await client.post(
        f"/cases/{number}/escalate", json={"team": "logistics", "note": "lost parcel"}, headers=LEAD
    )
    assert escalated.status_code == 200

    await open_case(world, "ana.second@example.com")
    first, second = {e.customer_id for e in world.events()}
    assert (
        await client.post(
            "/customers/merge",
            json={"first": first, "second": second, "reason": "same person"},
            headers=ANN,
        )
    ).status_code == 403
    merged = await client.post(
        "/customers/merge",
        json={"first": first, "second": second, "reason": "she told me on the phone"},
        headers=LEAD,
    )
    assert merged.status_code == 200
    survivor = merged.json()["surviving_customer_id"]
    customer = (await client.get(f"/customers/{survivor}", headers=LEAD)).json()
    [merge] = customer["merges"]
    undone = await client.post(f"/customers/merges/{merge['merge_id']}/undo", headers=LEAD)
    assert undone.status_code == 200
    assert set(undone.json()["customer_ids"]) == {first, second}


async def test_the_roster_is_managed_by_leads_and_availability_by_the_agent(
    desk: tuple[httpx.AsyncClient, TriageWorld],
) -> None:
    client, _ = desk
    new_agent = an_agent("cy.cole", languages=["en", "fr"], skills=["delivery"]).model_dump(
        mode="json"
    )
    assert (await client.put("/agents/cy.cole", json=new_agent, headers=ANN)).status_code == 403
    assert (await client.put("/agents/cy.cole", json=new_agent, headers=LEAD)).status_code == 204
    assert (
        await client.put("/agents/cy.cole", json={**new_agent, "capacity": -1}, headers=LEAD)
    ).status_code == 422
    agents = {a["agent"]["agent_id"]: a for a in (await client.get("/agents", headers=ANN)).json()}
    assert set(agents["cy.cole"]["agent"]["languages"]) == {"en", "fr"}

    away = await client.put("/agents/ann.ames/availability", json={"available": False}, headers=ANN)
    assert away.status_code == 200
    assert away.json()["available"] is False
    assert (
        await client.put("/agents/bob.burns/availability", json={"available": False}, headers=ANN)
    ).status_code == 403
