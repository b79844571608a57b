"""The funnel block (issue #10 §1): hand-computed numbers, the JSON, the three renderings, config
errors. A small CRM export whose line is easy to follow by hand:

* source ``a``: 2 leads a day; the first of them meets 3 days later (yield 50 %);
* source ``b``: 1 lead a day, met the next day (100 %), until leads created from 2026-02-16 on,
  which never meet (0 %);
* source ``c``: 1 lead a day, met the next day, only until 2025-12-31 (then no leads at all).

The export was taken at the end of 2026-03-01 (the report week's last day). Meetings count within
7 days, so the latest mature cohort week is the one ending 2026-02-22 (03-01 − 7 days).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pytest import approx

from tests.test_render_html import dump_dom, needs_chromium
from wbr.cli import cli
from wbr.project import load_project
from wbr.render.context import build_context
from wbr.render.contract import FunnelCtx
from wbr.render.env import make_env
from wbr.render.quarto import make_qmd_env
from wbr.render.typst import compile_pdf, render_typst
from wbr.report import build_report, metric_set_json

END = dt.date(2026, 3, 1)


def _rows() -> Iterator[str]:
    day = dt.date(2025, 1, 6)
    while day <= END:

        def met(after: int, ok: bool = True, created: dt.date = day) -> str:
            when = created + dt.timedelta(days=after)
            return when.isoformat() if ok and when <= END else ""

        yield f"{day},{met(3)},a"
        yield f"{day},,a"
        yield f"{day},{met(1, day < dt.date(2026, 2, 16))},b"
        if day <= dt.date(2025, 12, 31):
            yield f"{day},{met(1)},c"
        day += dt.timedelta(days=1)


CRM = "created_at,meeting_at,lead_source\n" + "\n".join(_rows()) + "\n"


def rec(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "label": "Leads",
        "unit": "count",
        "direction": "higher_is_better",
        "source": "crm",
        "agg": "count",
        "by": "lead_source",
    }
    body.update(extra)
    return body


METRICS = {
    "leads": rec(),
    "leads_met_7d": rec(label="Leads met", cohort={"event": "meeting_at", "within_days": 7}),
    "lead_to_meeting_rate": {
        "label": "Lead → meeting rate",
        "unit": "percent",
        "direction": "higher_is_better",
        "formula": "leads_met_7d / leads",
        "by": "lead_source",
    },
    "meetings": rec(label="Meetings", date="meeting_at", filter={"meeting_at": {"not_null": True}}),
}
FUNNEL = {
    "title": "Lead funnel",
    "by": "lead_source",
    "stages": ["leads", {"count": "meetings", "yield": "lead_to_meeting_rate"}],
}


def project_path(make_project: Callable[..., Path], funnel: Any = FUNNEL) -> Path:
    return make_project(
        sources={"crm": CRM},
        source_options={"crm": {"date_column": "created_at", "data_through": END.isoformat()}},
        metrics=METRICS,
        config={"sections": [{"title": "Demand", "blocks": [{"funnel": funnel}]}]},
    )


@pytest.fixture
def funnel_json(make_project: Callable[..., Path]) -> dict[str, Any]:
    report = build_report(load_project(project_path(make_project)))
    doc: dict[str, Any] = json.loads(metric_set_json(report.metric_set))
    assert len(doc["funnels"]) == 1
    funnel: dict[str, Any] = doc["funnels"][0]
    return funnel


def row(f: dict[str, Any], view: str, key: str | None) -> dict[str, Any]:
    (v,) = [x for x in f["views"] if x["view"] == view]
    (r,) = [x for x in v["rows"] if x["key"] == key]
    return r


def test_stages_say_cohort_and_where_the_yield_comes_from(funnel_json: dict[str, Any]) -> None:
    first, second = funnel_json["stages"]
    assert first["count"] == "leads" and first["yield"] is None
    assert second == {
        "label": "Meetings", "count": "meetings", "yield": "lead_to_meeting_rate",
        "passed": "leads_met_7d", "entered": "leads", "method": "cohort", "within_days": 7,
    }  # fmt: skip


def test_mature_view_total_hand_computed(funnel_json: dict[str, Any]) -> None:
    total = row(funnel_json, "mature", None)
    leads, meetings = total["stages"]
    assert leads["week_ending"] == meetings["week_ending"] == "2026-02-22"
    assert meetings["provisional"] is False
    # leads: a 14 + b 7 + c 0 = 21; a year earlier (week ending 2025-02-23) a 14 + b 7 + c 7 = 28
    assert leads["count"]["value"] == 21
    assert leads["count"]["prior_year"] == 28
    assert leads["count"]["vs_prior_year"] == approx(-0.25)
    assert leads["count"]["avg_4w"] == 21 and leads["count"]["vs_avg_4w"] == approx(0.0)
    # passed: a 7 of 14, b 0 of 7 → 7 of 21 = 1/3; a year earlier 7 + 7 + 7 = 21 of 28 = 3/4
    assert meetings["entered"] == 21 and meetings["passed"] == 7
    y = meetings["yield"]
    assert y["value"] == approx(1 / 3)
    assert y["prior_year"] == approx(0.75)
    assert y["vs_prior_year"] == approx((1 / 3 - 0.75) * 10_000)  # −4,166.7 bps
    # 4 weeks before (ending 25 Jan .. 15 Feb): a 28 of 56, b 28 of 28 → 56 of 84, pooled 2/3
    assert y["avg_4w"] == approx(2 / 3)
    assert y["vs_avg_4w"] == approx((1 / 3 - 2 / 3) * 10_000)  # −3,333.3 bps
    # defects: 21 − 7 = 14, 2/3 of the input; a year earlier 7 (1/4); 4 weeks: 28 / 4 = 7 a week
    assert meetings["defects"]["value"] == 14
    assert meetings["defects"]["prior_year"] == 7
    assert meetings["defects"]["vs_prior_year"] == approx(1.0)
    assert meetings["defects"]["avg_4w"] == 7
    assert meetings["defect_share"]["value"] == approx(2 / 3)
    assert meetings["defect_share"]["vs_prior_year"] == approx((2 / 3 - 0.25) * 10_000)
    assert meetings["defect_share"]["avg_4w"] == approx(28 / 84)
    # meetings held 16-22 Feb: a's leads of 13-19 Feb (7) + b's lead of 15 Feb (1) = 8
    assert meetings["count"]["value"] == 8
    # one station: the end-to-end yield is that station's yield
    assert total["end_to_end"]["value"] == approx(1 / 3)


def test_report_week_is_provisional(funnel_json: dict[str, Any]) -> None:
    meetings = row(funnel_json, "week", None)["stages"][1]
    assert meetings["week_ending"] == "2026-03-01" and meetings["provisional"] is True
    # a's leads of 23-26 Feb met by 1 Mar (4 of 14); b's never (0 of 7): 4 of 21
    assert meetings["entered"] == 21 and meetings["passed"] == 4
    assert meetings["yield"]["value"] == approx(4 / 21)


def test_breakdown_rows_and_zero_denominators(funnel_json: dict[str, Any]) -> None:
    b = row(funnel_json, "mature", "b")
    assert b["label"] == "B"
    assert b["stages"][1]["yield"]["value"] == 0.0
    assert b["stages"][1]["yield"]["vs_avg_4w"] == approx(-10_000.0)
    # c has no leads after 2025: its yield never divides by zero, it is null (never NaN or 0)
    c = row(funnel_json, "mature", "c")
    assert c["stages"][0]["count"]["value"] == 0
    assert c["stages"][0]["count"]["vs_prior_year"] == approx(-1.0)  # 0 vs 7
    for key in ("yield", "defect_share"):
        assert c["stages"][1][key]["value"] is None
    assert c["end_to_end"]["value"] is None
    # the worst move: b's yield, −10,000 bps vs its 4-week average
    h = funnel_json["highlight"]
    (view,) = [v for v in funnel_json["views"] if v["view"] == h["view"]]
    assert view["rows"][h["row"]]["key"] == "b" and h["stage"] == 1


# --- the renderings: every number shown equals the JSON -------------------------------------------


def _fmt_value(v: float | None, unit: str) -> str:
    """What the packet prints for a value (written out here, not by calling the code)."""
    if v is None:
        return "—"
    if unit == "percent":
        return f"{v * 100:.1f} %"
    return f"{v:,.0f}"


def _fmt_change(v: float | None, bps: bool) -> str:
    if v is None:
        return "—"
    text = f"{abs(v):,.0f}" if bps else f"{abs(v) * 100:,.1f} %"
    if float(text.rstrip(" %").replace(",", "")) == 0:
        return text
    return ("−" if v < 0 else "+") + text


def expected_texts(f: dict[str, Any]) -> set[str]:
    texts: set[str] = set()
    for view in f["views"]:
        for r in view["rows"]:
            figures = [(r["end_to_end"], "percent", True)]
            for cell in r["stages"]:
                figures.append((cell["count"], "count", False))
                if cell["yield"] is not None:
                    figures += [
                        (cell["yield"], "percent", True),
                        (cell["defects"], "count", False),
                        (cell["defect_share"], "percent", True),
                    ]
            for fig, unit, bps in figures:
                texts.add(_fmt_value(fig["value"], unit))
                texts.add(_fmt_change(fig["vs_prior_year"], bps))
                texts.add(_fmt_change(fig["vs_avg_4w"], bps))
    return texts


NUMBER = re.compile(r"[+−]?\d[\d,]*(?:\.\d+)?(?: %)?|—")


def numbers_in(text: str) -> list[str]:
    return NUMBER.findall(text)


def fctx(make_project: Callable[..., Path]) -> tuple[FunnelCtx, dict[str, Any], Any]:
    report = build_report(load_project(project_path(make_project)))
    ctx = build_context(report)
    block = ctx["sections"][0]["blocks"][0]
    assert block["kind"] == "funnel"
    doc = json.loads(metric_set_json(report.metric_set))
    return block["funnel"], doc["funnels"][0], ctx


def test_html_cells_equal_the_json(make_project: Callable[..., Path]) -> None:
    f, data, _ = fctx(make_project)
    html = make_env(fmt="html").get_template("_funnel.html.j2").render(f=f)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)
    shown = [n for c in cells for n in numbers_in(re.sub(r"<[^>]+>", " ", c))]
    assert len(shown) > 100
    assert set(shown) <= expected_texts(data)
    assert "33.3 %" in shown and "−3,333" in shown and "−4,167" in shown  # total's yield


def test_qmd_cells_equal_the_json(make_project: Callable[..., Path]) -> None:
    f, data, _ = fctx(make_project)
    qmd = make_qmd_env().get_template("_funnel.qmd.j2").render(f=f)
    rows = [
        line for line in qmd.splitlines() if line.startswith("| ") and "Lead source" not in line
    ]
    cells = [c for line in rows for c in line.split("|")[2:]]  # after the row label
    plain = [re.sub(r"[*\\\[\]]|\{\.\w+\}", "", c) for c in cells]
    shown = [n for c in plain for n in numbers_in(c)]
    assert len(shown) > 100
    assert set(shown) <= expected_texts(data)


def funnel_call(source: str) -> str:
    """The argument of the one ``#funnel-block(...)`` call (it ends where the next call starts)."""
    assert source.count("\n#funnel-block(") == 1  # one call (the definition is "#let ...")
    return source.split("\n#funnel-block(", 1)[1].split("\n#", 1)[0]


