"""The built-in HTML packet: self-contained, escaped, every chart drawn by an offline browser."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from tests.render_fixture import tiny_report
from wbr.notes import Annotation
from wbr.project import load_project
from wbr.render.context import build_context
from wbr.render.contract import ReportContext
from wbr.render.env import make_env
from wbr.render.filters import json_script, typst_escape
from wbr.render.html import render_html
from wbr.render.stat_context import stat_change
from wbr.report import OutputFormat, ReportMetricBlock, build_report, write_outputs
from wbr.schema import Direction

REPO = Path(__file__).resolve().parent.parent
FAKE_RUNTIME = "/* vega runtime */"
HOSTILE = "<script>alert(1)</script>"
PWN = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
BREAKOUT = "</script><script>document.body.setAttribute('data-pwned','2')</script>"


def chromium() -> str | None:
    found = shutil.which("chromium")
    if found is None and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    return found


needs_chromium = pytest.mark.skipif(
    chromium() is None,
    reason="headless Chromium not installed (Debian: apt-get install chromium); CI installs it",
)


def dump_dom(page: Path, *flags: str) -> str:
    """Open ``page`` in headless Chromium with every network request failing; return the DOM."""
    browser = chromium()
    assert browser is not None
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--proxy-server=127.0.0.1:9",  # nothing listens: the network is unavailable
                "--proxy-bypass-list=<-loopback>",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=10000",
                *flags,
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
    return done.stdout.decode("utf-8")


def console_messages(page: Path) -> list[str]:
    """What the page logged to the browser console (Vega's warnings land there)."""
    browser = chromium()
    assert browser is not None
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--proxy-server=127.0.0.1:9", f"--user-data-dir={profile}",
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
                "--dump-dom", page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )  # fmt: skip
    return [line for line in done.stderr.decode("utf-8").splitlines() if "CONSOLE" in line]


def tiny_ctx(**kwargs: Any) -> ReportContext:
    return build_context(tiny_report(**kwargs))


# --- snapshots of each template on the fixed tiny context -------------------------------------


def render_partial(name: str, **variables: Any) -> str:
    return make_env(fmt="html").get_template(name).render(**variables)


def test_snapshot_glance(snapshot: Any) -> None:
    assert render_partial("_glance.html.j2", ctx=tiny_ctx()) == snapshot


def test_snapshot_metric_block(snapshot: Any) -> None:
    ctx = tiny_ctx(commentary={"leads": "Trade show week."})
    block = ctx["sections"][0]["blocks"][0]
    assert (
        render_partial(
            "_metric.html.j2",
            m=block["metric"],
            chart=block["chart"],
            process_chart=block["process_chart"],
        )
        == snapshot
    )


def test_snapshot_tables(snapshot: Any) -> None:
    blocks = tiny_ctx()["sections"][0]["blocks"]
    assert [render_partial("_table.html.j2", table=b["table"]) for b in blocks[2:]] == snapshot


def test_snapshot_appendix(snapshot: Any) -> None:
    assert render_partial("_appendix.html.j2", ctx=tiny_ctx()) == snapshot


# --- the document ------------------------------------------------------------------------------


def test_document_order_cover_glance_contents_sections_appendix() -> None:
    html = render_html(tiny_ctx(), FAKE_RUNTIME)
    marks = [
        html.index("<h1>Tiny WBR</h1>"),
        html.index('id="at-a-glance"'),
        html.index('class="toc"'),
        html.index('id="s-1"'),
        html.index('id="appendix"'),
    ]
    assert marks == sorted(marks)
    assert "<strong>Week 46</strong> · week ending 15 November 2026 · Q4 FY2026" in html
    assert "crm through 13 Nov (2 days short)" in html
    assert '<time datetime="2026-11-16T07:00+00:00">16 Nov 2026 07:00 UTC</time>' in html
    # the alert is the first thing in At a glance, and its missing explanation is called out
    glance = html[html.index('id="at-a-glance"') : html.index('class="toc"')]
    assert glance.index("Goodhart alert") < glance.index("Data warnings")
    assert "No explanation yet from the owner of Leads." in glance


