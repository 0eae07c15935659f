"""Who should own a new case: eligibility, least-weighted-load ranking and queue order.

An agent is eligible when available, on shift, skilled for the category, speaking the
customer's language and below capacity. Eligible agents are ranked by weighted load (a
critical case weighs more than a routine one), then by who has waited longest for work.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from onecase_triage.domain.business_hours import UtcDatetime, require_utc
from onecase_triage.domain.roster import Agent

_NEVER_ASSIGNED: Final = datetime.min.replace(tzinfo=UTC)


def _default_level_weights() -> dict[str, float]:
    return {"critical": 3.0, "high": 2.0, "normal": 1.0, "low": 1.0}


class RoutingWeights(BaseModel):
    """How much one open case of each urgency level adds to an agent's load."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    by_level: dict[str, float] = Field(default_factory=_default_level_weights)

    def weight_for(self, level: str) -> float:
        """The weight of one case of `level`; 1.0 for a level without a weight."""
        return self.by_level.get(level, 1.0)


DEFAULT_ROUTING_WEIGHTS: Final = RoutingWeights()


class AgentLoad(BaseModel):
    """An agent's current work: open cases, their weighted sum, and the last assignment."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    agent_id: str
    open_cases: int = Field(default=0, ge=0)
    weighted_load: float = Field(default=0.0, ge=0.0)
    last_assigned_at: UtcDatetime | None = None


def load_of(
    agent_id: str,
    open_case_levels: Iterable[str],
    *,
    last_assigned_at: datetime | None = None,
    weights: RoutingWeights = DEFAULT_ROUTING_WEIGHTS,
) -> AgentLoad:
    """The load of an agent who owns open cases of the given urgency levels."""
    levels = list(open_case_levels)
    return AgentLoad(
        agent_id=agent_id,
        open_cases=len(levels),
        weighted_load=sum(weights.weight_for(level) for level in levels),
        last_assigned_at=last_assigned_at,
    )


class CaseNeed(BaseModel):
    """What a case asks of its owner."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    category: str
    language: str | None
    level: str
    urgency_score: int = 0


class RankedCandidates(BaseModel):
    """Eligible agents, best first, and whether the language requirement was dropped."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    agents: tuple[Agent, ...]
    language_waived: bool = False


def ineligibility(
    agent: Agent,
    load: AgentLoad | None,
    need: CaseNeed,
    *,
    now: datetime,
    language_required: bool = True,
) -> tuple[str, ...]:
    """Why `agent` cannot take the case now, in words; empty when eligible.

    `load` None means no open cases. An offline agent (unavailable or off shift) is never
    eligible.
    """
    if load is not None and load.agent_id != agent.agent_id:
        raise ValueError(f"load of {load.agent_id!r} given for agent {agent.agent_id!r}")
    open_cases = load.open_cases if load is not None else 0
    reasons: list[str] = []
    if not agent.available:
        reasons.append("unavailable")
    if not agent.shift.is_open(now):
        reasons.append("off shift")
    if not agent.handles(need.category):
        reasons.append(f"lacks skill {need.category}")
    if language_required and not agent.speaks(need.language):
        reasons.append(f"does not speak {need.language}")
    if open_cases >= agent.capacity:
        reasons.append(f"at capacity ({open_cases}/{agent.capacity})")
    return tuple(reasons)


def rank_candidates(
    agents: Sequence[Agent],
    loads: Mapping[str, AgentLoad],
    need: CaseNeed,
    *,
    now: datetime,
) -> RankedCandidates:
    """The agents who can take the case now, least weighted load first.

    Ties go to whoever has waited longest since their last assignment (never assigned
    first), then to the lower agent id, so the order is deterministic. If no agent on the
    roster speaks the customer's language, on shift or not, the language requirement is
    dropped: otherwise the case would wait forever.
    """
    now = require_utc(now)
    language_waived = need.language is not None and not any(
        agent.speaks(need.language) for agent in agents
    )
    eligible = [
        agent
        for agent in agents
        if not ineligibility(
            agent,
            loads.get(agent.agent_id),
            need,
            now=now,
            language_required=not language_waived,
        )
    ]

    def least_loaded_longest_waiting(agent: Agent) -> tuple[float, datetime, str]:
        load = loads.get(agent.agent_id)
        if load is None:
            return 0.0, _NEVER_ASSIGNED, agent.agent_id
        return load.weighted_load, load.last_assigned_at or _NEVER_ASSIGNED, agent.agent_id

    return RankedCandidates(
        agents=tuple(sorted(eligible, key=least_loaded_longest_waiting)),
        language_waived=language_waived,
    )
