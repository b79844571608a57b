"""The Pareto and unit-economics blocks in HTML, Typst and .qmd (issue #10 §2, §3): every number
a block shows equals ``metrics.json`` (as the packet formats it), and snapshots of each block.

The project joins the two test companies of test_pareto.py and test_unit_economics.py (their
numbers are worked out by hand there).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.test_pareto import CATALOGUE, defects_csv
from tests.test_unit_economics import catalogue, channels_csv
from wbr.formatting import format_delta, format_value
from wbr.project import load_project
from wbr.render.context import build_context
from wbr.render.contract import ReportContext
from wbr.render.filters import md_escape
from wbr.render.html import render_html
from wbr.render.quarto import qmd_source
from wbr.render.typst import render_typst
from wbr.report import build_report, metric_set_json

WE = "2025-03-02"
UNITS = {"cost_per_lead": ("currency", "pct"), "cac": ("currency", "pct"),
         "ltv_to_cac": ("number", "pct")}  # fmt: skip


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from tests.conftest import write_project

    sections = [
        {
            "title": "Fulfilment",
            "blocks": [
                {"metric": "shipped"},
                {"pareto": {"title": "Defects by type", "total": "shipped",
                            "metrics": ["c", "b", "a"]}},
            ],
        },
        {
            "title": "Costs",
            "blocks": [{"unit_economics": {"by": "channel", "period": "last_4_weeks",
                                           "metrics": ["cost_per_lead", "cac", "ltv_to_cac"]}}],
        },
    ]  # fmt: skip
    path = write_project(
        tmp_path_factory.mktemp("econ"),
        sources={"o": defects_csv(), "m": channels_csv()},
        metrics={**CATALOGUE, **catalogue()},
        config={"week_ending": WE, "sections": sections},
    )
    report = build_report(load_project(path))
    ctx: ReportContext = build_context(report)
    return {
        "ctx": ctx,
        "json": json.loads(metric_set_json(report.metric_set)),
        "html": render_html(ctx, runtime=""),
        "typst": render_typst(ctx),
        "qmd": qmd_source(ctx, runtime=""),
    }


def _plain_html(fragment: str) -> str:
    """The cells' text: tags, arrows and the phone-only copy of the signal removed."""
    fragment = re.sub(r'<span class="sig-inline[^"]*">.*?</span>', "", fragment, flags=re.S)
    return re.sub(r"<[^>]+>", "", fragment).replace("▲", "").replace("▼", "")


def assert_in_order(haystack: str, needles: list[str], where: str) -> None:
    at = 0
    for needle in needles:
        found = haystack.find(needle, at)
        assert found >= 0, f"{where}: {needle!r} not found after position {at} in {haystack!r}"
        at = found + len(needle)


def pareto_expected(p: dict[str, Any]) -> dict[str, list[str]]:
    """Each row's numbers as the packet formats them, from the JSON."""
    out = {}
    for c in p["categories"]:
        out[c["metric"]] = [
            format_value(c["count"], "count"),
            format_value(c["rate"], "percent", extra=1),
            format_value(c["share"], "percent"),
            format_value(c["cumulative_share"], "percent"),
            format_delta(c["rate_yoy_bps"], "bps"),
            format_delta(c["rate_vs_4wk_bps"], "bps"),
        ]
    out["total"] = [
        format_value(p["count"], "count"),
        format_value(p["rate"], "percent", extra=1),
        "100.0 %",
        format_delta(p["rate_yoy_bps"], "bps"),
        format_delta(p["rate_vs_4wk_bps"], "bps"),
    ]
    return out


LABELS = {"a": "Wrong part", "b": "Incomplete", "c": "Wrong address", "total": "Total"}


def test_every_pareto_number_equals_the_json(rendered: dict[str, Any]) -> None:
    (p,) = rendered["json"]["pareto"]
    expected = pareto_expected(p)
    # the sorted order, hand-checked in test_pareto: a 21, b 7, c 2
    assert expected["a"] == ["21", "2.14 %", "70.0 %", "70.0 %", "+14 bps", "+114 bps"]
    html, typ, qmd = rendered["html"], rendered["typst"], rendered["qmd"]
    block = re.search(r'<article class="table-block pareto".*?</article>', html, re.S)
    assert block is not None
    for key, texts in expected.items():
        label = LABELS[key]
        row = re.search(rf"<tr class=\"v[^\"]*\"><th scope=\"row\">(<a [^>]*>)?{label}.*?</tr>",
                        block.group(0), re.S)  # fmt: skip
        assert row is not None, label
        assert_in_order(_plain_html(row.group(0)), texts, f"HTML {label}")
        line = next(x for x in qmd.splitlines() if x.startswith("| ") and f"{label}" in x
                    and "bps" in x)  # fmt: skip
        assert_in_order(line, [md_escape(t) for t in texts], f"qmd {label}")
        start = typ.index(f'"label": "{label}"', typ.index("#pareto-block("))
        stats = re.findall(r'"text": "([^"]*)"', typ[start : typ.index('"signal"', start)])
        assert [s for s in stats if s] == texts, f"Typst {label}"


def unit_expected(u: dict[str, Any]) -> dict[str, tuple[list[str], list[str]]]:
    out = {}
    for row in u["rows"]:
        values, changes = [], []
        for metric in u["metrics"]:
            cell = row["cells"][metric]
            unit, comparison = UNITS[metric]
            values.append(cell["reads"] or format_value(cell["value"], unit))
            changes.append(format_delta(cell["change"], comparison))
        out[row["label"]] = (values, changes)
    return out


