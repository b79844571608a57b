"""The WBR calendar: weeks, calendar months, fiscal quarters and years, and their prior-year twins.

Every period is an inclusive date range. Knows nothing about metrics.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

WEEK = dt.timedelta(days=7)
PRIOR_YEAR_WEEK = dt.timedelta(days=364)  # 52 weeks back, so weekdays line up


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive range of days."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class ReportPeriods:
    """Every period the metric set needs for one report week (all prior-year twins included)."""

    weeks: tuple[Period, ...]  # 6 weeks, oldest first; weeks[-1] is the report week
    weeks_prior_year: tuple[Period, ...]
    mtd: Period
    mtd_prior_year: Period
    qtd: Period
    qtd_prior_year: Period
    ytd: Period
    ytd_prior_year: Period
    months: tuple[Period, ...]  # 12 complete calendar months, oldest first
    months_prior_year: tuple[Period, ...]

    def all(self) -> list[Period]:
        """Every period, in a fixed order that :func:`index_of` relies on."""
        return [
            *self.weeks,
            *self.weeks_prior_year,
            self.mtd,
            self.mtd_prior_year,
            self.qtd,
            self.qtd_prior_year,
            self.ytd,
            self.ytd_prior_year,
            *self.months,
            *self.months_prior_year,
        ]


def week_ending_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The latest date on or before ``day`` that falls on ``weekday`` (Monday = 0)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def week(week_ending: dt.date) -> Period:
    """The 7 days ending on ``week_ending``."""
    return Period(week_ending - dt.timedelta(days=6), week_ending)


def same_date_last_year(day: dt.date) -> dt.date:
    """The same calendar date one year earlier; 29 February maps to 28 February."""
    if day.month == 2 and day.day == 29:
        return dt.date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


def last_year(period: Period) -> Period:
    """The same calendar dates one year earlier."""
    return Period(same_date_last_year(period.start), same_date_last_year(period.end))


def month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def calendar_month(year: int, month: int) -> Period:
    return Period(dt.date(year, month, 1), month_end(year, month))


def fiscal_year_start(day: dt.date, fiscal_year_end_month: int) -> dt.date:
    """First day of the fiscal year containing ``day``."""
    start_month = fiscal_year_end_month % 12 + 1
    year = day.year if day.month >= start_month else day.year - 1
    return dt.date(year, start_month, 1)


def fiscal_quarter_start(day: dt.date, fiscal_year_end_month: int) -> dt.date:
    """First day of the fiscal quarter containing ``day``."""
    fy_start = fiscal_year_start(day, fiscal_year_end_month)
    months_in = (day.year - fy_start.year) * 12 + day.month - fy_start.month
    first = fy_start.month + (months_in // 3) * 3 - 1  # zero-based month count from fy_start year
    return dt.date(fy_start.year + first // 12, first % 12 + 1, 1)


def fiscal_year_label(day: dt.date, fiscal_year_end_month: int) -> str:
    """'FY2026' for the fiscal year that ends in calendar year 2026."""
    start = fiscal_year_start(day, fiscal_year_end_month)
    end_year = start.year if fiscal_year_end_month == 12 else start.year + 1
    return f"FY{end_year}"


def fiscal_quarter_number(day: dt.date, fiscal_year_end_month: int) -> int:
    fy_start = fiscal_year_start(day, fiscal_year_end_month)
    months_in = (day.year - fy_start.year) * 12 + day.month - fy_start.month
    return months_in // 3 + 1


def trailing_months(week_ending: dt.date, count: int = 12) -> tuple[Period, ...]:
    """The ``count`` complete calendar months up to the last one ending by ``week_ending``."""
    year, month = week_ending.year, week_ending.month
    if week_ending != month_end(year, month):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    months: list[Period] = []
    for _ in range(count):
        months.append(calendar_month(year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return tuple(reversed(months))


def report_periods(week_ending: dt.date, fiscal_year_end_month: int) -> ReportPeriods:
    """All periods of the WBR metric set for the week ending ``week_ending``."""
    weeks = tuple(week(week_ending - WEEK * k) for k in range(5, -1, -1))
    mtd = Period(week_ending.replace(day=1), week_ending)
    qtd = Period(fiscal_quarter_start(week_ending, fiscal_year_end_month), week_ending)
    ytd = Period(fiscal_year_start(week_ending, fiscal_year_end_month), week_ending)
    months = trailing_months(week_ending)
    return ReportPeriods(
        weeks=weeks,
        weeks_prior_year=tuple(
            Period(w.start - PRIOR_YEAR_WEEK, w.end - PRIOR_YEAR_WEEK) for w in weeks
        ),
        mtd=mtd,
        mtd_prior_year=last_year(mtd),
        qtd=qtd,
        qtd_prior_year=last_year(qtd),
        ytd=ytd,
        ytd_prior_year=last_year(ytd),
        months=months,
        # a prior-year month is the whole month (February 2024 has 29 days), not shifted dates
        months_prior_year=tuple(calendar_month(m.start.year - 1, m.start.month) for m in months),
    )
