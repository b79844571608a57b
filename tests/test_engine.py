"""The WBR metric set (DESIGN.md §4), checked against values computed by hand in the comments.

Notation in the comments: S(n) = 1 + 2 + ... + n, so S(28) = 406, S(29) = 435, S(30) = 465,
S(31) = 496. A "dom" series has the value day-of-month on each day, so a period's sum is a sum of
consecutive integers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import d, daily_csv, formula, metric
from wbr.errors import DataError
from wbr.project import load_project
from wbr.report import build_metric_set, metric_set_json
from wbr.results import MetricSet

approx = pytest.approx
Compute = Callable[..., MetricSet]


def ones(day: dt.date) -> int:
    return 1


# --- the design table, row by row --------------------------------------------------------------


@pytest.fixture
def dom_set(compute_set: Compute) -> MetricSet:
    """dom = day-of-month x 3 in 2023 and x 2 in 2024; one = 1 every day.

    Data 2023-01-01 .. 2024-05-22 (a Wednesday), so 'latest' is Sunday 2024-05-19 and the three
    later days must be ignored.
    """
    csv = daily_csv(
        "2023-01-01",
        "2024-05-22",
        {"dom": lambda day: day.day * (3 if day.year == 2023 else 2), "one": ones},
    )
    return compute_set(
        sources={"s": csv},
        metrics={"dom": metric(column="dom"), "one": metric(column="one")},
    )


def test_week_ending_latest_ignores_days_after_the_last_complete_week(dom_set: MetricSet) -> None:
    assert dom_set.week_ending == d("2024-05-19")


def test_summary_rows(dom_set: MetricSet) -> None:
    s = dom_set.get("dom").summary
    # last_week: 13..19 May 2024 = 2 * (S(19) - S(12)) = 2 * 112
    assert s.last_week == approx(224.0, rel=1e-9)
    # wow: 6..12 May = 2 * 63 = 126; (224 - 126) / 126 = 7/9
    assert s.wow == approx(7 / 9, rel=1e-9)
    # yoy: WE - 364 = 2023-05-21, 15..21 May 2023 = 3 * 126 = 378; (224 - 378) / 378 = -11/27
    assert s.yoy == approx(-11 / 27, rel=1e-9)
    # mtd: 1..19 May 2024 = 2 * S(19) = 380; prior 1..19 May 2023 = 3 * 190 = 570
    assert s.mtd == approx(380.0, rel=1e-9)
    assert s.mtd_yoy == approx((380 - 570) / 570, rel=1e-9)
    # qtd: 1 Apr .. 19 May 2024 = 2 * (S(30) + S(19)) = 2 * 655 = 1310; prior 3 * 655 = 1965
    assert s.qtd == approx(1310.0, rel=1e-9)
    assert s.qtd_yoy == approx((1310 - 1965) / 1965, rel=1e-9)
    # ytd: 2024 Jan..Apr + 1..19 May = 2 * (496 + 435 + 496 + 465 + 190) = 2 * 2082 = 4164
    #      2023 same dates      = 3 * (496 + 406 + 496 + 465 + 190) = 3 * 2053 = 6159
    assert s.ytd == approx(4164.0, rel=1e-9)
    assert s.ytd_yoy == approx((4164 - 6159) / 6159, rel=1e-9)


def test_summary_of_a_constant_series_counts_days(dom_set: MetricSet) -> None:
    s = dom_set.get("one").summary
    assert (s.last_week, s.mtd, s.qtd, s.ytd) == (7.0, 19.0, 49.0, 140.0)  # 30 + 19; 31+29+31+30+19
    assert (s.wow, s.yoy, s.mtd_yoy, s.qtd_yoy) == (0.0, 0.0, 0.0, 0.0)
    assert s.ytd_yoy == approx(1 / 139, rel=1e-9)  # 2023: 31+28+31+30+19 = 139 days


def test_six_weeks_with_prior_year_weeks(dom_set: MetricSet) -> None:
    weeks = dom_set.get("dom").weeks
    assert [w.week_ending for w in weeks] == [
        d("2024-04-14"), d("2024-04-21"), d("2024-04-28"),
        d("2024-05-05"), d("2024-05-12"), d("2024-05-19"),
    ]  # fmt: skip
    assert [w.value for w in weeks] == [
        2 * 77,  # 8..14 Apr
        2 * 126,  # 15..21 Apr
        2 * 175,  # 22..28 Apr
        2 * (29 + 30 + 15),  # 29, 30 Apr + 1..5 May
        2 * 63,  # 6..12 May
        2 * 112,  # 13..19 May
    ]
    # each minus 364 days (Sundays 2023-04-16 .. 2023-05-21), x 3 in 2023
    assert [w.prior_year for w in weeks] == [
        3 * 91,  # 10..16 Apr 2023
        3 * 140,  # 17..23 Apr
        3 * 189,  # 24..30 Apr
        3 * 28,  # 1..7 May
        3 * 77,  # 8..14 May
        3 * 126,  # 15..21 May
    ]
    assert [w.coverage for w in weeks] == [1.0] * 6


def test_twelve_months_with_prior_year_months(dom_set: MetricSet) -> None:
    months = dom_set.get("dom").months
    # May 2023 .. Apr 2024 (May 2024 is not complete on the 19th)
    assert [m.month for m in months] == [
        "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10",
        "2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04",
    ]  # fmt: skip
    assert [m.value for m in months] == [
        3 * 496, 3 * 465, 3 * 496, 3 * 496, 3 * 465, 3 * 496, 3 * 465, 3 * 496,
        2 * 496, 2 * 435, 2 * 496, 2 * 465,  # Feb 2024 has 29 days: S(29) = 435
    ]  # fmt: skip
    # prior-year months May..Dec 2022 have no data at all: null, never 0
    assert [m.prior_year for m in months] == [None] * 8 + [3 * 496, 3 * 406, 3 * 496, 3 * 465]
    assert [m.coverage for m in months] == [1.0] * 12


def test_baseline_is_the_mean_of_the_four_weeks_before(dom_set: MetricSet) -> None:
    # weeks ending 21 Apr .. 12 May: (252 + 350 + 148 + 126) / 4
    assert dom_set.get("dom").baseline == approx(219.0, rel=1e-9)


def test_json_contract(dom_set: MetricSet) -> None:
    doc = json.loads(metric_set_json(dom_set))
    assert doc["schema_version"] == 1
    assert doc["week_ending"] == "2024-05-19"
    assert doc["week_ends_on"] == "sunday"
    assert doc["fiscal_year_end_month"] == 12
    dom = doc["metrics"][0]
    assert dom["id"] == "dom" and dom["comparison"] == "pct" and dom["unit"] == "count"
    assert dom["summary"]["last_week"] == 224.0
    # the contract's fields (later versions may add more, never rename these)
    assert set(dom["summary"]) >= {
        "last_week", "wow", "yoy", "mtd", "mtd_yoy", "qtd", "qtd_yoy", "ytd", "ytd_yoy",
    }  # fmt: skip
    assert len(dom["weeks"]) == 6 and len(dom["months"]) == 12
    assert dom["weeks"][0].items() >= {
        "week_ending": "2024-04-14", "value": 154.0, "prior_year": 273.0, "coverage": 1.0,
    }.items()  # fmt: skip
    assert dom["months"][-1].items() >= {
        "month": "2024-04", "value": 930.0, "prior_year": 1395.0, "coverage": 1.0,
    }.items()  # fmt: skip
    assert dom["months"][0]["prior_year"] is None  # JSON null, not NaN
    assert "NaN" not in metric_set_json(dom_set)
    assert dom["target"] is None and dom["counter_metrics"] == []


# --- fiscal years ------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["JUN", 6, "june"])
def test_fiscal_year_ending_june_second_quarter(compute_set: Compute, spelling: object) -> None:
    # FY starts 1 July; Q2 = Oct-Dec. Data from 2023-07-15, one per day.
    ms = compute_set(
        week_ending="2024-11-17",
        sources={"s": daily_csv("2023-07-15", "2024-11-20", {"x": ones})},
        metrics={"x": metric()},
        config={"fiscal_year_end_month": spelling},
    )
    s = ms.get("x").summary
    assert s.qtd == 48.0  # 1 Oct .. 17 Nov 2024: 31 + 17
    assert s.qtd_yoy == 0.0  # 1 Oct .. 17 Nov 2023: 48 days too
    assert s.ytd == 140.0  # 1 Jul .. 17 Nov 2024: 31 + 31 + 30 + 31 + 17
    # prior YTD 1 Jul .. 17 Nov 2023 has data from 15 Jul only: 17 + 31 + 30 + 31 + 17 = 126
    assert s.ytd_yoy == approx((140 - 126) / 126, rel=1e-9)
    assert ms.get("x").coverage.ytd == 1.0
    assert ms.fiscal_year_end_month == 6


def test_fiscal_year_ending_june_first_quarter(compute_set: Compute) -> None:
    # Q1 = Jul-Sep, so QTD = YTD = 1 Jul .. 18 Aug 2024 = 31 + 18 = 49 days
    ms = compute_set(
        week_ending="2024-08-18",
        sources={"s": daily_csv("2023-07-15", "2024-08-18", {"x": ones})},
        metrics={"x": metric()},
        config={"fiscal_year_end_month": "JUN"},
    )
    s = ms.get("x").summary
    assert s.qtd == 49.0 and s.ytd == 49.0
    # prior: 15 Jul .. 18 Aug 2023 = 17 + 18 = 35 days of data
    assert s.qtd_yoy == approx(14 / 35, rel=1e-9)
    assert s.ytd_yoy == approx(14 / 35, rel=1e-9)


def test_fiscal_year_ending_february(compute_set: Compute) -> None:
    # FY starts 1 March; Q4 = Dec-Feb. Data from 2023-06-10.
    ms = compute_set(
        week_ending="2025-01-19",
        sources={"s": daily_csv("2023-06-10", "2025-01-19", {"x": ones})},
        metrics={"x": metric()},
        config={"fiscal_year_end_month": "feb"},
    )
    s = ms.get("x").summary
    assert s.qtd == 50.0  # 1 Dec 2024 .. 19 Jan 2025: 31 + 19
    assert s.qtd_yoy == 0.0
    assert s.ytd == 325.0  # 1 Mar 2024 .. 19 Jan 2025: 306 + 19
    # prior 1 Mar 2023 .. 19 Jan 2024, data from 10 Jun: 21+31+31+30+31+30+31+19 = 224
    assert s.ytd_yoy == approx((325 - 224) / 224, rel=1e-9)


def test_fiscal_year_ending_february_prior_year_without_data_is_null(compute_set: Compute) -> None:
    ms = compute_set(
        week_ending="2024-05-19",
        sources={"s": daily_csv("2023-06-10", "2024-05-19", {"x": ones})},
        metrics={"x": metric()},
        config={"fiscal_year_end_month": 2},
    )
    s = ms.get("x").summary
    assert s.qtd == 80.0 and s.ytd == 80.0  # 1 Mar .. 19 May 2024: 31 + 30 + 19
    # the prior QTD/YTD (1 Mar .. 19 May 2023) predates the data: no comparison, not -100 %
    assert s.qtd_yoy is None and s.ytd_yoy is None
    assert s.mtd_yoy is None  # 1..19 May 2023 has no data either
    assert s.yoy is None


# --- 29 February ---------------------------------------------------------------------------


def test_week_ending_on_29_february(compute_set: Compute) -> None:
    ms = compute_set(
        week_ending="2024-02-29",
        sources={"s": daily_csv("2023-01-01", "2024-02-29", {"x": ones})},
        metrics={"x": metric()},
        config={"week_ends_on": "thursday"},
    )
    s = ms.get("x").summary
    assert s.last_week == 7.0 and s.yoy == 0.0  # 23..29 Feb 2024 vs 24 Feb .. 2 Mar 2023
    assert s.mtd == 29.0
    assert s.mtd_yoy == approx(1 / 28, rel=1e-9)  # 29 Feb maps to 28 Feb: 1..28 Feb 2023
    assert s.ytd == 60.0
    assert s.ytd_yoy == approx(1 / 59, rel=1e-9)  # 1 Jan .. 28 Feb 2023 = 59 days
    # 29 Feb is February's last day, so February 2024 is already a complete month
    last = ms.get("x").months[-1]
    assert (last.month, last.value, last.prior_year) == ("2024-02", 29.0, 28.0)


def test_week_after_29_february(compute_set: Compute) -> None:
    ms = compute_set(
        week_ending="2024-03-03",
        sources={"s": daily_csv("2023-01-01", "2024-03-03", {"x": ones})},
        metrics={"x": metric()},
    )
    r = ms.get("x")
    assert r.summary.mtd == 3.0 and r.summary.mtd_yoy == 0.0
    assert r.summary.ytd == 63.0  # 31 + 29 + 3
    assert r.summary.ytd_yoy == approx(1 / 62, rel=1e-9)  # 31 + 28 + 3
    assert (r.months[-1].month, r.months[-1].value, r.months[-1].prior_year) == (
        "2024-02",
        29.0,
        28.0,
    )


def test_2025_periods_whose_prior_year_holds_29_february(compute_set: Compute) -> None:
    csv = daily_csv("2023-01-01", "2025-03-16", {"x": ones, "dom": lambda day: day.day})
    ms = compute_set(
        sources={"s": csv},
        metrics={"x": metric(), "dom": metric(column="dom")},
    )
    assert ms.week_ending == d("2025-03-16")
    x = ms.get("x")
    # Feb 2025 (28 days) vs the whole of Feb 2024 (29 days)
    assert (x.months[-1].month, x.months[-1].value, x.months[-1].prior_year) == (
        "2025-02",
        28.0,
        29.0,
    )
    assert x.summary.ytd == 75.0  # 31 + 28 + 16
    assert x.summary.ytd_yoy == approx((75 - 76) / 76, rel=1e-9)  # 2024: 31 + 29 + 16
    assert x.summary.mtd_yoy == 0.0
    dom = ms.get("dom")
    assert dom.months[-1].value == 406.0 and dom.months[-1].prior_year == 435.0
    # the week ending 2 Mar 2025 (24..28 Feb, 1..2 Mar) vs 26 Feb .. 3 Mar 2024 (with the 29th)
    assert dom.weeks[3].week_ending == d("2025-03-02")
    assert dom.weeks[3].value == 24 + 25 + 26 + 27 + 28 + 1 + 2  # 133
    assert dom.weeks[3].prior_year == 26 + 27 + 28 + 29 + 1 + 2 + 3  # 116


# --- partial and empty periods, nulls and deltas ---------------------------------------------


def test_partial_week_of_a_lagging_source(compute_set: Compute) -> None:
    # 'a' runs to Sunday 19 May, 'b' stops on Wednesday 15 May
    ms = compute_set(
        week_ending="2024-05-19",
        sources={
            "a": daily_csv("2024-01-01", "2024-05-19", {"x": ones}),
            "b": daily_csv("2024-01-01", "2024-05-15", {"y": ones}),
        },
        metrics={
            "ax": metric(source="a", column="x"),
            "by": metric(source="b", column="y"),
            "ratio": formula("by / ax"),
        },
    )
    by = ms.get("by")
    assert by.summary.last_week == 3.0  # Mon..Wed present, computed from the days present
    assert by.coverage.last_week == approx(3 / 7, rel=1e-9)
    assert by.weeks[-1].coverage == approx(3 / 7, rel=1e-9)
    assert by.summary.wow == approx((3 - 7) / 7, rel=1e-9)
    assert by.coverage.mtd == approx(15 / 19, rel=1e-9)
    assert ms.get("ax").coverage.last_week == 1.0
    ratio = ms.get("ratio")
    assert ratio.summary.last_week == approx(3 / 7, rel=1e-9)
    assert ratio.coverage.last_week == approx(3 / 7, rel=1e-9)  # the least covered input
    assert "source 'b' has no data after 2024-05-15; its metrics' last week is partial" in (
        ms.warnings
    )


def test_latest_is_the_last_week_every_source_has_reached(compute_set: Compute) -> None:
    ms = compute_set(
        sources={
            "a": daily_csv("2024-01-01", "2024-05-22", {"x": ones}),
            "b": daily_csv("2024-01-01", "2024-05-18", {"y": ones}),
        },
        metrics={"ax": metric(source="a", column="x"), "by": metric(source="b", column="y")},
    )
    # earliest last date = Sat 18 May -> the Sunday on or before it is 12 May
    assert ms.week_ending == d("2024-05-12")
    assert ms.get("by").coverage.last_week == 1.0
    assert ms.warnings == (
        "source 'b' ends 2024-05-18, 4 day(s) behind the newest source (2024-05-22)",
    )


def test_latest_with_friday_weeks_and_week_ending_in_config(compute_set: Compute) -> None:
    csv = daily_csv("2024-01-01", "2024-05-22", {"x": ones})
    ms = compute_set(sources={"s": csv}, metrics={"x": metric()}, config={"week_ends_on": "friday"})
    assert ms.week_ending == d("2024-05-17")
    assert ms.week_ends_on == "friday"
    ms = compute_set(
        sources={"s": csv}, metrics={"x": metric()}, config={"week_ending": "2024-05-12"}
    )
    assert ms.week_ending == d("2024-05-12")


def test_week_without_data_is_null_never_zero(compute_set: Compute) -> None:
    csv = daily_csv(
        "2024-01-01",
        "2024-05-19",
        {"x": ones},
        skip=[d("2024-05-06") + dt.timedelta(days=i) for i in range(7)],
    )
    ms = compute_set(sources={"s": csv}, metrics={"x": metric(), "r": formula("x / x")})
    x = ms.get("x")
    assert x.weeks[4].week_ending == d("2024-05-12")
    assert x.weeks[4].value is None
    assert x.weeks[4].coverage == 0.0
    assert x.summary.last_week == 7.0
    assert x.summary.wow is None  # no prior week to compare with
    assert x.summary.mtd == 12.0  # 1..5 and 13..19 May
    assert x.baseline == approx(7.0, rel=1e-9)  # mean of the 3 weeks that have data
    assert ms.get("r").weeks[4].value is None
    assert (
        "source 's' has data on 0 of 7 days in the week ending 2024-05-12; that week is empty"
        in ms.warnings
    )


def test_report_week_without_data(compute_set: Compute) -> None:
    csv = daily_csv(
        "2024-01-01",
        "2024-05-22",
        {"x": ones},
        skip=[d("2024-05-13") + dt.timedelta(days=i) for i in range(7)],
    )
    ms = compute_set(week_ending="2024-05-19", sources={"s": csv}, metrics={"x": metric()})
    s = ms.get("x").summary
    assert s.last_week is None and s.wow is None and s.yoy is None
    assert ms.get("x").coverage.last_week == 0.0
    assert s.mtd == 12.0


def test_empty_cells_are_missing_not_zero(compute_set: Compute) -> None:
    # rows exist for 6..12 May but the cells are empty
    csv = daily_csv(
        "2024-01-01",
        "2024-05-19",
        {"x": lambda day: None if d("2024-05-06") <= day <= d("2024-05-12") else 2},
    )
    ms = compute_set(sources={"s": csv}, metrics={"x": metric()})
    x = ms.get("x")
    assert x.weeks[4].value is None
    assert x.summary.wow is None
    assert x.summary.mtd == 24.0  # 12 days x 2


def _three_weeks(columns: dict[str, tuple[float, float, float]]) -> str:
    """Weeks ending 5, 12 and 19 May 2024; each week's amount on its Monday, 0 on other days."""
    mondays = {d("2024-04-29"): 0, d("2024-05-06"): 1, d("2024-05-13"): 2}
    funcs = {
        name: (lambda day, v=values: v[mondays[day]] if day in mondays else 0)
        for name, values in columns.items()
    }
    return daily_csv("2024-04-29", "2024-05-19", funcs)