def test_typst_numbers_equal_the_json_and_compile(
    make_project: Callable[..., Path], tmp_path: Path
) -> None:
    f, data, ctx = fctx(make_project)
    source = render_typst(ctx, images={})
    call = funnel_call(source)
    # the strings the Typst functions show: text, vs_py, vs_4w of every number
    shown = re.findall(r'"(?:text|vs_py|vs_4w)": "([^"]*)"', call)
    assert len(shown) > 100
    assert {n for s in shown for n in numbers_in(s)} <= expected_texts(data)
    pdf = compile_pdf(source, tmp_path)  # real Typst
    assert pdf.startswith(b"%PDF")


# --- snapshots ------------------------------------------------------------------------------------


def test_snapshot_funnel_html(make_project: Callable[..., Path], snapshot: Any) -> None:
    f, _, _ = fctx(make_project)
    assert make_env(fmt="html").get_template("_funnel.html.j2").render(f=f) == snapshot


def test_snapshot_funnel_qmd(make_project: Callable[..., Path], snapshot: Any) -> None:
    f, _, _ = fctx(make_project)
    assert make_qmd_env().get_template("_funnel.qmd.j2").render(f=f) == snapshot


def test_snapshot_funnel_typst(make_project: Callable[..., Path], snapshot: Any) -> None:
    _, _, ctx = fctx(make_project)
    source = render_typst(ctx, images={})
    assert funnel_call(source) == snapshot


