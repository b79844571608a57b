"""The actions register (PDCA, issue #10): load, check and classify relative to a fixed week."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.conftest import days
from wbr.actions import ActionStatus, actions_week, load_actions
from wbr.cli import cli
from wbr.errors import ConfigError
from wbr.project import load_project
from wbr.render.context import build_context
from wbr.report import build_report

WE = dt.date(2026, 11, 15)  # a Sunday: the report week is 9-15 Nov, the review week 16-22 Nov
HEADER = "id,metric,opened,owner,countermeasure,due,status,result,closed\n"
# A1 overdue (due 10 Nov); A2, A3 due in the review week (A3 on its last day, 22 Nov); A4 due
# after it; A5 closed on the report week's first day, A6 the day before it; A7 closed on 17 Nov,
# after the week, so at the week's end it was open and overdue; A8 opened after the week;
# A9 dropped on the week's last day; A10 due on the week's last day and still open: overdue.
REGISTER = HEADER + (
    "A1,x,2026-11-01,Ann,Fix the form,2026-11-10,open,,\n"
    "A2,x,2026-11-09,Bob,Call back,2026-11-20,open,,\n"
    "A3,x.a,2026-11-09,Bob,Cap bids,2026-11-22,open,,\n"
    "A4,x,2026-11-09,Bob,Later,2026-11-23,open,,\n"
    "A5,x,2026-10-01,Cy,Re-train,2026-11-12,done,Defects halved,2026-11-09\n"
    "A6,x,2026-10-01,Cy,Old one,2026-11-05,done,Done early,2026-11-08\n"
    "A7,x,2026-11-01,Dee,Audit picks,2026-11-14,done,Audit found 3 bins,2026-11-17\n"
    "A8,x,2026-11-16,Dee,Too new,2026-11-30,open,,\n"
    "A9,y,2026-11-01,Eve,Drop it,2026-11-30,dropped,,2026-11-15\n"
    "A10,y,2026-11-02,Eve,Last day,2026-11-15,open,,\n"
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actions.csv"
    path.write_text(text, encoding="utf-8")
    return path


def ids(actions: Any) -> list[str]:
    return [a.id for a in actions]


def test_register_classified_relative_to_the_week(tmp_path: Path) -> None:
    actions = load_actions(write(tmp_path, REGISTER), {"x", "x.a", "y"})
    assert len(actions) == 10
    assert actions[4].status is ActionStatus.DONE and actions[4].result == "Defects halved"
    # a vertical tab pasted from Word (Excel's soft line break) is a line break, NUL is dropped
    odd = HEADER + "Z1,x,2026-11-01,Ann,Fix\x0bthe\x00 form,2026-11-10,open,,\n"
    assert load_actions(write(tmp_path, odd), {"x"})[0].countermeasure == "Fix\nthe form"
    week = actions_week(actions, WE)
    assert week.due_by == dt.date(2026, 11, 22)
    assert ids(week.overdue) == ["A1", "A7", "A10"]  # by due date: 10, 14, 15 Nov
    assert ids(week.due) == ["A2", "A3"]  # 20 and 22 Nov; A4 (23 Nov) is after the review week
    assert ids(week.closed) == ["A5", "A9"]  # closed 9 and 15 Nov; A6 (8 Nov) is older
    assert {k: ids(v) for k, v in week.open_by_metric.items()} == {
        "x": ["A1", "A7", "A2", "A4"],
        "y": ["A10"],
        "x.a": ["A3"],
    }
    # a week later A7 is closed (17 Nov, with its result) and A8 is open
    later = actions_week(actions, WE + dt.timedelta(days=7))
    assert ids(later.closed) == ["A7"]
    assert "A8" in ids(later.open_by_metric["x"])


def test_bad_register_lists_every_problem(tmp_path: Path) -> None:
    bad = HEADER + (
        "B1,nope,2026-11-01,Ann,Fix,2026-11-10,open,,\n"
        "B2,x,2026-13-01,Ann,Fix,2026-11-10,open,,\n"
        "B3,x,2026-11-10,Ann,Fix,2026-11-01,open,,\n"
        "B4,x,2026-11-01,Ann,Fix,2026-11-10,pending,,\n"
        "B5,x,2026-11-01,Ann,Fix,2026-11-10,done,,2026-11-09\n"
        "B5,x,2026-11-01,Ann,Fix,2026-11-10,dropped,,\n"
    )
    with pytest.raises(ConfigError) as info:
        load_actions(write(tmp_path, bad), {"x"})
    assert list(info.value.problems) == [
        "actions.csv: line 2: unknown metric 'nope'",
        "actions.csv: line 3: 'opened' must be YYYY-MM-DD (got '2026-13-01')",
        "actions.csv: line 4: 'due' 2026-11-01 is before 'opened' 2026-11-10",
        "actions.csv: line 5: 'status' must be open, done or dropped (got 'pending')",
        "actions.csv: line 6: a done action needs its 'result'",
        "actions.csv: line 7: id 'B5' already used on line 6",
        "actions.csv: line 7: a dropped action needs its 'closed' date",
    ]


def test_missing_columns_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing column\(s\) due, status"):
        load_actions(write(tmp_path, "id,metric,opened,owner,countermeasure\n"), {"x"})
    with pytest.raises(ConfigError, match="actions file not found"):
        load_actions(tmp_path / "none.csv", {"x"})


# --- through the CLI and the packet -------------------------------------------------------------


def run(*args: Any) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def project(tmp_path: Path, register: str) -> Path:
    """Metric x by channel (children x.a, x.b) and y; 1 Oct .. 15 Nov 2026, x = 2 per channel-day.

    x has a weekly target of 30: the week's 28 (7 days × 2 channels × 2) misses it by 2, −6.7 %.
    """
    tmp_path.mkdir(parents=True, exist_ok=True)
    rows = ["date,channel,x,y"]
    for day in days("2026-10-01", "2026-11-15"):
        rows += [f"{day},a,2,1", f"{day},b,2,1"]
    (tmp_path / "data.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "metrics").mkdir()
    (tmp_path / "metrics" / "m.yaml").write_text(
        "x: {label: X, unit: count, direction: higher_is_better, source: s, column: x,\n"
        "    by: channel, owner: Ann, target: {weekly: 30}, counter_metric: y}\n"
        "y: {label: Y, unit: count, direction: higher_is_better, source: s, column: y,\n"
        "    owner: Eve}\n",
        encoding="utf-8",
    )
    (tmp_path / "actions.csv").write_text(register, encoding="utf-8")
    config = tmp_path / "wbr.yaml"
    config.write_text(
        "title: T\nweek_ends_on: sunday\nfiscal_year_end_month: 12\nweek_ending: latest\n"
        "sources: {s: {path: data.csv, date_column: date}}\nmetrics: [metrics/*.yaml]\n"
        "actions: actions.csv\n",
        encoding="utf-8",
    )
    return config


def test_validate_accepts_breakdown_ids_and_reports_bad_rows(tmp_path: Path) -> None:
    good = project(tmp_path / "good", REGISTER)
    result = run("validate", good)
    assert result.exit_code == 0, result.output
    bad = project(
        tmp_path / "bad",
        HEADER
        + "C1,x.c,2026-11-01,Ann,Fix,2026-11-10,open,,\n"  # no channel c in the data
        + "C2,x,2026-11-01,,Fix,soon,done,Fixed,2026-11-03\n",
    )
    result = run("validate", bad)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.stdout == ""
    assert [line for line in result.stderr.splitlines() if line.startswith("Error: ")] == [
        "Error: actions.csv: line 2: unknown metric 'x.c'",
        "Error: actions.csv: line 3: 'owner' is empty",
        "Error: actions.csv: line 3: 'due' must be YYYY-MM-DD (got 'soon')",
    ]


def test_packet_lists_actions_and_plan_to_date(tmp_path: Path) -> None:
    config = project(tmp_path, REGISTER)
    result = run("render", "--to", "html", "-o", tmp_path / "out", config)
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out" / "2026-11-15" / "wbr-2026-11-15.html").read_text(encoding="utf-8")
    page1 = html.split('id="actions"', 1)[1].split("</section>", 1)[0]
    overdue, due, closed = page1.split('class="actions-panel ')[1:]
    assert [a in overdue for a in ("A1", "A7", "A10")] == [True] * 3
    assert "6 days late" in overdue  # due 10 Nov, reviewed Monday 16 Nov
    assert "A2" in due and "A3" in due and "A4" not in due
    assert "Result: Defects halved" in closed and "A9" in closed and "A6" not in closed
    # X missed its target: its owner's (missing) commentary is on page 1
    assert "missed target" in page1 and "no explanation yet from Ann" in page1
    # the week's plan row, in the box's Target and vs target columns: 28 vs 30 plan, −2,
    # −6.7 % (2 / 30 = 6.67 %)
    block = html.split('id="m-x"', 1)[1]
    week = block.split('<tr class="week">', 1)[1].split("</tr>", 1)[0]
    assert "28</span></td>" in week and '<td class="r num t">30</td>' in week
    assert '<span class="gap bad">−2</span>' in week and "−6.7 %</span>" in week
    assert "Open actions" in block


def test_every_plan_number_equals_the_json(tmp_path: Path) -> None:
    """The sample's plan-to-date rows read back (to their rounding) as the metrics.json numbers."""
    repo = Path(__file__).resolve().parent.parent
    report = build_report(load_project(repo / "wbr.yaml"))
    ctx = build_context(report)
    out = tmp_path / "m.json"
    from wbr.results import dumps_json, to_json_dict

    out.write_text(dumps_json(to_json_dict(report.metric_set)), encoding="utf-8")
    data = {m["id"]: m for m in json.loads(out.read_text(encoding="utf-8"))["metrics"]}
    checked = 0
    for m in ctx["appendix"]:
        if not m["plan"]:
            continue
        j = data[m["id"]]
        keys = (("last_week", "last_week"), ("mtd", "mtd"), ("qtd", "qtd"), ("ytd", "ytd"))
        for row, (sk, tk) in zip(m["plan"], keys, strict=True):
            actual, plan = j["summary"][sk], j["target"][tk]
            assert row["raw_actual"] == actual and row["raw_plan"] == plan
            assert close(row["actual"], actual) and close(row["plan"], plan)
            if actual is not None and plan is not None and actual != plan:
                assert row["actual"] != row["plan"]  # rounding never hides the gap
                assert close(row["gap"], actual - plan, bps=m["comparison"] == "bps")
                assert close(row["gap_pct"], (actual - plan) / abs(plan) * 100, pct=True)
            checked += 1
    assert checked >= 6 * 4