@pytest.fixture
def delta_set(compute_set: Compute) -> MetricSet:
    csv = _three_weeks(
        {
            "x": (10, -50, 25),  # negative prior
            "z": (4, 0, 5),  # prior 0
            "m": (1, 3, 5),
            "l": (10, 10, 20),  # m/l: 0.1, 0.3, 0.25
            "zero": (0, 0, 0),
        }
    )
    return compute_set(
        sources={"s": csv},
        metrics={
            "x": metric(column="x"),
            "z": metric(column="z"),
            "m": metric(column="m"),
            "l": metric(column="l"),
            "zero": metric(column="zero"),
            "rate": formula("m / l"),
            "rate_pct": formula("m / l", compare="pct"),
            "x_bps": metric(column="x", compare="bps", unit="ratio"),
            "by_zero": formula("m / zero"),
            "ratio_unit": formula("m / l", unit="ratio"),
        },
    )


def test_pct_delta_uses_the_absolute_prior(delta_set: MetricSet) -> None:
    # -50 -> +25: (25 - -50) / |-50| = +150 %
    assert delta_set.get("x").summary.wow == approx(1.5, rel=1e-9)
    # the week before: 10 -> -50 is -600 %
    assert delta_set.get("x").weeks[-2].value == -50.0


def test_prior_zero_gives_null_pct(delta_set: MetricSet) -> None:
    z = delta_set.get("z")
    assert z.summary.last_week == 5.0
    assert z.weeks[-2].value == 0.0  # a real zero is kept as zero
    assert z.summary.wow is None


