"""Where the sample's leads alert comes from (issue #10): paid search's collapsing yield and rising
cost per meeting, as the owners' commentary on page 1 states them.

Every figure is recomputed here with plain pandas from the CSV exports (never with wbr), and the
commentary file must quote exactly these figures, so a regenerated sample cannot leave page 1
telling a stale story.
"""

from __future__ import annotations

import pandas as pd
import pytest
import yaml

from tests.test_sample_stories import DATA, local_day, week_ending, xmr_limits

BASELINE = ("2026-05-24", "2026-10-04")  # the 20 weeks that set the limits (26-week series)
LAST_4 = ("2026-10-25", "2026-11-15")  # the last 4 weeks, the report week included


@pytest.fixture(scope="module")
def paid_search() -> pd.DataFrame:
    """Per week: paid-search leads, those met within 14 days, meetings held, spend."""
    leads = pd.read_csv(DATA / "crm_leads.csv", keep_default_na=False, dtype=str)
    leads = leads[leads["lead_source"] == "paid_search"]
    created = local_day(leads["created_at"])
    met = local_day(leads["meeting_at"])
    by_created = pd.DataFrame(
        {"week": week_ending(created), "met_14d": (met - created).dt.days <= 14}
    ).groupby("week")
    weeks = pd.DataFrame({"leads": by_created.size(), "met_14d": by_created["met_14d"].sum()})
    weeks["meetings"] = week_ending(met.dropna()).value_counts()
    spend = pd.read_csv(DATA / "marketing_spend.csv", parse_dates=["date"])
    spend = spend[spend["lead_source"] == "paid_search"]
    weeks["spend"] = spend.groupby(week_ending(spend["date"]))["spend"].sum()
    weeks["yield_14d"] = weeks["met_14d"] / weeks["leads"]
    return weeks.fillna({"meetings": 0})


@pytest.fixture(scope="module")
def note() -> str:
    notes = yaml.safe_load((DATA / "commentary" / "2026-11-15.yaml").read_text(encoding="utf-8"))
    return " ".join(str(notes["leads"]).split())


def test_paid_search_leads_doubled(paid_search: pd.DataFrame, note: str) -> None:
    # 151 in the report week against 68 in the week ending 11 October, before the change
    assert paid_search.loc["2026-11-15", "leads"] == 151
    assert paid_search.loc["2026-10-11", "leads"] == 68
    assert "151 vs 68 in the week to 11 October" in note


def test_paid_search_yield_collapsed_below_its_lower_limit(
    paid_search: pd.DataFrame, note: str
) -> None:
    base = paid_search.loc[BASELINE[0] : BASELINE[1], "yield_14d"]
    assert len(base) == 20
    centre, lower, _ = xmr_limits(base)
    # mean of the 20 weekly yields 19.55 %; lower limit 16.28 %
    assert centre == pytest.approx(0.1955, abs=5e-5)
    assert lower == pytest.approx(0.1628, abs=5e-5)
    # the latest mature week (14-day window closed by the export): 13 of 104 met, 12.5 %
    latest = paid_search.loc["2026-11-01"]
    assert (latest["met_14d"], latest["leads"]) == (13, 104)
    assert latest["yield_14d"] < lower
    assert "from an average of 19.6 %" in note and "to 12.5 % in the week to 1 November" in note
    assert "lower limit of 16.3 %" in note


def test_paid_search_meetings_cost_more(paid_search: pd.DataFrame, note: str) -> None:
    def cost_per_meeting(span: tuple[str, str]) -> float:
        rows = paid_search.loc[span[0] : span[1]]
        return float(rows["spend"].sum() / rows["meetings"].sum())

    # last 4 weeks: $13,793 + $15,467 + $15,648 + $17,045 = $61,953 for 15 + 9 + 15 + 18 = 57
    rows = paid_search.loc[LAST_4[0] : LAST_4[1]]
    assert rows["spend"].tolist() == [13793, 15467, 15648, 17045]
    assert rows["meetings"].tolist() == [15, 9, 15, 18]
    assert cost_per_meeting(LAST_4) == pytest.approx(61953 / 57)  # $1,086.89
    assert cost_per_meeting(BASELINE) == pytest.approx(813.34, abs=0.01)
    assert "$1,087 over the last 4 weeks against $813" in note


def test_the_defect_rate_note_quotes_the_orders(note_defects: str) -> None:
    orders = pd.read_csv(DATA / "erp_orders.csv", parse_dates=["shipped_on"])
    orders["week"] = week_ending(orders["shipped_on"])
    flags = ["wrong_part", "incomplete", "not_invoiced", "wrong_address", "dropped_backorder"]
    weekly = orders.groupby("week").agg(
        shipped=("order_id", "size"), **{f: (f, "sum") for f in flags}
    )
    weekly["defective"] = weekly[flags].sum(axis=1)  # one defect type per order in the sample
    weekly["rate"] = weekly["defective"] / weekly["shipped"]
    _, _, upper = xmr_limits(weekly.loc[BASELINE[0] : BASELINE[1], "rate"])
    # the latest mature week (claims accepted for 14 days): 49 of 626 = 7.83 %, upper limit 5.92 %
    assert weekly.loc["2026-11-01", ["defective", "shipped"]].tolist() == [49, 626]
    assert upper == pytest.approx(0.0592, abs=5e-5)
    # the report week: 23 incomplete + 15 dropped back-orders of 55 defective orders
    week = weekly.loc["2026-11-15"]
    assert (week["incomplete"], week["dropped_backorder"], week["defective"]) == (23, 15, 55)
    assert "7.8 % in the week to 1 November" in note_defects
    assert "above the 5.9 % upper limit" in note_defects
    assert "38 of this week's 55 defective orders" in note_defects


@pytest.fixture(scope="module")
def note_defects() -> str:
    notes = yaml.safe_load((DATA / "commentary" / "2026-11-15.yaml").read_text(encoding="utf-8"))
    return " ".join(str(notes["order_defect_rate"]).split())
