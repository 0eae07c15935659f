from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from onecase_triage.domain.business_hours import ALWAYS_OPEN, WeeklyHours
from onecase_triage.domain.roster import Agent
from onecase_triage.domain.routing import (
    AgentLoad,
    CaseNeed,
    RoutingWeights,
    ineligibility,
    load_of,
    rank_candidates,
)

NOW = datetime(2026, 1, 14, 12, tzinfo=UTC)  # a Wednesday
DELIVERY_IN_ENGLISH = CaseNeed(category="delivery", language="en", level="normal")


def an_agent(agent_id: str, **fields: Any) -> Agent:
    fields.setdefault("shift", ALWAYS_OPEN)
    return Agent.model_validate({"agent_id": agent_id, "display_name": agent_id.title(), **fields})


def ids(agents: tuple[Agent, ...]) -> list[str]:
    return [agent.agent_id for agent in agents]


class TestWeights:
    def test_defaults_and_unknown_levels(self) -> None:
        weights = RoutingWeights()
        assert [weights.weight_for(level) for level in ("critical", "high", "normal", "low")] == [
            3.0,
            2.0,
            1.0,
            1.0,
        ]
        assert weights.weight_for("whatever") == 1.0

    def test_load_of_sums_the_weights(self) -> None:
        load = load_of("ana", ["critical", "normal", "high"])
        assert (load.open_cases, load.weighted_load) == (3, 6.0)


class TestIneligibility:
    def test_eligible(self) -> None:
        assert ineligibility(an_agent("ana"), None, DELIVERY_IN_ENGLISH, now=NOW) == ()

    def test_every_reason_in_words(self) -> None:
        agent = an_agent(
            "ana",
            available=False,
            shift=WeeklyHours(days=(5, 6)),
            skills=["billing_and_refunds"],
            languages=["de"],
            capacity=2,
        )
        load = load_of("ana", ["low", "low"])
        assert ineligibility(agent, load, DELIVERY_IN_ENGLISH, now=NOW) == (
            "unavailable",
            "off shift",
            "lacks skill delivery",
            "does not speak en",
            "at capacity (2/2)",
        )

    def test_offline_is_never_eligible(self) -> None:
        for agent in (
            an_agent("ana", available=False),
            an_agent("bo", shift=WeeklyHours(days=(6,))),
        ):
            need = CaseNeed(category="other", language=None, level="low")
            assert ineligibility(agent, None, need, now=NOW, language_required=False)
            assert rank_candidates([agent], {}, need, now=NOW).agents == ()

    def test_capacity_zero_takes_nothing(self) -> None:
        reasons = ineligibility(an_agent("lead", capacity=0), None, DELIVERY_IN_ENGLISH, now=NOW)
        assert reasons == ("at capacity (0/0)",)

    def test_other_needs_no_skill(self) -> None:
        specialist = an_agent("ana", skills=["billing_and_refunds"])
        need = CaseNeed(category="other", language="en", level="low")
        assert ineligibility(specialist, None, need, now=NOW) == ()

    def test_rejects_someone_elses_load(self) -> None:
        with pytest.raises(ValueError, match="load of 'bo'"):
            ineligibility(an_agent("ana"), load_of("bo", []), DELIVERY_IN_ENGLISH, now=NOW)


class TestRanking:
    def test_least_weighted_load_wins(self) -> None:
        agents = [an_agent("critical.one"), an_agent("two.normal")]
        loads = {
            "critical.one": load_of("critical.one", ["critical"]),
            "two.normal": load_of("two.normal", ["normal", "normal"]),
        }
        ranked = rank_candidates(agents, loads, DELIVERY_IN_ENGLISH, now=NOW)
        assert ids(ranked.agents) == ["two.normal", "critical.one"]
        assert not ranked.language_waived

    def test_ties_go_to_whoever_waited_longest_never_assigned_first(self) -> None:
        agents = [an_agent(name) for name in ("recent", "long.ago", "never", "absent")]
        loads = {
            "recent": AgentLoad(agent_id="recent", last_assigned_at=NOW - timedelta(minutes=5)),
            "long.ago": AgentLoad(agent_id="long.ago", last_assigned_at=NOW - timedelta(hours=3)),
            "never": AgentLoad(agent_id="never"),
        }
        ranked = rank_candidates(agents, loads, DELIVERY_IN_ENGLISH, now=NOW)
        assert ids(ranked.agents) == ["absent", "never", "long.ago", "recent"]

    def test_full_ties_are_broken_by_id(self) -> None:
        agents = [an_agent(name) for name in ("cy", "al", "bo")]
        assert ids(rank_candidates(agents, {}, DELIVERY_IN_ENGLISH, now=NOW).agents) == [
            "al",
            "bo",
            "cy",
        ]

    def test_only_eligible_agents_are_ranked(self) -> None:
        agents = [
            an_agent("full", capacity=1),
            an_agent("biller", skills=["billing_and_refunds"]),
            an_agent("french", languages=["fr"]),
            an_agent("away", available=False),
            an_agent("ready"),
        ]
        loads = {"full": load_of("full", ["low"])}
        assert ids(rank_candidates(agents, loads, DELIVERY_IN_ENGLISH, now=NOW).agents) == ["ready"]

    def test_language_is_waived_when_nobody_speaks_it(self) -> None:
        agents = [an_agent("ana"), an_agent("bo", available=False)]
        need = CaseNeed(category="delivery", language="fi", level="high")
        ranked = rank_candidates(agents, {}, need, now=NOW)
        assert ranked.language_waived
        assert ids(ranked.agents) == ["ana"]

    def test_language_is_kept_when_an_off_shift_agent_speaks_it(self) -> None:
        agents = [an_agent("ana"), an_agent("jean", languages=["fr"], shift=WeeklyHours(days=(6,)))]
        need = CaseNeed(category="delivery", language="fr-CA", level="high")
        ranked = rank_candidates(agents, {}, need, now=NOW)
        assert not ranked.language_waived
        assert ranked.agents == ()

    def test_unknown_language_is_never_waived_and_anyone_speaks_it(self) -> None:
        need = CaseNeed(category="delivery", language=None, level="low")
        ranked = rank_candidates([an_agent("ana", languages=["de"])], {}, need, now=NOW)
        assert (ids(ranked.agents), ranked.language_waived) == (["ana"], False)
