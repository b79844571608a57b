"""Unit economics by source (issue #10 §3), worked out by hand; "no spend booked" and "—".

Daily totals per channel, 2024-01-01 .. Sunday 2025-03-02:
- web: spend 10, leads 2 every day; 1 customer every Monday;
- show: leads 1 every day, no customer ever; spend 700 on Wed 2025-02-26 and 350 on 2024-02-28;
- fair: leads 1 every day, never any spend; 1 customer on 2025-02-26.
The last 4 weeks: 3 Feb - 2 Mar 2025 (28 days; Mondays 3, 10, 17, 24 Feb), against 5 Feb -
3 Mar 2024 (Mondays 5, 12, 19, 26 Feb).
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
BY = {"column": "channel", "values": {"web": "Web", "show": "Show", "fair": "Fair"}}
WORDS = {"operand": "spend", "reads": "no spend booked"}


def channels_csv() -> str:
    lines = ["date,channel,spend,leads,customers"]
    show_spend = {d("2025-02-26"): 700, d("2024-02-28"): 350}
    for day in days("2024-01-01", WE):
        lines.append(f"{day},web,10,2,{1 if day.weekday() == 0 else 0}")
        lines.append(f"{day},show,{show_spend.get(day, 0)},1,0")
        lines.append(f"{day},fair,0,1,{1 if day == d('2025-02-26') else 0}")
    return "\n".join(lines) + "\n"


def catalogue() -> dict[str, Any]:
    def column(name: str) -> dict[str, Any]:
        return {"label": name.capitalize(), "unit": "count", "direction": "higher_is_better",
                "source": "m", "column": name, "by": BY}  # fmt: skip

    def cost(label: str, formula: str, **extra: Any) -> dict[str, Any]:
        return {"label": label, "unit": "currency", "direction": "lower_is_better",
                "formula": formula, "by": BY, **extra}  # fmt: skip

    return {
        "spend": {**column("spend"), "unit": "currency"},
        "leads": column("leads"),
        "customers": column("customers"),
        "cost_per_lead": cost("Cost per lead", "spend / leads", when_zero=WORDS),
        "cac": cost("CAC", "spend / customers", when_zero=WORDS),
        "ltv_to_cac": {
            "label": "LTV / CAC",
            "unit": "number",
            "direction": "higher_is_better",
            "formula": "1000 / cac",
            "by": BY,
        },
        "share": {
            "label": "Share",
            "unit": "percent",
            "direction": "higher_is_better",
            "formula": "leads / 100",
        },
    }


def block(period: str, **extra: Any) -> dict[str, Any]:
    metrics = ["cost_per_lead", "cac", "ltv_to_cac"]
    return {"unit_economics": {"by": "channel", "period": period, "metrics": metrics, **extra}}


def compute_doc(make_project: Callable[..., Path], *blocks: dict[str, Any]) -> dict[str, Any]:
    path = make_project(
        sources={"m": channels_csv()},
        metrics=catalogue(),
        config={"week_ending": WE, "sections": [{"title": "Costs", "blocks": list(blocks)}]},
    )
    return dict(json.loads(metric_set_json(build_metric_set(load_project(path)))))


def cells(doc: dict[str, Any], k: int = 0) -> dict[str, dict[str, Any]]:
    """label -> metric id -> cell, of the k-th unit_economics block."""
    return {r["label"]: r["cells"] for r in doc["unit_economics"][k]["rows"]}


def test_last_4_weeks_are_ratios_of_the_spans_totals(make_project: Callable[..., Path]) -> None:
    doc = compute_doc(make_project, block("last_4_weeks"))
    u = doc["unit_economics"][0]
    assert (u["period"], u["start"], u["end"]) == ("last_4_weeks", "2025-02-03", WE)
    assert (u["prior_year_start"], u["prior_year_end"]) == ("2024-02-05", "2024-03-03")
    assert [r["label"] for r in u["rows"]] == ["All sources", "Web", "Show", "Fair"]
    assert [r["by_value"] for r in u["rows"]] == [None, "web", "show", "fair"]
    c = cells(doc)
    # all: spend 280 + 700 + 0 = 980 over 56 + 28 + 28 = 112 leads; a year ago 630 / 112
    total = c["All sources"]
    assert total["cost_per_lead"]["value"] == approx(8.75, rel=1e-12)
    assert total["cost_per_lead"]["prior_year"] == approx(5.625, rel=1e-12)
    assert total["cost_per_lead"]["change"] == approx(8.75 / 5.625 - 1, rel=1e-12)  # +55.6 %
    # CAC: 980 / (4 web + 1 fair) = 196; a year ago 630 / 4 = 157.5
    assert total["cac"]["value"] == approx(196.0, rel=1e-12)
    assert total["cac"]["change"] == approx(196 / 157.5 - 1, rel=1e-12)  # +24.4 %
    # LTV / CAC = 1000 / 196; a year ago 1000 / 157.5: -19.6 %
    assert total["ltv_to_cac"]["value"] == approx(1000 / 196, rel=1e-12)
    assert total["ltv_to_cac"]["change"] == approx(157.5 / 196 - 1, rel=1e-12)
    # web: 280 / 56 = $5 and 280 / 4 = $70, both unchanged
    web = c["Web"]
    assert (web["cost_per_lead"]["value"], web["cac"]["value"]) == (5.0, 70.0)
    assert (web["cost_per_lead"]["change"], web["cac"]["change"]) == (0.0, 0.0)
    assert all(cell["reads"] is None for cell in web.values())


def test_zero_denominator_reads_a_dash(make_project: Callable[..., Path]) -> None:
    show = cells(compute_doc(make_project, block("last_4_weeks")))["Show"]
    # 700 / 28 leads = $25, a year ago 350 / 28 = $12.50: +100 %
    assert show["cost_per_lead"]["value"] == approx(25.0, rel=1e-12)
    assert show["cost_per_lead"]["change"] == approx(1.0, rel=1e-12)
    # spend 700 but no customer: no CAC, and it says why
    assert (show["cac"]["value"], show["cac"]["reads"], show["cac"]["change"]) == (None, "—", None)
    assert (show["ltv_to_cac"]["value"], show["ltv_to_cac"]["reads"]) == (None, "—")


def test_no_spend_booked_is_never_zero(make_project: Callable[..., Path]) -> None:
    fair = cells(compute_doc(make_project, block("last_4_weeks")))["Fair"]
    # no spend at all: 0 / 28 leads and 0 / 1 customer would read $0
    for metric in ("cost_per_lead", "cac", "ltv_to_cac"):  # LTV / CAC reads CAC: inherits it
        assert (fair[metric]["value"], fair[metric]["reads"]) == (None, "no spend booked")
        assert fair[metric]["change"] is None


def test_quarter_to_date_uses_the_engines_values(make_project: Callable[..., Path]) -> None:
    c = cells(compute_doc(make_project, block("qtd")))
    # Q1 2025 to 2 Mar: 61 days; show spend 700 / 61 leads; Q1 2024 to 2 Mar: 62 days, 350 / 62
    show = c["Show"]["cost_per_lead"]
    assert show["value"] == approx(700 / 61, rel=1e-12)
    assert show["change"] == approx((700 / 61) / (350 / 62) - 1, rel=1e-12)
    assert show["prior_year"] is None  # the engine keeps the change only
    assert c["Fair"]["cac"]["reads"] == "no spend booked"
    assert c["Show"]["cac"]["reads"] == "—"


@pytest.mark.parametrize(
    ("the_block", "message"),
    [
        (
            block("last_4_weeks", metrics=["cost_per_lead", "share"]),
            "Error: wbr.yaml: 'sections[1]' (Costs): unit_economics is by 'channel', but 'share' "
            "is broken down not at all (give it by: channel)",
        ),
        (
            block("last_4_weeks", metrics=["cost_per_lead", "cost_per_visit"]),
            "Error: wbr.yaml: 'sections[1]' (Costs) names unknown metric 'cost_per_visit'",
        ),
        (
            block("last_week"),
            "Error: wbr.yaml: 'sections[1].blocks[1]' unit_economics 'period' must be one of "
            "last_4_weeks, qtd, ytd, last_12_months (got 'last_week')",
        ),
        (
            {"unit_economics": {"metrics": ["cac"]}},
            "Error: wbr.yaml: 'sections[1].blocks[1]' unit_economics needs 'by': the breakdown "
            "column (e.g. lead_source)",
        ),
    ],
)
def test_bad_unit_economics_blocks_are_one_error_line(
    make_project: Callable[..., Path], the_block: dict[str, Any], message: str
) -> None:
    path = make_project(
        sources={"m": channels_csv()},
        metrics=catalogue(),
        config={"sections": [{"title": "Costs", "blocks": [the_block]}]},
    )
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [message]
    assert "Traceback" not in result.output


def test_a_distinct_count_cannot_be_added_up_over_months(
    make_project: Callable[..., Path],
) -> None:
    metrics = catalogue()
    metrics["customers"] = {**metrics["customers"], "agg": "count_distinct", "column": "channel"}
    path = make_project(
        sources={"m": channels_csv()},
        metrics=metrics,
        config={"sections": [{"title": "Costs", "blocks": [block("last_12_months")]}]},
    )
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: wbr.yaml: 'sections[1]' (Costs): unit_economics over the last 12 months adds up "
        "'customers' (agg count_distinct) over its months, which only sums and counts allow; "
        "use period qtd or ytd"
    ]
