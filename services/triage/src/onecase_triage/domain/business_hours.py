"""Weekly opening hours in a time zone, and business-time arithmetic over them.

A schedule is a set of weekdays plus a daily window from `start` to `end`, in local wall
time, and optionally more windows the same days (`more_windows`: split shifts such as
09:00-12:00 and 14:00-18:00). A window belongs to the day it starts on: with `22:00-06:00` on
Fridays the window runs from Friday 22:00 to Saturday 06:00. `end == 00:00` means midnight at
the end of the day, so `00:00-00:00` is a whole day. Public holidays of `holiday_country`
(and `holiday_subdivision`), from the `holidays` package, are closed all day.

Every computation turns each day's window into a pair of UTC instants and works on those,
so a day on which the clocks change simply has a shorter or longer window. A local time
that falls in a spring-forward gap is read with the offset before the change (01:30 in
London on the last Sunday of March is 02:30 BST); a repeated local time is read as its
first occurrence. Intervals are half-open: a window is open at its start, closed at its end.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Annotated, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    WithJsonSchema,
    field_validator,
    model_validator,
)

_ONE_DAY: Final = timedelta(days=1)
_MIDNIGHT: Final = time(0)

Window = tuple[datetime, datetime]
"""One opening window as UTC instants: open from the first, closed from the second."""


def require_utc(moment: datetime) -> datetime:
    """`moment` converted to UTC; a ValueError if it is naive (its zone would be a guess)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: a time zone is required")
    return moment.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(require_utc)]
"""A timezone-aware datetime, converted to UTC on validation; naive ones are rejected."""

WallTime = Annotated[
    time,
    # JSON Schema's `time` format is RFC 3339 full-time, which needs an offset; a wall time has
    # none ("09:00:00"), so the document declares what is sent and accepted as a pattern.
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$",
            "examples": ["09:00", "17:30:00"],
        }
    ),
]
"""A local time of day without a zone: `HH:MM`, `HH:MM:SS` or `HH:MM:SS.ffffff`."""


@lru_cache(maxsize=256)
def _holidays_of(country: str, subdivision: str | None, year: int) -> frozenset[date]:
    calendar = holidays.country_holidays(country, subdiv=subdivision, years=year)
    return frozenset(calendar.keys())


@lru_cache(maxsize=8192)
def _window_on(zone_key: str, start: time, end: time, day: date) -> Window | None:
    # Cached because SLA arithmetic converts the same few weeks of windows over and over,
    # and the zone conversion is the expensive part of walking a schedule.
    zone = ZoneInfo(zone_key)
    opens = datetime.combine(day, start, tzinfo=zone).astimezone(UTC)
    closing_day = day if end > start else day + _ONE_DAY
    closes = datetime.combine(closing_day, end, tzinfo=zone).astimezone(UTC)
    if closes <= opens:
        return None  # a short window swallowed by a spring-forward gap
    return opens, closes


