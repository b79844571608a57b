"""The sample company's exports: their shape, and the rule each story in sample_data/README.md
must satisfy, checked with plain pandas on the CSV files (never with wbr's engine).

Weeks run Monday to Sunday and a record belongs to the business day of its timestamp in Chicago
(the sample's ``timezone:``). The report week is Monday 2026-11-09 to Sunday 2026-11-15.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "sample_data"
TZ = "America/Chicago"
REPORT_WEEK = pd.Timestamp("2026-11-15")
FILES = (
    "crm_leads.csv",
    "crm_opportunities.csv",
    "erp_orders.csv",
    "marketing_spend.csv",
    "plans.csv",
    "web_daily.csv",
)
DEFECTS = ["wrong_part", "incomplete", "not_invoiced", "wrong_address", "dropped_backorder"]


def local_day(text: pd.Series) -> pd.Series:
    """The Chicago business day (midnight, naive) of UTC timestamps; NaT where empty."""
    stamps = pd.to_datetime(text.replace("", None), utc=True, format="%Y-%m-%dT%H:%M:%SZ")
    return stamps.dt.tz_convert(TZ).dt.tz_localize(None).dt.normalize()


def week_ending(day: pd.Series) -> pd.Series:
    """The Sunday that closes each day's Monday-to-Sunday week."""
    return day + pd.to_timedelta((6 - day.dt.day_of_week) % 7, unit="D")


def xmr_limits(values: pd.Series) -> tuple[float, float, float]:
    """Centre line and natural process limits (X̄ ∓ 2.66 mR̄) of a baseline, as Wheeler defines."""
    centre = float(values.mean())
    mr_mean = float(values.diff().abs().mean())
    return centre, centre - 2.66 * mr_mean, centre + 2.66 * mr_mean


@pytest.fixture(scope="module")
def leads() -> pd.DataFrame:
    frame = pd.read_csv(DATA / "crm_leads.csv", keep_default_na=False, dtype=str)
    for column in ("created_at", "meeting_at", "qualified_at"):
        frame[column.replace("_at", "_day")] = local_day(frame[column])
    frame["week"] = week_ending(frame["created_day"])
    frame["met_14d"] = (frame["meeting_day"] - frame["created_day"]).dt.days <= 14
    return frame


@pytest.fixture(scope="module")
def opportunities() -> pd.DataFrame:
    frame = pd.read_csv(DATA / "crm_opportunities.csv", keep_default_na=False, dtype=str)
    for column in ("created_at", "quoted_at", "closed_at"):
        frame[column.replace("_at", "_ts")] = pd.to_datetime(
            frame[column].replace("", None), utc=True
        )
        frame[column.replace("_at", "_day")] = local_day(frame[column])
    frame["amount"] = frame["amount"].astype(float)
    frame["gross_margin"] = frame["gross_margin"].astype(float)
    return frame


@pytest.fixture(scope="module")
def orders() -> pd.DataFrame:
    frame = pd.read_csv(DATA / "erp_orders.csv", parse_dates=["shipped_on"])
    frame["week"] = week_ending(frame["shipped_on"])
    frame["defective"] = frame[DEFECTS].sum(axis=1)
    return frame


# --- shape of the exports ----------------------------------------------------------------------


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    # Seeded, no clock: a fresh run writes the committed files byte for byte.
    subprocess.run([sys.executable, str(DATA / "generate.py"), str(tmp_path)], check=True)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_files_are_small_enough_for_the_repository_and_the_wheel() -> None:
    for name in FILES:
        assert (DATA / name).stat().st_size < 5_000_000, name


def test_volumes_fit_a_45m_manufacturer(
    leads: pd.DataFrame, opportunities: pd.DataFrame, orders: pd.DataFrame
) -> None:
    assert 30_000 <= len(leads) <= 60_000  # tens of thousands of leads over four years
    assert 80_000 <= len(orders) <= 150_000  # on the order of 10^5 orders
    won_2025 = opportunities[
        (opportunities["outcome"] == "won") & (opportunities["closed_day"].dt.year == 2025)
    ]
    parts_2025 = orders.loc[orders["shipped_on"].dt.year == 2025, "order_value"].sum()
    # equipment won plus parts shipped: about $45 M a year
    assert 40e6 <= won_2025["amount"].sum() + parts_2025 <= 50e6