# --- config errors: one Error line each -----------------------------------------------------------


@pytest.mark.parametrize(
    ("funnel", "error"),
    [
        (
            {"stages": ["leads", {"count": "meeting", "yield": "lead_to_meeting_rate"}]},
            "Error: wbr.yaml: 'sections[1]' (Demand) funnel stage 2 names unknown metric 'meeting'",
        ),
        (
            {"stages": ["leads", {"yield": "lead_to_meeting_rate"}]},
            "Error: wbr.yaml: 'sections[1].blocks[1].funnel.stages[2]' needs 'count': the id of "
            "the metric that counts the stage (e.g. meetings)",
        ),
        (
            {"stages": ["leads", "lead_to_meeting_rate"]},
            "Error: wbr.yaml: 'sections[1]' (Demand) funnel stage 2 has no count metric: "
            "'lead_to_meeting_rate' is a percent, not a count (name the stage's count in 'count' "
            "and its rate in 'yield')",
        ),
        (
            {**FUNNEL, "by": "region"},
            "Error: wbr.yaml: 'sections[1]' (Demand) funnel 'by: region': the metrics do not "
            "break down by 'region' ('leads', 'meetings', 'lead_to_meeting_rate', "
            "'leads_met_7d'; they break down by 'lead_source')",
        ),
    ],
)
def test_config_errors(make_project: Callable[..., Path], funnel: Any, error: str) -> None:
    path = project_path(make_project, funnel)
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert lines == [error], result.output
    assert "Traceback" not in result.output