def test_bps_delta_for_rates(delta_set: MetricSet) -> None:
    rate = delta_set.get("rate")
    assert rate.metric.comparison.value == "bps"
    assert rate.summary.last_week == approx(0.25, rel=1e-9)
    assert rate.summary.wow == approx(-500.0, rel=1e-9)  # (0.25 - 0.30) x 10 000
    assert delta_set.get("ratio_unit").summary.wow == approx(-500.0, rel=1e-9)
    # compare: pct overrides the unit's default
    assert delta_set.get("rate_pct").summary.wow == approx((0.25 - 0.3) / 0.3, rel=1e-9)
    # compare: bps on a metric: -50 -> 25 is +75 x 10 000
    assert delta_set.get("x_bps").summary.wow == approx(750_000.0, rel=1e-9)


def test_division_by_zero_in_a_formula_is_null(delta_set: MetricSet) -> None:
    by_zero = delta_set.get("by_zero")
    assert by_zero.summary.last_week is None
    assert by_zero.summary.mtd is None
    assert all(w.value is None for w in by_zero.weeks)
    assert by_zero.summary.wow is None


# --- formulas, filters, several rows per date, aggregations ----------------------------------


def test_formula_is_computed_after_aggregation(compute_set: Compute) -> None:
    # April 2024: 1..15 m=1, l=1 (daily ratio 1); 16..30 m=1, l=9 (daily ratio 1/9)
    # May 1..5: m=1, l=1
    def l_of(day: dt.date) -> int:
        return 9 if day.month == 4 and day.day > 15 else 1

    csv = daily_csv("2024-04-01", "2024-05-05", {"m": ones, "l": l_of})
    ms = compute_set(
        sources={"s": csv},
        metrics={"m": metric(column="m"), "l": metric(column="l"), "rate": formula("m / l")},
    )
    rate = ms.get("rate")
    # April: 30 / (15 + 135) = 0.2, not the mean of daily ratios (15 + 15/9) / 30 = 0.5556
    assert rate.months[-1].month == "2024-04"
    assert rate.months[-1].value == approx(0.2, rel=1e-9)
    # week 29 Apr .. 5 May: 7 / (9 + 9 + 5) = 7/23
    assert rate.summary.last_week == approx(7 / 23, rel=1e-9)
    assert rate.summary.mtd == approx(1.0, rel=1e-9)
    # QTD 1 Apr .. 5 May: 35 / 155
    assert rate.summary.qtd == approx(35 / 155, rel=1e-9)


