from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from onecase_triage.domain.business_hours import ALWAYS_OPEN, WeeklyHours
from onecase_triage.domain.sla import (
    DEFAULT_SLA_POLICY,
    ClockName,
    SlaAlert,
    SlaClock,
    SlaPolicy,
    SlaTargets,
    due_alerts,
    meet,
    restart_update_clock,
    start_clocks,
)

LONDON = ZoneInfo("Europe/London")
SUPPORT = WeeklyHours(timezone="Europe/London", start=time(8), end=time(18))  # Mon-Fri


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def london(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=LONDON)


def a_clock(*, met_at: datetime | None = None) -> SlaClock:
    return SlaClock(
        name=ClockName.FIRST_RESPONSE,
        started_at=utc(2026, 1, 14, 10),
        warn_at=utc(2026, 1, 14, 10, 24),
        due_at=utc(2026, 1, 14, 10, 30),
        met_at=met_at,
    )


class TestPolicy:
    def test_default_targets(self) -> None:
        critical = DEFAULT_SLA_POLICY.for_level("critical")
        normal = DEFAULT_SLA_POLICY.for_level("normal")
        low = DEFAULT_SLA_POLICY.for_level("low")
        assert (critical.first_response, critical.update_every, critical.resolution) == (
            timedelta(minutes=30),
            timedelta(hours=2),
            timedelta(hours=8),
        )
        assert DEFAULT_SLA_POLICY.for_level("high").update_every == timedelta(hours=4)
        assert normal.update_every is None
        assert (low.first_response, low.update_every, low.resolution) == (
            timedelta(hours=8),
            timedelta(hours=16),
            timedelta(hours=40),
        )
        assert DEFAULT_SLA_POLICY.warn_at_fraction == 0.8

    def test_unknown_level_falls_back_to_normal(self) -> None:
        assert DEFAULT_SLA_POLICY.for_level("apocalyptic") == DEFAULT_SLA_POLICY.for_level("normal")

    def test_requires_normal_targets(self) -> None:
        with pytest.raises(ValidationError, match="normal"):
            SlaPolicy(targets={"critical": DEFAULT_SLA_POLICY.for_level("critical")})

    def test_rejects_non_positive_targets(self) -> None:
        with pytest.raises(ValidationError, match="positive"):
            SlaTargets(first_response=timedelta(0), update_every=None, resolution=timedelta(1))

    @pytest.mark.parametrize("fraction", [0.0, 1.5])
    def test_rejects_warning_fractions_outside_0_1(self, fraction: float) -> None:
        with pytest.raises(ValidationError):
            SlaPolicy(targets=DEFAULT_SLA_POLICY.targets, warn_at_fraction=fraction)

    def test_round_trips_through_json(self) -> None:
        text = DEFAULT_SLA_POLICY.model_dump_json()
        assert SlaPolicy.model_validate_json(text) == DEFAULT_SLA_POLICY


class TestStartClocks:
    def test_critical_case_in_office_hours(self) -> None:
        opened = london(2026, 1, 14, 10)
        first, update, resolution = start_clocks(opened_at=opened, level="critical", hours=SUPPORT)
        assert [c.name for c in (first, update, resolution)] == list(ClockName)
        assert (first.warn_at, first.due_at) == (
            london(2026, 1, 14, 10, 24),
            london(2026, 1, 14, 10, 30),
        )
        assert (update.warn_at, update.due_at) == (
            london(2026, 1, 14, 11, 36),
            london(2026, 1, 14, 12),
        )
        assert resolution.due_at == london(2026, 1, 14, 18)
        assert all(c.started_at == opened and c.met_at is None for c in (first, update, resolution))

    def test_friday_evening_case_is_due_after_the_weekend_and_the_clock_change(self) -> None:
        first, _, resolution = start_clocks(
            opened_at=london(2026, 3, 27, 17), level="normal", hours=SUPPORT
        )
        # One hour on Friday (GMT), three on Monday (BST).
        assert first.due_at == london(2026, 3, 30, 11)
        assert first.due_at == utc(2026, 3, 30, 10)
        assert first.warn_at == london(2026, 3, 30, 10, 12)
        assert resolution.due_at == london(2026, 4, 1, 11)  # 24 h = 1 + 2 ten-hour days + 3

    def test_normal_update_is_due_at_close_of_business(self) -> None:
        _, update, _ = start_clocks(
            opened_at=london(2026, 1, 16, 17), level="normal", hours=SUPPORT
        )
        assert update.due_at == london(2026, 1, 16, 18)
        assert update.warn_at == london(2026, 1, 16, 17, 48)

    def test_normal_update_for_a_weekend_case_is_due_at_the_next_close(self) -> None:
        _, update, _ = start_clocks(
            opened_at=london(2026, 1, 17, 11), level="normal", hours=SUPPORT
        )
        assert update.due_at == london(2026, 1, 19, 18)
        assert update.warn_at == london(2026, 1, 19, 16)  # 80% of Monday's ten hours

    def test_always_open_hours_count_wall_time(self) -> None:
        opened = utc(2026, 1, 17, 23)
        first, update, resolution = start_clocks(
            opened_at=opened, level="high", hours=ALWAYS_OPEN, policy=DEFAULT_SLA_POLICY
        )
        assert first.due_at == opened + timedelta(hours=1)
        assert update.due_at == opened + timedelta(hours=4)
        assert resolution.due_at == opened + timedelta(hours=16)

    def test_unknown_level_uses_normal_targets(self) -> None:
        first, _, _ = start_clocks(opened_at=london(2026, 1, 14, 9), level="meh", hours=SUPPORT)
        assert first.due_at == london(2026, 1, 14, 13)

    def test_rejects_naive_opening_time(self) -> None:
        with pytest.raises(ValueError, match="naive"):
            start_clocks(opened_at=datetime(2026, 1, 14, 9), level="low", hours=SUPPORT)

    def test_an_update_restarts_the_cadence(self) -> None:
        update = restart_update_clock(at=london(2026, 1, 14, 17), level="high", hours=SUPPORT)
        assert update.name is ClockName.NEXT_UPDATE
        assert update.started_at == london(2026, 1, 14, 17)
        assert update.due_at == london(2026, 1, 15, 11)  # 1 h on Wednesday, 3 h on Thursday