# --- per-source conversion beside a table's breakdown rows (issue #10 §6) ------------------------


def test_table_conversion_puts_each_source_s_yield_beside_it(
    make_project: Callable[..., Path],
) -> None:
    table = {"title": "Leads by source", "conversion": "lead_to_meeting_rate",
             "metrics": ["leads", "leads.a", "leads.b"]}  # fmt: skip
    path = make_project(
        sources={"crm": CRM},
        source_options={"crm": {"date_column": "created_at", "data_through": END.isoformat()}},
        metrics=METRICS,
        config={"sections": [{"title": "Demand", "blocks": [{"table": table}]}]},
    )
    report = build_report(load_project(path))
    (block,) = build_context(report)["sections"][0]["blocks"]
    assert block["table"] is not None
    rows = block["table"]["rows"]
    assert [r["id"] for r in rows] == [
        "leads", "lead_to_meeting_rate", "leads.a", "lead_to_meeting_rate.a",
        "leads.b", "lead_to_meeting_rate.b",
    ]  # fmt: skip
    # week ending 22 Feb: b's leads never met (0 of 7); a met 7 of 14
    week = [w.week_ending.isoformat() for w in report.metric_set.get("leads").weeks].index(
        "2026-02-22"
    )
    assert rows[5]["values"][week]["raw"] == 0.0
    assert rows[3]["values"][week]["raw"] == approx(0.5)


def test_table_conversion_of_an_unknown_metric_is_one_error(
    make_project: Callable[..., Path],
) -> None:
    table = {"conversion": "meeting_rate", "metrics": ["leads.a"]}
    path = make_project(
        sources={"crm": CRM},
        source_options={"crm": {"date_column": "created_at", "data_through": END.isoformat()}},
        metrics=METRICS,
        config={"sections": [{"title": "Demand", "blocks": [{"table": table}]}]},
    )
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert [x for x in result.output.splitlines() if x.startswith("Error")] == [
        "Error: wbr.yaml: 'sections[1]' (Demand) names unknown metric 'meeting_rate.a'"
    ]


# --- a phone: the block at 400 px in a real headless Chromium -------------------------------------

MEASURE = """<script>
window.addEventListener("load", () => {
  const doc = document.getElementById("phone").contentDocument;
  const width = doc.documentElement.clientWidth;
  const wide = [...doc.querySelectorAll(".funnel-block, .funnel-block *")]
    .map(el => [el, el.getBoundingClientRect()])
    .filter(([el, r]) => r.width > 0 && (r.right > width + 0.5 || r.left < -0.5))
    .map(([el, r]) => el.tagName + "." + el.className + ":" + Math.round(r.right));
  const cards = doc.querySelectorAll("table.funnel tbody tr");
  const shown = [...cards].filter(tr => getComputedStyle(tr).display === "block").length;
  document.body.setAttribute("data-result",
    JSON.stringify({width: width, wide: wide, cards: cards.length, shown: shown}));
});
</script>"""


@needs_chromium
def test_the_sample_block_fits_a_400_px_phone(tmp_path: Path) -> None:
    """Every element of the sample's funnel (4 stages: 13 columns wide on a desktop) within a
    400 px wide viewport (an iframe: headless Chromium's window is at least 500 px), each row a
    card (the table's rows are blocks)."""
    report = build_report(load_project(Path(__file__).parents[1] / "wbr.yaml"))
    (f,) = [
        b["funnel"] for s in build_context(report)["sections"] for b in s["blocks"] if "funnel" in b
    ]
    env = make_env(fmt="html")
    css = env.get_template("report.css").render() + env.get_template("funnel.css").render()
    block = env.get_template("_funnel.html.j2").render(f=f)
    inner = (
        '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, '
        f'initial-scale=1"><style>{css}</style></head><body>{block}</body></html>'
    )
    page = tmp_path / "phone.html"
    page.write_text(
        '<!DOCTYPE html><html><body style="margin:0">'
        '<iframe id="phone" style="width:400px;height:9000px;border:0" '
        f'srcdoc="{html.escape(inner)}"></iframe>{MEASURE}</body></html>',
        encoding="utf-8",
    )
    dom = dump_dom(page)
    found = re.search(r'data-result="([^"]*)"', dom)
    assert found is not None, dom[:500]
    result = json.loads(html.unescape(found.group(1)))
    assert result["width"] == 400
    assert result["wide"] == [], result
    assert result["cards"] == result["shown"] == 12  # 2 views × (the total + 5 lead sources)
