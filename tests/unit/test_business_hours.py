import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from onecase_triage.domain.business_hours import ALWAYS_OPEN, WeeklyHours

LONDON = ZoneInfo("Europe/London")
# 2026: the clocks go forward on Sunday 29 March and back on Sunday 25 October.
OFFICE = WeeklyHours(timezone="Europe/London")  # Monday-Friday 09:00-17:00
LONDON_ALL_DAY = WeeklyHours(
    timezone="Europe/London", days=(0, 1, 2, 3, 4, 5, 6), start=time(0), end=time(0)
)
NIGHTS = WeeklyHours(
    timezone="Europe/London", days=(0, 1, 2, 3, 4, 5, 6), start=time(22), end=time(6)
)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def london(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=LONDON)


class TestValidation:
    def test_defaults_are_weekdays_nine_to_five_utc(self) -> None:
        hours = WeeklyHours()
        assert (hours.timezone, hours.days, hours.start, hours.end) == (
            "UTC",
            (0, 1, 2, 3, 4),
            time(9),
            time(17),
        )

    def test_days_are_deduplicated_and_sorted(self) -> None:
        assert WeeklyHours(days=(4, 0, 4, 2)).days == (0, 2, 4)

    @pytest.mark.parametrize("days", [(7,), (-1, 2), ()])
    def test_rejects_bad_days(self, days: tuple[int, ...]) -> None:
        with pytest.raises(ValidationError):
            WeeklyHours(days=days)

    @pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "", "../etc/passwd"])
    def test_rejects_unknown_time_zone(self, zone: str) -> None:
        with pytest.raises(ValidationError, match="time zone"):
            WeeklyHours(timezone=zone)

    def test_rejects_an_empty_window(self) -> None:
        with pytest.raises(ValidationError, match="start equals end"):
            WeeklyHours(start=time(9), end=time(9))

    def test_midnight_to_midnight_is_a_whole_day(self) -> None:
        hours = WeeklyHours(days=(2,), start=time(0), end=time(0))
        assert hours.business_time_between(utc(2026, 6, 1), utc(2026, 6, 8)) == timedelta(days=1)

    def test_rejects_zoned_wall_times(self) -> None:
        with pytest.raises(ValidationError, match="wall times"):
            WeeklyHours(start=time(9, tzinfo=UTC))

    def test_is_frozen(self) -> None:
        with pytest.raises(ValidationError):
            OFFICE.start = time(8)  # type: ignore[misc]

    def test_rejects_naive_datetimes(self) -> None:
        with pytest.raises(ValueError, match="naive"):
            OFFICE.is_open(datetime(2026, 6, 3, 10))
        with pytest.raises(ValueError, match="naive"):
            OFFICE.add_business_time(datetime(2026, 6, 3, 10), timedelta(hours=1))

    def test_answers_in_utc_whatever_zone_it_is_asked_in(self) -> None:
        result = OFFICE.add_business_time(london(2026, 6, 3, 10), timedelta(hours=1))
        assert result.tzinfo is UTC
        assert result == utc(2026, 6, 3, 10)  # 11:00 BST