def test_nested_formulas(compute_set: Compute) -> None:
    csv = daily_csv("2024-01-01", "2024-01-07", {"a": lambda day: 2, "b": lambda day: 3})
    ms = compute_set(
        sources={"s": csv},
        metrics={
            "a": metric(column="a"),
            "b": metric(column="b"),
            "total": formula("a + b", unit="count"),  # 14 + 21 = 35
            "share": formula("a / total"),  # defined after 'total' but reads it
            "gap": formula("max(a - b, 0) + abs(a - b) * 2", unit="count"),  # 0 + 14
        },
    )
    assert ms.get("total").summary.last_week == 35.0
    assert ms.get("share").summary.last_week == approx(14 / 35, rel=1e-9)
    assert ms.get("gap").summary.last_week == 14.0


LEADS = """date,region,channel,size,leads
2024-01-01,north,web,5,1
2024-01-01,south,phone,20,2
2024-01-01,east,mail,12,4
2024-01-02,north,phone,15,8
2024-01-02,west,web,5,16
2024-01-03,south,web,8,32
2024-01-04,north,mail,30,64
2024-01-07,other,other,0,0
"""


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (None, 1 + 2 + 4 + 8 + 16 + 32 + 64),  # 127: several rows per date, summed
        ({"region": "north"}, 1 + 8 + 64),
        ({"region": ["north", "south"]}, 1 + 8 + 64 + 2 + 32),
        ({"region": {"eq": "north"}}, 73),
        ({"region": {"ne": "north"}}, 2 + 4 + 16 + 32),
        ({"size": {"gt": 10}}, 2 + 4 + 8 + 64),  # 20, 12, 15, 30
        ({"size": {"ge": 15}}, 2 + 8 + 64),
        ({"size": {"lt": 10}}, 1 + 16 + 32),  # 5, 5, 8
        ({"size": {"le": 12}}, 1 + 4 + 16 + 32),
        ({"size": 5}, 1 + 16),  # numeric equality
        ({"size": "5"}, 1 + 16),  # the same value written as text
        ({"size": {"in": [5, 30]}}, 1 + 16 + 64),
        ({"channel": {"in": ["web", "phone"]}}, 1 + 2 + 8 + 16 + 32),
        ({"channel": {"not_in": ["web"]}}, 2 + 4 + 8 + 64),
        ({"region": "north", "channel": "web"}, 1),  # all clauses must hold
        ({"region": {"ne": "north"}, "size": {"gt": 10}}, 2 + 4),
        ({"region": "nowhere"}, None),  # nothing left: no data, never 0
    ],
)
def test_filters(compute_set: Compute, flt: object, expected: float | None) -> None:
    body = metric(column="leads") | ({"filter": flt} if flt is not None else {})
    ms = compute_set(week_ending="2024-01-07", sources={"s": LEADS}, metrics={"leads": body})
    assert ms.get("leads").summary.last_week == expected


