"""Record-level sources (issue #9): one row per lead or deal, checked against hand-computed values.

The report's time zone is America/Chicago (CST = UTC−6 from 1 Nov 2026, CDT = UTC−5 before).
Weeks end on Sunday; the report week is 9–15 Nov 2026, the week before 2–8 Nov.

LEADS (business day in Chicago after the arrow):

    id  created_at (UTC)          → business day      source       domain  meeting (days)   dq
    L1  2026-11-02T15:00:00Z      → Mon 2 Nov          web_form     a.com   Thu 5 Nov (3)     -
    L2  2026-11-09T16:42:10Z      → Mon 9 Nov          web_form     a.com   Mon 23 Nov (14)   -
    L3  2026-11-10T06:00:00-06:00 → Tue 10 Nov         paid_search  b.com   Wed 25 Nov (15)   -
    L4  2026-11-16T05:30:00Z      → Sun 15 Nov 23:30   paid_search  c.com   -                 spam
    L5  2026-11-16T06:30:00Z      → Mon 16 Nov 00:30   web_form     a.com   -                 -
    L6  2026-11-12T10:00:00-06:00 → Thu 12 Nov         trade_show   b.com   Thu 12 Nov (0)    -
    L7  2026-11-24T18:00:00Z      → Tue 24 Nov         web_form     d.com   -                 -

    amount: L1 10, L2 20, L3 30, L4 40, L5 50, L6 60, L7 70.
    The source covers Mon 2 Nov .. Tue 24 Nov (first to last record).

Report week (9–15 Nov): L2, L3, L4, L6.  Week ending 8 Nov: L1.  Week ending 1 Nov: not covered.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tests.conftest import d, formula, one_error, run_cli
from wbr.results import MetricSet, to_json_dict

Compute = Callable[..., MetricSet]
approx = pytest.approx

LEADS = """lead_id,created_at,lead_source,email_domain,meeting_at,disqualified_reason,amount
L1,2026-11-02T15:00:00Z,web_form,a.com,2026-11-05T15:00:00Z,,10
L2,2026-11-09T16:42:10Z,web_form,a.com,2026-11-23T15:00:00Z,,20
L3,2026-11-10T06:00:00-06:00,paid_search,b.com,2026-11-25T15:00:00Z,,30
L4,2026-11-16T05:30:00Z,paid_search,c.com,,spam,40
L5,2026-11-16T06:30:00Z,web_form,a.com,,,50
L6,2026-11-12T10:00:00-06:00,trade_show,b.com,2026-11-12T20:00:00Z,,60
L7,2026-11-24T18:00:00Z,web_form,d.com,,,70
"""

# OPPORTUNITIES, dated by closed_at for won revenue and the sales cycle:
#   O1 created Thu 1 Oct 14:00Z, closed Tue 10 Nov 14:00Z, won, 1000: exactly 40 days elapsed
#      (the wall clock says 39 days 23 h: the clocks went back on 1 Nov; elapsed time counts)
#   O2 created Tue 3 Nov 14:00Z, closed Fri 13 Nov 02:00Z = Thu 12 Nov 20:00 CST, won, 500: 9.5 days
#   O3 closed 16 Nov 05:59Z = Sun 15 Nov 23:59 CST, lost, 700
#   O4 open (no closed_at), 300
#   O5 closed 16 Nov 06:00Z = Mon 16 Nov 00:00 CST (next week), won, 900
# Created from 1 Oct to 6 Nov; data_through 24 Nov extends coverage over the report week.
OPPS = """opportunity_id,created_at,closed_at,outcome,amount
O1,2026-10-01T14:00:00Z,2026-11-10T14:00:00Z,won,1000
O2,2026-11-03T14:00:00Z,2026-11-13T02:00:00Z,won,500
O3,2026-11-04T14:00:00Z,2026-11-16T05:59:00Z,lost,700
O4,2026-11-05T14:00:00Z,,open,300
O5,2026-11-06T15:00:00Z,2026-11-16T06:00:00Z,won,900
"""

TZ = {"timezone": "America/Chicago"}
SOURCE_OPTIONS = {
    "leads": {"date_column": "created_at"},
    "opps": {"date_column": "created_at", "data_through": "2026-11-24"},
}


def rec(source: str = "leads", **extra: Any) -> dict[str, Any]:
    """A record metric (count unless told otherwise)."""
    body: dict[str, Any] = {
        "label": extra.pop("label", "Leads"),
        "unit": "count",
        "direction": "higher_is_better",
        "source": source,
        "agg": "count",
    }
    if "percentile" in extra and "agg" not in extra:
        del body["agg"]  # 'percentile: 90' alone implies agg: percentile
    body.update(extra)
    return body


@pytest.fixture
def leads_set(compute_set: Compute) -> MetricSet:
    return compute_set(
        week_ending="2026-11-15",
        sources={"leads": LEADS, "opps": OPPS},
        source_options=SOURCE_OPTIONS,
        config=TZ,
        metrics={
            "leads": rec(),
            "domains": rec(agg="count_distinct", column="email_domain", label="Domains"),
            "sources": rec(agg="count_distinct", column="lead_source", label="Sources"),
            "amount": rec(agg="sum", column="amount", label="Amount"),
            "amount_mean": rec(agg="mean", column="amount", label="Mean"),
            "amount_median": rec(agg="median", column="amount", label="Median"),
            "amount_p90": rec(percentile=90, column="amount", label="P90"),
            "amount_min": rec(agg="min", column="amount", label="Min"),
            "amount_last": rec(agg="last", column="amount", label="Last"),
            "met": rec(filter={"meeting_at": {"not_null": True}}, label="With a meeting"),
            "clean": rec(filter={"disqualified_reason": {"is_null": True}}, label="Clean"),
            "paid": rec(filter={"lead_source": "paid_search"}, label="Paid"),
            "won_revenue": rec(
                source="opps", agg="sum", column="amount", date="closed_at",
                filter={"outcome": "won"}, unit="currency", label="Won revenue",
            ),
            "sales_cycle_days": rec(
                source="opps", agg="median", duration={"from": "created_at", "to": "closed_at"},
                date="closed_at", filter={"outcome": "won"}, unit="days", label="Cycle",
            ),
            "cycle_p90": rec(
                source="opps", percentile=90, duration={"from": "created_at", "to": "closed_at"},
                date="closed_at", filter={"outcome": "won"}, unit="days", label="Cycle p90",
            ),
        },
    )  # fmt: skip


def week_values(ms: MetricSet, metric_id: str) -> list[float | None]:
    return [w.value for w in ms.get(metric_id).weeks]


def test_count_by_business_day_in_the_report_time_zone(leads_set: MetricSet) -> None:
    # weeks ending 11 Oct .. 15 Nov: before 2 Nov the source has no coverage (null, not 0);
    # 2–8 Nov: L1; 9–15 Nov: L2, L3, L6 and L4 (Sun 23:30 in Chicago, Monday in UTC)
    assert week_values(leads_set, "leads") == [None, None, None, None, 1.0, 4.0]
    # MTD 1–15 Nov: L1, L2, L3, L4, L6 (L5 at 00:30 on Monday 16 Nov is after the week)
    assert leads_set.get("leads").summary.mtd == 5.0
    # coverage of the report week: every day (a record source covers first .. last record)
    assert leads_set.get("leads").coverage.last_week == 1.0


def test_count_distinct_is_taken_per_period(leads_set: MetricSet) -> None:
    # report week: a.com, b.com, c.com, b.com → 3; week before: a.com → 1; MTD: a, b, c → 3
    # (the sum of daily distinct counts would give 4 for the week)
    assert week_values(leads_set, "domains")[-2:] == [1.0, 3.0]
    assert leads_set.get("domains").summary.mtd == 3.0
    # computed together with domains: web_form, paid_search, trade_show → 3; before: 1
    assert week_values(leads_set, "sources")[-2:] == [1.0, 3.0]


def test_sum_mean_min_last_over_records(leads_set: MetricSet) -> None:
    # report week amounts: L2 20, L3 30, L6 60 (Thu), L4 40 (Sun 23:30)
    assert week_values(leads_set, "amount")[-2:] == [10.0, 150.0]
    assert leads_set.get("amount_mean").summary.last_week == approx(150 / 4)  # over records
    assert leads_set.get("amount_min").summary.last_week == 20.0
    assert leads_set.get("amount_last").summary.last_week == 40.0  # L4 is the latest record


def test_median_and_90th_percentile(leads_set: MetricSet) -> None:
    # sorted 20, 30, 40, 60: median (30 + 40) / 2 = 35;
    # p90 at position 0.9 × 3 = 2.7: 40 + 0.7 × (60 − 40) = 54 (linear interpolation)
    assert leads_set.get("amount_median").summary.last_week == approx(35.0)
    assert leads_set.get("amount_p90").summary.last_week == approx(54.0)
    # week before: one record (10); outside coverage: null
    assert week_values(leads_set, "amount_median")[-3:] == [None, 10.0, 35.0]


def test_not_null_and_is_null_filters(leads_set: MetricSet) -> None:
    # meeting_at present: L2, L3, L6 → 3; disqualified_reason empty: L2, L3, L6 → 3
    assert leads_set.get("met").summary.last_week == 3.0
    assert leads_set.get("clean").summary.last_week == 3.0
    # paid_search in the week before: none, but the week is covered → 0, not null
    assert week_values(leads_set, "paid")[-2:] == [0.0, 2.0]


def test_sum_over_records_dated_by_a_second_column(leads_set: MetricSet) -> None:
    # won deals closed 9–15 Nov (Chicago): O1 (10 Nov) 1000 + O2 (Thu 12 Nov 20:00) 500;
    # O5 closed at 00:00 on Monday 16 Nov, O3 was lost, O4 is open (no closed_at)
    assert leads_set.get("won_revenue").summary.last_week == 1500.0
    # 2–8 Nov: no deal closed, but data_through keeps the source covered → 0
    assert week_values(leads_set, "won_revenue")[-2] == 0.0


def test_duration_in_fractional_days_of_elapsed_time(leads_set: MetricSet) -> None:
    # O1 40 days, O2 9.5 days: median 24.75; p90 = 9.5 + 0.9 × (40 − 9.5) = 36.95
    assert leads_set.get("sales_cycle_days").summary.last_week == approx(24.75)
    assert leads_set.get("cycle_p90").summary.last_week == approx(36.95)
    # no deal won in 2–8 Nov (covered): a median of nothing is null, never 0
    assert week_values(leads_set, "sales_cycle_days")[-2] is None


def test_parquet_records_give_the_same_numbers(compute_set: Compute) -> None:
    # the same leads as Parquet: timestamps typed (UTC), text dictionary-encoded on reading
    frame = pd.read_csv(io.StringIO(LEADS), dtype=str, keep_default_na=False)
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True, format="ISO8601")
    frame["meeting_at"] = pd.to_datetime(frame["meeting_at"], utc=True, format="ISO8601")
    frame["disqualified_reason"] = frame["disqualified_reason"].replace("", None)
    frame["amount"] = frame["amount"].astype(float)
    ms = compute_set(
        week_ending="2026-11-15",
        sources={"leads": frame},
        source_options={"leads": {"date_column": "created_at"}},
        config=TZ,
        metrics={
            "met": rec(filter={"meeting_at": {"not_null": True}}, label="Met"),
            "clean": rec(filter={"disqualified_reason": {"is_null": True}}, label="Clean"),
            "dq": rec(filter={"disqualified_reason": {"not_null": True}}, label="Disqualified"),
            "not_paid": rec(filter={"lead_source": {"ne": "paid_search"}}, label="Not paid"),
            "leads": rec(by="lead_source"),
        },
    )
    # as in the CSV tests: met 3 (L2, L3, L6), clean 3, disqualified 1 (L4);
    # not paid_search: L2, L6 → 2; by source: web_form 1, paid_search 2, trade_show 1
    assert [ms.get(m).summary.last_week for m in ("met", "clean", "dq", "not_paid")] == [
        3.0, 3.0, 1.0, 2.0,
    ]  # fmt: skip
    assert [ms.get(f"leads.{v}").summary.last_week for v in SOURCES_SEEN] == [2.0, 1.0, 1.0]


SOURCES_SEEN = ("paid_search", "trade_show", "web_form")


# --- the time-zone rule at midnight and across DST -------------------------------------------

# Chicago: CDT (UTC−5) until Sun 1 Nov 2026 02:00, then CST (UTC−6).
#   T1 2026-10-26T04:30:00Z = Sun 25 Oct 23:30 CDT → week ending 25 Oct (UTC would say Monday)
#   T2 2026-11-02T05:30:00Z = Sun 1 Nov 23:30 CST → week ending 1 Nov (a fixed −5 h offset would
#      say Monday 00:30)
#   T3 2026-11-01T23:30:00-06:00 = the same instant as T2, written with its offset → 1 Nov
#   T4 2026-11-02T06:00:00Z = Mon 2 Nov 00:00 CST → week ending 8 Nov (midnight starts the day)
#   T5 2026-11-08 23:59:59 (no offset: local time already) → week ending 8 Nov
#   T6 2026-10-19T05:00:00Z = Mon 19 Oct 00:00 CDT → week ending 25 Oct
TZ_LEADS = """lead_id,created_at
T1,2026-10-26T04:30:00Z
T2,2026-11-02T05:30:00Z
T3,2026-11-01T23:30:00-06:00
T4,2026-11-02T06:00:00Z
T5,2026-11-08 23:59:59
T6,2026-10-19T05:00:00Z
"""


def test_time_zone_at_midnight_and_across_dst(compute_set: Compute) -> None:
    ms = compute_set(
        week_ending="2026-11-08",
        sources={"leads": TZ_LEADS},
        source_options={"leads": {"date_column": "created_at"}},
        config=TZ,
        metrics={"leads": rec()},
    )
    # weeks ending 4, 11, 18 Oct: before the first record (19 Oct) → null;
    # 25 Oct: T6, T1; 1 Nov: T2, T3; 8 Nov: T4, T5
    assert week_values(ms, "leads") == [None, None, None, 2.0, 2.0, 2.0]


def test_utc_is_the_default_time_zone(compute_set: Compute) -> None:
    ms = compute_set(
        week_ending="2026-11-08",
        sources={"leads": TZ_LEADS},
        source_options={"leads": {"date_column": "created_at"}},
        metrics={"leads": rec()},
    )
    # in UTC: T6 Mon 19 Oct; T1 Mon 26 Oct; T2 Mon 2 Nov; T3 = 2 Nov 05:30Z; T4 Mon 2 Nov;
    # T5 Sun 8 Nov (naive = local = UTC) → 25 Oct: T6; 1 Nov: T1; 8 Nov: T2, T3, T4, T5
    assert week_values(ms, "leads")[-3:] == [1.0, 1.0, 4.0]


# --- validation errors, through the CLI --------------------------------------------------------


@pytest.mark.parametrize(
    ("metrics", "error"),
    [
        (
            {"leads": rec(date="closed_on")},
            "Error: source 'leads' (data/leads.csv): column 'closed_on' not found (columns: "
            "lead_id, created_at, lead_source, email_domain, meeting_at, disqualified_reason, "
            "amount)",
        ),
        (
            {"leads": rec(cohort={"within_days": 14})},
            "Error: metrics/metrics.yaml: metric 'leads': 'cohort' needs 'event': the column "
            "whose date completes the cohort, e.g. {event: meeting_at, within_days: 14}",
        ),
        (
            {"leads": rec(agg="median", duration={"from": "amount", "to": "meeting_at"})},
            "Error: source 'leads' (data/leads.csv): column 'amount' has a value that is not a "
            "date or timestamp: '10' on line 2; a record date, duration or cohort event needs "
            "dates or timestamps such as 2026-11-09T16:42:10Z",
        ),
        (
            {
                "leads": rec(by="lead_source"),
                "domains": rec(
                    agg="count_distinct", column="email_domain", label="Domains", by="email_domain"
                ),
                "per_domain": formula("leads / domains", by="lead_source"),
            },
            "Error: metrics/metrics.yaml: metric 'per_domain': 'by: lead_source' needs its "
            "operands broken down by 'lead_source', but 'domains' is broken down by "
            "'email_domain'",
        ),
        (
            {
                "leads": rec(),
                "per_lead": formula("leads / 2", by="lead_source"),
            },
            "Error: metrics/metrics.yaml: metric 'per_lead': 'by: lead_source' needs at least one "
            "operand broken down by 'lead_source' (give it by: lead_source)",
        ),
        (
            {
                "leads": rec(
                    target={"column": "leads_plan", "source": "plans"}, counter_metric="other"
                ),
                "other": rec(label="Other"),
            },
            "Error: metrics/metrics.yaml: metric 'leads': 'target' names unknown source 'plans' "
            "(sources in wbr.yaml: leads)",
        ),
        (
            {"leads": rec(agg="percentile", column="amount")},
            "Error: metrics/metrics.yaml: metric 'leads': 'agg' percentile needs 'percentile: N' "
            "(0-100), e.g. percentile: 90",
        ),
        (
            {"leads": rec(agg="median")},
            "Error: metrics/metrics.yaml: metric 'leads': 'column' is required (or give a "
            "'formula', 'duration', or agg: count)",
        ),
        (
            {"leads": rec(filter={"meeting_at": {"not_null": "yes"}})},
            "Error: metrics/metrics.yaml: metric 'leads': 'filter' 'not_null' on 'meeting_at' "
            "needs true or false",
        ),
        (
            {"leads": rec(by={"column": "lead_source", "values": {"web form": "Web"}})},
            "Error: metrics/metrics.yaml: metric 'leads': 'by' value 'web form' must be letters, "
            "digits and underscores (it becomes part of the metric id, e.g. leads.web_form)",
        ),
    ],
)
def test_each_validation_error_is_one_line(
    make_project: Callable[..., Path], metrics: dict[str, Any], error: str
) -> None:
    path = make_project(
        sources={"leads": LEADS}, source_options=SOURCE_OPTIONS, config=TZ, metrics=metrics
    )
    assert one_error(run_cli("validate", path)) == error


def test_data_through_before_the_last_record_is_an_error(make_project: Callable[..., Path]) -> None:
    path = make_project(
        sources={"leads": LEADS},
        source_options={"leads": {"date_column": "created_at", "data_through": "2026-11-20"}},
        config=TZ,
        metrics={"leads": rec()},
    )
    assert one_error(run_cli("validate", path)) == (
        "Error: source 'leads': data_through 2026-11-20 is before its last record (2026-11-24); "
        "remove data_through or correct it"
    )


def test_section_naming_an_unlisted_value_is_an_error(make_project: Callable[..., Path]) -> None:
    listed = {"column": "lead_source", "values": {"web_form": "Web form"}}
    path = make_project(
        sources={"leads": LEADS},
        source_options=SOURCE_OPTIONS,
        config={**TZ, "sections": [{"title": "T", "blocks": [{"metric": "leads.paid_search"}]}]},
        metrics={"leads": rec(by=listed)},
    )
    assert one_error(run_cli("validate", path)) == (
        "Error: wbr.yaml: 'sections[1]' (T) names unknown metric 'leads.paid_search'"
    )


def test_report_week_resolves_from_records(leads_set: MetricSet) -> None:
    assert leads_set.week_ending == d("2026-11-15")


# --- cohorts -----------------------------------------------------------------------------------


def cohort_set(compute_set: Compute, data_through: str) -> MetricSet:
    return compute_set(
        week_ending="2026-11-15",
        sources={"leads": LEADS},
        source_options={"leads": {"date_column": "created_at", "data_through": data_through}},
        config=TZ,
        metrics={
            "leads": rec(),
            "met_14d": rec(cohort={"event": "meeting_at", "within_days": 14}, label="Met"),
            "yield_14d": formula("met_14d / leads"),
        },
    )


def test_cohort_counts_day_14_but_not_day_15(compute_set: Compute) -> None:
    ms = cohort_set(compute_set, "2026-11-29")
    # report week: L2 met on day 14 (counts), L3 on day 15 (does not), L6 on day 0 (counts),
    # L4 never → 2; week ending 8 Nov: L1 on day 3 → 1; before 2 Nov: not covered → null
    assert week_values(ms, "met_14d")[-3:] == [None, 1.0, 2.0]
    # the yield is an ordinary formula over aggregated counts: 2 / 4 and 1 / 1
    assert week_values(ms, "yield_14d")[-2:] == [approx(1.0), approx(0.5)]


@pytest.mark.parametrize(
    ("data_through", "provisional"),
    # the week ending 15 Nov is mature exactly 14 days after it ends: once data reaches 29 Nov
    [("2026-11-28", True), ("2026-11-29", False)],
)
def test_cohort_week_matures_14_days_after_it_ends(
    compute_set: Compute, data_through: str, provisional: bool
) -> None:
    ms = cohort_set(compute_set, data_through)
    assert ms.get("met_14d").weeks[-1].provisional is provisional
    assert ms.get("yield_14d").weeks[-1].provisional is provisional  # a formula inherits it
    assert ms.get("leads").weeks[-1].provisional is False  # a plain count is final at once
    assert ms.get("met_14d").weeks[-2].provisional is False  # 8 Nov + 14 = 22 Nov: mature


# --- breakdowns --------------------------------------------------------------------------------

# marketing spend, a daily source with one row per day and lead source (1 Oct .. 24 Nov):
# web_form 10 a day, paid_search 20 a day; no trade_show row ever
SPEND = "date,lead_source,spend\n" + "".join(
    f"{day.isoformat()},{source},{amount}\n"
    for day in (d("2026-10-01") + dt.timedelta(days=i) for i in range(55))
    for source, amount in (("web_form", 10), ("paid_search", 20))
)


@pytest.fixture
def by_set(compute_set: Compute) -> MetricSet:
    return compute_set(
        week_ending="2026-11-15",
        sources={"leads": LEADS, "spend": SPEND},
        source_options=SOURCE_OPTIONS,
        config={**TZ, "sections": [{"title": "T", "blocks": [{"metric": "leads.partner"}]}]},
        metrics={
            "leads": rec(by="lead_source"),
            "domains": rec(
                agg="count_distinct", column="email_domain", label="Domains", by="lead_source"
            ),
            "all_domains": rec(agg="count_distinct", column="email_domain", label="All domains"),
            "median_amount": rec(agg="median", column="amount", label="Median", by="lead_source"),
            "marketing_spend": {
                "label": "Marketing spend", "unit": "currency", "direction": "lower_is_better",
                "source": "spend", "column": "spend", "by": "lead_source",
            },
            "cost_per_lead": formula(
                "marketing_spend / leads", label="Cost per lead", unit="currency",
                direction="lower_is_better", by="lead_source",
            ),
            "leads_per_domain": formula("leads / all_domains", by="lead_source"),
            "paid_share": formula("leads.paid_search / leads", label="Paid share"),
            "paid_leads": formula(
                "leads.paid_search", label="Paid leads", unit="count", target={"weekly": 1},
                counter_metric="cost_per_lead.paid_search",
            ),
        },
    )  # fmt: skip


def ids_of(ms: MetricSet, parent: str) -> list[str]:
    return [r.metric.id for r in ms.metrics if r.metric.parent == parent]


def test_breakdown_values_are_discovered_and_named(by_set: MetricSet) -> None:
    # values found in the window (sorted), then 'partner', named by a section only
    assert ids_of(by_set, "leads") == [
        "leads.paid_search", "leads.trade_show", "leads.web_form", "leads.partner",
    ]  # fmt: skip
    child = by_set.get("leads.web_form").metric
    assert (child.label, child.parent, child.by_value) == ("Leads — Web form", "leads", "web_form")


def test_breakdown_of_a_count(by_set: MetricSet) -> None:
    # report week: web_form L2; paid_search L3, L4; trade_show L6; partner none (covered → 0)
    # week ending 8 Nov: web_form L1 only, the others 0; week ending 1 Nov: not covered → null
    assert week_values(by_set, "leads.web_form")[-3:] == [None, 1.0, 1.0]
    assert week_values(by_set, "leads.paid_search")[-3:] == [None, 0.0, 2.0]
    assert week_values(by_set, "leads.trade_show")[-3:] == [None, 0.0, 1.0]
    assert week_values(by_set, "leads.partner")[-3:] == [None, 0.0, 0.0]
    assert by_set.get("leads").summary.last_week == 4.0  # the parent counts every lead


def test_breakdown_of_distinct_counts_and_medians(by_set: MetricSet) -> None:
    # report week domains: web_form {a}; paid_search {b, c}; trade_show {b}; overall {a, b, c}
    assert by_set.get("domains").summary.last_week == 3.0
    assert by_set.get("domains.paid_search").summary.last_week == 2.0
    assert by_set.get("domains.trade_show").summary.last_week == 1.0
    # amounts: web_form [20] → 20; paid_search [30, 40] → 35; trade_show [60] → 60
    assert by_set.get("median_amount.web_form").summary.last_week == 20.0
    assert by_set.get("median_amount.paid_search").summary.last_week == 35.0
    assert by_set.get("median_amount.trade_show").summary.last_week == 60.0
    # week ending 8 Nov: paid_search has no record → a median of nothing is null
    assert week_values(by_set, "median_amount.paid_search")[-2] is None


def test_breakdown_of_a_formula_from_aggregated_operands(by_set: MetricSet) -> None:
    # spend in the report week: web_form 7 × 10 = 70, paid_search 7 × 20 = 140, total 210
    assert by_set.get("marketing_spend.paid_search").summary.last_week == 140.0
    # cost per lead: overall 210 / 4 = 52.5; web_form 70 / 1; paid_search 140 / 2
    assert by_set.get("cost_per_lead").summary.last_week == approx(52.5)
    assert by_set.get("cost_per_lead.web_form").summary.last_week == approx(70.0)
    assert by_set.get("cost_per_lead.paid_search").summary.last_week == approx(70.0)
    # trade_show has no spend row (a daily source: missing, not 0) → null, never 0
    assert by_set.get("cost_per_lead.trade_show").summary.last_week is None
    # week ending 8 Nov: paid_search 140 / 0 leads → null (division by zero)
    assert week_values(by_set, "cost_per_lead.paid_search")[-2] is None
    # a company-wide operand enters each value whole: leads.paid_search / all domains = 2 / 3
    assert by_set.get("leads_per_domain.paid_search").summary.last_week == approx(2 / 3)
    # a child in an ordinary formula: 2 / 4
    assert by_set.get("paid_share").summary.last_week == approx(0.5)


def test_a_breakdown_in_a_target_and_a_pair(by_set: MetricSet) -> None:
    # paid_leads = leads.paid_search = 2 against a weekly target of 1 → met;
    # its counter-metric is the breakdown cost_per_lead.paid_search
    paid = by_set.get("paid_leads")
    assert paid.summary.last_week == 2.0
    assert paid.target is not None and paid.target.met is True
    assert [(p.metric, p.counter_metric) for p in by_set.pairs] == [
        ("paid_leads", "cost_per_lead.paid_search")
    ]


def test_breakdowns_in_the_json(by_set: MetricSet) -> None:
    doc = to_json_dict(by_set)
    child = next(m for m in doc["metrics"] if m["id"] == "cost_per_lead.web_form")
    assert (child["parent"], child["by"], child["by_value"]) == (
        "cost_per_lead", "lead_source", "web_form",
    )  # fmt: skip
    assert child["label"] == "Cost per lead — Web form"
    parent = next(m for m in doc["metrics"] if m["id"] == "leads")
    assert (parent["parent"], parent["by"], parent["by_value"]) == (None, "lead_source", None)


def test_listed_values_restrict_and_label(compute_set: Compute) -> None:
    listed = {"column": "lead_source", "values": {"web_form": "Web form", "partner": "Partners"}}
    ms = compute_set(
        week_ending="2026-11-15",
        sources={"leads": LEADS},
        source_options=SOURCE_OPTIONS,
        config=TZ,
        metrics={"leads": rec(by=listed)},
    )
    assert ids_of(ms, "leads") == ["leads.web_form", "leads.partner"]
    assert ms.get("leads.partner").metric.label == "Leads — Partners"
    # partner: no records, covered → 0; before coverage → null
    assert week_values(ms, "leads.partner")[-3:] == [None, 0.0, 0.0]
