"""The customer's time zone as the events carry it: an IANA name or a "+HH:MM" offset."""

from __future__ import annotations

import re
from datetime import UTC, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_OFFSET = re.compile(r"(?P<sign>[+-])(?P<hours>\d{2}):(?P<minutes>\d{2})")


def zone_of(name: str | None) -> tzinfo:
    """The time zone `name` says: an IANA name or a "+HH:MM" offset; UTC when unknown."""
    if not name:
        return UTC
    offset = _OFFSET.fullmatch(name)
    if offset:
        sign = -1 if offset["sign"] == "-" else 1
        minutes = sign * (int(offset["hours"]) * 60 + int(offset["minutes"]))
        return UTC if minutes == 0 else timezone(timedelta(minutes=minutes))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