AGG_DATA = """date,v
2024-01-01,5
2024-01-01,3
2024-01-02,10
2024-01-03,
2024-01-04,2
2024-01-04,8
2024-01-04,6
2024-01-05,7
2024-01-07,
"""


@pytest.mark.parametrize(
    ("agg", "expected"),
    [
        # per date: 1 Jan {5,3}, 2 Jan {10}, 3 Jan {} , 4 Jan {2,8,6}, 5 Jan {7}, 7 Jan {}
        ("sum", 8 + 10 + 16 + 7),  # 41; empty cells ignored
        ("mean", (4 + 10 + 16 / 3 + 7) / 4),  # mean of the daily means present
        ("min", 2),
        ("max", 10),
        ("first", 5),  # earliest value present: 1 Jan's first row
        ("last", 7),  # latest value present: 5 Jan (7 Jan is empty)
    ],
)
def test_aggregations_over_a_period(compute_set: Compute, agg: str, expected: float) -> None:
    ms = compute_set(
        week_ending="2024-01-07",
        sources={"s": AGG_DATA},
        metrics={"v": metric(column="v", agg=agg)},
    )
    v = ms.get("v")
    assert v.summary.last_week == approx(expected, rel=1e-9)
    assert v.summary.mtd == approx(expected, rel=1e-9)
    # coverage is about the source: it has rows on 6 of the 7 days (all but 6 Jan)
    assert v.coverage.last_week == approx(6 / 7, rel=1e-9)


