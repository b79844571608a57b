"""``when_zero`` (issue #10 §3): a cost per unit whose period has no booked spend has no value and
reads "no spend booked", never $0 — in the JSON (null), in tables, and in formulas that read it.

The project: daily totals per channel (web, show) from 2024-01-01 to Sunday 2025-03-02.
web: spend 10, leads 2 every day. show: leads 1 every day; spend 700 on Wed 2025-02-26 only
(the report week, 24 Feb - 2 Mar) and 350 on 2024-02-28 (the prior-year week, 26 Feb - 3 Mar 2024).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import d, days
from wbr.cli import cli
from wbr.config import TableBlock, TablePeriod
from wbr.project import load_project
from wbr.render.context import build_context
from wbr.report import build_report, metric_set_json

approx = pytest.approx
WE = "2025-03-02"


def channel_csv() -> str:
    lines = ["date,channel,spend,leads"]
    for day in days("2024-01-01", WE):
        lines.append(f"{day},web,10,2")
        show_spend = {d("2025-02-26"): 700, d("2024-02-28"): 350}.get(day, 0)
        lines.append(f"{day},show,{show_spend},1")
    return "\n".join(lines) + "\n"


def catalogue(**cost_extra: Any) -> dict[str, Any]:
    by = {"column": "channel", "values": {"web": "Web", "show": "Show"}}
    raw: dict[str, Any] = {
        "label": "Cost per lead, as booked",
        "unit": "currency",
        "direction": "lower_is_better",
        "formula": "spend / leads",
        "by": by,
    }
    cost = {**raw, "label": "Cost per lead"}
    cost["when_zero"] = {"operand": "spend", "reads": "no spend booked"}
    cost.update(cost_extra)
    count = {"unit": "count", "direction": "higher_is_better", "source": "m", "by": by}
    return {
        "spend": {**count, "label": "Spend", "unit": "currency", "column": "spend"},
        "leads": {**count, "label": "Leads", "column": "leads"},
        "cost_per_lead": cost,
        "raw_cost_per_lead": raw,
        "double_cost": {  # reads cost_per_lead: inherits its words
            "label": "Twice the cost",
            "unit": "currency",
            "direction": "lower_is_better",
            "formula": "cost_per_lead * 2",
            "by": by,
        },
    }


@pytest.fixture
def project_path(make_project: Callable[..., Path]) -> Path:
    return make_project(
        sources={"m": channel_csv()},
        metrics=catalogue(),
        config={"week_ending": WE},
    )


def test_a_week_without_booked_spend_is_null_not_zero(project_path: Path) -> None:
    ms = build_report(load_project(project_path)).metric_set
    show = ms.get("cost_per_lead.show")
    # report week: 700 / 7 leads = 100; the week before (17-23 Feb 2025): spend 0 -> null
    assert show.weeks[-1].value == approx(100.0, rel=1e-12)
    assert show.weeks[-2].value is None
    assert show.weeks[-1].prior_year == approx(50.0, rel=1e-12)  # 350 / 7 in 26 Feb - 3 Mar 2024
    assert show.summary.wow is None  # never "-100 %" against a week with nothing booked
    # without when_zero the same ratio is $0: what the packet used to show as free leads
    assert ms.get("raw_cost_per_lead.show").weeks[-2].value == 0.0
    # a formula reading it is null there as well (NaN propagates), and 200 in the report week
    assert ms.get("double_cost.show").weeks[-2].value is None
    assert ms.get("double_cost.show").weeks[-1].value == approx(200.0, rel=1e-12)
    # the company-wide cost keeps its value: web spend 70 / (14 + 7) leads
    assert ms.get("cost_per_lead").weeks[-2].value == approx(70 / 21, rel=1e-12)


def test_the_json_says_which_operand_and_words(project_path: Path) -> None:
    import json

    ms = build_report(load_project(project_path)).metric_set
    doc = {m["id"]: m for m in json.loads(metric_set_json(ms))["metrics"]}
    assert doc["cost_per_lead.show"]["when_zero"] == {
        "operand": "spend.show",
        "reads": "no spend booked",
    }
    assert doc["cost_per_lead"]["when_zero"] == {"operand": "spend", "reads": "no spend booked"}
    assert doc["spend"]["when_zero"] is None
    assert doc["cost_per_lead.show"]["weeks"][-2]["value"] is None


def test_tables_read_no_spend_booked_where_the_value_is_null_for_it(project_path: Path) -> None:
    from dataclasses import replace

    project = load_project(project_path)
    ids = ("cost_per_lead.show", "double_cost.show", "raw_cost_per_lead.show", "cost_per_lead.web")
    section = replace(
        project.config.sections[0] if project.config.sections else _section(),
        blocks=(TableBlock(ids, TablePeriod.WEEKS, "Costs"),),
    )
    project = replace(project, config=replace(project.config, sections=(section,)))
    ctx = build_context(build_report(project))
    table = ctx["sections"][0]["blocks"][0]["table"]
    assert table is not None
    rows = {r["id"]: r for r in table["rows"]}
    texts = {k: [v["text"] for v in r["values"]] for k, r in rows.items()}
    # columns: W04 .. W09 (weeks ending 26 Jan .. 2 Mar 2025), QTD, YTD. Show spend in 2025 is the
    # 700 of 26 Feb only: every earlier week reads "no spend booked"; the report week $100;
    # QTD = YTD (1 Jan - 2 Mar 2025, 61 days, 61 leads) = 700 / 61 = $11.5
    assert texts["cost_per_lead.show"] == ["no spend booked"] * 5 + ["$100", "$11.5", "$11.5"]
    # twice that: 1,400 / 61 = 22.95 -> $23.0
    assert texts["double_cost.show"] == ["no spend booked"] * 5 + ["$200", "$23.0", "$23.0"]
    # the metric without when_zero still shows the ratio as booked
    assert texts["raw_cost_per_lead.show"][:5] == ["$0"] * 5
    assert texts["cost_per_lead.web"] == ["$5"] * 8  # 70 / 14 every week
    # YoY against a week with nothing booked is n/a (no change can be computed)
    assert [v["text"] for v in rows["cost_per_lead.show"]["yoy"]][4] == "n/a"


def _section() -> Any:
    from wbr.config import Section

    return Section("Costs", ())


@pytest.mark.parametrize(
    ("cost_extra", "message"),
    [
        (
            {"when_zero": {"operand": "leads_total", "reads": "no spend booked"}},
            "Error: metrics/metrics.yaml: metric 'cost_per_lead': 'when_zero' 'operand' must be "
            "a metric the formula reads (leads, spend); got 'leads_total'",
        ),
        (
            {"when_zero": {"operand": "spend"}},
            "Error: metrics/metrics.yaml: metric 'cost_per_lead': 'when_zero' must be "
            "{operand: METRIC_ID, reads: TEXT}, e.g. {operand: marketing_spend, reads: no spend "
            "booked}",
        ),
        (
            {"when_zero": {"operand": "spend", "reads": " "}},
            "Error: metrics/metrics.yaml: metric 'cost_per_lead': 'when_zero' 'reads' must be "
            "the words shown instead of the value",
        ),
    ],
)
def test_bad_when_zero_is_one_error_line(
    make_project: Callable[..., Path], cost_extra: dict[str, Any], message: str
) -> None:
    path = make_project(sources={"m": channel_csv()}, metrics=catalogue(**cost_extra))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [message]
    assert "Traceback" not in result.output


def test_when_zero_on_a_column_metric_is_an_error(make_project: Callable[..., Path]) -> None:
    metrics = catalogue()
    metrics["spend"]["when_zero"] = {"operand": "spend", "reads": "none"}
    path = make_project(sources={"m": channel_csv()}, metrics=metrics)
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: metrics/metrics.yaml: metric 'spend': 'when_zero' applies to formula metrics "
        "only (it names one of the formula's operands)"
    ]