def test_self_contained_runtime_once_and_one_spec_per_chart() -> None:
    ctx = tiny_ctx()
    html = render_html(ctx, FAKE_RUNTIME)
    assert html.count(FAKE_RUNTIME) == 1
    # two 6-12 charts, and a process behaviour chart for each metric with a signal this week
    assert [c["id"] for c in ctx["charts"]] == [
        "chart-1-leads",
        "chart-1-leads-xmr",
        "chart-2-lead_rate",
        "chart-2-lead_rate-xmr",
    ]
    assert ctx["chart_count"] == 4
    specs = re.findall(r'<script type="application/json" id="spec-([^"]+)">', html)
    assert specs == [c["id"] for c in ctx["charts"]]
    assert len(re.findall(r'data-wbr-chart="', html)) == 4
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_real_runtime_is_inlined_once_and_cannot_end_its_script(tmp_path: Path) -> None:
    report = tiny_report()
    paths = write_outputs(report, [OutputFormat.HTML], tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "2026-11-15/wbr-2026-11-15.html",
        "2026-11-15/metrics.json",
    ]
    html = paths[0].read_text(encoding="utf-8")
    assert html.count("window.vegaEmbed=") == 1
    body = html[html.index("<script>") :]
    # every <script> opened is closed once: the bundle holds no "</script"
    assert body.count("<script") == body.count("</script>")
    assert list((tmp_path / ".cache").glob("vega-runtime-*.js"))


def test_summary_box_tones_arrows_signs_and_partial_flags() -> None:
    html = render_html(tiny_ctx(), FAKE_RUNTIME)
    leads = html[html.index('id="m-leads"') : html.index('id="m-lead_rate"')]
    assert "partial week · 5 of 7 days" in leads
    assert (
        '<span class="stat good partial provisional" title="Partial period: not every day has '
        'data; Provisional: the numbers are still coming in">'
        '<span class="arrow" aria-hidden="true">▲</span>+14.2 %<sup class="p" '
        'aria-label="partial period">p</sup><sup class="pr" aria-label="provisional">pr</sup>'
    ) in leads
    # one box layout (issue #10): Value | WoW | YoY | Target | vs target, one number per cell
    head = '<th class="r">Value</th><th class="r">WoW</th><th class="r">YoY</th>'
    assert head + '<th class="r">Target</th><th class="r">vs target</th>' in leads
    assert '<td class="r num t">443</td>' in leads  # the week's target, in its own column
    assert '<span class="target-status met">met</span>' in leads  # 618 vs 443: met
    rate = html[html.index('id="m-lead_rate"') : html.index('class="table-block"')]
    assert '<span class="arrow" aria-hidden="true">▼</span>−336 bps' in rate
    assert 'class="stat bad partial"' in rate
    assert '<span class="stat flat">0 bps</span>' in rate  # YTD YoY rounds to zero: no colour
    assert head + "</tr>" in rate  # no target: no target columns


def test_tone_follows_direction_not_sign() -> None:
    down_good = stat_change("wow", "WoW", -0.12, "pct", Direction.LOWER_IS_BETTER)
    assert (down_good["tone"], down_good["arrow"], down_good["text"]) == ("good", "▼", "−12.0 %")
    up_bad = stat_change("wow", "WoW", 150.0, "bps", Direction.LOWER_IS_BETTER)
    assert (up_bad["tone"], up_bad["arrow"], up_bad["text"]) == ("bad", "▲", "+150 bps")
    missing = stat_change("wow", "WoW", None, "pct", Direction.HIGHER_IS_BETTER)
    assert (missing["tone"], missing["arrow"], missing["text"]) == ("na", "", "n/a")


def test_commentary_and_annotations_sit_under_their_metric() -> None:
    ctx = tiny_ctx(
        commentary={"leads": "Trade show week."},
        annotations=[Annotation(dt.date(2026, 11, 3), "leads", "Hannover Messe")],
    )
    html = render_html(ctx, FAKE_RUNTIME)
    leads = html[html.index('id="m-leads"') : html.index('id="m-lead_rate"')]
    assert '<blockquote class="commentary"><p>Trade show week.</p>' in leads
    note = '<li value="1"><time datetime="2026-11-03">3 Nov 2026</time> Hannover Messe</li>'
    assert note in leads
    assert "Hannover" not in html[html.index('id="m-lead_rate"') : html.index('id="appendix"')]
    glance = html[html.index('id="at-a-glance"') : html.index('class="toc"')]
    assert "No explanation yet" not in glance


