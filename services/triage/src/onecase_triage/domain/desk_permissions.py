"""Who may do what at the desk. Agents work their own cases; leads any case; admins all."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from onecase_triage.domain.case_record import CaseRecord


class DeskRole(StrEnum):
    """A desk user's role, from their bearer token."""

    AGENT = "agent"
    LEAD = "lead"
    ADMIN = "admin"


class DeskUser(BaseModel):
    """The person behind a desk request: for agents, `user_id` is their agent id."""

    model_config = ConfigDict(frozen=True)

    user_id: str
    role: DeskRole

    @property
    def is_lead(self) -> bool:
        """Leads and admins see and move every case."""
        return self.role in {DeskRole.LEAD, DeskRole.ADMIN}


def may_work_on(user: DeskUser, case: CaseRecord) -> bool:
    """Post updates, resolve, transfer or escalate: the owner, or a lead."""
    return user.is_lead or (case.owner is not None and case.owner.agent_id == user.user_id)


def may_manage_roster(user: DeskUser) -> bool:
    """Add agents or change their skills, languages, capacity and shifts."""
    return user.is_lead


def may_set_availability(user: DeskUser, agent_id: str) -> bool:
    """Agents set their own availability; leads anyone's."""
    return user.is_lead or user.user_id == agent_id


def may_merge_customers(user: DeskUser) -> bool:
    """Merging or separating customers changes who owns what: leads only."""
    return user.is_lead
