"""Benchmark record-level sources (issue #9): load, compute and peak memory, CSV and Parquet.

Synthetic CRM and ERP exports over four years (2023-01-01 .. 2026-11-15): 10⁶ lead records
(UTC timestamps, 5 lead sources, nullable meeting/qualified timestamps) and 3 × 10⁶ order records
(5 regions, 0/1 defect flags), read by 60 metrics: counts, sums, means, distinct counts, medians,
90th percentiles and durations, 5-way breakdowns (`by:`), cohorts and rate formulas, with the
natural process limits of issue #8 on. Each measurement runs in a fresh process (so peak memory
is that run's own): load = wbr.yaml + metric files + sources, compute = the whole metric set;
cpu = the process's CPU seconds for both (all threads), a figure less at the mercy of other load.

    python benchmarks/bench_records.py             # Parquet at 1/4, 1/2 and 1 scale, CSV at 1
    python benchmarks/bench_records.py 0.1         # one scale, both formats
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

LEADS = 1_000_000
ORDERS = 3_000_000
START = pd.Timestamp("2023-01-01", tz="UTC")
END = pd.Timestamp("2026-11-16", tz="UTC")  # exclusive; the report week ends 2026-11-15
SOURCES = np.array(["web_form", "paid_search", "trade_show", "distributor_referral", "chatbot"])
REGIONS = np.array(["north", "south", "east", "west", "export"])


def _timestamps(rng: np.random.Generator, n: int) -> pd.Series:
    span = (END - START).value
    return pd.Series(pd.to_datetime(np.sort(rng.integers(0, span, n)) + START.value, utc=True))


def write_sources(root: Path, scale: float, fmt: str) -> None:
    """The two exports at ``scale`` × (10⁶ leads, 3 × 10⁶ orders), as .csv or .parquet."""
    rng = np.random.default_rng(9)
    n = int(LEADS * scale)
    created = _timestamps(rng, n)
    wait_days = rng.exponential(9.0, n)
    met = rng.random(n) < 0.35
    meeting = (created + pd.to_timedelta(wait_days, unit="D")).where(met)
    qualified = (meeting + pd.to_timedelta(rng.exponential(20.0, n), unit="D")).where(
        rng.random(n) < 0.4
    )
    leads = pd.DataFrame(
        {
            "lead_id": np.arange(n),
            "created_at": created,
            "lead_source": SOURCES[rng.integers(0, 5, n)],
            "email_domain": np.char.add("d", rng.integers(0, 50_000, n).astype(str)),
            "meeting_at": meeting,
            "qualified_at": qualified,
            "disqualified_reason": np.where(rng.random(n) < 0.1, "spam", None),
            "lead_value": rng.gamma(2.0, 500.0, n).round(2),
        }
    )
    m = int(ORDERS * scale)
    shipped = _timestamps(rng, m).dt.tz_convert("America/Chicago").dt.date
    orders = pd.DataFrame(
        {
            "order_id": np.arange(m),
            "customer_id": rng.integers(0, 20_000, m),
            "shipped_on": pd.to_datetime(shipped),
            "region": REGIONS[rng.integers(0, 5, m)],
            "order_value": rng.gamma(3.0, 400.0, m).round(2),
            "gross_margin": rng.gamma(3.0, 120.0, m).round(2),
            **{
                flag: (rng.random(m) < p).astype(np.int8)
                for flag, p in (
                    ("wrong_part", 0.01), ("incomplete", 0.02), ("not_invoiced", 0.005),
                    ("wrong_address", 0.003), ("dropped_backorder", 0.01),
                )
            },
        }
    )  # fmt: skip
    if fmt == "parquet":
        leads.to_parquet(root / "leads.parquet", index=False)
        orders.to_parquet(root / "orders.parquet", index=False)
    else:
        for col in ("created_at", "meeting_at", "qualified_at"):
            leads[col] = leads[col].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        orders["shipped_on"] = orders["shipped_on"].dt.strftime("%Y-%m-%d")
        leads.to_csv(root / "leads.csv", index=False)
        orders.to_csv(root / "orders.csv", index=False)


def _metric(source: str, label: str, **body: Any) -> dict[str, Any]:
    return {"label": label, "unit": "count", "direction": "higher_is_better", "source": source,
            **body}  # fmt: skip


def _rate(text: str, **body: Any) -> dict[str, Any]:
    return {"label": text, "unit": "percent", "direction": "higher_is_better", "formula": text,
            **body}  # fmt: skip


def metrics() -> dict[str, dict[str, Any]]:
    """60 metrics; 26 of them broken down 5 ways (130 more series)."""
    by_source = {"by": "lead_source"}
    by_region = {"by": "region"}
    cycle = {"from": "created_at", "to": "meeting_at"}
    out: dict[str, dict[str, Any]] = {
        "leads": _metric("leads", "Leads", agg="count", **by_source),
        "leads_all": _metric("leads", "Leads (all)", agg="count"),
        "leads_clean": _metric("leads", "Clean leads", agg="count",
                               filter={"disqualified_reason": {"is_null": True}}, **by_source),
        "leads_met_14d": _metric("leads", "Met in 14 days", agg="count",
                                 cohort={"event": "meeting_at", "within_days": 14}, **by_source),
        "leads_met_30d": _metric("leads", "Met in 30 days", agg="count",
                                 cohort={"event": "meeting_at", "within_days": 30}),
        "meetings": _metric("leads", "Meetings", agg="count", date="meeting_at", **by_source),
        "qualified": _metric("leads", "Qualified", agg="count", date="qualified_at", **by_source),
        "meetings_qualified_30d": _metric(
            "leads", "Qualified in 30 days", agg="count", date="meeting_at",
            cohort={"event": "qualified_at", "within_days": 30}, **by_source),
        "domains": _metric("leads", "Domains", agg="count_distinct", column="email_domain",
                           **by_source),
        "lead_value": _metric("leads", "Lead value", agg="sum", column="lead_value", **by_source),
        "lead_value_mean": _metric("leads", "Mean lead value", agg="mean", column="lead_value"),
        "lead_value_median": _metric("leads", "Median lead value", agg="median",
                                     column="lead_value", **by_source),
        "lead_value_p90": _metric("leads", "P90 lead value", percentile=90,
                                  column="lead_value"),
        "days_to_meeting": _metric("leads", "Days to meeting", agg="median", duration=cycle,
                                   date="meeting_at", **by_source),
        "days_to_meeting_p90": _metric("leads", "P90 days to meeting", percentile=90,
                                       duration=cycle, date="meeting_at"),
        "days_to_meeting_mean": _metric("leads", "Mean days to meeting", agg="mean",
                                        duration=cycle, date="meeting_at"),
        "orders": _metric("orders", "Orders", agg="count", **by_region),
        "orders_all": _metric("orders", "Orders (all)", agg="count"),
        "customers": _metric("orders", "Customers", agg="count_distinct", column="customer_id",
                             **by_region),
        "order_value": _metric("orders", "Order value", agg="sum", column="order_value",
                               **by_region),
        "gross_margin": _metric("orders", "Gross margin", agg="sum", column="gross_margin",
                                **by_region),
        "order_value_mean": _metric("orders", "Mean order", agg="mean", column="order_value",
                                    **by_region),
        "order_value_median": _metric("orders", "Median order", agg="median",
                                      column="order_value", **by_region),
        "order_value_p90": _metric("orders", "P90 order", percentile=90, column="order_value",
                                   **by_region),
        "order_value_max": _metric("orders", "Largest order", agg="max", column="order_value"),
        "big_orders": _metric("orders", "Big orders", agg="count",
                              filter={"order_value": {"gt": 2000}}, **by_region),
    }  # fmt: skip
    flags = ("wrong_part", "incomplete", "not_invoiced", "wrong_address", "dropped_backorder")
    for flag in flags:
        out[f"orders_{flag}"] = _metric("orders", flag, agg="sum", column=flag, **by_region)
        out[f"{flag}_rate"] = _rate(f"orders_{flag} / orders", **by_region)
    out["defective_orders"] = _rate(" + ".join(f"orders_{f}" for f in flags), unit="count")
    rates = {
        "lead_to_meeting_rate": "leads_met_14d / leads",
        "clean_share": "leads_clean / leads",
        "meeting_to_qualified_rate": "meetings_qualified_30d / meetings",
        "qualified_per_meeting": "qualified / meetings",
        "value_per_lead": "lead_value / leads",
        "domains_per_lead": "domains / leads",
        "big_order_share": "big_orders / orders",
        "margin_pct": "gross_margin / order_value",
        "value_per_customer": "order_value / customers",
        "orders_per_customer": "orders / customers",
    }
    for name, text in rates.items():
        out[name] = _rate(
            text, by="region" if "order" in text or "margin" in text else "lead_source"
        )
    out["order_defect_rate"] = _rate("defective_orders / orders_all")
    out["perfect_order_rate"] = _rate("1 - defective_orders / orders_all")
    out["lead_to_order"] = _rate("orders_all / leads_all")
    out["met_30_vs_14"] = _rate("leads_met_30d / leads_all")
    out["lead_value_spread"] = _rate("lead_value_p90 - lead_value_median")
    out["order_spread"] = _rate("order_value_p90 - order_value_median")
    out["meeting_speed_gap"] = _rate("days_to_meeting_p90 - days_to_meeting")
    out["margin_per_order"] = _rate("gross_margin / orders")
    out["defects_per_customer"] = _rate("defective_orders / customers")
    out["leads_disqualified"] = _metric(
        "leads", "Disqualified", agg="count", filter={"disqualified_reason": {"not_null": True}}
    )
    out["customers_all"] = _metric("orders", "Customers (all)", agg="count_distinct",
                                   column="customer_id")  # fmt: skip
    out["order_value_min"] = _metric("orders", "Smallest order", agg="min", column="order_value")
    out["last_order_value"] = _metric("orders", "Last order", agg="last", column="order_value")
    assert len(out) == 60, len(out)
    return out


def write_project(root: Path, fmt: str) -> Path:
    (root / "metrics").mkdir()
    (root / "metrics" / "all.yaml").write_text(yaml.safe_dump(metrics(), sort_keys=False))
    config = {
        "title": "Records benchmark",
        "week_ending": "2026-11-15",
        "timezone": "America/Chicago",
        "sources": {
            "leads": {
                "path": f"leads.{fmt}",
                "date_column": "created_at",
                "data_through": "2026-11-15",
            },
            "orders": {
                "path": f"orders.{fmt}",
                "date_column": "shipped_on",
                "data_through": "2026-11-15",
            },
        },  # fmt: skip
        "metrics": ["metrics/*.yaml"],
    }
    (root / "wbr.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    return root / "wbr.yaml"


def measure(config: str) -> None:
    """Child process: time load and compute, print JSON with the peak resident memory."""
    from wbr.project import load_project
    from wbr.report import build_metric_set, load_data

    t0, c0 = time.perf_counter(), time.process_time()
    project = load_project(config)
    data = load_data(project)
    t1 = time.perf_counter()
    metric_set = build_metric_set(project, data=data)
    t2, c2 = time.perf_counter(), time.process_time()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"load": t1 - t0, "compute": t2 - t1, "cpu": c2 - c0, "peak_mb": peak_mb,
                      "series": len(metric_set.metrics)}))  # fmt: skip


def run(scale: float, fmt: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_sources(root, scale, fmt)
        config = write_project(root, fmt)
        out = subprocess.run(
            [sys.executable, __file__, "--measure", str(config)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
        return result


def main() -> None:
    if sys.argv[1:2] == ["--measure"]:
        measure(sys.argv[2])
        return
    scales = [float(a) for a in sys.argv[1:]]
    plan = [(s, f) for s in scales for f in ("parquet", "csv")] or [
        (0.25, "parquet"), (0.5, "parquet"), (1.0, "parquet"), (1.0, "csv"),
    ]  # fmt: skip
    print(
        f"{'format':>7} {'leads':>9} {'orders':>9} {'series':>6} {'load s':>7} "
        f"{'compute s':>9} {'total s':>8} {'cpu s':>6} {'peak MB':>8}"
    )
    for scale, fmt in plan:
        r = run(scale, fmt)
        print(
            f"{fmt:>7} {int(LEADS * scale):>9,} {int(ORDERS * scale):>9,} {int(r['series']):>6} "
            f"{r['load']:>7.2f} {r['compute']:>9.2f} {r['load'] + r['compute']:>8.2f} "
            f"{r['cpu']:>6.2f} {r['peak_mb']:>8.0f}"
        )


if __name__ == "__main__":
    main()
