"""Triage's settings: the desk's port and, for now, the one configured agent."""

from __future__ import annotations

from onecase_shared.settings import ServiceSettings


class TriageSettings(ServiceSettings):
    """Everything triage reads from the environment."""

    triage_port: int = 8002
    triage_group: str = "onecase-triage"
    # The walking skeleton routes every case to one agent; the roster replaces this.
    default_agent_id: str = "agent-1"
    default_agent_name: str = "Sam Rivera"
    default_agent_email: str = "sam.rivera@onecase.example"
