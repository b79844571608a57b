"""What every calendar shares: the period, the report's periods and the calendar protocol.

A period is an inclusive date range; a period with no days (``end`` the day before ``start``)
stands for "no comparable period" and aggregates to null. Knows nothing about metrics.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

WEEK = dt.timedelta(days=7)
DAY = dt.timedelta(days=1)
PRIOR_YEAR_WEEK = dt.timedelta(days=364)  # 52 weeks back, so weekdays line up
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive range of days; ``key``, ``short`` and ``label`` name it (not part of equality).

    ``key`` identifies the period across packets ("2026-11", "FY2026-P10"), ``short`` is the
    axis label ("Nov", "P10") and ``label`` the full name ("November 2026",
    "P10 FY2026 (5 Oct–1 Nov)").
    """

    start: dt.date
    end: dt.date
    key: str = field(default="", compare=False)
    short: str = field(default="", compare=False)
    label: str = field(default="", compare=False)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def empty(self) -> bool:
        """True for the stand-in of a period that has no comparable (it sums to null)."""
        return self.end < self.start


def no_period(near: dt.date) -> Period:
    """A period with no days (a week 53 with no prior-year twin): its values are null."""
    return Period(near, near - DAY, label="no comparable period")


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
    months: tuple[Period, ...]  # 12 complete (calendar or fiscal) months, oldest first
    months_prior_year: tuple[Period, ...]
    notes: tuple[str, ...] = ()  # what the packet must say about these periods (week 53)
    fiscal: bool = False  # fiscal weeks and months (their labels and dates go into the JSON)
    # the year to date of a 53-week year's week 53 on a comparable 52-week basis (else None)
    ytd_52w: Period | None = None

    def all(self) -> list[Period]:
        """Every period, in a fixed order that the engine's indices rely on."""
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


@dataclass(frozen=True, slots=True)
class FiscalYear:
    """One fiscal year as ``wbr calendar`` prints it: its quarters, months and weeks."""

    name: int  # 2025 for FY2025
    start: dt.date
    end: dt.date
    quarters: tuple[Period, ...]
    months: tuple[Period, ...]
    weeks: tuple[Period, ...]  # for a gregorian year: the weeks that end inside it

    @property
    def label(self) -> str:
        return f"FY{self.name}"


class Calendar(Protocol):
    """The report's periods for a week ending, and the names of fiscal years, months and weeks."""

    @property
    def weekday(self) -> int | None:
        """The weekday (Monday = 0) that weeks must end on; None when any weekday will do."""

    def describe(self) -> str:
        """One line saying which calendar this is."""

    def report_periods(self, week_ending: dt.date) -> ReportPeriods:
        """All periods of the WBR metric set for the week ending ``week_ending``."""

    def week_number(self, week_ending: dt.date) -> int:
        """The number printed beside the report week (ISO week, or fiscal week)."""

    def quarter_label(self, week_ending: dt.date) -> str:
        """'Q4 FY2026': the fiscal quarter and year of the report week."""

    def year_of(self, day: dt.date) -> int:
        """The name (2026 for FY2026) of the fiscal year that contains ``day``."""

    def fiscal_year(self, name: int) -> FiscalYear:
        """The fiscal year called ``FY<name>``."""


def day_month(day: dt.date) -> str:
    """'5 Oct'."""
    return f"{day.day} {day:%b}"


def span_text(start: dt.date, end: dt.date) -> str:
    """'5 Oct–1 Nov', '23–29 Nov' (an en dash between)."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{day_month(end)}"
    return f"{day_month(start)}–{day_month(end)}"