def test_leads_columns_and_time_zone(leads: pd.DataFrame) -> None:
    assert list(leads.columns[:8]) == [
        "lead_id", "created_at", "lead_source", "company", "email_domain", "meeting_at",
        "qualified_at", "disqualified_reason",
    ]  # fmt: skip
    assert leads["lead_id"].is_unique
    assert leads["created_at"].str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ").all()
    assert set(leads["lead_source"]) == {
        "web_form", "paid_search", "trade_show", "distributor_referral", "chatbot",
    }  # fmt: skip
    assert leads["created_day"].min() == pd.Timestamp("2023-01-01")
    assert leads["created_day"].max() == REPORT_WEEK
    # Some leads are created late in the Chicago evening: already the next day in UTC, so the
    # time-zone rule decides their week.
    utc_day = pd.to_datetime(leads["created_at"], utc=True).dt.tz_localize(None).dt.normalize()
    assert (utc_day > leads["created_day"]).sum() > 1000
    # Nothing after the export; a meeting never before its lead, a qualification never before
    # its meeting (and never without one).
    assert leads["meeting_day"].max() <= REPORT_WEEK
    met = leads["meeting_day"].notna()
    assert (leads.loc[met, "meeting_day"] >= leads.loc[met, "created_day"]).all()
    qualified = leads["qualified_day"].notna()
    assert (qualified <= met).all()
    assert (leads.loc[qualified, "qualified_day"] >= leads.loc[qualified, "meeting_day"]).all()
    # A lead still being worked has no disqualification reason; a qualified one never has one.
    assert (leads.loc[qualified, "disqualified_reason"] == "").all()


def test_opportunities_follow_their_leads(leads: pd.DataFrame, opportunities: pd.DataFrame) -> None:
    o = opportunities
    assert o["opportunity_id"].is_unique and o["lead_id"].is_unique
    lead = leads.set_index("lead_id")
    assert (o["lead_source"].to_numpy() == lead.loc[o["lead_id"], "lead_source"].to_numpy()).all()
    # an opportunity is created when its lead qualifies
    assert (o["created_at"].to_numpy() == lead.loc[o["lead_id"], "qualified_at"].to_numpy()).all()
    assert set(o["outcome"]) == {"won", "lost", "open"}
    is_open = o["outcome"] == "open"
    assert (o["closed_at"].eq("") == is_open).all()
    quoted = o["quoted_ts"].notna()
    assert (o.loc[quoted, "quoted_ts"] >= o.loc[quoted, "created_ts"]).all()
    closed_quoted = quoted & ~is_open
    assert (o.loc[closed_quoted, "closed_ts"] >= o.loc[closed_quoted, "quoted_ts"]).all()
    won = o["outcome"] == "won"
    assert (o["customer_id"].ne("") == won).all() and o.loc[won, "customer_id"].is_unique
    assert (o["loss_reason"].ne("") == (o["outcome"] == "lost")).all()
    assert (o.loc[won, "stage_reached"] == "won").all()
    assert (o["closed_day"].dropna() <= REPORT_WEEK).all()


def test_orders_flags_and_customers(orders: pd.DataFrame, opportunities: pd.DataFrame) -> None:
    assert orders["order_id"].is_unique
    assert orders[DEFECTS].isin([0, 1]).all().all()
    assert orders["defective"].max() == 1  # one defect type per defective order in this sample
    assert orders["shipped_on"].min() == pd.Timestamp("2023-01-02")
    assert orders["shipped_on"].max() <= REPORT_WEEK
    # new customers won from deals order parts only after their deal closed
    won = opportunities[opportunities["outcome"] == "won"].set_index("customer_id")
    new = orders[orders["customer_id"].isin(won.index)]
    assert len(new) > 5_000
    closed = won.loc[new["customer_id"], "closed_day"].to_numpy()
    assert (new["shipped_on"].to_numpy() > closed).all()


