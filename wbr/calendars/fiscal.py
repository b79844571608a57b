"""The report's periods on a calendar of fiscal weeks (retail 4-4-5 rules, or a calendar table).

Fiscal months, quarters and years are whole weeks. Each period is compared with the same fiscal
period a year earlier. How a 53-week year is compared is the ``week53`` setting:

* ``restated`` (the NRF convention, default): the year after a 53-week year is compared with that
  year restated to 52 weeks by dropping its first week, so every week is compared with the week
  364 days earlier (the 53rd week too), and a fiscal month with the same month of the restated
  year, i.e. the same weeks 364 days earlier.
* ``numbered``: fiscal week *n* is compared with fiscal week *n* of the prior year and month *m*
  with month *m* as that year had it; week 53 has no prior-year week (null, and the packet says so).

A period to date (MTD, QTD, YTD) is compared with as many days from the start of its twin, at most
the whole twin (the 53rd week of a year has no counterpart in a 52-week year).
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from enum import Enum

from wbr.calendars.base import (
    PRIOR_YEAR_WEEK,
    WEEK,
    WEEKDAYS,
    FiscalYear,
    Period,
    ReportPeriods,
    no_period,
    span_text,
)
from wbr.errors import DataError


class Week53(Enum):
    """How a 53-week fiscal year is compared with its neighbours."""

    RESTATED = "restated"
    """Compare with the prior year restated to 52 weeks (weeks 364 days apart)."""
    NUMBERED = "numbered"
    """Compare fiscal week n with fiscal week n; week 53 has no comparable."""


def name_weeks(name: int, start: dt.date, n_weeks: int) -> tuple[Period, ...]:
    """Fiscal weeks 1..n from ``start``: 'W43', 'Week 43 FY2025 (23–29 Nov)'."""
    out = []
    for k in range(n_weeks):
        s = start + WEEK * k
        e = s + dt.timedelta(days=6)
        out.append(
            Period(s, e, e.isoformat(), f"W{k + 1}", f"Week {k + 1} FY{name} ({span_text(s, e)})")
        )
    return tuple(out)


def name_month(name: int, number: int, start: dt.date, end: dt.date) -> Period:
    """'P10', 'P10 FY2026 (5 Oct–1 Nov)'; the key 'FY2026-P10' identifies it across packets."""
    return Period(
        start,
        end,
        f"FY{name}-P{number:02d}",
        f"P{number}",
        f"P{number} FY{name} ({span_text(start, end)})",
    )


def name_quarter(name: int, number: int, start: dt.date, end: dt.date) -> Period:
    return Period(
        start,
        end,
        f"FY{name}-Q{number}",
        f"Q{number}",
        f"Q{number} FY{name} ({span_text(start, end)})",
    )


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a week ending sits in its fiscal year."""

    year: FiscalYear
    week: int  # 0-based index into year.weeks
    month: int  # 0-based index into year.months
    quarter: int  # 0-based index into year.quarters


