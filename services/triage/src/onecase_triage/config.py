"""Triage's settings: the desk's port and tokens, the roster, and every tunable rule."""

from __future__ import annotations

from pathlib import Path
from typing import Self

from pydantic import Field, SecretStr, field_validator, model_validator

from onecase_shared.settings import Profile, ServiceSettings
from onecase_triage.desk.auth import HASHED_PREFIX, TokenTable
from onecase_triage.domain.lead_alerts import EVERY_LEAD_ALERT, parse_lead_alerts
from onecase_triage.domain.routing import RoutingWeights
from onecase_triage.domain.sla import DEFAULT_SLA_POLICY, SlaPolicy
from onecase_triage.domain.urgency import UrgencyWeights


class TriageSettings(ServiceSettings):
    """Everything triage reads from the environment.

    Structured values (weights, SLA policy) are JSON in their variable, e.g.
    `ONECASE_ROUTING_WEIGHTS='{"by_level": {"critical": 4, "high": 2, "normal": 1, "low": 1}}'`.
    """

    triage_port: int = 8002
    triage_group: str = "onecase-triage"
    # Where the browser desk's operations view asks intake and notify for /healthz and /readyz.
    intake_url: str = "http://127.0.0.1:8001"
    notify_url: str = "http://127.0.0.1:8003"
    # Whitespace-separated `token=user_id:role` entries; roles are agent, lead and admin.
    desk_tokens: SecretStr = SecretStr(
        "dev-only-admin-token=admin:admin dev-only-lead-token=priya.shah:lead "
        "dev-only-agent-token=sam.okafor:agent"
    )
    # Seeds the roster at start-up (agents already stored keep the desk's changes).
    roster_file: Path | None = None
    # Without a roster file, one always-on generalist takes every case.
    default_agent_id: str = "agent-1"
    default_agent_name: str = "Sam Rivera"
    default_agent_email: str = "sam.rivera@onecase.example"
    reopen_window_hours: float = Field(default=7 * 24, gt=0)
    # The category layer's probability. 0.65 is the confidence at which an acknowledgment names
    # the category too: a second case opens only when triage is as sure as it is to say so.
    other_issue_min_confidence: float = Field(default=0.65, ge=0, le=1)
    angry_exchanges_before_flag: int = Field(default=3, ge=1)
    off_shift_grace_minutes: float = Field(default=30, ge=0)
    sweep_interval_s: float = Field(default=15, gt=0)
    # After a resolution: "is it really fixed?" (a reply reopens the case).
    follow_up_after_hours: float = Field(default=72, gt=0)
    # Staff-conduct cases: the team lead's follow-up task is due within 3 days of the complaint;
    # unsent by then, it is escalated (the roster names to whom).
    lead_follow_up_hours: float = Field(default=72, gt=0, le=72)
    # What alerts the team lead by email at once (space-separated): staff_conduct, threat,
    # abuse, persistent_anger, critical_sla. Empty: none (incidents and offers still happen).
    lead_alerts: str = " ".join(sorted(alert.value for alert in EVERY_LEAD_ALERT))
    # Addresses at these domains are ours (reply addresses): never evidence about a customer.
    own_email_domains: str = "onecase.example reply.onecase.example"
    default_phone_region: str = "GB"
    urgency_weights: UrgencyWeights = Field(default_factory=UrgencyWeights)
    # The learned urgency and category layers; unset, the file shipped in the package.
    judgment_file: Path | None = None
    routing_weights: RoutingWeights = Field(default_factory=RoutingWeights)
    sla_policy: SlaPolicy = DEFAULT_SLA_POLICY

    @field_validator("lead_alerts")
    @classmethod
    def _known_lead_alerts(cls, value: str) -> str:
        parse_lead_alerts(value)  # an unknown name fails at start, with the known ones listed
        return value

    def _secrets_to_check(self) -> dict[str, SecretStr]:
        return {"desk_tokens": self.desk_tokens}

    @model_validator(mode="after")
    def _refuse_plaintext_desk_tokens_in_prod(self) -> Self:
        """Outside dev, every desk token is configured hashed (`sha256:`), never as itself."""
        TokenTable(self.desk_tokens.get_secret_value())  # malformed entries fail here, at start
        if self.profile is Profile.DEV:
            return self
        plain = [
            entry.rpartition("=")[2].partition(":")[0]
            for entry in self.desk_tokens.get_secret_value().split()
            if not entry.startswith(HASHED_PREFIX)
        ]
        if plain:
            msg = (
                "ONECASE_DESK_TOKENS: outside dev, tokens must be sha256: hashes "
                f"(python -m onecase_triage.desk.hash_token); plaintext for {', '.join(plain)}"
            )
            raise ValueError(msg)
        return self
