"""The WBR calendar (DESIGN.md §4): weeks, months, fiscal quarters/years and prior-year twins."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import d
from wbr.periods import (
    Period,
    calendar_month,
    fiscal_quarter_number,
    fiscal_quarter_start,
    fiscal_year_label,
    fiscal_year_start,
    last_year,
    report_periods,
    same_date_last_year,
    trailing_months,
    week,
    week_ending_on_or_before,
)


def test_week_is_seven_days_ending_on_its_end() -> None:
    # 2024-05-19 is a Sunday: Monday 13 .. Sunday 19
    assert week(d("2024-05-19")) == Period(d("2024-05-13"), d("2024-05-19"))
    assert week(d("2024-05-19")).days == 7


@pytest.mark.parametrize(
    ("day", "weekday", "expected"),
    [
        ("2024-05-19", 6, "2024-05-19"),  # a Sunday is its own week end
        ("2024-05-22", 6, "2024-05-19"),  # Wednesday -> previous Sunday
        ("2024-05-18", 6, "2024-05-12"),  # Saturday -> Sunday 6 days earlier
        ("2024-05-22", 4, "2024-05-17"),  # Friday weeks
        ("2024-03-01", 3, "2024-02-29"),  # Thursday weeks, leap day
        ("2025-01-02", 6, "2024-12-29"),  # across the year boundary
    ],
)
def test_week_ending_on_or_before(day: str, weekday: int, expected: str) -> None:
    assert week_ending_on_or_before(d(day), weekday) == d(expected)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2024-02-29", "2023-02-28"),  # 29 February maps to 28 February
        ("2024-02-28", "2023-02-28"),
        ("2024-03-01", "2023-03-01"),
        ("2025-02-28", "2024-02-28"),  # not the 29th: the prior leap day is not reached
        ("2025-01-01", "2024-01-01"),
    ],
)
def test_same_date_last_year(day: str, expected: str) -> None:
    assert same_date_last_year(d(day)) == d(expected)


def test_calendar_months_know_leap_years() -> None:
    assert calendar_month(2024, 2) == Period(d("2024-02-01"), d("2024-02-29"))
    assert calendar_month(2024, 2).days == 29
    assert calendar_month(2023, 2).days == 28
    assert calendar_month(2024, 12) == Period(d("2024-12-01"), d("2024-12-31"))


@pytest.mark.parametrize(
    ("fy_end", "day", "fy_start", "q_start", "q_number", "label"),
    [
        # calendar year
        (12, "2024-05-19", "2024-01-01", "2024-04-01", 2, "FY2024"),
        (12, "2024-01-07", "2024-01-01", "2024-01-01", 1, "FY2024"),
        (12, "2024-12-29", "2024-01-01", "2024-10-01", 4, "FY2024"),
        # year ending June: FY starts 1 July, Q1 = Jul-Sep, Q2 = Oct-Dec, Q3 = Jan-Mar, Q4 = Apr-Jun
        (6, "2024-07-01", "2024-07-01", "2024-07-01", 1, "FY2025"),
        (6, "2024-08-18", "2024-07-01", "2024-07-01", 1, "FY2025"),
        (6, "2024-09-30", "2024-07-01", "2024-07-01", 1, "FY2025"),
        (6, "2024-11-17", "2024-07-01", "2024-10-01", 2, "FY2025"),
        (6, "2025-02-16", "2024-07-01", "2025-01-01", 3, "FY2025"),
        (6, "2024-05-19", "2023-07-01", "2024-04-01", 4, "FY2024"),
        (6, "2024-06-30", "2023-07-01", "2024-04-01", 4, "FY2024"),
        # year ending February: FY starts 1 March; Q1 Mar-May, Q2 Jun-Aug, Q3 Sep-Nov, Q4 Dec-Feb
        (2, "2024-03-03", "2024-03-01", "2024-03-01", 1, "FY2025"),
        (2, "2024-05-19", "2024-03-01", "2024-03-01", 1, "FY2025"),
        (2, "2024-06-02", "2024-03-01", "2024-06-01", 2, "FY2025"),
        (2, "2024-12-01", "2024-03-01", "2024-12-01", 4, "FY2025"),
        (2, "2025-01-19", "2024-03-01", "2024-12-01", 4, "FY2025"),
        (2, "2024-02-29", "2023-03-01", "2023-12-01", 4, "FY2024"),
        # year ending January: FY starts 1 February, Q4 = Nov-Jan
        (1, "2025-01-05", "2024-02-01", "2024-11-01", 4, "FY2025"),
    ],
)
def test_fiscal_calendar(
    fy_end: int, day: str, fy_start: str, q_start: str, q_number: int, label: str
) -> None:
    assert fiscal_year_start(d(day), fy_end) == d(fy_start)
    assert fiscal_quarter_start(d(day), fy_end) == d(q_start)
    assert fiscal_quarter_number(d(day), fy_end) == q_number
    assert fiscal_year_label(d(day), fy_end) == label


def test_trailing_months_end_with_the_last_complete_month() -> None:
    # WE 2024-05-19: May is not complete, so May 2023 .. April 2024
    months = trailing_months(d("2024-05-19"))
    assert len(months) == 12
    assert months[0] == Period(d("2023-05-01"), d("2023-05-31"))
    assert months[-1] == Period(d("2024-04-01"), d("2024-04-30"))
    # a week ending on a month's last day includes that month
    months = trailing_months(d("2024-03-31"))
    assert months[-1] == Period(d("2024-03-01"), d("2024-03-31"))
    assert months[0] == Period(d("2023-04-01"), d("2023-04-30"))
    # January: the last complete month is December of the year before
    assert trailing_months(d("2025-01-19"))[-1] == Period(d("2024-12-01"), d("2024-12-31"))


def test_report_periods_match_the_design_table() -> None:
    p = report_periods(d("2024-05-19"), 12)
    # last_week and the week before (wow)
    assert p.weeks[-1] == Period(d("2024-05-13"), d("2024-05-19"))
    assert p.weeks[-2] == Period(d("2024-05-06"), d("2024-05-12"))
    # 6 weeks: WE-35 .. WE
    assert [w.end for w in p.weeks] == [
        d("2024-04-14"), d("2024-04-21"), d("2024-04-28"),
        d("2024-05-05"), d("2024-05-12"), d("2024-05-19"),
    ]  # fmt: skip
    # prior-year weeks: -364 days, still Sundays
    assert [w.end for w in p.weeks_prior_year] == [
        d("2023-04-16"), d("2023-04-23"), d("2023-04-30"),
        d("2023-05-07"), d("2023-05-14"), d("2023-05-21"),
    ]  # fmt: skip
    assert all(w.end.weekday() == 6 and w.days == 7 for w in p.weeks_prior_year)
    assert p.mtd == Period(d("2024-05-01"), d("2024-05-19"))
    assert p.mtd_prior_year == Period(d("2023-05-01"), d("2023-05-19"))
    assert p.qtd == Period(d("2024-04-01"), d("2024-05-19"))
    assert p.qtd_prior_year == Period(d("2023-04-01"), d("2023-05-19"))
    assert p.ytd == Period(d("2024-01-01"), d("2024-05-19"))
    assert p.ytd_prior_year == Period(d("2023-01-01"), d("2023-05-19"))
    assert [m.start for m in p.months] == [d(f"2023-{m:02d}-01") for m in range(5, 13)] + [
        d(f"2024-{m:02d}-01") for m in range(1, 5)
    ]
    assert [m.start for m in p.months_prior_year][:2] == [d("2022-05-01"), d("2022-06-01")]


def test_prior_year_months_are_whole_calendar_months() -> None:
    # WE 2025-03-16: months Mar 2024 .. Feb 2025; the prior year of Feb 2025 is all of Feb 2024
    p = report_periods(d("2025-03-16"), 12)
    assert p.months[-1] == Period(d("2025-02-01"), d("2025-02-28"))
    assert p.months_prior_year[-1] == Period(d("2024-02-01"), d("2024-02-29"))
    assert p.months_prior_year[-1].days == 29
    # and the prior year of Feb 2024 (WE in March 2024) is Feb 2023, 28 days
    p = report_periods(d("2024-03-03"), 12)
    assert p.months[-1].days == 29
    assert p.months_prior_year[-1] == Period(d("2023-02-01"), d("2023-02-28"))


def test_leap_day_in_to_date_periods() -> None:
    # Thursday weeks, WE = 2024-02-29
    p = report_periods(d("2024-02-29"), 12)
    assert p.mtd == Period(d("2024-02-01"), d("2024-02-29"))
    assert p.mtd_prior_year == Period(d("2023-02-01"), d("2023-02-28"))
    assert p.ytd_prior_year == Period(d("2023-01-01"), d("2023-02-28"))
    assert p.weeks_prior_year[-1] == Period(d("2023-02-24"), d("2023-03-02"))
    # 2025 YTD to 16 March: the prior period runs through 29 February 2024
    p = report_periods(d("2025-03-16"), 12)
    assert p.ytd_prior_year == Period(d("2024-01-01"), d("2024-03-16"))
    assert p.ytd_prior_year.days == 76  # 31 + 29 + 16
    assert last_year(Period(d("2024-02-01"), d("2024-02-29"))) == Period(
        d("2023-02-01"), d("2023-02-28")
    )


def test_fiscal_june_report_periods() -> None:
    p = report_periods(d("2024-08-18"), 6)
    assert p.qtd == Period(d("2024-07-01"), d("2024-08-18"))
    assert p.ytd == Period(d("2024-07-01"), d("2024-08-18"))
    assert p.ytd_prior_year == Period(d("2023-07-01"), d("2023-08-18"))


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_week_contains_its_end_date(day: dt.date) -> None:
    w = week(day)
    assert w.start <= day <= w.end and w.days == 7


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(min_value=0, max_value=6),
)
def test_week_ending_on_or_before_contains_day(day: dt.date, weekday: int) -> None:
    end = week_ending_on_or_before(day, weekday)
    assert end.weekday() == weekday
    assert 0 <= (day - end).days < 7  # the latest such date: the next one is after ``day``


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(min_value=1, max_value=12),
)
def test_fiscal_quarter_contains_day(day: dt.date, fy_end: int) -> None:
    q = fiscal_quarter_start(day, fy_end)
    y = fiscal_year_start(day, fy_end)
    assert y <= q <= day
    assert q.day == 1 and (q.month - y.month) % 3 == 0
    assert (day - y).days < 366