class TestIsOpen:
    def test_open_inside_closed_at_the_end(self) -> None:
        assert OFFICE.is_open(london(2026, 1, 14, 9))
        assert OFFICE.is_open(london(2026, 1, 14, 16, 59))
        assert not OFFICE.is_open(london(2026, 1, 14, 17))
        assert not OFFICE.is_open(london(2026, 1, 14, 8, 59))

    def test_closed_at_the_weekend(self) -> None:
        assert not OFFICE.is_open(london(2026, 1, 17, 12))
        assert not OFFICE.is_open(london(2026, 1, 18, 12))

    def test_follows_the_clocks_going_forward(self) -> None:
        # 08:30 UTC is 08:30 GMT on Friday 27 March but 09:30 BST on Monday 30 March.
        assert not OFFICE.is_open(utc(2026, 3, 27, 8, 30))
        assert OFFICE.is_open(utc(2026, 3, 30, 8, 30))
        assert not OFFICE.is_open(utc(2026, 3, 30, 16, 30))

    def test_follows_the_clocks_going_back(self) -> None:
        assert OFFICE.is_open(utc(2026, 10, 23, 15, 30))  # Friday 16:30 BST
        assert not OFFICE.is_open(utc(2026, 10, 23, 16, 0))  # Friday 17:00 BST
        assert OFFICE.is_open(utc(2026, 10, 26, 16, 30))  # 16:30 GMT

    def test_overnight_window_belongs_to_the_day_it_starts(self) -> None:
        friday_night = WeeklyHours(days=(4,), start=time(22), end=time(6))
        assert friday_night.is_open(utc(2026, 6, 5, 22))  # Friday
        assert friday_night.is_open(utc(2026, 6, 6, 5, 59))  # Saturday morning
        assert not friday_night.is_open(utc(2026, 6, 6, 6))
        assert not friday_night.is_open(utc(2026, 6, 5, 3))  # Friday morning: Thursday's night
        assert not friday_night.is_open(utc(2026, 6, 6, 23))  # Saturday night

    def test_always_open(self) -> None:
        start = utc(2026, 1, 1)
        assert all(ALWAYS_OPEN.is_open(start + timedelta(minutes=37 * n)) for n in range(500))

    def test_a_window_inside_the_spring_gap_does_not_open(self) -> None:
        sunday_one_am = WeeklyHours(timezone="Europe/London", days=(6,), start=time(1), end=time(2))
        assert sunday_one_am.next_opening(utc(2026, 3, 28)) == utc(2026, 4, 5, 0)  # 01:00 BST
        assert sunday_one_am.is_open(utc(2026, 3, 22, 1, 30))


class TestNextOpeningAndClose:
    def test_next_opening_is_now_when_open(self) -> None:
        at = utc(2026, 1, 14, 11, 15, 7)
        assert OFFICE.next_opening(at) == at

    def test_next_opening_after_a_weekend_across_the_spring_change(self) -> None:
        assert OFFICE.next_opening(london(2026, 3, 27, 17)) == london(2026, 3, 30, 9)
        assert OFFICE.next_opening(london(2026, 3, 27, 17)) == utc(2026, 3, 30, 8)

    def test_close_of_business_day_when_open(self) -> None:
        assert OFFICE.close_of_business_day(london(2026, 1, 14, 9)) == london(2026, 1, 14, 17)
        assert OFFICE.close_of_business_day(london(2026, 1, 14, 16)) == london(2026, 1, 14, 17)

    def test_close_of_business_day_when_closed_is_the_next_close(self) -> None:
        assert OFFICE.close_of_business_day(london(2026, 1, 14, 17)) == london(2026, 1, 15, 17)
        assert OFFICE.close_of_business_day(london(2026, 1, 17, 12)) == london(2026, 1, 19, 17)

    def test_close_of_an_overnight_shift_is_next_morning(self) -> None:
        assert NIGHTS.close_of_business_day(london(2026, 1, 14, 23)) == london(2026, 1, 15, 6)

    def test_close_of_an_always_open_day_is_midnight(self) -> None:
        assert ALWAYS_OPEN.close_of_business_day(utc(2026, 1, 14, 15)) == utc(2026, 1, 15)

    def test_closed_since(self) -> None:
        assert OFFICE.closed_since(london(2026, 1, 14, 12)) is None
        assert OFFICE.closed_since(london(2026, 1, 14, 17)) == london(2026, 1, 14, 17)
        assert OFFICE.closed_since(london(2026, 1, 19, 8)) == london(2026, 1, 16, 17)
        assert NIGHTS.closed_since(london(2026, 1, 14, 7)) == london(2026, 1, 14, 6)
        assert ALWAYS_OPEN.closed_since(utc(2026, 1, 14, 3)) is None