def test_hostile_text_is_escaped_everywhere() -> None:
    ctx = tiny_ctx(
        label=HOSTILE,
        definition=PWN,
        title=f"ACME {HOSTILE}",
        commentary={"leads": BREAKOUT, "lead_rate": PWN},
        annotations=[Annotation(dt.date(2026, 11, 3), None, BREAKOUT)],
    )
    html = render_html(ctx, FAKE_RUNTIME)
    assert HOSTILE not in html and PWN not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert BREAKOUT not in html
    # inside the JSON specs the text survives intact, with < > & as \u escapes (the process
    # behaviour charts carry no annotations)
    for chart in (c for c in ctx["charts"] if not c["id"].endswith("-xmr")):
        match = re.search(
            rf'<script type="application/json" id="spec-{chart["id"]}">(.*?)</script>', html, re.S
        )
        assert match is not None
        assert json.loads(match.group(1)) == chart["spec"]
        assert "\\u003c/script\\u003e" in match.group(1)


def test_json_script_and_typst_escape_filters() -> None:
    escaped = '{"a":"\\u003c/script\\u003e\\u003c!--\\u0026"}'
    assert str(json_script({"a": "</script><!--&"})) == escaped
    assert str(typst_escape("#set *x* $y$ <l> @r [a] // c")) == (
        "\\#set \\*x\\* \\$y\\$ \\<l\\> \\@r \\[a\\] \\/\\/ c"
    )


# --- a real browser, offline -------------------------------------------------------------------


@needs_chromium
def test_offline_chromium_draws_every_chart_of_the_sample(tmp_path: Path) -> None:
    report = build_report(
        load_project(REPO / "wbr.yaml"),
        generated_at=dt.datetime(2026, 11, 16, 7, 0, tzinfo=dt.UTC),
    )
    blocks = sum(isinstance(b, ReportMetricBlock) for s in report.sections for b in s.blocks)
    assert blocks >= 15  # the sample deck's metric blocks (tables have no chart)
    # plus a process behaviour chart for each block with a signal this week (signals.charts)
    charts = len(build_context(report)["charts"])
    assert charts >= blocks
    html_path = write_outputs(report, [OutputFormat.HTML], tmp_path)[0]
    dom = dump_dom(html_path)
    assert len(re.findall(r'<svg[^>]*class="marks"', dom)) == charts
    assert dom.count('data-embed="ok"') == charts
    assert 'data-embed="error"' not in dom and 'class="embed-error"' not in dom


@needs_chromium
def test_offline_chromium_runs_no_injected_code_and_shows_the_text(tmp_path: Path) -> None:
    ctx = tiny_ctx(
        label=HOSTILE,
        definition=PWN,
        commentary={"leads": BREAKOUT},
        annotations=[Annotation(dt.date(2026, 11, 3), None, BREAKOUT)],
    )
    from wbr.render.html import vega_runtime

    page = tmp_path / "hostile.html"
    page.write_text(render_html(ctx, vega_runtime(tmp_path / ".cache")), encoding="utf-8")
    dom = dump_dom(page)
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert len(re.findall(r'<svg[^>]*class="marks"', dom)) == 4


@needs_chromium
def test_a_chart_that_cannot_be_drawn_says_so(tmp_path: Path) -> None:
    ctx = tiny_ctx()
    ctx["charts"][0]["spec"]["layer"][0]["mark"]["type"] = "no-such-mark"
    from wbr.render.html import vega_runtime

    page = tmp_path / "broken.html"
    page.write_text(render_html(ctx, vega_runtime(tmp_path / ".cache")), encoding="utf-8")
    dom = dump_dom(page)
    assert dom.count('data-embed="error"') == 1
    assert "Chart could not be drawn:" in dom
    assert dom.count('data-embed="ok"') == 3


@needs_chromium
def test_offline_chromium_draws_the_limits_band_and_the_process_behaviour_charts(
    tmp_path: Path,
) -> None:
    from wbr.render.html import vega_runtime

    page = tmp_path / "signals.html"
    page.write_text(render_html(tiny_ctx(), vega_runtime(tmp_path / ".cache")), encoding="utf-8")
    dom = dump_dom(page)
    drawn = {}
    for chart_id in ("chart-1-leads", "chart-1-leads-xmr", "chart-2-lead_rate-xmr"):
        start = dom.index(f'data-wbr-chart="{chart_id}"')
        end = dom.find("data-wbr-chart=", start + 20)
        drawn[chart_id] = dom[start : end if end > 0 else len(dom)]
        assert 'data-embed="ok"' in drawn[chart_id][:400], chart_id
        assert re.search(r'<svg[^>]*class="marks"', drawn[chart_id]), chart_id
    # 6-12: the limits band (an area) behind the weeks, and a ring per signal week
    assert 'class="mark-area role-mark' in drawn["chart-1-leads"]
    # XmR: limits, centre line and URL labelled with the fixture's hand-computed numbers
    xmr = drawn["chart-1-leads-xmr"]
    for text in ("upper limit 456", "average 411", "lower limit 365", "URL 56.0", "baseline: 8"):
        assert text in xmr, text
    assert "lower limit 25.2 %" in drawn["chart-2-lead_rate-xmr"]
    assert "URL 607 bps" in drawn["chart-2-lead_rate-xmr"]
    # signal points are coloured by direction: good (leads) green, bad (the rate) red
    assert "#067647" in xmr and "#b42318" in drawn["chart-2-lead_rate-xmr"]
    # and Vega had nothing to complain about (no "Infinite extent", no conflicting scales)
    assert console_messages(page) == []