class TestClockState:
    def test_running_warning_breached(self) -> None:
        clock = a_clock()
        assert clock.state(utc(2026, 1, 14, 10, 23)) == "running"
        assert clock.state(utc(2026, 1, 14, 10, 24)) == "warning"
        assert clock.state(utc(2026, 1, 14, 10, 30)) == "breached"

    def test_met_wins_even_when_late(self) -> None:
        late = meet(a_clock(), utc(2026, 1, 14, 11))
        assert late.state(utc(2026, 1, 14, 12)) == "met"

    def test_meet_keeps_the_first_time(self) -> None:
        once = meet(a_clock(), utc(2026, 1, 14, 10, 5))
        assert meet(once, utc(2026, 1, 14, 10, 9)).met_at == utc(2026, 1, 14, 10, 5)

    def test_meet_converts_to_utc_and_rejects_naive(self) -> None:
        assert meet(a_clock(), london(2026, 7, 1, 12)).met_at == utc(2026, 7, 1, 11)
        with pytest.raises(ValueError, match="naive"):
            meet(a_clock(), datetime(2026, 1, 14, 10, 5))

    def test_clock_times_must_be_in_order(self) -> None:
        with pytest.raises(ValidationError, match="started_at <= warn_at <= due_at"):
            SlaClock(
                name=ClockName.RESOLUTION,
                started_at=utc(2026, 1, 2),
                warn_at=utc(2026, 1, 3),
                due_at=utc(2026, 1, 1),
            )

    def test_rejects_naive_times_from_json(self) -> None:
        text = a_clock().model_dump_json().replace("+00:00", "").replace("Z", "")
        with pytest.raises(ValidationError, match="naive"):
            SlaClock.model_validate_json(text)

    def test_round_trips_through_json(self) -> None:
        clock = meet(a_clock(), utc(2026, 1, 14, 10, 1))
        assert SlaClock.model_validate_json(clock.model_dump_json()) == clock


class TestAlerts:
    def test_nothing_before_the_warning(self) -> None:
        assert due_alerts([a_clock()], now=utc(2026, 1, 14, 10, 23, 59)) == ()

    def test_warning_then_breach(self) -> None:
        clock = a_clock()
        warning = due_alerts([clock], now=utc(2026, 1, 14, 10, 24))
        assert warning == (
            SlaAlert(clock=ClockName.FIRST_RESPONSE, kind="warning", due_at=clock.due_at),
        )
        both = due_alerts([clock], now=utc(2026, 1, 14, 10, 30))
        assert [alert.kind for alert in both] == ["warning", "breach"]

    def test_met_clocks_never_alert(self) -> None:
        assert due_alerts([meet(a_clock(), utc(2026, 1, 14, 10, 25))], now=utc(2026, 2, 1)) == ()

    def test_keys_name_clock_kind_and_due_time(self) -> None:
        keys = [a.key() for a in due_alerts([a_clock()], now=utc(2026, 1, 15))]
        assert keys == [
            "first_response:warning:2026-01-14T10:30:00+00:00",
            "first_response:breach:2026-01-14T10:30:00+00:00",
        ]

    def test_same_alert_same_key_and_a_restarted_clock_gets_new_keys(self) -> None:
        first = restart_update_clock(at=london(2026, 1, 14, 9), level="critical", hours=SUPPORT)
        later = due_alerts([first], now=utc(2026, 1, 14, 12))
        again = due_alerts([first], now=utc(2026, 1, 14, 13))
        assert [a.key() for a in later] == [a.key() for a in again]
        restarted = restart_update_clock(
            at=london(2026, 1, 14, 11), level="critical", hours=SUPPORT
        )
        fresh = due_alerts([restarted], now=utc(2026, 1, 14, 13))
        assert {a.key() for a in fresh}.isdisjoint(a.key() for a in later)
        assert [a.kind for a in fresh] == ["warning", "breach"]