def test_spend_and_plans_are_daily(leads: pd.DataFrame) -> None:
    spend = pd.read_csv(DATA / "marketing_spend.csv", parse_dates=["date"])
    plans = pd.read_csv(DATA / "plans.csv", parse_dates=["date"])
    days = pd.date_range("2023-01-01", "2026-11-15")
    assert len(spend) == 5 * len(days) and set(spend["lead_source"]) == set(leads["lead_source"])
    assert (plans["date"] == days).all()
    assert list(plans.columns) == ["date", "leads_plan", "revenue_plan", "pipeline_plan"]


# --- the stories (sample_data/README.md states each rule) --------------------------------------


def weekly_cohort_yield(leads: pd.DataFrame, source: str | None = None) -> pd.DataFrame:
    sel = leads if source is None else leads[leads["lead_source"] == source]
    out = sel.groupby("week").agg(leads=("lead_id", "size"), met=("met_14d", "sum"))
    out["rate"] = out["met"] / out["leads"]
    return out


def test_story_1_cheap_lead_push(leads: pd.DataFrame) -> None:
    plans = pd.read_csv(DATA / "plans.csv", parse_dates=["date"])
    plan = plans.groupby(week_ending(plans["date"]))["leads_plan"].sum()
    weekly = weekly_cohort_yield(leads)
    last = weekly.loc[REPORT_WEEK, "leads"]
    before = weekly.loc[pd.Timestamp("2026-10-18") : pd.Timestamp("2026-11-08"), "leads"]
    # Leads: at least 35 % above plan and 20 % above the 4-week average in the report week.
    assert last >= 1.35 * plan[REPORT_WEEK]
    assert last >= 1.20 * before.mean()
    # Lead -> meeting within 14 days, on the latest mature cohort week (ending 2026-11-01, mature
    # on 2026-11-15): below the lower natural process limit of the 20 weeks ending 2026-10-11.
    baseline = weekly.loc[pd.Timestamp("2026-05-31") : pd.Timestamp("2026-10-11"), "rate"]
    assert len(baseline) == 20
    centre, lower, _ = xmr_limits(baseline)
    assert weekly.loc[pd.Timestamp("2026-11-01"), "rate"] < lower
    # ... while the push's two sources carry the extra leads.
    push = leads[leads["week"] == REPORT_WEEK]["lead_source"].value_counts()
    normal = leads[leads["week"] == pd.Timestamp("2026-10-11")]["lead_source"].value_counts()
    assert push["paid_search"] >= 1.8 * normal["paid_search"]
    assert push["chatbot"] >= 1.5 * normal["chatbot"]
    assert 0.17 <= centre <= 0.23


