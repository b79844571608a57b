"""The Pareto block (issue #10 §2): rates and shares of the report week, sorted, with changes in
basis points of the rate and the rate's own signal. Every golden number is worked out by hand.

Daily totals, 2024-01-01 .. Sunday 2025-03-02 (the report week: Mon 24 Feb - Sun 2 Mar 2025):
- 2024: shipped 100, a 2, b 1, c 0 per day;
- 2025 before the report week: shipped 100, a 1, b 1, c 1 per day;
- the report week: shipped 140, a 3, b 1 per day, c 2 on Wed 26 Feb only.
So the report week: shipped 980, a 21, b 7, c 2 (30 defects); the prior-year week (26 Feb -
3 Mar 2024): shipped 700, a 14, b 7, c 0; the four weeks before (27 Jan - 23 Feb 2025): shipped
2,800, a 28, b 28, c 28.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import d, days
from wbr.cli import cli
from wbr.project import load_project
from wbr.report import build_metric_set, metric_set_json

approx = pytest.approx
WE = "2025-03-02"


def defects_csv() -> str:
    lines = ["date,shipped,a,b,c"]
    for day in days("2024-01-01", WE):
        if day >= d("2025-02-24"):
            row = (140, 3, 1, 2 if day == d("2025-02-26") else 0)
        elif day.year == 2025:
            row = (100, 1, 1, 1)
        else:
            row = (100, 2, 1, 0)
        lines.append(f"{day},{','.join(map(str, row))}")
    return "\n".join(lines) + "\n"


def count(column: str, label: str, direction: str = "lower_is_better") -> dict[str, Any]:
    return {"label": label, "unit": "count", "direction": direction, "source": "o",
            "column": column}  # fmt: skip


CATALOGUE = {
    "shipped": count("shipped", "Orders shipped", "higher_is_better"),
    "a": count("a", "Wrong part"),
    "b": count("b", "Incomplete"),
    "c": count("c", "Wrong address"),
}


def pareto_section(**extra: Any) -> list[dict[str, Any]]:
    block = {"total": "shipped", "metrics": ["c", "b", "a"], **extra}
    return [{"title": "Fulfilment", "blocks": [{"pareto": block}]}]


@pytest.fixture
def doc(make_project: Callable[..., Path]) -> dict[str, Any]:
    path = make_project(
        sources={"o": defects_csv()},
        metrics=CATALOGUE,
        config={"week_ending": WE, "sections": pareto_section(title="Defects")},
    )
    ms = build_metric_set(load_project(path))
    return dict(json.loads(metric_set_json(ms)))


def test_categories_are_sorted_by_count_with_rates_and_shares(doc: dict[str, Any]) -> None:
    (p,) = doc["pareto"]
    assert (p["title"], p["total"], p["week_ending"]) == ("Defects", "shipped", WE)
    cats = p["categories"]
    assert [c["metric"] for c in cats] == ["a", "b", "c"]  # 21 > 7 > 2, listed c, b, a
    assert [c["count"] for c in cats] == [21.0, 7.0, 2.0]
    # rate = count / 980 shipped
    assert [c["rate"] for c in cats] == approx([21 / 980, 7 / 980, 2 / 980], rel=1e-12)
    # share of the 30 defects, and cumulative
    assert [c["share"] for c in cats] == approx([0.7, 7 / 30, 2 / 30], rel=1e-12)
    assert [c["cumulative_share"] for c in cats] == approx([0.7, 28 / 30, 1.0], rel=1e-12)
    assert (p["total_count"], p["count"]) == (980.0, 30.0)
    # c was 0 in every week of 2024, so in most of the baseline (Sep 2024 - Jan 2025) of its
    # rate: rare events, which get no limits (wbr.signals.xmr)
    assert cats[2]["signal"] == {"status": "too_little_data", "rules": [], "direction": None,
                                 "provisional": False, "rare_events": True}  # fmt: skip
    assert p["rate"] == approx(30 / 980, rel=1e-12)  # 3.0612 %


def test_changes_are_basis_points_of_the_rate_not_counts(doc: dict[str, Any]) -> None:
    (p,) = doc["pareto"]
    a, b, c = p["categories"]
    # vs prior year: a 21/980 = 2.142857 % vs 14/700 = 2 %: +14.2857 bps (its count is +50 %)
    assert a["prior_year_count"] == 14.0
    assert a["prior_year_rate"] == approx(0.02, rel=1e-12)
    assert a["rate_yoy_bps"] == approx((21 / 980 - 0.02) * 1e4, rel=1e-9)  # +14.29
    # b: the same 7 defects on 40 % more orders: 0.714 % vs 1 %, -28.57 bps
    assert b["rate_yoy_bps"] == approx((7 / 980 - 0.01) * 1e4, rel=1e-9)
    # c: 0 a year ago
    assert c["rate_yoy_bps"] == approx(2 / 980 * 1e4, rel=1e-9)  # +20.41
    # vs the four weeks before, pooled: 28 / 2,800 = 1 % for each
    assert [x["four_week_count"] for x in (a, b, c)] == [28.0, 28.0, 28.0]
    assert [x["four_week_rate"] for x in (a, b, c)] == approx([0.01] * 3, rel=1e-12)
    assert a["rate_vs_4wk_bps"] == approx((21 / 980 - 0.01) * 1e4, rel=1e-9)  # +114.29
    assert c["rate_vs_4wk_bps"] == approx((2 / 980 - 0.01) * 1e4, rel=1e-9)  # -79.59
    # shares of defects move too: a 70 % vs 14/21 a year ago and 1/3 over the 4 weeks
    assert a["share_yoy_bps"] == approx((0.7 - 14 / 21) * 1e4, rel=1e-9)  # +333.3
    assert a["share_vs_4wk_bps"] == approx((0.7 - 1 / 3) * 1e4, rel=1e-9)  # +3,666.7
    # all defects: 30/980 vs 21/700 = 3 % a year ago and 84 / 2,800 = 3 % over the 4 weeks
    assert p["rate_yoy_bps"] == approx((30 / 980 - 0.03) * 1e4, rel=1e-9)  # +6.12
    assert p["rate_vs_4wk_bps"] == approx((30 / 980 - 0.03) * 1e4, rel=1e-9)
    assert (p["prior_year_total"], p["four_week_total"]) == (700.0, 2800.0)


def signal_csv() -> str:
    """Shipped 64 a day; d 1 and e 1 a day (rates 1/64 exactly, so that the baseline's mean is
    exact too); in the report week shipped doubles to 128 and d to 2 a day (rate still 1/64),
    while e quadruples to 4 (rate 1/32)."""
    lines = ["date,shipped,d,e"]
    for day in days("2024-06-01", WE):
        late = day >= d("2025-02-24")
        lines.append(f"{day},{128 if late else 64},{2 if late else 1},{4 if late else 1}")
    return "\n".join(lines) + "\n"


def test_the_signal_is_the_rates_not_the_counts(make_project: Callable[..., Path]) -> None:
    path = make_project(
        sources={"o": signal_csv()},
        metrics={
            "shipped": count("shipped", "Orders shipped", "higher_is_better"),
            "d": count("d", "Wrong part"),
            "e": count("e", "Incomplete"),
        },
        config={
            "week_ending": WE,
            "sections": [
                {"title": "F", "blocks": [{"pareto": {"total": "shipped", "metrics": ["d", "e"]}}]}
            ],
        },
    )
    ms = build_metric_set(load_project(path))
    # the count of d doubled (7 -> 14 a week): beyond its (zero-width) limits as a count ...
    d_signals = ms.get("d").signals
    assert d_signals is not None and d_signals.this_week
    (p,) = json.loads(metric_set_json(ms))["pareto"]
    by = {c["metric"]: c for c in p["categories"]}
    # ... but its rate is 14 / 896 = 1/64, as in every week of the baseline: routine
    assert by["d"]["signal"] == {"status": "routine", "rules": [], "direction": None,
                                 "provisional": False, "rare_events": False}  # fmt: skip
    # e: 28 / 896 = 1/32 against limits at exactly 1/64 (no variation): outside, and a jump of
    # 1/64 above an upper range limit of 0 (range); up is bad for a defect
    assert by["e"]["signal"] == {"status": "signal", "rules": ["outside", "range"],
                                 "direction": "bad", "provisional": False,
                                 "rare_events": False}  # fmt: skip
    assert by["e"]["rate_vs_4wk_bps"] == approx(1e4 / 64, rel=1e-9)  # 3.125 % vs 1.5625 %
    assert by["d"]["rate_vs_4wk_bps"] == approx(0.0, abs=1e-9)


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (
            {"total": "shipped", "metrics": ["a", "nope"]},
            "Error: wbr.yaml: 'sections[1]' (Fulfilment) names unknown metric 'nope'",
        ),
        (
            {"total": "shipped_all", "metrics": ["a", "b"]},
            "Error: wbr.yaml: 'sections[1]' (Fulfilment): pareto 'total' names unknown metric "
            "'shipped_all'",
        ),
        (
            {"total": "shipped", "metrics": ["a"]},
            "Error: wbr.yaml: 'sections[1].blocks[1]' pareto needs 'metrics': a list of at least "
            "two category metric ids",
        ),
        (
            {"total": "shipped", "metrics": ["a", "b"], "colour": "red"},
            "Error: wbr.yaml: 'sections[1].blocks[1]' pareto has unknown keys ['colour'] (known: "
            "metrics, title, total)",
        ),
    ],
)
def test_bad_pareto_blocks_are_one_error_line(
    make_project: Callable[..., Path], block: dict[str, Any], message: str
) -> None:
    path = make_project(
        sources={"o": defects_csv()},
        metrics=CATALOGUE,
        config={"sections": [{"title": "Fulfilment", "blocks": [{"pareto": block}]}]},
    )
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [message]
