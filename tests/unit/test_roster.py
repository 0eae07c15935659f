import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from onecase_triage.domain.business_hours import ALWAYS_OPEN, WeeklyHours
from onecase_triage.domain.roster import (
    Agent,
    Role,
    Roster,
    RosterFileError,
    Team,
    load_roster_file,
    primary_language,
)

SEED_ROSTER = Path(__file__).resolve().parents[2] / "deploy" / "roster.json"
WEDNESDAY_NOON = datetime(2026, 1, 14, 12, tzinfo=UTC)
SATURDAY_NOON = datetime(2026, 1, 17, 12, tzinfo=UTC)


def an_agent(**fields: Any) -> Agent:
    return Agent.model_validate({"agent_id": "ana.lima", "display_name": "Ana Lima", **fields})


class TestAgent:
    def test_defaults(self) -> None:
        agent = an_agent()
        assert agent.role is Role.AGENT
        assert (agent.team, agent.skills, agent.languages) == (
            "support",
            frozenset(),
            frozenset({"en"}),
        )
        assert (agent.capacity, agent.shift, agent.available) == (8, WeeklyHours(), True)

    @pytest.mark.parametrize("agent_id", ["Ana", "-ana", "ana lima", "", "a" * 65, "ana@x"])
    def test_rejects_bad_ids(self, agent_id: str) -> None:
        with pytest.raises(ValidationError, match="agent_id"):
            an_agent(agent_id=agent_id)

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("display_name", ""),
            ("display_name", "   "),
            ("display_name", "x" * 81),
            ("capacity", -1),
            ("capacity", 201),
            ("email", "not-an-address"),
            ("languages", ["english"]),
            ("languages", []),
            ("role", "boss"),
            ("nickname", "Ana"),
        ],
    )
    def test_rejects_invalid_fields(self, field: str, value: object) -> None:
        with pytest.raises(ValidationError, match=field):
            an_agent(**{field: value})

    def test_languages_are_normalised_to_primary_subtags(self) -> None:
        assert an_agent(languages=["EN", "pt-BR", "fr_CA"]).languages == {"en", "pt", "fr"}
        assert primary_language(" es-419 ") == "es"

    def test_speaks_any_variant_and_unknown_language(self) -> None:
        agent = an_agent(languages=["en", "pt"])
        assert agent.speaks("pt-BR")
        assert agent.speaks("EN-gb")
        assert agent.speaks(None)
        assert not agent.speaks("fr")

    def test_handles(self) -> None:
        generalist = an_agent()
        billing = an_agent(skills=["Billing_and_Refunds"])
        assert generalist.handles("delivery")
        assert billing.handles("billing_and_refunds")
        assert billing.handles("other")
        assert not billing.handles("delivery")

    def test_online_needs_availability_and_shift(self) -> None:
        assert an_agent().is_online(WEDNESDAY_NOON)
        assert not an_agent().is_online(SATURDAY_NOON)
        assert not an_agent(available=False).is_online(WEDNESDAY_NOON)
        assert an_agent(shift=ALWAYS_OPEN).is_online(SATURDAY_NOON)

    def test_is_frozen(self) -> None:
        with pytest.raises(ValidationError):
            an_agent().capacity = 3  # type: ignore[misc]


class TestRoster:
    def test_rejects_duplicate_agent_ids(self) -> None:
        with pytest.raises(ValidationError, match=r"duplicate agent id: ana\.lima"):
            Roster(agents=(an_agent(), an_agent(display_name="Another Ana")))

    def test_rejects_duplicate_team_names(self) -> None:
        team = Team(name="support", hours=WeeklyHours())
        with pytest.raises(ValidationError, match="duplicate team name: support"):
            Roster(agents=(), teams=(team, team))

    def test_rejects_a_shift_in_an_unknown_time_zone(self) -> None:
        with pytest.raises(ValidationError, match="unknown time zone 'Europe/Atlantis'"):
            Roster.model_validate(
                {
                    "agents": [
                        {
                            "agent_id": "ana",
                            "display_name": "Ana",
                            "shift": {"timezone": "Europe/Atlantis"},
                        }
                    ]
                }
            )

    def test_team_hours_and_the_default_for_an_unknown_team(self) -> None:
        london = WeeklyHours(timezone="Europe/London", start=time(8), end=time(18))
        roster = Roster(agents=(), teams=(Team(name="support", hours=london),))
        assert roster.team_hours("support") == london
        assert roster.team_hours("billing") == WeeklyHours()

    def test_agent_lookup(self) -> None:
        roster = Roster(agents=(an_agent(),))
        assert roster.agent("ana.lima") == an_agent()
        assert roster.agent("nobody") is None


class TestRosterFile:
    def test_loads_the_seed_roster(self) -> None:
        roster = load_roster_file(SEED_ROSTER)
        assert {team.name for team in roster.teams} == {"support", "social"}
        assert roster.team_hours("support").timezone == "Europe/London"
        assert roster.team_hours("social") == WeeklyHours(
            timezone="America/New_York", days=tuple(range(7)), start=time(7), end=time(23)
        )
        leads = [agent for agent in roster.agents if agent.role is Role.LEAD]
        assert sorted(lead.team for lead in leads) == ["social", "support"]
        assert any(lead.shift == ALWAYS_OPEN for lead in leads)
        assert any(a.shift == ALWAYS_OPEN and not a.skills for a in roster.agents)
        assert {"en", "fr", "es", "de"} <= {code for a in roster.agents for code in a.languages}
        assert all(5 <= agent.capacity <= 10 for agent in roster.agents)

    def test_seed_roster_has_a_generalist_online_at_any_hour(self) -> None:
        roster = load_roster_file(SEED_ROSTER)
        start = datetime(2026, 3, 23, tzinfo=UTC)
        for hour in range(24 * 14):
            now = start + timedelta(hours=hour, minutes=17)
            assert any(a.is_online(now) and a.handles("delivery") for a in roster.agents), now

    def test_invalid_file_names_the_file_and_the_problem(self, tmp_path: Path) -> None:
        path = tmp_path / "roster.json"
        agent = {"agent_id": "ana", "display_name": "Ana"}
        path.write_text(json.dumps({"agents": [agent, agent]}), encoding="utf-8")
        with pytest.raises(RosterFileError, match=r"(?s)roster\.json.*duplicate agent id: ana"):
            load_roster_file(path)

    def test_malformed_json(self, tmp_path: Path) -> None:
        path = tmp_path / "broken.json"
        path.write_text('{"agents": [', encoding="utf-8")
        with pytest.raises(RosterFileError, match=r"broken\.json"):
            load_roster_file(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(RosterFileError, match=r"cannot read roster file .*absent\.json"):
            load_roster_file(tmp_path / "absent.json")

    def test_roster_file_error_is_a_value_error(self) -> None:
        assert issubclass(RosterFileError, ValueError)
