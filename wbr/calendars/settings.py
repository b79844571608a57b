"""Read the ``calendar:`` setting of ``wbr.yaml`` into a :class:`~wbr.calendars.base.Calendar`.

``gregorian`` (the default) keeps calendar months and ``fiscal_year_end_month``; ``retail`` builds
4-4-5 style years from rules; ``table`` reads a calendar CSV. Problems are reported through
``bad(key, message)`` like every other setting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from wbr.calendars.base import WEEKDAYS, Calendar
from wbr.calendars.fiscal import Week53
from wbr.calendars.gregorian import GregorianCalendar
from wbr.calendars.retail import (
    Pattern,
    RetailCalendar,
    RetailRules,
    YearEndRule,
    YearNamedFor,
)
from wbr.calendars.table import load_calendar_table
from wbr.errors import ConfigError

TYPES = ("gregorian", "retail", "table")
KEYS = {
    "gregorian": {"type"},
    "retail": {"type", "pattern", "year_end", "week53", "year_named_for"},
    "table": {"type", "path", "week53"},
}
YEAR_END_KEYS = {"weekday", "month", "rule"}


def parse_calendar(
    raw: Any,
    base: Path,
    fiscal_year_end_month: int,
    week_ends_on: str | None,
    shown: str,
    bad: Callable[[str, str], None],
) -> tuple[Calendar, str | None]:
    """The calendar, and the weekday weeks must end on (None: as ``week_ends_on`` says).

    ``week_ends_on`` is the config's explicit setting (None when absent); a retail or table calendar
    whose weeks end on another weekday is a problem.
    """
    from wbr.config import parse_month, parse_weekday

    if raw is None:
        return GregorianCalendar(fiscal_year_end_month), None
    if not isinstance(raw, Mapping):
        bad("calendar", "must be a mapping such as {type: retail, pattern: 4-4-5, ...}")
        return GregorianCalendar(fiscal_year_end_month), None
    kind = raw.get("type", "gregorian")
    if kind not in TYPES:
        bad("calendar.type", f"must be one of {', '.join(TYPES)} (got {kind!r})")
        return GregorianCalendar(fiscal_year_end_month), None
    for key in raw:
        if key not in KEYS[kind]:
            bad(
                f"calendar.{key}",
                f"is not a setting of a {kind} calendar (known: {', '.join(sorted(KEYS[kind]))})",
            )
    if kind == "gregorian":
        return GregorianCalendar(fiscal_year_end_month), None
    week53 = _enum(Week53, raw.get("week53", "restated"), "calendar.week53", bad)
    if kind == "table":
        path = raw.get("path")
        weekday = parse_weekday(week_ends_on or "sunday")
        if not isinstance(path, str) or not path:
            bad(
                "calendar.path",
                "must name the calendar CSV (columns date, fiscal_year, "
                "fiscal_quarter, fiscal_month, fiscal_week)",
            )
            return GregorianCalendar(fiscal_year_end_month), None
        if week53 is None or weekday is None:
            return GregorianCalendar(fiscal_year_end_month), None
        try:
            table = load_calendar_table(base / path, WEEKDAYS.index(weekday), week53, shown)
        except ConfigError as exc:
            for problem in exc.problems:
                bad("calendar.path", f"→ {problem}")
            return GregorianCalendar(fiscal_year_end_month), None
        return table, weekday
    pattern = _enum(Pattern, str(raw.get("pattern", "4-5-4")), "calendar.pattern", bad)
    named = _enum(YearNamedFor, raw.get("year_named_for", "start"), "calendar.year_named_for", bad)
    year_end = raw.get("year_end")
    if not isinstance(year_end, Mapping):
        bad(
            "calendar.year_end",
            "must be a mapping such as {weekday: saturday, month: 1, rule: nearest}",
        )
        return GregorianCalendar(fiscal_year_end_month), None
    for key in year_end:
        if key not in YEAR_END_KEYS:
            bad(
                f"calendar.year_end.{key}",
                f"is not a setting (known: {', '.join(sorted(YEAR_END_KEYS))})",
            )
    weekday = parse_weekday(year_end.get("weekday"))
    if weekday is None:
        bad(
            "calendar.year_end.weekday", f"must be a weekday name (got {year_end.get('weekday')!r})"
        )
    month = parse_month(year_end.get("month"))
    if month is None:
        bad("calendar.year_end.month", f"must be 1-12 or JAN..DEC (got {year_end.get('month')!r})")
    rule = _enum(YearEndRule, year_end.get("rule", "nearest"), "calendar.year_end.rule", bad)
    if None in (pattern, named, weekday, month, rule, week53):
        return GregorianCalendar(fiscal_year_end_month), None
    assert pattern and named and weekday and month and rule and week53
    if week_ends_on is not None and week_ends_on != weekday:
        bad(
            "week_ends_on",
            f"is {week_ends_on} but the retail calendar's weeks end on {weekday} "
            f"(calendar.year_end.weekday); set week_ends_on: {weekday} or leave it out",
        )
    rules = RetailRules(pattern, WEEKDAYS.index(weekday), month, rule, week53, named)
    return RetailCalendar(rules), weekday


def _enum(kind: Any, raw: Any, key: str, bad: Callable[[str, str], None]) -> Any:
    for member in kind:
        if raw == member.value:
            return member
    bad(key, f"must be one of {', '.join(m.value for m in kind)} (got {raw!r})")
    return None