class TestAddBusinessTime:
    def test_within_one_day(self) -> None:
        assert OFFICE.add_business_time(london(2026, 1, 14, 10), timedelta(hours=2)) == london(
            2026, 1, 14, 12
        )

    def test_ending_exactly_at_close_gives_the_close(self) -> None:
        result = OFFICE.add_business_time(london(2026, 1, 14, 16), timedelta(hours=1))
        assert result == london(2026, 1, 14, 17)

    def test_starting_closed_counts_from_the_next_opening(self) -> None:
        result = OFFICE.add_business_time(london(2026, 1, 17, 12), timedelta(minutes=30))
        assert result == london(2026, 1, 19, 9, 30)

    def test_spans_a_weekend_and_the_spring_change(self) -> None:
        # Friday 16:00 GMT + 2 h: one hour on Friday, one on Monday, which is on BST.
        result = OFFICE.add_business_time(london(2026, 3, 27, 16), timedelta(hours=2))
        assert result == london(2026, 3, 30, 10)
        assert result == utc(2026, 3, 30, 9)

    def test_several_days(self) -> None:
        result = OFFICE.add_business_time(london(2026, 1, 14, 13), timedelta(hours=21))
        assert result == london(2026, 1, 19, 10)  # Wednesday 4 h, Thursday 8, Friday 8, Monday 1

    def test_zero_is_the_start_itself(self) -> None:
        at = london(2026, 1, 17, 12)
        assert OFFICE.add_business_time(at, timedelta(0)) == at

    def test_rejects_negative_durations(self) -> None:
        with pytest.raises(ValueError, match="negative"):
            OFFICE.add_business_time(utc(2026, 1, 14), timedelta(minutes=-1))

    def test_the_spring_sunday_has_23_hours_and_the_autumn_one_25(self) -> None:
        spring = LONDON_ALL_DAY.business_time_between(london(2026, 3, 29), london(2026, 3, 30))
        autumn = LONDON_ALL_DAY.business_time_between(london(2026, 10, 25), london(2026, 10, 26))
        assert (spring, autumn) == (timedelta(hours=23), timedelta(hours=25))
        assert LONDON_ALL_DAY.add_business_time(london(2026, 3, 29), timedelta(hours=23)) == (
            london(2026, 3, 30)
        )

    def test_overnight_shifts_across_the_clock_changes(self) -> None:
        spring_night = NIGHTS.business_time_between(
            london(2026, 3, 28, 12), london(2026, 3, 29, 12)
        )
        autumn_night = NIGHTS.business_time_between(
            london(2026, 10, 24, 12), london(2026, 10, 25, 12)
        )
        assert (spring_night, autumn_night) == (timedelta(hours=7), timedelta(hours=9))
        assert NIGHTS.add_business_time(london(2026, 3, 28, 12), timedelta(hours=7)) == utc(
            2026, 3, 29, 5
        )

    def test_always_open_is_plain_addition(self) -> None:
        start = utc(2026, 2, 27, 13, 5)
        assert ALWAYS_OPEN.add_business_time(start, timedelta(days=9, minutes=3)) == start + (
            timedelta(days=9, minutes=3)
        )

    def test_business_time_between_rejects_a_reversed_range(self) -> None:
        with pytest.raises(ValueError, match="before start"):
            OFFICE.business_time_between(utc(2026, 1, 2), utc(2026, 1, 1))


ZONES = ("UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata")


def random_hours(rng: random.Random) -> WeeklyHours:
    days = tuple(day for day in range(7) if rng.random() < 0.6) or (rng.randrange(7),)
    start = time(rng.randrange(24), rng.choice((0, 30)))
    end = time(rng.randrange(24), rng.choice((0, 15, 30)))
    if start == end:
        start = end = time(0)
    return WeeklyHours(timezone=rng.choice(ZONES), days=days, start=start, end=end)


def test_property_business_time_added_is_business_time_between() -> None:
    # A seeded random search (hypothesis is not a dependency of this workspace): schedules in
    # zones with and without DST, starts all over 2026, durations from zero to two weeks.
    rng = random.Random(20260329)
    for _ in range(2_000):
        hours = random_hours(rng)
        start = utc(2026, 1, 1) + timedelta(seconds=rng.randrange(366 * 86_400))
        duration = timedelta(minutes=rng.randrange(20_000))
        result = hours.add_business_time(start, duration)
        context = f"{hours!r} from {start} + {duration}"
        assert result >= start + duration, context
        assert hours.business_time_between(start, result) == duration, context
        if duration:
            assert hours.is_open(result - timedelta(microseconds=1)), context