def close(text: str, value: float, bps: bool = False, pct: bool = False) -> bool:
    """``text`` ("$4.29M", "−$50.8K", "23.4 %", "−120 bps") is ``value`` to its last digit."""
    body = text.replace("\u2212", "-").replace("$", "").replace(",", "").replace("+", "")
    scale = 1.0
    if body.endswith(" bps"):
        body, scale = body[:-4], 1e-4
    elif body.endswith(" %"):
        body, scale = body[:-2], 1.0 if pct else 0.01
    for suffix, factor in (("K", 1e3), ("M", 1e6), ("B", 1e9)):
        if body.endswith(suffix):
            body, scale = body[:-1], scale * factor
    decimals = len(body.split(".")[1]) if "." in body else 0
    half_step = 0.5 * 10**-decimals * scale
    return abs(float(body) * scale - value) <= half_step * 1.0001


# --- the rounding helper: enough digits that a gap is never hidden ------------------------------


def test_format_apart_adds_digits_until_the_numbers_differ() -> None:
    from wbr.formatting import format_apart, format_gap, format_gap_pct

    # 4,290,000 vs 4,341,000 both read "$4.3M" at one decimal; two decimals tell them apart
    assert format_apart(4_290_000, 4_341_000, "currency") == ("$4.29M", "$4.34M")
    # 4,300,000 vs 4,304,000: "$4.30M" both at two decimals, "$4.300M" / "$4.304M" at three
    assert format_apart(4_300_000, 4_304_000, "currency") == ("$4.300M", "$4.304M")
    # equal numbers keep the usual display
    assert format_apart(443.0, 443.0, "count") == ("443", "443")
    # 443 vs 443.4: "443" both, then one decimal
    assert format_apart(443.0, 443.4, "count") == ("443.0", "443.4")
    # 23.41 % vs 23.44 % (as fractions) both read "23.4 %": one more decimal
    assert format_apart(0.2341, 0.2344, "percent") == ("23.41 %", "23.44 %")
    # the gap: −51,000 is "−$51.0K"; in bps a 0.4 bp gap is not shown as "0 bps"
    assert format_gap(-51_000.0, "currency", "pct") == "\u2212$51.0K"
    assert format_gap(175.0, "count", "pct") == "+175"
    assert format_gap(-0.00004, "percent", "bps") == "\u22120.4 bps"
    assert format_gap(0.0, "count", "pct") == "0"
    # −51,000 / 4,341,000 = −1.1748 % → "−1.2 %";
    # −30 / 4,341,000 = −0.000691 % → "−0.001 %" (3 decimals)
    assert format_gap_pct(-51_000.0, 4_341_000.0) == "\u22121.2 %"
    assert format_gap_pct(-30.0, 4_341_000.0) == "\u22120.001 %"
    assert format_gap_pct(5.0, 0.0) == "n/a" and format_gap_pct(None, 1.0) == "n/a"
