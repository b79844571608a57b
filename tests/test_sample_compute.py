"""`wbr compute` on the sample project equals an independent pandas computation from its CSVs.

The expected values are computed here with plain pandas from the exports (never by calling wbr's
engine), the way an analyst would check the packet by hand: a record belongs to the business day
of its timestamp in Chicago, weeks run Monday to Sunday, the report week is 2026-11-09..15.
The figures in the comments were measured that way when the sample was generated.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from wbr.cli import cli

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "sample_data"
TZ = "America/Chicago"
WEEK = (pd.Timestamp("2026-11-09"), pd.Timestamp("2026-11-15"))
# the latest mature 14-day cohort week
MATURE_WEEK = (pd.Timestamp("2026-10-26"), pd.Timestamp("2026-11-01"))


def local_day(text: pd.Series) -> pd.Series:
    stamps = pd.to_datetime(text.replace("", None), utc=True, format="%Y-%m-%dT%H:%M:%SZ")
    return stamps.dt.tz_convert(TZ).dt.tz_localize(None).dt.normalize()


def within(day: pd.Series, week: tuple[pd.Timestamp, pd.Timestamp]) -> pd.Series:
    return (day >= week[0]) & (day <= week[1])


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("sample") / "metrics.json"
    result = CliRunner().invoke(cli, ["compute", str(REPO / "wbr.yaml"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["week_ending"] == "2026-11-15"
    return dict(json.loads(out.read_text(encoding="utf-8")))


def metric(doc: dict[str, Any], metric_id: str) -> dict[str, Any]:
    (found,) = [m for m in doc["metrics"] if m["id"] == metric_id]
    return dict(found)


def week_value(doc: dict[str, Any], metric_id: str, week_ending: str) -> Any:
    (point,) = [w for w in metric(doc, metric_id)["weeks"] if w["week_ending"] == week_ending]
    return point


@pytest.fixture(scope="module")
def leads() -> pd.DataFrame:
    frame = pd.read_csv(DATA / "crm_leads.csv", keep_default_na=False, dtype=str)
    frame["created_day"] = local_day(frame["created_at"])
    frame["meeting_day"] = local_day(frame["meeting_at"])
    return frame


def test_leads_last_week(doc: dict[str, Any], leads: pd.DataFrame) -> None:
    # 377 leads created from Monday 9 to Sunday 15 November, Chicago time.
    expected = int(within(leads["created_day"], WEEK).sum())
    assert expected == 377
    assert metric(doc, "leads")["summary"]["last_week"] == expected


def test_lead_to_meeting_rate_on_the_latest_mature_cohort_week(
    doc: dict[str, Any], leads: pd.DataFrame
) -> None:
    # Of the 293 leads created 26 Oct .. 1 Nov, 44 met within 14 days of their creation day
    # (day 14 counts): 44 / 293 = 15.02 %. That week matured on 15 Nov, exactly 14 days after it
    # ended; the two later weeks are still provisional.
    cohort = leads[within(leads["created_day"], MATURE_WEEK)]
    days = (cohort["meeting_day"] - cohort["created_day"]).dt.days
    met = int((days <= 14).sum())
    assert (met, len(cohort)) == (44, 293)
    point = week_value(doc, "lead_to_meeting_rate", "2026-11-01")
    assert point["value"] == pytest.approx(met / len(cohort), rel=1e-12)
    assert point["provisional"] is False
    assert week_value(doc, "lead_to_meeting_rate", "2026-11-08")["provisional"] is True
    assert week_value(doc, "lead_to_meeting_rate", "2026-11-15")["provisional"] is True


def test_cost_per_lead_paid_search_last_week(doc: dict[str, Any], leads: pd.DataFrame) -> None:
    # $17,045 of paid-search spend over 151 paid-search leads = $112.88 per lead.
    spend = pd.read_csv(DATA / "marketing_spend.csv", parse_dates=["date"])
    paid = spend[(spend["lead_source"] == "paid_search") & within(spend["date"], WEEK)]
    in_week = within(leads["created_day"], WEEK)
    count = int((in_week & (leads["lead_source"] == "paid_search")).sum())
    assert (int(paid["spend"].sum()), count) == (17_045, 151)
    value = metric(doc, "cost_per_lead.paid_search")["summary"]["last_week"]
    assert value == pytest.approx(paid["spend"].sum() / count, rel=1e-12)


def test_sales_cycle_days_last_week(doc: dict[str, Any]) -> None:
    # Median of (closed_at - created_at) in hours / 24 over the 9 deals won in the week: 86.15 days.
    opps = pd.read_csv(DATA / "crm_opportunities.csv", keep_default_na=False, dtype=str)
    won = opps[(opps["outcome"] == "won") & within(local_day(opps["closed_at"]), WEEK)]
    days = (
        pd.to_datetime(won["closed_at"], utc=True) - pd.to_datetime(won["created_at"], utc=True)
    ).dt.total_seconds() / 86_400
    assert len(won) == 9 and round(days.median(), 2) == 86.15
    value = metric(doc, "sales_cycle_days")["summary"]["last_week"]
    assert value == pytest.approx(days.median(), rel=1e-9)


def test_order_defect_rate_last_week(doc: dict[str, Any]) -> None:
    # 55 defective orders of the 648 shipped Monday 9 to Saturday 14 November: 8.49 %.
    orders = pd.read_csv(DATA / "erp_orders.csv", parse_dates=["shipped_on"])
    week = orders[within(orders["shipped_on"], WEEK)]
    flags = ["wrong_part", "incomplete", "not_invoiced", "wrong_address", "dropped_backorder"]
    defective = int(week[flags].sum().sum())
    assert (defective, len(week)) == (55, 648)
    value = metric(doc, "order_defect_rate")["summary"]["last_week"]
    assert value == pytest.approx(defective / len(week), rel=1e-12)
