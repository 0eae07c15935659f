"""Who can own cases: agents with their skills, languages, capacity and shifts, and their teams."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Final

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from onecase_triage.domain.business_hours import WeeklyHours

ANY_CATEGORY: Final = "other"
"""The fallback category: every agent handles it, because no specialist does."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")]
"""A stable lowercase identifier: agent ids and team names."""
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+$")]


def primary_language(tag: str) -> str:
    """The lowercase primary subtag of a language tag: "pt-BR" and "PT" are both "pt"."""
    return tag.strip().replace("_", "-").split("-", 1)[0].lower()


class Role(StrEnum):
    """What an agent does on the desk: leads also take escalations."""

    AGENT = "agent"
    LEAD = "lead"


class Agent(BaseModel):
    """A person who can own cases.

    `skills` are the categories the agent takes; an empty set makes a generalist who takes
    any. `languages` are ISO 639-1 codes (normalised to lowercase primary subtags).
    `available` is the agent's own switch (break, sick day); `shift` is when they work.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    agent_id: Slug
    display_name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)
    ]
    email: Email | None = None
    role: Role = Role.AGENT
    team: Slug = "support"
    skills: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset({"en"})
    capacity: int = Field(default=8, ge=0, le=200)
    shift: WeeklyHours = WeeklyHours()
    available: bool = True

    @field_validator("skills")
    @classmethod
    def _lowercase_skills(cls, skills: frozenset[str]) -> frozenset[str]:
        return frozenset(skill.strip().lower() for skill in skills)

    @field_validator("languages")
    @classmethod
    def _iso_639_1(cls, languages: frozenset[str]) -> frozenset[str]:
        normalised = frozenset(primary_language(tag) for tag in languages)
        if not normalised:
            raise ValueError("an agent speaks at least one language")
        invalid = sorted(code for code in normalised if len(code) != 2 or not code.isalpha())
        if invalid:
            raise ValueError(f"languages are ISO 639-1 codes such as 'en', got {invalid}")
        return normalised

    def is_online(self, now: datetime) -> bool:
        """Whether the agent can take work now: available and on shift."""
        return self.available and self.shift.is_open(now)

    def speaks(self, language: str | None) -> bool:
        """Whether the agent speaks `language` (any regional variant); None (unknown) is yes."""
        return language is None or primary_language(language) in self.languages

    def handles(self, category: str) -> bool:
        """Whether the agent takes cases of `category`."""
        category = category.strip().lower()
        return not self.skills or category in self.skills or category == ANY_CATEGORY


class EscalationContact(BaseModel):
    """Who hears when a team lead's duty is overdue: an escalation lead or the head of support.

    Not necessarily an agent: they take no cases, they are only told.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    contact_id: Slug
    display_name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)
    ]
    email: Email


class Team(BaseModel):
    """A team and its opening hours, which measure the SLA of its unassigned cases."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Slug
    hours: WeeklyHours
    # Told when the team's lead lets a staff-conduct follow-up run late; else the roster's
    # head of support.
    escalation_contact: EscalationContact | None = None


class Roster(BaseModel):
    """Every agent and team of the desk."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    agents: tuple[Agent, ...]
    teams: tuple[Team, ...] = ()
    head_of_support: EscalationContact | None = None  # escalations of teams without their own

    @model_validator(mode="after")
    def _unique_names(self) -> Roster:
        for kind, names in (
            ("agent id", [agent.agent_id for agent in self.agents]),
            ("team name", [team.name for team in self.teams]),
        ):
            repeated = sorted(name for name, count in Counter(names).items() if count > 1)
            if repeated:
                raise ValueError(f"duplicate {kind}: {', '.join(repeated)}")
        return self

    def team_hours(self, team: str) -> WeeklyHours:
        """The hours of `team`, or the default Monday-Friday 09:00-17:00 UTC for an unknown team."""
        for known in self.teams:
            if known.name == team:
                return known.hours
        return WeeklyHours()

    def escalation_contacts(self) -> dict[str, EscalationContact]:
        """Each team's own escalation contact, by team name (teams without one left out)."""
        return {t.name: t.escalation_contact for t in self.teams if t.escalation_contact}

    def agent(self, agent_id: str) -> Agent | None:
        """The agent with `agent_id`, or None."""
        for agent in self.agents:
            if agent.agent_id == agent_id:
                return agent
        return None


class RosterFileError(ValueError):
    """A roster file that cannot be read or is not a valid roster."""


def load_roster_file(path: Path) -> Roster:
    """The roster in the JSON file at `path`; a `RosterFileError` naming the file if invalid."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise RosterFileError(f"cannot read roster file {path}: {error}") from error
    try:
        return Roster.model_validate_json(text)
    except ValidationError as error:
        raise RosterFileError(f"invalid roster file {path}: {error}") from error


def lead_for(case_owner: str | None, agents: list[Agent], *, now: datetime) -> Agent | None:
    """The lead who follows up a case: of the owner's team if possible, online first."""
    owner_team = next((a.team for a in agents if a.agent_id == case_owner), None)
    leads = [a for a in agents if a.role is Role.LEAD]
    leads.sort(key=lambda a: (a.team != owner_team, not a.is_online(now), a.agent_id))
    return leads[0] if leads else None