# --- actions (PDCA) and plan to date (issue #10) ------------------------------------------------


def test_snapshot_actions_and_plan(snapshot: Any) -> None:
    from tests.render_fixture import tiny_actions

    ctx = tiny_ctx(actions=tiny_actions())
    leads = ctx["sections"][0]["blocks"][0]["metric"]
    page1 = render_partial("_actions.html.j2", ctx=ctx)
    # user text is escaped; overdue A1 (due 12 Nov) is 4 days late on the review Monday (16 Nov)
    assert "&lt;b&gt;&amp;" in page1 and "<b>" not in page1
    assert "4 days late" in page1 and "Result: Halved the &lt;i&gt;bounce&lt;/i&gt;" in page1
    assert [
        page1,
        render_partial("_box.html.j2", m=leads),
        render_partial("_open_actions.html.j2", m=leads),
    ] == snapshot


# --- the 400 px layout (issue #10) ---------------------------------------------------------------

# Run inside the packet once every chart is drawn: what sticks out of the viewport, how much each
# chart's SVG was scaled down, and where the first Goodhart alert starts. Posted to the parent page.
MEASURE_JS = (REPO / "tests" / "fixtures" / "measure_layout.js").read_text(encoding="utf-8")


def layout_at(html_path: Path, width: int) -> dict[str, Any]:
    """Lay the packet out in a ``width`` px wide viewport of real Chromium and measure it.

    Headless Chromium's window has a minimum width near 500 px, so the packet is opened in an
    iframe of exactly ``width`` px (a phone's viewport), and reports back with postMessage.
    """
    html = html_path.read_text(encoding="utf-8")
    end = html.rindex("</body>")
    inner = html_path.with_name("measured.html")
    inner.write_text(html[:end] + f"<script>{MEASURE_JS}</script>" + html[end:], encoding="utf-8")
    frame = html_path.with_name("frame.html")
    frame.write_text(
        '<!DOCTYPE html><html><body style="margin:0">'
        f'<iframe src="measured.html" style="width:{width}px;height:900px;border:0;display:block">'
        "</iframe><script>window.addEventListener('message', function (e) {"
        " var p = document.createElement('pre'); p.id = 'measure'; p.textContent = e.data;"
        " document.body.appendChild(p); });</script></body></html>",
        encoding="utf-8",
    )
    dom = dump_dom(frame, "--hide-scrollbars", "--window-size=1000,1000")
    found = re.search(r'<pre id="measure">(.*?)</pre>', dom, re.S)
    assert found, "the packet did not report its layout"
    import html as html_lib

    result: dict[str, Any] = json.loads(html_lib.unescape(found.group(1)))
    return result


@needs_chromium
def test_the_sample_at_400_px_fits_the_screen_with_readable_charts(tmp_path: Path) -> None:
    report = build_report(
        load_project(REPO / "wbr.yaml"),
        generated_at=dt.datetime(2026, 11, 16, 7, 0, tzinfo=dt.UTC),
    )
    html_path = write_outputs(report, [OutputFormat.HTML], tmp_path)[0]
    got = layout_at(html_path, 400)
    assert got["viewport"] == 400
    assert got["embeds"] and set(got["embeds"]) == {"ok"}
    # nothing wider than the viewport: no sideways scrolling, no element past the right edge
    assert got["scrollWidth"] <= 400
    assert got["over"] == []
    # the first alert is on the first screen (the cover's metadata no longer takes 430 px)
    assert got["alertTop"] is not None and got["alertTop"] < 900
    # charts are drawn at the width they have, not shrunk: the axis text keeps its 10 px
    assert min(got["scales"]) > 0.99, got["scales"]