# --- targets ---------------------------------------------------------------------------------


@pytest.fixture
def target_set(compute_set: Compute) -> MetricSet:
    # x = 10 a day, plan = 9 a day, m = 2, l = 10, defects = 1; WE Sunday 15 Sep 2024
    csv = daily_csv(
        "2024-01-01",
        "2024-09-15",
        {"x": lambda day: 10, "plan": lambda day: 9, "m": lambda day: 2,
         "l": lambda day: 10, "defects": ones},
    )  # fmt: skip
    counter = {"counter_metric": "defects"}
    return compute_set(
        sources={"s": csv},
        metrics={
            "by_column": metric(column="x", target={"column": "plan"}, **counter),
            "weekly": metric(column="x", target={"weekly": 100}, **counter),
            "defects": metric(
                column="defects",
                direction="lower_is_better",
                target={"weekly": 10},
                counter_metric="by_column",
            ),
            "defects_zero": metric(
                column="defects",
                direction="lower_is_better",
                target={"weekly": 0},
                counter_metric="by_column",
            ),
            "m": metric(column="m"),
            "l": metric(column="l"),
            "rate": formula("m / l", target={"value": 0.25}, **counter),
            "rate_low": formula(
                "m / l", direction="lower_is_better", target={"value": 0.25}, **counter
            ),
            "avg": metric(column="x", agg="mean", unit="number", target={"value": 12}, **counter),
        },
    )


