"""The summary box and the Goodhart pair panels (issue #10): one box layout in HTML and PDF with
separate YoY and vs-target columns, and each pair drawn once, in its target metric's block."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pypdf

from tests.render_fixture import tiny_report
from wbr.render.context import build_context
from wbr.render.html import render_html
from wbr.render.typst import render_pdf, render_typst
from wbr.report import Report
from wbr.results import PairState, PairStatus


def both_ways() -> Report:
    """The fixture plus the reverse pair (lead_rate guarded by leads), which is OK."""
    report = tiny_report()
    ms = report.metric_set
    reverse = PairStatus("lead_rate", "leads", PairState.OK, "Fine.", -669.4, 0.337, 0.1)
    return replace(report, metric_set=replace(ms, pairs=(*ms.pairs, reverse)))


def block(html: str, metric_id: str) -> str:
    start = html.index(f'id="m-{metric_id}"')
    return html[start : html.index("</article>", start)]


def test_box_rows_hand_computed() -> None:
    box = build_context(tiny_report())["sections"][0]["blocks"][0]["metric"]["box"]
    assert box["columns"] == ["Value", "WoW", "YoY", "Target", "vs target"]
    cells = [
        (
            r["label"],
            r["value"]["text"],
            r["wow"]["text"] if r["wow"] else None,
            r["yoy"]["text"],
            r["target"],
            r["gap"],
            r["vs_target"]["text"] if r["vs_target"] else None,
            r["status"],
        )
        for r in box["rows"]
    ]
    # leads 618 vs 443: +175, 175 / 443 = +39.5 %, met; MTD/QTD/YTD equal their plan: 0, 0.0 %
    assert cells == [
        ("Last week", "618", "+14.2 %", "+67.9 %", "443", "+175", "+39.5 %", "met"),
        ("MTD", "892", None, "+12.0 %", "892", "0", "0.0 %", ""),
        ("QTD", "2,782", None, "+9.0 %", "2,782", "0", "0.0 %", ""),
        ("YTD", "20.4K", None, "0.0 %", "20.4K", "0", "0.0 %", ""),
    ]
    week_gap = box["rows"][0]["vs_target"]
    assert week_gap is not None and (week_gap["arrow"], week_gap["tone"]) == ("▲", "good")
    rate = build_context(tiny_report())["sections"][0]["blocks"][1]["metric"]["box"]
    assert rate["columns"] == ["Value", "WoW", "YoY"] and not rate["has_target"]


def test_html_and_pdf_box_have_the_same_columns(tmp_path: Path) -> None:
    ctx = build_context(tiny_report())
    html = block(render_html(ctx, "/* runtime */"), "leads")
    heads = re.findall(r'<th class="r">([^<]*)</th>', html.split("</thead>", 1)[0])
    assert heads == ["Value", "WoW", "YoY", "Target", "vs target"]
    pdf = render_pdf(ctx, tmp_path / "t.pdf", tmp_path / "cache")
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    assert "Value WoW YoY Target vs target" in text
    assert "YoY / vs target" not in text
    # the week's row: 618, WoW, YoY, then the target 443 and the gap +175 / +39.5 %, MET
    # (p and pr: the partial and provisional marks; pypdf runs the label into the value)
    week = r"Last week ?618p?p?r? ▲ \+14\.2 %ppr ▲ \+67\.9 %ppr 443 \+175 ▲ \+39\.5 %ppr MET"
    assert re.search(week, text), text
    assert "Target: 450 per week (prorated by days)" in text  # readers' words, not config words


def test_a_pair_is_drawn_once_in_its_target_metrics_block() -> None:
    html = render_html(build_context(tiny_report()), "/* runtime */")
    leads, rate = block(html, "leads"), block(html, "lead_rate")
    assert leads.count('class="pair-panel') == 1 and rate.count('class="pair-panel') == 0
    assert (
        '<p class="pair-link alert"><span class="badge alert">Goodhart alert</span> '
        'Counter-metric of <a href="#m-leads">Leads</a>: the pair is shown in its block.</p>'
    ) in rate


def test_a_pair_defined_both_ways_is_drawn_once_with_its_worst_status() -> None:
    ctx = build_context(both_ways())
    html = render_html(ctx, "/* runtime */")
    leads, rate = block(html, "leads"), block(html, "lead_rate")
    # the alert (leads -> lead_rate) in the leads block; no OK box for the same two numbers
    assert leads.count('class="pair-panel alert"') == 1 and "pair-panel ok" not in html
    assert rate.count("pair-panel") == 0
    assert 'Paired both ways with <a href="#m-leads">Leads</a>' in rate
    # the PDF draws the same: one pair panel, one link
    source = render_typst(ctx).split("#appendix(", 1)[0]
    assert source.count('"pair_panels": (("status": "alert"') == 1
    assert source.count('"pair_panels": ((') == 1
    assert source.count('"relation": "Paired both ways with"') == 1
