"""The desk's forms: each checks the session's CSRF token, acts through the gateway, redirects."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from onecase_triage.desk_ui.context import DeskUi, back_to
from onecase_triage.desk_ui.gateway import ActionRefusedError
from onecase_triage.desk_ui.session import csrf_matches
from onecase_triage.domain.desk_permissions import DeskUser
from onecase_triage.domain.update_tone import tone_warnings

Csrf = Annotated[str, Form()]
Text = Annotated[str, Form(min_length=1, max_length=5000)]
Note = Annotated[str, Form(min_length=1, max_length=2000)]
Action = Callable[[DeskUser], Awaitable[object]]


def build_router(ui: DeskUi) -> APIRouter:
    """Every action a desk page offers; the desk's permission rules apply in the gateway."""
    router = APIRouter(include_in_schema=False)

    async def act(request: Request, csrf: str, path: str, done: str, action: Action) -> Response:
        session = ui.session(request)
        if not csrf_matches(session, csrf):
            return back_to(path, error="The form expired; reload the page and try again.")
        try:
            await action(session.user)
        except ActionRefusedError as refused:
            return back_to(path, error=str(refused))
        return back_to(path, done=done)

    def case_path(number: str) -> str:
        return f"/ui/cases/{number}"

    def held_for_tone(number: str, text: str, *, send_anyway: bool) -> Response | None:
        # Words that argue, blame or over-promise are not sent: warn, keep the draft.
        warnings = () if send_anyway else tone_warnings(text)
        if not warnings:
            return None
        phrases = ", ".join(f"“{w.phrase}” ({w.kind.value.replace('_', ' ')})" for w in warnings)
        return back_to(
            case_path(number),
            error=f"Not sent: {phrases} may upset the customer. Rephrase it, or tick "
            "“Send it as written”.",
        )

    @router.post("/ui/cases/{number}/update")
    async def post_update(
        request: Request,
        number: str,
        text: Text,
        csrf: Csrf,
        send_anyway: Annotated[str, Form()] = "",
    ) -> Response:
        """Send the customer a progress update, unless it argues (then warn, keep the draft)."""
        held = held_for_tone(number, text, send_anyway=bool(send_anyway))
        return held or await act(
            request,
            csrf,
            case_path(number),
            "Update sent to the customer.",
            lambda user: ui.gateway.post_update(number, user, text),
        )

    @router.post("/ui/cases/{number}/lead-follow-up")
    async def send_lead_follow_up(
        request: Request,
        number: str,
        text: Text,
        csrf: Csrf,
        send_anyway: Annotated[str, Form()] = "",
    ) -> Response:
        """A team lead sends their reviewed staff-conduct follow-up (leads only, in the gateway)."""
        held = held_for_tone(number, text, send_anyway=bool(send_anyway))
        return held or await act(
            request,
            csrf,
            case_path(number),
            "Your follow-up was sent to the customer.",
            lambda user: ui.gateway.send_lead_follow_up(number, user, text),
        )

    @router.post("/ui/cases/{number}/resolve")
    async def resolve(
        request: Request, number: str, csrf: Csrf, closing: Annotated[str, Form()] = ""
    ) -> Response:
        """Resolve the case."""
        return await act(
            request,
            csrf,
            case_path(number),
            "Case resolved.",
            lambda user: ui.gateway.resolve(number, user, closing.strip() or None),
        )

    @router.post("/ui/cases/{number}/transfer")
    async def transfer(
        request: Request, number: str, to_agent: Annotated[str, Form()], note: Note, csrf: Csrf
    ) -> Response:
        """Hand the case to another agent."""
        return await act(
            request,
            csrf,
            case_path(number),
            "Case transferred.",
            lambda user: ui.gateway.transfer(number, user, to_agent, note),
        )

    @router.post("/ui/cases/{number}/escalate")
    async def escalate(
        request: Request, number: str, team: Annotated[str, Form()], note: Note, csrf: Csrf
    ) -> Response:
        """Bring a team in."""
        return await act(
            request,
            csrf,
            case_path(number),
            f"Team {team} added.",
            lambda user: ui.gateway.escalate(number, user, team, note),
        )

    @router.post("/ui/cases/{number}/note")
    async def add_note(request: Request, number: str, note: Note, csrf: Csrf) -> Response:
        """Add an internal note."""
        return await act(
            request,
            csrf,
            case_path(number),
            "Note added.",
            lambda user: ui.gateway.add_note(number, user, note),
        )

    @router.post("/ui/cases/{number}/contacts/{customer_id}/confirm")
    async def confirm_contact(
        request: Request, number: str, customer_id: str, note: Note, csrf: Csrf
    ) -> Response:
        """Vouch for an unverified contact."""
        return await act(
            request,
            csrf,
            case_path(number),
            "Contact confirmed.",
            lambda user: ui.gateway.confirm_contact(number, user, customer_id, note),
        )

    @router.post("/ui/cases/{number}/links/{customer_id}")
    async def decide_link(
        request: Request,
        number: str,
        customer_id: str,
        decision: Annotated[str, Form(pattern="^(accept|reject)$")],
        note: Note,
        csrf: Csrf,
    ) -> Response:
        """Accept or reject a suggested link between two customers."""
        accept = decision == "accept"
        return await act(
            request,
            csrf,
            case_path(number),
            "Customers merged." if accept else "Suggestion rejected.",
            lambda user: ui.gateway.decide_link(
                number, user, customer_id, accept=accept, note=note
            ),
        )

    @router.post("/ui/agents/{agent_id}/availability")
    async def set_availability(
        request: Request, agent_id: str, available: Annotated[bool, Form()], csrf: Csrf
    ) -> Response:
        """An agent goes available or away (themselves, or a lead)."""
        state = "available" if available else "away"
        return await act(
            request,
            csrf,
            "/ui/lead",
            f"{agent_id} is {state}.",
            lambda user: ui.gateway.set_availability(agent_id, user, available),
        )

    @router.post("/ui/ops/redrive")
    async def redrive(
        request: Request,
        topic: Annotated[str, Form()],
        partition: Annotated[int, Form()],
        offset: Annotated[int, Form()],
        csrf: Csrf,
    ) -> Response:
        """Publish a dead-lettered message again on its original topic (leads and admins)."""
        session = ui.session(request)
        if not csrf_matches(session, csrf):
            return back_to("/ui/ops", error="The form expired; reload the page and try again.")
        if not session.user.is_lead:
            return back_to("/ui/ops", error="Only leads and admins redrive dead letters.")
        try:
            original = await ui.kafka.redrive(topic, partition, offset)
        except LookupError as missing:
            return back_to("/ui/ops", error=str(missing))
        return back_to("/ui/ops", done=f"Redriven to {original}.")

    return router