def test_target_from_a_plan_column(target_set: MetricSet) -> None:
    t = target_set.get("by_column").target
    assert t is not None
    assert t.last_week == 63.0  # 7 x 9
    assert t.mtd == 135.0  # 1..15 Sep: 15 x 9
    assert t.qtd == 693.0  # 1 Jul .. 15 Sep: 77 days x 9
    assert t.ytd == 2331.0  # 259 days x 9
    assert t.vs_target == approx((70 - 63) / 63, rel=1e-9)
    assert t.met is True
    r = target_set.get("by_column")
    assert [w.target for w in r.weeks] == [63.0] * 6
    assert r.months[-1].month == "2024-08" and r.months[-1].target == 279.0  # 31 x 9


def test_weekly_target_is_prorated_by_days(target_set: MetricSet) -> None:
    r = target_set.get("weekly")
    t = r.target
    assert t is not None
    assert t.last_week == 100.0
    assert t.mtd == approx(100 * 15 / 7, rel=1e-9)  # MTD of 15 days
    assert t.qtd == approx(1100.0, rel=1e-9)  # 77 days = 11 weeks
    assert t.ytd == approx(3700.0, rel=1e-9)  # 259 days = 37 weeks
    assert t.vs_target == approx(-0.3, rel=1e-9)  # 70 vs 100
    assert t.met is False
    assert r.months[-1].target == approx(100 * 31 / 7, rel=1e-9)  # August
    assert r.months[1].month == "2023-10" and r.months[1].target == approx(100 * 31 / 7)


def test_lower_is_better_target(target_set: MetricSet) -> None:
    t = target_set.get("defects").target
    assert t is not None
    assert t.vs_target == approx(-0.3, rel=1e-9)  # 7 vs 10
    assert t.met is True  # below target is good
    zero = target_set.get("defects_zero").target
    assert zero is not None
    assert zero.last_week == 0.0
    assert zero.vs_target is None  # pct against 0 is undefined
    assert zero.met is False


def test_value_target_for_a_rate(target_set: MetricSet) -> None:
    t = target_set.get("rate").target
    assert t is not None
    assert (t.last_week, t.mtd, t.qtd, t.ytd) == (0.25, 0.25, 0.25, 0.25)
    assert t.vs_target == approx(-500.0, rel=1e-9)  # (0.20 - 0.25) x 10 000 bps
    assert t.met is False
    low = target_set.get("rate_low").target
    assert low is not None and low.met is True