class FiscalCalendar(ABC):
    """Report periods for any calendar made of fiscal years of whole weeks."""

    def __init__(self, weekday: int, week53: Week53) -> None:
        self._weekday = weekday
        self.week53 = week53

    @property
    def weekday(self) -> int | None:
        return self._weekday

    @abstractmethod
    def describe(self) -> str: ...

    @abstractmethod
    def year_of(self, day: dt.date) -> int: ...

    @abstractmethod
    def fiscal_year(self, name: int) -> FiscalYear: ...

    # --- the protocol ------------------------------------------------------------------------

    def week_number(self, week_ending: dt.date) -> int:
        return self._place(week_ending).week + 1

    def quarter_label(self, week_ending: dt.date) -> str:
        place = self._place(week_ending)
        return f"Q{place.quarter + 1} FY{place.year.name}"

    def report_periods(self, week_ending: dt.date) -> ReportPeriods:
        place = self._place(week_ending)
        year = place.year
        weeks = tuple(self._week(week_ending - WEEK * k) for k in range(5, -1, -1))
        month = year.months[place.month]
        quarter = year.quarters[place.quarter]
        prior = self.comparable_year(year.name)
        mtd = Period(month.start, week_ending, label=f"{month.short} FY{year.name} to date")
        qtd = Period(quarter.start, week_ending, label=f"{quarter.short} FY{year.name} to date")
        ytd = Period(year.start, week_ending, label=f"FY{year.name} to date")
        months = self._trailing_months(week_ending)
        notes: list[str] = []
        if place.week == 52:
            notes.append(
                f"Week ending {week_ending} is week 53 of FY{year.name}"
                + (
                    ": it has no prior-year week (week53: numbered), so its YoY is n/a"
                    if self.week53 is Week53.NUMBERED
                    else f", compared with the week ending {week_ending - PRIOR_YEAR_WEEK}"
                )
            )
        if self.week53 is Week53.RESTATED and len(self.fiscal_year(year.name - 1).weeks) == 53:
            notes.append(
                f"FY{year.name - 1} had 53 weeks: FY{year.name} is compared with it restated to "
                f"52 weeks (its first week dropped)"
            )
        ytd_52w = None
        if place.week == 52:  # week 53: the year total also on the basis the next year uses
            if self.week53 is Week53.RESTATED:
                ytd_52w = Period(year.start + WEEK, week_ending, label=f"FY{year.name} weeks 2–53")
            else:
                ytd_52w = Period(year.start, week_ending - WEEK, label=f"FY{year.name} weeks 1–52")
            notes.append(
                f"FY{year.name} has 53 weeks: its year to date is also given on a 52-week basis "
                f"({ytd_52w.label.split(' ', 1)[1]}, {ytd_52w.start} to {ytd_52w.end}) as "
                "summary.ytd_52w in metrics.json"
            )
        return ReportPeriods(
            weeks=weeks,
            weeks_prior_year=tuple(self._week_twin(w) for w in weeks),
            mtd=mtd,
            mtd_prior_year=_to_date(mtd, _index(prior.months, place.month, month)),
            qtd=qtd,
            qtd_prior_year=_to_date(qtd, _index(prior.quarters, place.quarter, quarter)),
            ytd=ytd,
            ytd_prior_year=_to_date(ytd, Period(prior.start, prior.end)),
            months=months,
            months_prior_year=tuple(self._month_twin(m) for m in months),
            notes=tuple(notes),
            fiscal=True,
            ytd_52w=ytd_52w,
        )

    # --- comparisons -------------------------------------------------------------------------

    def comparable_year(self, name: int) -> FiscalYear:
        """FY``name``−1 as FY``name`` is compared with it (restated to 52 weeks if need be)."""
        prior = self.fiscal_year(name - 1)
        if self.week53 is Week53.NUMBERED or len(prior.weeks) != 53:
            return prior

        # restated: drop the first week; every period moves one week later, ending by the year end
        def shift(p: Period) -> Period:
            start, end = p.start + WEEK, min(p.end + WEEK, prior.end)
            label = f"{p.short} FY{prior.name} restated ({span_text(start, end)})"
            return Period(start, end, "", p.short, label)

        return FiscalYear(
            prior.name,
            prior.start + WEEK,
            prior.end,
            tuple(map(shift, prior.quarters)),
            tuple(map(shift, prior.months)),
            prior.weeks[1:],
        )

    def _week_twin(self, week: Period) -> Period:
        if self.week53 is Week53.RESTATED:
            return Period(week.start - PRIOR_YEAR_WEEK, week.end - PRIOR_YEAR_WEEK)
        place = self._place(week.end)
        prior = self.fiscal_year(place.year.name - 1)
        if place.week >= len(prior.weeks):
            return no_period(week.start - PRIOR_YEAR_WEEK)
        twin = prior.weeks[place.week]
        return Period(twin.start, twin.end)

    def _month_twin(self, month: Period) -> Period:
        name = self.year_of(month.start)
        year = self.fiscal_year(name)
        index = next(i for i, m in enumerate(year.months) if m.start == month.start)
        return _index(self.comparable_year(name).months, index, month)

    # --- places ------------------------------------------------------------------------------

    def _place(self, week_ending: dt.date) -> _Place:
        year = self.fiscal_year(self.year_of(week_ending))
        index = (week_ending - year.start).days // 7
        if week_ending.weekday() != self._weekday or not 0 <= index < len(year.weeks):
            raise DataError(
                f"{week_ending} is not the last day of a fiscal week of FY{year.name} "
                f"(fiscal weeks end on {WEEKDAYS[self._weekday]})"
            )
        month = next(i for i, m in enumerate(year.months) if m.start <= week_ending <= m.end)
        quarter = next(i for i, q in enumerate(year.quarters) if q.start <= week_ending <= q.end)
        return _Place(year, index, month, quarter)

    def _week(self, week_ending: dt.date) -> Period:
        place = self._place(week_ending)
        return place.year.weeks[place.week]

    def _trailing_months(self, week_ending: dt.date, count: int = 12) -> tuple[Period, ...]:
        """The ``count`` complete fiscal months up to the last one ending by ``week_ending``."""
        name = self.year_of(week_ending)
        months: list[Period] = []
        while len(months) < count:
            done = [m for m in self.fiscal_year(name).months if m.end <= week_ending]
            months[:0] = done
            name -= 1
        return tuple(months[-count:])


def _index(periods: tuple[Period, ...], index: int, near: Period) -> Period:
    """``periods[index]`` without its names, or no period when the prior year has fewer."""
    if index >= len(periods):
        return no_period(near.start - PRIOR_YEAR_WEEK)
    return Period(
        periods[index].start,
        periods[index].end,
        periods[index].key,
        periods[index].short,
        periods[index].label,
    )


def _to_date(current: Period, twin: Period) -> Period:
    """As many days from the twin's start as ``current`` has, at most the whole twin."""
    if twin.empty:
        return twin
    end = min(twin.start + (current.end - current.start), twin.end)
    return Period(twin.start, end)


class FiftyTwoWeekBasis:
    """A calendar whose year to date is the 52-week basis of a 53-week year's week 53.

    The engine computes the report's periods from a calendar and nothing else, so the 52-week year
    total is a second computation with this calendar (once every five or six years).
    """

    def __init__(self, calendar: FiscalCalendar) -> None:
        self.calendar = calendar

    @property
    def weekday(self) -> int | None:
        return self.calendar.weekday

    def describe(self) -> str:
        return self.calendar.describe()

    def report_periods(self, week_ending: dt.date) -> ReportPeriods:
        periods = self.calendar.report_periods(week_ending)
        assert periods.ytd_52w is not None
        return replace(periods, ytd=periods.ytd_52w, notes=())

    def week_number(self, week_ending: dt.date) -> int:
        return self.calendar.week_number(week_ending)

    def quarter_label(self, week_ending: dt.date) -> str:
        return self.calendar.quarter_label(week_ending)

    def year_of(self, day: dt.date) -> int:
        return self.calendar.year_of(day)

    def fiscal_year(self, name: int) -> FiscalYear:
        return self.calendar.fiscal_year(name)