def test_every_unit_economics_number_equals_the_json(rendered: dict[str, Any]) -> None:
    (u,) = rendered["json"]["unit_economics"]
    expected = unit_expected(u)
    # hand-checked in test_unit_economics: $8.75 per lead, $196 CAC, 5.10 LTV / CAC in total
    assert expected["All sources"][0] == ["$8.75", "$196", "5.10"]
    assert expected["Show"] == (["$25", "—", "—"], ["+100.0 %", "n/a", "n/a"])
    assert expected["Fair"][0] == ["no spend booked"] * 3
    html, typ, qmd = rendered["html"], rendered["typst"], rendered["qmd"]
    block = re.search(r'<article class="table-block unit-economics".*?</article>', html, re.S)
    assert block is not None
    typ_block = typ[typ.index("#unit-economics-block(") :]
    for label, (values, changes) in expected.items():
        pair = re.search(rf'<th scope="row">{label}</th>(.*?)</tr>\s*<tr class="y">(.*?)</tr>',
                         block.group(0), re.S)  # fmt: skip
        assert pair is not None, label
        assert_in_order(_plain_html(pair.group(1)), values, f"HTML {label}")
        assert_in_order(_plain_html(pair.group(2)), changes, f"HTML {label} YoY")
        lines = qmd.splitlines()
        k = lines.index(next(x for x in lines if x.startswith(f"| **{label}** |")))
        assert_in_order(lines[k], [md_escape(t) for t in values], f"qmd {label}")
        assert lines[k + 1].startswith("| YoY |")
        assert_in_order(lines[k + 1], [md_escape(t) for t in changes], f"qmd {label} YoY")
        start = typ_block.index(f'"label": "{label}", "is_total"')
        end = typ_block.find('"is_total"', start + 30)
        stats = re.findall(r'"text": "([^"]*)"', typ_block[start : end if end > 0 else None])
        interleaved = [t for pair_ in zip(values, changes, strict=True) for t in pair_]
        assert stats == interleaved, f"Typst {label}"


def test_the_pareto_chart_draws_the_same_rates(rendered: dict[str, Any]) -> None:
    (p,) = rendered["json"]["pareto"]
    html = rendered["html"]
    spec_json = re.search(r'<script type="application/json" id="spec-(chart-1-2-pareto)">(.*?)'
                          r"</script>", html, re.S)  # fmt: skip
    assert spec_json is not None
    spec = json.loads(spec_json.group(2))
    rows = spec["data"]["values"]
    assert [r["label"] for r in rows] == ["Wrong part", "Incomplete", "Wrong address"]
    assert [r["rate"] for r in rows] == [c["rate"] for c in p["categories"]]
    assert [r["rt"] for r in rows] == ["2.14 %", "0.71 %", "0.20 %"]


def fragment(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i : text.index(end, i) + len(end)]


def test_snapshot_pareto_block(rendered: dict[str, Any], snapshot: Any) -> None:
    assert [
        fragment(rendered["html"], '<article class="table-block pareto"', "</article>"),
        fragment(rendered["typst"], "#pareto-block(", "targets)"),
        fragment(rendered["qmd"], "## Defects by type", "natural process limits\\.*"),
    ] == snapshot


def test_snapshot_unit_economics_block(rendered: dict[str, Any], snapshot: Any) -> None:
    assert [
        fragment(rendered["html"], '<article class="table-block unit-economics"', "</article>"),
        fragment(rendered["typst"], "#unit-economics-block(", "targets)"),
        fragment(rendered["qmd"], "## Unit economics by channel", "divide it by\\.*"),
    ] == snapshot


def test_hostile_titles_are_escaped(make_project: Callable[..., Path]) -> None:
    title = '<script>alert(1)</script> *x* #eval("1") $y$'
    path = make_project(
        sources={"o": defects_csv()},
        metrics=CATALOGUE,
        config={"week_ending": WE, "sections": [{"title": "F", "blocks": [
            {"pareto": {"title": title, "total": "shipped", "metrics": ["a", "b"]}}]}]},
    )  # fmt: skip
    ctx = build_context(build_report(load_project(path)))
    html = render_html(ctx, runtime="")
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    typ = render_typst(ctx)
    assert '"title": "<script>alert(1)</script> *x* #eval(\\"1\\") $y$"' in typ
    qmd = qmd_source(ctx, runtime="")
    assert "## " + md_escape(title) in qmd


def test_the_blocks_compile_to_pdf_with_their_numbers(
    rendered: dict[str, Any], tmp_path: Path
) -> None:
    """Real Typst (and the real chart export): the PDF carries the blocks' words and numbers."""
    import shutil
    import subprocess

    from wbr.render.typst import render_pdf

    ctx = rendered["ctx"]
    pdf = render_pdf(ctx, tmp_path / "econ.pdf", tmp_path / "cache")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    for words in ("Defects by type", "2.14 %", "+114 bps", "no spend booked", "$8.75", "$196"):
        assert words in text
    fair = next(line for line in text.splitlines() if line.strip().startswith("Fair"))
    assert fair.count("no spend booked") == 3
    show = next(line for line in text.splitlines() if line.strip().startswith("Show"))
    assert show.split()[1:] == ["$25", "—", "—"]