def test_story_2_shipments_up_defects_up(orders: pd.DataFrame) -> None:
    weekly = orders.groupby("week").agg(n=("order_id", "size"), defective=("defective", "sum"))
    weekly["rate"] = weekly["defective"] / weekly["n"]
    before = weekly.loc[pd.Timestamp("2026-10-18") : pd.Timestamp("2026-11-08")]
    last = weekly.loc[REPORT_WEEK]
    # Orders shipped: on the 600-a-week target and above the 4-week average.
    assert last["n"] >= 600 and last["n"] > before["n"].mean()
    # Defect rate, in the report week and in the latest mature week (defects are found within
    # 14 days: the week ending 2026-11-01): at least 100 bps above the mean of the 4 weekly rates
    # before it (the pair's tolerance) and above the upper natural process limit of the 20 weeks
    # ending 2026-10-11.
    baseline = weekly.loc[pd.Timestamp("2026-05-31") : pd.Timestamp("2026-10-11"), "rate"]
    assert len(baseline) == 20
    upper = xmr_limits(baseline)[2]
    for end in (REPORT_WEEK, pd.Timestamp("2026-11-01")):
        prior = weekly.loc[end - pd.Timedelta(days=28) : end - pd.Timedelta(days=7), "rate"]
        assert len(prior) == 4
        assert weekly.loc[end, "rate"] - prior.mean() >= 0.0100
        assert weekly.loc[end, "rate"] > upper
    month = orders["shipped_on"].dt.to_period("M")
    monthly = orders.groupby(month).agg(n=("order_id", "size"), defective=("defective", "sum"))
    monthly["rate"] = monthly["defective"] / monthly["n"]
    h1 = monthly.loc[pd.Period("2026-01") : pd.Period("2026-07"), "rate"]
    assert (h1 <= 0.056).all()
    aug, sep, oct_ = (monthly.loc[pd.Period(f"2026-{m:02d}"), "rate"] for m in (8, 9, 10))
    assert aug < sep < oct_
    # Mostly incomplete orders and dropped back-orders.
    mix_before = orders[orders["shipped_on"].dt.year == 2025][DEFECTS].sum()
    mix_now = orders[orders["week"] >= pd.Timestamp("2026-10-18")][DEFECTS].sum()
    growth = mix_now / mix_now.sum() - mix_before / mix_before.sum()
    assert set(growth.nlargest(2).index) == {"incomplete", "dropped_backorder"}


def test_story_3_distributor_referrals_rarely_meet_within_14_days(leads: pd.DataFrame) -> None:
    # Cohorts old enough to be final for both windows: leads created in 2025 and the first half
    # of 2026 (90 days before the export at the latest).
    mature = leads[(leads["created_day"] >= "2025-01-01") & (leads["created_day"] <= "2026-06-30")]
    quarter = mature["created_day"].dt.to_period("Q")
    within = mature.groupby([quarter, "lead_source"])["met_14d"].mean().unstack()
    ever = mature.groupby("lead_source")["meeting_day"].apply(lambda s: s.notna().mean())
    assert (within["distributor_referral"] < 0.10).all()
    others = within.drop(columns=["distributor_referral", "trade_show"])
    assert (others >= 0.17).all().all()
    # ... although distributor referrals meet more often than any other source in the end.
    assert ever["distributor_referral"] >= 0.40
    assert ever.idxmax() == "distributor_referral"


def test_story_4_deals_wait_longer_for_their_quote(opportunities: pd.DataFrame) -> None:
    o = opportunities
    wait = (o["quoted_ts"] - o["created_ts"]).dt.total_seconds() / 86_400
    cycle = (o["closed_ts"] - o["created_ts"]).dt.total_seconds() / 86_400
    h1 = (o["quoted_day"] >= "2026-01-01") & (o["quoted_day"] <= "2026-05-31")
    recent = o["quoted_day"] > REPORT_WEEK - pd.Timedelta(days=42)
    # The quote stage: median wait at least 3 times the first five months of 2026.
    assert wait[recent].median() >= 3 * wait[h1].median()
    won = o["outcome"] == "won"
    won_h1 = won & (o["closed_day"] >= "2026-01-01") & (o["closed_day"] <= "2026-05-31")
    won_recent = won & (o["closed_day"] > REPORT_WEEK - pd.Timedelta(days=42))
    # Sales cycle of deals won: up at least 12 days on the median; the win rate did not move.
    assert cycle[won_recent].median() >= cycle[won_h1].median() + 12
    closed = o["outcome"] != "open"
    rate = lambda sel: (won & sel).sum() / (closed & sel).sum()  # noqa: E731
    h1_closed = (o["closed_day"] >= "2026-01-01") & (o["closed_day"] <= "2026-05-31")
    recent_closed = o["closed_day"] > REPORT_WEEK - pd.Timedelta(days=91)
    assert abs(rate(recent_closed) - rate(h1_closed)) < 0.03
    assert np.isfinite(cycle[won_recent].median())