class WeeklyHours(BaseModel):
    """Opening hours: the same local window on each listed weekday (0 = Monday ... 6 = Sunday).

    The default is Monday to Friday, 09:00-17:00 UTC.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    timezone: str = "UTC"
    days: tuple[int, ...] = (0, 1, 2, 3, 4)
    start: WallTime = time(9)
    end: WallTime = time(17)
    # Later windows on the same days, in order and not overlapping: [["14:00", "18:00"]].
    more_windows: tuple[tuple[WallTime, WallTime], ...] = ()
    holiday_country: str | None = None  # ISO 3166 code: "GB", "DE", "FR", "US"
    holiday_subdivision: str | None = None  # e.g. "ENG", "BY", "CA"

    @model_validator(mode="after")
    def _known_holidays(self) -> WeeklyHours:
        if self.holiday_country is None:
            if self.holiday_subdivision is not None:
                raise ValueError("holiday_subdivision needs a holiday_country")
            return self
        try:
            holidays.country_holidays(self.holiday_country, subdiv=self.holiday_subdivision)
        except NotImplementedError as error:
            raise ValueError(
                f"no public holidays known for {self.holiday_country!r}"
                f"{f' ({self.holiday_subdivision!r})' if self.holiday_subdivision else ''}"
            ) from error
        return self

    @model_validator(mode="after")
    def _windows_in_order(self) -> WeeklyHours:
        windows = ((self.start, self.end), *self.more_windows)
        for (earlier_start, earlier_end), (later_start, later_end) in pairwise(windows):
            if earlier_end <= earlier_start:
                raise ValueError("only the day's last window may run past midnight")
            if later_start < earlier_end:
                raise ValueError(
                    f"windows must be in order and not overlap: {later_start} is before "
                    f"{earlier_end}"
                )
            if later_start == later_end:
                raise ValueError(f"the window from {later_start} has no length")
        last_start, last_end = windows[-1]
        if len(windows) > 1 and last_end <= last_start and last_end > self.start:
            raise ValueError("the overnight window must close before the next day's first opens")
        return self

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, key: str) -> str:
        try:
            ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown time zone {key!r}") from error
        return key

    @field_validator("days")
    @classmethod
    def _weekdays(cls, days: tuple[int, ...]) -> tuple[int, ...]:
        if not days:
            raise ValueError("at least one weekday is required: a schedule must open some day")
        if any(not 0 <= day <= 6 for day in days):
            raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday), got {list(days)}")
        return tuple(sorted(set(days)))

    @field_validator("start", "end")
    @classmethod
    def _wall_time(cls, moment: time) -> time:
        if moment.tzinfo is not None:
            raise ValueError("start and end are local wall times: give them without a zone")
        return moment

    @model_validator(mode="after")
    def _window_has_length(self) -> WeeklyHours:
        if self.start == self.end and self.start != _MIDNIGHT:
            raise ValueError("start equals end: use 00:00-00:00 for a whole day")
        return self

    def is_open(self, at: datetime) -> bool:
        """Whether `at` falls inside an opening window."""
        at = require_utc(at)
        opens, _ = self._first_window_ending_after(at)
        return opens <= at

    def next_opening(self, at: datetime) -> datetime:
        """`at` itself (in UTC) if open, else the start of the next window."""
        at = require_utc(at)
        opens, _ = self._first_window_ending_after(at)
        return max(opens, at)

    def close_of_business_day(self, at: datetime) -> datetime:
        """The end of the window `at` is in, or of the next window if `at` is closed."""
        _, closes = self._first_window_ending_after(require_utc(at))
        return closes

    def closed_since(self, at: datetime) -> datetime | None:
        """When the most recent window ended, if `at` is closed; None if open."""
        at = require_utc(at)
        if self.is_open(at):
            return None
        return next(self._windows_ended_by(at))[1]

    def add_business_time(self, start: datetime, duration: timedelta) -> datetime:
        """The instant at which `duration` of open time has passed since `start`.

        Closed time does not count. A zero duration gives `start` back; a duration that
        ends exactly at a closing time gives that closing time, not the next opening.
        """
        start = require_utc(start)
        if duration < timedelta(0):
            raise ValueError(f"duration must not be negative, got {duration}")
        if not duration:
            return start
        remaining = duration
        for opens, closes in self._windows_from(start):
            counting_from = max(opens, start)
            available = closes - counting_from
            if remaining <= available:
                return counting_from + remaining
            remaining -= available
        raise AssertionError("unreachable: a schedule has windows every week")

    def business_time_between(self, start: datetime, end: datetime) -> timedelta:
        """How much open time lies between `start` and `end` (`end` must not be earlier)."""
        start, end = require_utc(start), require_utc(end)
        if end < start:
            raise ValueError(f"end {end.isoformat()} is before start {start.isoformat()}")
        total = timedelta(0)
        for opens, closes in self._windows_from(start):
            if opens >= end:
                break
            total += min(closes, end) - max(opens, start)
        return total

    def _windows_on(self, day: date) -> list[Window]:
        if day.weekday() not in self.days or self._is_holiday(day):
            return []
        found = (
            _window_on(self.timezone, start, end, day)
            for start, end in ((self.start, self.end), *self.more_windows)
        )
        return [window for window in found if window is not None]

    def _is_holiday(self, day: date) -> bool:
        if self.holiday_country is None:
            return False
        return day in _holidays_of(self.holiday_country, self.holiday_subdivision, day.year)

    def _windows_from(self, at: datetime) -> Iterator[Window]:
        """Every window that ends after `at`, in order; endless."""
        # Yesterday's window may still be open (overnight shifts, whole days).
        day = at.astimezone(ZoneInfo(self.timezone)).date() - _ONE_DAY
        # Endless: every schedule opens on some weekday, and no country's holidays fill a week.
        while True:
            for window in self._windows_on(day):
                if window[1] > at:
                    yield window
            day += _ONE_DAY

    def _windows_ended_by(self, at: datetime) -> Iterator[Window]:
        """Every window that ended at or before `at`, most recent first; endless."""
        day = at.astimezone(ZoneInfo(self.timezone)).date()
        while True:
            for window in reversed(self._windows_on(day)):
                if window[1] <= at:
                    yield window
            day -= _ONE_DAY

    def _first_window_ending_after(self, at: datetime) -> Window:
        return next(self._windows_from(at))


ALWAYS_OPEN: Final = WeeklyHours(days=(0, 1, 2, 3, 4, 5, 6), start=_MIDNIGHT, end=_MIDNIGHT)
"""Open around the clock, every day."""
