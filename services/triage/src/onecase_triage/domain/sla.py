"""Service-level clocks of a case: first response, next update and resolution.

Every target is business time in the owner's (or team's) `WeeklyHours`: a complaint that
arrives on Friday evening with a 4-hour first-response target is due on Monday morning.
A clock warns once `warn_at_fraction` of its business time has passed and is breached at
its due time; meeting it (an agent's reply, an update, the case resolved) stops it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from onecase_triage.domain.business_hours import UtcDatetime, WeeklyHours, require_utc

FALLBACK_LEVEL: Final = "normal"
"""The urgency level whose targets apply to a level the policy does not name."""

ClockState = Literal["met", "running", "warning", "breached"]
AlertKind = Literal["warning", "breach"]


class SlaTargets(BaseModel):
    """The business-time targets for one urgency level.

    `update_every` None means "keep the customer informed by the close of the owner's
    business day" rather than on a fixed cadence.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    first_response: timedelta
    update_every: timedelta | None
    resolution: timedelta

    @field_validator("first_response", "update_every", "resolution")
    @classmethod
    def _positive(cls, target: timedelta | None) -> timedelta | None:
        if target is not None and target <= timedelta(0):
            raise ValueError(f"an SLA target must be positive, got {target}")
        return target


class SlaPolicy(BaseModel):
    """SLA targets per urgency level (`critical`, `high`, `normal`, `low`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    targets: dict[str, SlaTargets]
    warn_at_fraction: float = Field(default=0.8, gt=0.0, le=1.0)

    @model_validator(mode="after")
    def _has_fallback(self) -> SlaPolicy:
        if FALLBACK_LEVEL not in self.targets:
            raise ValueError(f"targets must include {FALLBACK_LEVEL!r}: unknown levels use it")
        return self

    def for_level(self, level: str) -> SlaTargets:
        """The targets for `level`, or the `normal` ones for a level the policy does not name."""
        return self.targets.get(level, self.targets[FALLBACK_LEVEL])


# Durations are business time: with 8-hour days, "16 hours" is two working days.
DEFAULT_SLA_POLICY: Final = SlaPolicy(
    targets={
        "critical": SlaTargets(
            first_response=timedelta(minutes=30),
            update_every=timedelta(hours=2),
            resolution=timedelta(hours=8),
        ),
        "high": SlaTargets(
            first_response=timedelta(hours=1),
            update_every=timedelta(hours=4),
            resolution=timedelta(hours=16),
        ),
        "normal": SlaTargets(
            first_response=timedelta(hours=4),
            update_every=None,
            resolution=timedelta(hours=24),
        ),
        "low": SlaTargets(
            first_response=timedelta(hours=8),
            update_every=timedelta(hours=16),
            resolution=timedelta(hours=40),
        ),
    }
)
"""The starting policy; durations are business time."""


class ClockName(StrEnum):
    """Which promise a clock measures."""

    FIRST_RESPONSE = "first_response"
    NEXT_UPDATE = "next_update"
    RESOLUTION = "resolution"


class SlaClock(BaseModel):
    """One running promise: when it started, when it warns, when it is due, when it was met."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: ClockName
    started_at: UtcDatetime
    warn_at: UtcDatetime
    due_at: UtcDatetime
    met_at: UtcDatetime | None = None

    @model_validator(mode="after")
    def _in_order(self) -> SlaClock:
        if not self.started_at <= self.warn_at <= self.due_at:
            raise ValueError("a clock needs started_at <= warn_at <= due_at")
        return self

    def state(self, now: datetime) -> ClockState:
        """Where the clock stands at `now`: met (even if late), breached, warning or running."""
        now = require_utc(now)
        if self.met_at is not None:
            return "met"
        if now >= self.due_at:
            return "breached"
        if now >= self.warn_at:
            return "warning"
        return "running"


class SlaAlert(BaseModel):
    """A clock that has reached its warning or due time without being met."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    clock: ClockName
    kind: AlertKind
    due_at: UtcDatetime

    def key(self) -> str:
        """An idempotency key: the same alert for the same due time is sent once."""
        return f"{self.clock}:{self.kind}:{self.due_at.isoformat()}"


def _clock(
    name: ClockName, *, started_at: datetime, target: timedelta, hours: WeeklyHours, fraction: float
) -> SlaClock:
    return SlaClock(
        name=name,
        started_at=started_at,
        warn_at=hours.add_business_time(started_at, target * fraction),
        due_at=hours.add_business_time(started_at, target),
    )


def _update_clock(
    *, started_at: datetime, level: str, hours: WeeklyHours, policy: SlaPolicy
) -> SlaClock:
    started_at = require_utc(started_at)
    cadence = policy.for_level(level).update_every
    if cadence is not None:
        return _clock(
            ClockName.NEXT_UPDATE,
            started_at=started_at,
            target=cadence,
            hours=hours,
            fraction=policy.warn_at_fraction,
        )
    due_at = hours.close_of_business_day(started_at)
    open_time = hours.business_time_between(started_at, due_at)
    return SlaClock(
        name=ClockName.NEXT_UPDATE,
        started_at=started_at,
        warn_at=hours.add_business_time(started_at, open_time * policy.warn_at_fraction),
        due_at=due_at,
    )


def start_clocks(
    *,
    opened_at: datetime,
    level: str,
    hours: WeeklyHours,
    policy: SlaPolicy = DEFAULT_SLA_POLICY,
) -> tuple[SlaClock, SlaClock, SlaClock]:
    """The first-response, next-update and resolution clocks of a case opened at `opened_at`."""
    opened_at = require_utc(opened_at)
    targets = policy.for_level(level)
    fraction = policy.warn_at_fraction
    return (
        _clock(
            ClockName.FIRST_RESPONSE,
            started_at=opened_at,
            target=targets.first_response,
            hours=hours,
            fraction=fraction,
        ),
        _update_clock(started_at=opened_at, level=level, hours=hours, policy=policy),
        _clock(
            ClockName.RESOLUTION,
            started_at=opened_at,
            target=targets.resolution,
            hours=hours,
            fraction=fraction,
        ),
    )


def restart_update_clock(
    *, at: datetime, level: str, hours: WeeklyHours, policy: SlaPolicy = DEFAULT_SLA_POLICY
) -> SlaClock:
    """A fresh next-update clock from `at`: an agent's update to the customer resets the cadence."""
    return _update_clock(started_at=at, level=level, hours=hours, policy=policy)


def meet(clock: SlaClock, at: datetime) -> SlaClock:
    """`clock` marked met at `at`; a clock already met keeps its first `met_at`."""
    at = require_utc(at)
    if clock.met_at is not None:
        return clock
    return clock.model_copy(update={"met_at": at})


def due_alerts(clocks: Iterable[SlaClock], *, now: datetime) -> tuple[SlaAlert, ...]:
    """Every warning and breach reached by `now` on an unmet clock; callers dedupe by `key()`."""
    now = require_utc(now)
    alerts: list[SlaAlert] = []
    for clock in clocks:
        if clock.met_at is not None:
            continue
        if now >= clock.warn_at:
            alerts.append(SlaAlert(clock=clock.name, kind="warning", due_at=clock.due_at))
        if now >= clock.due_at:
            alerts.append(SlaAlert(clock=clock.name, kind="breach", due_at=clock.due_at))
    return tuple(alerts)
