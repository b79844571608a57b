"""The gregorian calendar (the default): weeks, calendar months, fiscal quarters and years made of
calendar months, and their prior-year twins (the same dates a year earlier; weeks 364 days back).

Every period is an inclusive date range. Knows nothing about metrics.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wbr.calendars.base import (
    PRIOR_YEAR_WEEK,
    WEEK,
    WEEKDAYS,
    FiscalYear,
    Period,
    ReportPeriods,
)


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
    first = dt.date(year, month, 1)
    return Period(
        first, month_end(year, month), f"{year:04d}-{month:02d}", f"{first:%b}", f"{first:%B %Y}"
    )


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


@dataclass(frozen=True, slots=True)
class GregorianCalendar:
    """Calendar months; the fiscal year ends with ``fiscal_year_end_month`` and is named for the
    calendar year it ends in; weeks end on any weekday and are numbered by ISO week."""

    fiscal_year_end_month: int = 12

    @property
    def weekday(self) -> int | None:
        return None

    def describe(self) -> str:
        month = dt.date(2000, self.fiscal_year_end_month, 1).strftime("%B")
        return f"gregorian calendar; the fiscal year ends in {month}"

    def report_periods(self, week_ending: dt.date) -> ReportPeriods:
        return report_periods(week_ending, self.fiscal_year_end_month)

    def week_number(self, week_ending: dt.date) -> int:
        return week_ending.isocalendar().week

    def quarter_label(self, week_ending: dt.date) -> str:
        q = fiscal_quarter_number(week_ending, self.fiscal_year_end_month)
        return f"Q{q} {fiscal_year_label(week_ending, self.fiscal_year_end_month)}"

    def year_of(self, day: dt.date) -> int:
        return int(fiscal_year_label(day, self.fiscal_year_end_month)[2:])

    def fiscal_year(self, name: int) -> FiscalYear:
        end = month_end(name, self.fiscal_year_end_month)
        start = fiscal_year_start(end, self.fiscal_year_end_month)
        months = tuple(
            calendar_month(start.year + (start.month - 1 + k) // 12, (start.month - 1 + k) % 12 + 1)
            for k in range(12)
        )
        quarters = tuple(
            Period(
                months[3 * q].start,
                months[3 * q + 2].end,
                f"FY{name}-Q{q + 1}",
                f"Q{q + 1}",
                f"Q{q + 1} FY{name}",
            )
            for q in range(4)
        )
        return FiscalYear(name, start, end, quarters, months, ())

    def weeks_in(self, year: FiscalYear, week_ends_on: str) -> tuple[Period, ...]:
        """The weeks ending on ``week_ends_on`` inside ``year``, labelled by ISO week."""
        last = week_ending_on_or_before(year.end, WEEKDAYS.index(week_ends_on))
        out: list[Period] = []
        end = last
        while end >= year.start:
            iso = end.isocalendar().week
            out.append(
                Period(end - dt.timedelta(days=6), end, end.isoformat(), f"W{iso}", f"Week {iso}")
            )
            end -= WEEK
        return tuple(reversed(out))
