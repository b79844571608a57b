"""Retail (4-4-5) calendars: fiscal years of 52 or 53 whole weeks ending on a fixed weekday.

The year ends on the ``weekday`` nearest the last day of ``month`` (``rule: nearest``, the NRF
rule: within three days either side) or on the last such weekday on or before it (``rule: last``,
e.g. a manufacturer's "last Saturday of September"). Each quarter is 13 weeks split into three
fiscal months by the pattern (4-4-5, 4-5-4 or 5-4-4). A 53rd week, every five or six years, is
added to the year's last month (a 4-5-4 year's Q4 becomes 4-5-5).

A year is named for the calendar year in which it begins (``year_named_for: start``, NRF) or ends
(``end``). "Begins" means the month after ``month``: a year ending near 31 January 2026 begins in
February 2025 (FY2025), and one ending near 31 December 2025 is FY2025 either way, even when its
first day is 28 December 2024.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from wbr.calendars.base import DAY, WEEKDAYS, FiscalYear
from wbr.calendars.fiscal import FiscalCalendar, Week53, name_month, name_quarter, name_weeks
from wbr.calendars.gregorian import month_end, week_ending_on_or_before


class Pattern(Enum):
    """Weeks per fiscal month within each quarter."""

    P445 = "4-4-5"
    """4, 4 and 5 weeks."""
    P454 = "4-5-4"
    """4, 5 and 4 weeks (NRF)."""
    P544 = "5-4-4"
    """5, 4 and 4 weeks."""

    @property
    def weeks(self) -> tuple[int, int, int]:
        a, b, c = (int(n) for n in self.value.split("-"))
        return a, b, c


class YearEndRule(Enum):
    """Which ``weekday`` ends the year."""

    NEAREST = "nearest"
    """The weekday nearest the month's last day (up to three days after it)."""
    LAST = "last"
    """The last such weekday on or before the month's last day."""


class YearNamedFor(Enum):
    """Which calendar year names a fiscal year."""

    START = "start"
    """The year it begins in (NRF: FY2025 runs February 2025 to January 2026)."""
    END = "end"
    """The year it ends in (FY2026 for the same year)."""


@dataclass(frozen=True, slots=True)
class RetailRules:
    """The validated ``calendar: {type: retail, ...}`` settings."""

    pattern: Pattern = Pattern.P454
    weekday: int = 5  # Saturday
    month: int = 1
    rule: YearEndRule = YearEndRule.NEAREST
    week53: Week53 = Week53.RESTATED
    year_named_for: YearNamedFor = YearNamedFor.START


class RetailCalendar(FiscalCalendar):
    """Fiscal years computed from :class:`RetailRules`."""

    def __init__(self, rules: RetailRules) -> None:
        super().__init__(rules.weekday, rules.week53)
        self.rules = rules
        self._year = lru_cache(maxsize=None)(self._build_year)

    def describe(self) -> str:
        r = self.rules
        month = dt.date(2000, r.month, 1).strftime("%B")
        where = "nearest the end of" if r.rule is YearEndRule.NEAREST else "last in"
        # a year ending near 31 December starts and ends in (about) the same calendar year
        named = "its calendar year" if r.month == 12 else f"the year it {r.year_named_for.value}s"
        return (
            f"retail {r.pattern.value} calendar; the year ends on the {WEEKDAYS[r.weekday]} "
            f"{where} {month}; named for {named}; 53-week years {r.week53.value}"
        )

    def year_end(self, anchor: int) -> dt.date:
        """The last day of the fiscal year that ends in (or just after) ``month`` of ``anchor``."""
        last = month_end(anchor, self.rules.month)
        if self.rules.rule is YearEndRule.LAST:
            return week_ending_on_or_before(last, self.rules.weekday)
        return week_ending_on_or_before(last + dt.timedelta(days=3), self.rules.weekday)

    def _anchor(self, name: int) -> int:
        """The calendar year of the month that ends FY``name``."""
        starts_a_year_earlier = self.rules.month < 12
        if self.rules.year_named_for is YearNamedFor.START and starts_a_year_earlier:
            return name + 1
        return name

    def year_of(self, day: dt.date) -> int:
        anchor = day.year - 1
        while self.year_end(anchor) < day:
            anchor += 1
        return anchor - (self._anchor(anchor) - anchor)

    def fiscal_year(self, name: int) -> FiscalYear:
        return self._year(name)

    def _build_year(self, name: int) -> FiscalYear:
        anchor = self._anchor(name)
        start = self.year_end(anchor - 1) + DAY
        end = self.year_end(anchor)
        n_weeks = ((end - start).days + 1) // 7
        lengths = list(self.rules.pattern.weeks) * 4
        lengths[-1] += n_weeks - 52  # the 53rd week closes the last month
        weeks = name_weeks(name, start, n_weeks)
        months = []
        first = 0
        for number, length in enumerate(lengths, start=1):
            months.append(
                name_month(name, number, weeks[first].start, weeks[first + length - 1].end)
            )
            first += length
        quarters = tuple(
            name_quarter(name, q + 1, months[3 * q].start, months[3 * q + 2].end) for q in range(4)
        )
        return FiscalYear(name, start, end, quarters, tuple(months), weeks)
