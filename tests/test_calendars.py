"""Fiscal calendars (issue #12): retail 4-4-5 / 4-5-4 / 5-4-4 rules, calendar tables, 53-week years.

Every expected date is worked out by hand in the comments (or copied from issue #12's NRF test
vectors), never by calling the code under test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import d
from wbr.calendars import (
    GregorianCalendar,
    Pattern,
    Period,
    RetailCalendar,
    RetailRules,
    Week53,
    YearEndRule,
    YearNamedFor,
    load_calendar_table,
)
from wbr.calendars.gregorian import report_periods
from wbr.config import ReportConfig
from wbr.errors import ConfigError, DataError

SAT = 5
NRF = RetailRules(Pattern.P454, SAT, 1, YearEndRule.NEAREST, Week53.RESTATED, YearNamedFor.START)


def nrf(**changes: object) -> RetailCalendar:
    fields = {f: getattr(NRF, f) for f in NRF.__dataclass_fields__}
    fields.update(changes)
    return RetailCalendar(RetailRules(**fields))  # type: ignore[arg-type]


def spans(periods: tuple[Period, ...]) -> list[tuple[str, str]]:
    return [(p.start.isoformat(), p.end.isoformat()) for p in periods]


# --- the NRF vectors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "start", "end", "weeks"),
    [
        (2022, "2022-01-30", "2023-01-28", 52),
        (2023, "2023-01-29", "2024-02-03", 53),  # 31 Jan 2024 is a Wednesday: Sat 3 Feb is nearer
        (2024, "2024-02-04", "2025-02-01", 52),
        (2025, "2025-02-02", "2026-01-31", 52),
        (2026, "2026-02-01", "2027-01-30", 52),
        (2017, "2017-01-29", "2018-02-03", 53),  # "2017 and 2028 are 53-week years too"
        (2028, "2028-01-30", "2029-02-03", 53),
    ],
)
def test_nrf_years(name: int, start: str, end: str, weeks: int) -> None:
    year = nrf().fiscal_year(name)
    assert (year.start, year.end, len(year.weeks)) == (d(start), d(end), weeks)
    assert nrf().year_of(d(start)) == name and nrf().year_of(d(end)) == name
    assert nrf().year_of(d(start) - dt.timedelta(days=1)) == name - 1


def test_nrf_fy2025_months_454() -> None:
    assert spans(nrf().fiscal_year(2025).months) == [
        ("2025-02-02", "2025-03-01"), ("2025-03-02", "2025-04-05"), ("2025-04-06", "2025-05-03"),
        ("2025-05-04", "2025-05-31"), ("2025-06-01", "2025-07-05"), ("2025-07-06", "2025-08-02"),
        ("2025-08-03", "2025-08-30"), ("2025-08-31", "2025-10-04"), ("2025-10-05", "2025-11-01"),
        ("2025-11-02", "2025-11-29"), ("2025-11-30", "2026-01-03"), ("2026-01-04", "2026-01-31"),
    ]  # fmt: skip
    p9 = nrf().fiscal_year(2025).months[8]
    assert (p9.key, p9.short, p9.label) == ("FY2025-P09", "P9", "P9 FY2025 (5 Oct–1 Nov)")


def test_the_three_patterns_fy2025_q1() -> None:
    # the issue: Q1 as 4-4-5 and as 5-4-4 (13 weeks from Sunday 2 Feb 2025 to Saturday 3 May)
    assert spans(nrf(pattern=Pattern.P445).fiscal_year(2025).months[:3]) == [
        ("2025-02-02", "2025-03-01"), ("2025-03-02", "2025-03-29"), ("2025-03-30", "2025-05-03"),
    ]  # fmt: skip
    assert spans(nrf(pattern=Pattern.P544).fiscal_year(2025).months[:3]) == [
        ("2025-02-02", "2025-03-08"), ("2025-03-09", "2025-04-05"), ("2025-04-06", "2025-05-03"),
    ]  # fmt: skip
    q = nrf(pattern=Pattern.P445).fiscal_year(2025).quarters
    assert spans(q) == [
        ("2025-02-02", "2025-05-03"), ("2025-05-04", "2025-08-02"),
        ("2025-08-03", "2025-11-01"), ("2025-11-02", "2026-01-31"),
    ]  # fmt: skip


def test_week_53_closes_the_last_month() -> None:
    # the issue: FY2023's last month (4-5-4) is 2023-12-31 to 2024-02-03, five weeks
    assert spans(nrf().fiscal_year(2023).months[-1:]) == [("2023-12-31", "2024-02-03")]
    # 4-4-5: Q4 starts 39 weeks after 29 Jan 2023 = 29 Oct; P10 and P11 4 weeks, P12 4+1... 5+1 = 6
    assert spans(nrf(pattern=Pattern.P445).fiscal_year(2023).months[-3:]) == [
        ("2023-10-29", "2023-11-25"), ("2023-11-26", "2023-12-23"), ("2023-12-24", "2024-02-03"),
    ]  # fmt: skip


def test_restated_week_mapping() -> None:
    # the issue: 2024-02-04 (FY2024 week 1) <-> 2023-02-05; 2025-11-29 (FY2025 wk 43) <-> 2024-11-30
    p = nrf().report_periods(d("2024-02-10"))  # FY2024 week 1 ends Sat 10 Feb
    assert p.weeks[-1] == Period(d("2024-02-04"), d("2024-02-10"))
    assert p.weeks_prior_year[-1] == Period(d("2023-02-05"), d("2023-02-11"))
    assert nrf().week_number(d("2024-02-10")) == 1
    p = nrf().report_periods(d("2025-11-29"))
    assert p.weeks_prior_year[-1] == Period(d("2024-11-24"), d("2024-11-30"))
    assert nrf().week_number(d("2025-11-29")) == 43 and nrf().week_number(d("2024-11-30")) == 43
    assert p.weeks[-1].label == "Week 43 FY2025 (23–29 Nov)"


# --- year-end rules and naming -----------------------------------------------------------------


def test_last_saturday_of_september_named_for_the_end() -> None:
    cal = nrf(pattern=Pattern.P445, month=9, rule=YearEndRule.LAST, year_named_for=YearNamedFor.END)
    # 30 Sep 2025 is a Tuesday -> last Saturday on or before it is 27 Sep 2025;
    # 30 Sep 2026 is a Wednesday -> 26 Sep 2026. FY2026 = 28 Sep 2025 .. 26 Sep 2026, 52 weeks.
    fy26 = cal.fiscal_year(2026)
    assert (fy26.start, fy26.end, len(fy26.weeks)) == (d("2025-09-28"), d("2026-09-26"), 52)
    # 30 Sep 2022 is a Friday -> 24 Sep 2022; 30 Sep 2023 is a Saturday -> itself:
    # FY2023 = 25 Sep 2022 .. 30 Sep 2023 = 371 days = 53 weeks
    fy23 = cal.fiscal_year(2023)
    assert (fy23.start, fy23.end, len(fy23.weeks)) == (d("2022-09-25"), d("2023-09-30"), 53)
    assert cal.year_of(d("2025-12-25")) == 2026
    # named for the start, the same year is FY2022
    assert nrf(month=9, rule=YearEndRule.LAST).fiscal_year(2022).end == d("2023-09-30")
    # 'nearest' would end FY2026 on Sat 3 Oct 2026 (3 days after 30 Sep beats 4 days before)
    near = nrf(month=9, year_named_for=YearNamedFor.END)
    assert near.fiscal_year(2026).end == d("2026-10-03")


def test_december_year_is_named_the_same_either_way() -> None:
    # Saturday nearest 31 Dec: 2024 -> Sat 28 Dec 2024; 2025 -> Sat 3 Jan 2026 (Wed 31 Dec + 3)
    for named in YearNamedFor:
        year = nrf(month=12, year_named_for=named).fiscal_year(2025)
        assert (year.start, year.end, len(year.weeks)) == (d("2024-12-29"), d("2026-01-03"), 53)


# --- MTD / QTD / YTD against the same fiscal periods ---------------------------------------------


def test_to_date_periods_compare_with_the_same_fiscal_periods() -> None:
    p = nrf().report_periods(d("2025-11-15"))  # FY2025 week 41; P10 started Sun 2 Nov
    assert p.mtd == Period(d("2025-11-02"), d("2025-11-15"))
    assert p.mtd_prior_year == Period(d("2024-11-03"), d("2024-11-16"))  # P10 FY2024, 14 days
    assert p.qtd == Period(d("2025-11-02"), d("2025-11-15"))  # Q4 = P10..P12
    assert p.qtd_prior_year == Period(d("2024-11-03"), d("2024-11-16"))
    assert p.ytd == Period(d("2025-02-02"), d("2025-11-15"))
    assert p.ytd_prior_year == Period(d("2024-02-04"), d("2024-11-16"))
    # the 12-month panel: P10 FY2024 .. P9 FY2025 (P10 FY2025 is not complete yet): 3 + 9 months
    assert p.months[0].label == "P10 FY2024 (3–30 Nov)"
    assert p.months[-1].label == "P9 FY2025 (5 Oct–1 Nov)"
    assert p.months_prior_year[-1] == Period(d("2024-10-06"), d("2024-11-02"))  # P9 FY2024
    assert p.notes == ()


def test_year_after_53_weeks_restated_vs_numbered() -> None:
    we = d("2024-03-16")  # FY2024 week 6; P2 (5 weeks) started Sun 3 Mar 2024
    # FY2023: P1 29 Jan-25 Feb 2023, P2 26 Feb-1 Apr 2023
    restated = nrf().report_periods(we)
    # restated FY2023 drops its first week: its P2 is 5 Mar-8 Apr 2023, i.e. 364 days earlier
    assert restated.weeks_prior_year[-1] == Period(d("2023-03-12"), d("2023-03-18"))
    assert restated.mtd_prior_year == Period(d("2023-03-05"), d("2023-03-18"))
    assert restated.ytd_prior_year == Period(d("2023-02-05"), d("2023-03-18"))
    assert restated.notes == (
        "FY2023 had 53 weeks: FY2024 is compared with it restated to 52 weeks (its first week "
        "dropped)",
    )
    numbered = nrf(week53=Week53.NUMBERED).report_periods(we)
    # numbered: week 6 of FY2023 = 5 Mar-11 Mar 2023; P2 FY2023 as it was: from 26 Feb
    assert numbered.weeks_prior_year[-1] == Period(d("2023-03-05"), d("2023-03-11"))
    assert numbered.mtd_prior_year == Period(d("2023-02-26"), d("2023-03-11"))
    assert numbered.ytd_prior_year == Period(d("2023-01-29"), d("2023-03-11"))
    assert numbered.notes == ()


def test_week_53_itself() -> None:
    we = d("2024-02-03")  # FY2023 week 53
    restated = nrf().report_periods(we)
    assert nrf().week_number(we) == 53
    assert restated.weeks_prior_year[-1] == Period(d("2023-01-29"), d("2023-02-04"))  # -364 days
    # P12 FY2023 (31 Dec-3 Feb, 35 days) vs P12 FY2022 (1 Jan-28 Jan 2023, 28 days, all of it)
    assert restated.mtd == Period(d("2023-12-31"), d("2024-02-03"))
    assert restated.mtd_prior_year == Period(d("2023-01-01"), d("2023-01-28"))
    # Q4 FY2023 = 14 weeks from 29 Oct 2023; Q4 FY2022 = 13 weeks from 30 Oct 2022
    assert restated.qtd == Period(d("2023-10-29"), d("2024-02-03"))
    assert restated.qtd_prior_year == Period(d("2022-10-30"), d("2023-01-28"))
    # YTD 371 days vs the whole of FY2022 (364 days)
    assert restated.ytd_prior_year == Period(d("2022-01-30"), d("2023-01-28"))
    assert restated.notes[0] == (
        "Week ending 2024-02-03 is week 53 of FY2023, compared with the week ending 2023-02-04"
    )
    numbered = nrf(week53=Week53.NUMBERED).report_periods(we)
    assert numbered.weeks_prior_year[-1].empty  # no week 53 in FY2022: null
    assert numbered.weeks_prior_year[-2] == Period(d("2023-01-22"), d("2023-01-28"))  # wk 52
    assert numbered.notes[0] == (
        "Week ending 2024-02-03 is week 53 of FY2023: it has no prior-year week "
        "(week53: numbered), so its YoY is n/a"
    )
    # the year total on a 52-week basis: restated drops week 1, numbered week 53
    assert restated.ytd_52w == Period(d("2023-02-05"), d("2024-02-03"))
    assert numbered.ytd_52w == Period(d("2023-01-29"), d("2024-01-27"))
    assert nrf().report_periods(d("2024-01-27")).ytd_52w is None  # week 52


def test_weeks_must_end_on_the_calendar_weekday() -> None:
    with pytest.raises(DataError) as info:
        nrf().report_periods(d("2025-11-30"))  # a Sunday
    assert info.value.problems == [
        "2025-11-30 is not the last day of a fiscal week of FY2025 (fiscal weeks end on saturday)"
    ]


def test_gregorian_calendar_is_todays_periods() -> None:
    for we, fy in ((d("2024-05-19"), 12), (d("2024-08-18"), 6), (d("2024-02-29"), 12)):
        assert GregorianCalendar(fy).report_periods(we) == report_periods(we, fy)
    assert GregorianCalendar(12).week_number(d("2026-11-15")) == 46  # ISO week 46
    assert GregorianCalendar(6).quarter_label(d("2026-11-15")) == "Q2 FY2027"


# --- calendar tables ----------------------------------------------------------------------------

# FY2022..FY2025 of the NRF 4-5-4 calendar, written from the year starts (not from the code)
STARTS = {2022: "2022-01-30", 2023: "2023-01-29", 2024: "2024-02-04", 2025: "2025-02-02"}
WEEKS = {2022: 52, 2023: 53, 2024: 52, 2025: 52}


def table_rows() -> list[str]:
    rows = ["date,fiscal_year,fiscal_quarter,fiscal_month,fiscal_week"]
    for fy, start in STARTS.items():
        lengths = [4, 5, 4] * 4
        lengths[-1] += WEEKS[fy] - 52
        week = 0
        for month, n in enumerate(lengths, start=1):
            for _ in range(n):
                for day in range(7):
                    date = d(start) + dt.timedelta(days=7 * week + day)
                    rows.append(f"{date},{fy},{(month - 1) // 3 + 1},{month},{week + 1}")
                week += 1
    return rows


def write_table(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "calendar.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_calendar_table_matches_the_rules(tmp_path: Path) -> None:
    table = load_calendar_table(write_table(tmp_path, table_rows()), SAT, Week53.RESTATED, "x")
    assert spans(table.fiscal_year(2025).months)[8] == ("2025-10-05", "2025-11-01")
    fy23 = table.fiscal_year(2023)
    assert (fy23.end, len(fy23.weeks)) == (d("2024-02-03"), 53)
    for we in (d("2025-11-15"), d("2024-02-03"), d("2024-03-16")):
        assert table.report_periods(we) == nrf().report_periods(we)
    assert table.week_number(d("2025-11-29")) == 43
    with pytest.raises(DataError, match="covers 2022-01-30 to 2026-01-31"):
        table.report_periods(d("2026-02-07"))


def test_calendar_table_errors(tmp_path: Path) -> None:
    rows = table_rows()
    # rows[1] is 2022-01-30; rows[10] is 2022-02-08 (line 11), rows[20] is 2022-02-18 (line 21)
    broken = rows[:10] + rows[11:20] + [rows[20], rows[20]] + rows[21:]
    with pytest.raises(ConfigError) as info:
        load_calendar_table(write_table(tmp_path, broken), SAT, Week53.RESTATED, "x")
    assert info.value.problems == [
        "calendar.csv, line 21: overlap: 2022-02-18 is listed more than once",
        "calendar.csv: gap: no rows from 2022-02-08 to 2022-02-08 (every day needs one)",
        "calendar.csv: fiscal week 2 of FY2022 has 6 days from 2022-02-06 to 2022-02-12; "
        "a week is 7 consecutive days",
    ]
    # weeks end on Saturday; week_ends_on: sunday contradicts every week (the first two shown)
    with pytest.raises(ConfigError) as info:
        load_calendar_table(write_table(tmp_path, rows), 6, Week53.RESTATED, "x")
    assert info.value.problems[:2] == [
        "calendar.csv: fiscal week 1 of FY2022 ends on 2022-02-05, a saturday; "
        "week_ends_on is sunday",
        "calendar.csv: fiscal week 2 of FY2022 ends on 2022-02-12, a saturday; "
        "week_ends_on is sunday",
    ]
    assert info.value.problems[-1] == "calendar.csv: … and 189 more problems"  # 209 weeks - 20
    with pytest.raises(ConfigError) as info:
        load_calendar_table(write_table(tmp_path, ["date,fiscal_year"]), SAT, Week53.RESTATED, "x")
    assert info.value.problems[0].startswith("calendar.csv: a calendar table needs the columns")


def test_calendar_table_periods_must_follow_each_other(tmp_path: Path) -> None:
    rows = table_rows()
    # 2022-02-27 .. 2022-03-05 is FY2022 week 5 in P2; label it P3 (a month skipped)
    rows[29:36] = [r.replace(",2022,1,2,5", ",2022,1,3,5") for r in rows[29:36]]
    with pytest.raises(ConfigError) as info:
        load_calendar_table(write_table(tmp_path, rows), SAT, Week53.RESTATED, "x")
    assert info.value.problems == [
        "calendar.csv: 2022-02-27 starts FY2022 quarter 1 month 3 week 5 right after FY2022 "
        "quarter 1 month 1 week 4; periods must follow each other",
        "calendar.csv: 2022-03-06 starts FY2022 quarter 1 month 2 week 6 right after FY2022 "
        "quarter 1 month 3 week 5; periods must follow each other",
    ]


def test_a_config_built_without_a_calendar_is_gregorian() -> None:
    cfg = ReportConfig(
        path=Path("wbr.yaml"), title="t", week_ends_on="sunday", fiscal_year_end_month=6,
        week_ending=None, sources={}, metric_files=(), sections=None, output_dir=Path("out"),
    )  # fmt: skip
    # fiscal year ending in June: November 2026 is in Q2 of FY2027
    assert cfg.calendar.quarter_label(d("2026-11-15")) == "Q2 FY2027"