def test_value_target_for_an_average(target_set: MetricSet) -> None:
    r = target_set.get("avg")
    assert r.summary.last_week == 10.0 and r.summary.ytd == 10.0
    assert r.target is not None
    assert r.target.vs_target == approx((10 - 12) / 12, rel=1e-9)  # pct for a 'number'
    assert r.target.met is False


def test_target_json(target_set: MetricSet) -> None:
    doc = json.loads(metric_set_json(target_set))
    weekly = next(m for m in doc["metrics"] if m["id"] == "weekly")
    assert weekly["target"]["last_week"] == 100.0
    assert weekly["target"]["met"] is False
    assert weekly["counter_metrics"] == ["defects"]


def test_target_on_a_week_without_data_is_not_met_or_missed(compute_set: Compute) -> None:
    csv = daily_csv(
        "2024-01-01", "2024-05-22", {"x": ones},
        skip=[d("2024-05-13") + dt.timedelta(days=i) for i in range(7)],
    )  # fmt: skip
    ms = compute_set(
        week_ending="2024-05-19",
        sources={"s": csv},
        metrics={
            "x": metric(target={"weekly": 5}, counter_metric="y"),
            "y": metric(),
        },
    )
    t = ms.get("x").target
    assert t is not None
    assert t.last_week == 5.0 and t.vs_target is None and t.met is None


# --- errors from the engine ----------------------------------------------------------------


def test_week_ending_checks(make_project: Callable[..., Path]) -> None:
    project = load_project(
        make_project(
            sources={"s": daily_csv("2024-01-01", "2024-05-22", {"x": ones})},
            metrics={"x": metric()},
        )
    )
    with pytest.raises(DataError) as info:
        build_metric_set(project, d("2024-05-18"))
    assert info.value.problems == ["2024-05-18 is a Saturday; weeks end on Sunday (try 2024-05-12)"]
    with pytest.raises(DataError) as info:
        build_metric_set(project, d("2024-05-26"))
    assert info.value.problems == [
        "week ending 2024-05-26 is after the last date in the data (2024-05-22, source 's')"
    ]
    with pytest.raises(DataError) as info:
        build_metric_set(project, d("2023-12-31"))
    assert info.value.problems == [
        "week ending 2023-12-31 is before the first date in the data (2024-01-01, source 's')"
    ]


# --- properties ----------------------------------------------------------------------------


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).filter(lambda v: abs(v) > 1e-3),
    weeks_back=st.integers(min_value=0, max_value=20),
)
def test_wow_of_a_constant_series_is_zero(
    tmp_path_factory: pytest.TempPathFactory, value: float, weeks_back: int
) -> None:
    from tests.conftest import write_project

    root = tmp_path_factory.mktemp("const")
    path = write_project(
        root,
        sources={"s": daily_csv("2024-01-01", "2024-06-30", {"x": lambda day: repr(value)})},
        metrics={"x": metric(), "r": formula("x / x")},
    )
    we = d("2024-06-30") - dt.timedelta(days=7 * weeks_back)
    ms = build_metric_set(load_project(path), we)
    s = ms.get("x").summary
    assert s.wow == approx(0.0, abs=1e-9)
    assert s.last_week == approx(7 * value, rel=1e-9)
    assert ms.get("r").summary.wow == approx(0.0, abs=1e-9)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    values=st.lists(st.integers(min_value=-1000, max_value=1000), min_size=14, max_size=14),
    cut=st.lists(st.booleans(), min_size=14, max_size=14),
)
def test_sum_is_additive_across_a_split_of_rows(
    tmp_path_factory: pytest.TempPathFactory, values: list[int], cut: list[bool]
) -> None:
    # each day's value is split over two rows tagged a/b; sum(a) + sum(b) == sum(all)
    from tests.conftest import write_project

    lines = ["date,part,x"]
    for i, (v, c) in enumerate(zip(values, cut, strict=True)):
        day = (d("2024-01-01") + dt.timedelta(days=i)).isoformat()
        first = v // 3 if c else v
        lines += [f"{day},a,{first}", f"{day},b,{v - first}"]
    root = tmp_path_factory.mktemp("split")
    path = write_project(
        root,
        sources={"s": "\n".join(lines) + "\n"},
        metrics={
            "all": metric(),
            "a": metric(filter={"part": "a"}),
            "b": metric(filter={"part": "b"}),
            "ab": formula("a + b", unit="count"),
        },
    )
    ms = build_metric_set(load_project(path), d("2024-01-14"))
    total = sum(values[7:])
    assert ms.get("all").summary.last_week == total
    assert ms.get("ab").summary.last_week == total
    assert ms.get("all").summary.mtd == sum(values)
    a, b = ms.get("a").summary.mtd, ms.get("b").summary.mtd
    assert a is not None and b is not None and a + b == sum(values)