def naive_is_open(hours: WeeklyHours, at: datetime) -> bool:
    """An independent reading of the rules, for zones without DST."""
    local = at.astimezone(ZoneInfo(hours.timezone)).replace(tzinfo=None)
    for back in (0, 1):
        day = local.date() - timedelta(days=back)
        if day.weekday() not in hours.days:
            continue
        opens = datetime.combine(day, hours.start)
        overnight = hours.end <= hours.start
        closes = datetime.combine(day + timedelta(days=overnight), hours.end)
        if opens <= local < closes:
            return True
    return False


@pytest.mark.parametrize("seed", range(5))
def test_is_open_agrees_with_a_minute_by_minute_reading(seed: int) -> None:
    rng = random.Random(seed)
    hours = random_hours(rng).model_copy(update={"timezone": rng.choice(("UTC", "Asia/Kolkata"))})
    start = utc(2026, 5, 1) + timedelta(minutes=rng.randrange(10_000))
    business_minutes = 0
    for minute in range(8 * 24 * 60):
        at = start + timedelta(minutes=minute)
        assert hours.is_open(at) == naive_is_open(hours, at), (hours, at)
        business_minutes += naive_is_open(hours, at)
    end = start + timedelta(days=8)
    assert hours.business_time_between(start, end) == timedelta(minutes=business_minutes)


class TestSplitShiftsAndHolidays:
    SPLIT = WeeklyHours(
        timezone="Europe/London", start=time(9), end=time(12), more_windows=((time(14), time(18)),)
    )

    def test_a_lunch_break_is_closed_time(self) -> None:
        monday = datetime(2026, 11, 30, tzinfo=UTC)
        assert self.SPLIT.is_open(monday.replace(hour=11))
        assert not self.SPLIT.is_open(monday.replace(hour=13))
        assert self.SPLIT.next_opening(monday.replace(hour=13)) == monday.replace(hour=14)
        # Two hours from 11:00 are 11-12 and 14-15.
        assert self.SPLIT.add_business_time(monday.replace(hour=11), timedelta(hours=2)) == (
            monday.replace(hour=15)
        )
        assert self.SPLIT.business_time_between(
            monday.replace(hour=8), monday.replace(hour=20)
        ) == timedelta(hours=7)

    def test_windows_must_be_in_order_without_overlap(self) -> None:
        with pytest.raises(ValueError, match="in order and not overlap"):
            WeeklyHours(start=time(9), end=time(13), more_windows=((time(12), time(18)),))
        with pytest.raises(ValueError, match="last window may run past midnight"):
            WeeklyHours(start=time(22), end=time(2), more_windows=((time(3), time(5)),))
        with pytest.raises(ValueError, match="before the next day's first opens"):
            WeeklyHours(start=time(6), end=time(12), more_windows=((time(20), time(8)),))

    def test_a_public_holiday_is_closed_all_day(self) -> None:
        england = WeeklyHours(
            timezone="Europe/London", holiday_country="GB", holiday_subdivision="ENG"
        )
        christmas_eve = datetime(2026, 12, 24, 16, tzinfo=UTC)  # Thursday, open until 17:00
        # One hour on the 24th, then Christmas (Friday) and Boxing Day's substitute (Monday 28th)
        # are closed: the next hour ends on Tuesday the 29th at 10:00.
        assert england.add_business_time(christmas_eve, timedelta(hours=2)) == datetime(
            2026, 12, 29, 10, tzinfo=UTC
        )
        assert not england.is_open(datetime(2026, 12, 25, 10, tzinfo=UTC))
        assert WeeklyHours(timezone="Europe/London").is_open(datetime(2026, 12, 28, 10, tzinfo=UTC))

    def test_an_unknown_country_is_refused(self) -> None:
        with pytest.raises(ValueError, match="no public holidays known"):
            WeeklyHours(holiday_country="XX")
        with pytest.raises(ValueError, match="needs a holiday_country"):
            WeeklyHours(holiday_subdivision="BY")
