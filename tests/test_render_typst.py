"""The PDF packet: Typst source from the report context, compiled with the typst package."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pypdf
import pytest
import typst

from tests.render_fixture import tiny_report
from wbr.errors import RenderError
from wbr.notes import Annotation
from wbr.project import load_project
from wbr.render.context import build_context
from wbr.render.contract import ReportContext
from wbr.render.typst import (
    compile_pdf,
    link_targets,
    render_pdf,
    render_typst,
    typst_literal,
    typst_string,
)
from wbr.report import build_report

REPO = Path(__file__).resolve().parent.parent
HOSTILE_LABEL = '<script>alert(1)</script> #eval("1") $x$ *b* _i_ @ref \\ ] [ `r` <l> // c'
HOSTILE_NOTE = 'Fixed. #set page(width: 1cm) ]; $$ {{ x }} "quoted" \\n @team *urgent* = done'
HOSTILE_EVENT = "Promo #1 ] [ $5 off @sales"


def typst_eval(expression: str) -> Any:
    """What Typst makes of an expression (typst.eval answers in JSON)."""
    return json.loads(typst.eval(b"", expression))


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def hostile_context() -> ReportContext:
    report = tiny_report(
        label=HOSTILE_LABEL,
        definition=f"Counted daily. {HOSTILE_LABEL}",
        commentary={"leads": HOSTILE_NOTE},
        annotations=(Annotation(dt.date(2026, 11, 10), "leads", HOSTILE_EVENT),),
        title="Tiny WBR *#1* $",
    )
    return build_context(report)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One chart cache for the module: each chart is converted once."""
    return tmp_path_factory.mktemp("chart-cache")


@pytest.fixture(scope="module")
def sample_pdf(
    tmp_path_factory: pytest.TempPathFactory, cache_dir: Path
) -> tuple[Path, ReportContext]:
    """The packet of the repository's sample project."""
    ctx = build_context(build_report(load_project(REPO / "wbr.yaml")))
    out = tmp_path_factory.mktemp("sample") / f"{ctx['stem']}.pdf"
    return render_pdf(ctx, out, cache_dir), ctx


# --- data literals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [HOSTILE_LABEL, HOSTILE_NOTE, 'a "quoted" \\ back\\slash', "tab\there\nnew line", "\x01ctl"],
)
def test_string_literal_round_trips_through_typst(text: str) -> None:
    # Typst evaluates the literal back to exactly the Python string
    assert typst_eval(typst_string(text)) == text


def test_literal_of_nested_data() -> None:
    value = {"a": [1, 2.5, None, True], "b": {}, "c": ("x",), "d": float("nan"), "raw": 1}
    literal = str(typst_literal(value, drop=("raw",)))
    assert (
        literal
        == '(\n  "a": (1, 2.5, none, true, ),\n  "b": (:),\n  "c": ("x", ),\n  "d": none,\n)'
    )
    assert typst_eval(literal) == {"a": [1, 2.5, None, True], "b": {}, "c": ["x"], "d": None}


def test_literal_exclude_and_drop() -> None:
    assert typst_eval(typst_literal({"a": 1, "b": 2}, exclude=("b",))) == {"a": 1}
    nested = [{"a": {"raw": 1, "text": "x"}, "b": 2}]
    assert (
        str(typst_literal(nested, exclude=("b",), drop=("raw",))) == '(("a": ("text": "x", ), ), )'
    )


# --- the Typst source ---------------------------------------------------------------------------


def test_typst_body_snapshot(snapshot: object) -> None:
    """The generated document after the inlined style (the style file is tested by compiling)."""
    source = render_typst(build_context(tiny_report()))
    body = source.split("#let targets = ", 1)[1]
    assert snapshot == "#let targets = " + body


def test_every_chart_gets_an_image_and_links_have_targets() -> None:
    ctx = build_context(tiny_report())
    source = render_typst(ctx, {c["id"]: f"/x/{c['id']}.svg" for c in ctx["charts"]})
    for chart in ctx["charts"]:
        assert f'"/x/{chart["id"]}.svg"' in source
    targets = link_targets(ctx)
    assert targets == {"leads": "m-leads", "lead_rate": "m-lead_rate"}


def test_link_targets_fall_back_to_the_appendix() -> None:
    ctx = build_context(tiny_report(sections=False))
    ctx["sections"] = []  # a layout that shows no metric block
    assert link_targets(ctx) == {"leads": "a-leads", "lead_rate": "a-lead_rate"}


def test_compile_error_is_a_render_error(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="Typst could not compile the packet"):
        compile_pdf('#image("/missing.svg")', tmp_path)


# --- the PDF ------------------------------------------------------------------------------------


def test_hostile_text_prints_literally(tmp_path: Path, cache_dir: Path) -> None:
    out = render_pdf(hostile_context(), tmp_path / "t.pdf", cache_dir)
    text = " ".join(" ".join(pdf_text(out)).split())
    assert HOSTILE_LABEL in text
    assert "Fixed. #set page(width: 1cm) ]; $$ {{ x }}" in text
    assert HOSTILE_EVENT in text
    assert "Tiny WBR *#1* $" in text
    # the injected "#set page(width: 1cm)" did nothing: every page is still landscape A4
    reader = pypdf.PdfReader(out)
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages} == {
        (842, 595)
    }


def test_sample_pdf_shows_every_metric_alert_and_page_numbers(
    sample_pdf: tuple[Path, ReportContext],
) -> None:
    path, ctx = sample_pdf
    pages = pdf_text(path)
    text = " ".join(" ".join(pages).split())
    for metric in ctx["appendix"]:
        # a breakdown child is a name in its parent's appendix entry ("By lead source: Web form")
        assert (metric["by_label"] if metric["parent"] else metric["label"]) in text, metric["id"]
    first_alert = ctx["glance"]["pairs"][0]
    assert first_alert["metric"]["id"] == "leads"
    # page 1 says how many metrics moved beyond their routine variation and how many did not
    assert ctx["glance"]["summary"] and " ".join(ctx["glance"]["summary"].split()) in " ".join(
        pages[0].split()
    )
    if ctx["glance"]["signals"]:
        assert ctx["glance"]["signals"][0]["metric"]["label"] in pages[0]
    # the lead-generation alert is the first thing in At a glance
    cover = " ".join(pages[0].split())
    glance = cover.split("At a glance", 1)[1]
    assert glance.split("GOODHART ALERT", 1)[1].lstrip().startswith("Leads")
    assert " ".join(first_alert["reason"].split()) in text
    n = len(pages)
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in page


def test_sample_pdf_embeds_only_the_shipped_fonts(sample_pdf: tuple[Path, ReportContext]) -> None:
    path, _ = sample_pdf
    reader = pypdf.PdfReader(path)
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor_owner = descendants[0].get_object() if descendants else font
            descriptor = descriptor_owner["/FontDescriptor"].get_object()
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"]).split("+", 1)[-1]] = embedded
    assert fonts and all(fonts.values()), fonts
    assert {name.split("-")[0] for name in fonts} == {"LiberationSans"}


def test_sample_pdf_is_landscape_and_reproducible(
    sample_pdf: tuple[Path, ReportContext], cache_dir: Path, tmp_path: Path
) -> None:
    path, ctx = sample_pdf
    box = pypdf.PdfReader(path).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (842, 595)  # A4, landscape
    again = render_pdf(ctx, tmp_path / "again.pdf", cache_dir)
    assert again.read_bytes() == path.read_bytes()


def test_letter_paper(tmp_path: Path, cache_dir: Path) -> None:
    ctx = build_context(tiny_report())
    ctx["paper"] = "us-letter"
    out = render_pdf(ctx, tmp_path / "letter.pdf", cache_dir, typ_path=tmp_path / "letter.typ")
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (792, 612)
    assert (tmp_path / "letter.typ").read_text(encoding="utf-8").startswith("// Generated by wbr")


def test_quiet_week_and_sparse_metadata_compile(tmp_path: Path, cache_dir: Path) -> None:
    ctx = build_context(tiny_report(definition=""))
    ctx["glance"].update(
        pairs=[], signals=[], misses=[], movers=[], warnings=[], routine="", summary="", quiet=True
    )
    ctx["sources"] = []
    for metric in ctx["appendix"]:
        metric["owner"] = ""
    text = " ".join(" ".join(pdf_text(render_pdf(ctx, tmp_path / "q.pdf", cache_dir))).split())
    assert "Nothing to flag this week" in text
    assert "No operational definition given." in text


def test_first_page_leads_with_signals_and_blocks_say_signal_or_routine(
    tmp_path: Path, cache_dir: Path
) -> None:
    ctx = build_context(tiny_report())
    pages = [" ".join(p.split()) for p in pdf_text(render_pdf(ctx, tmp_path / "s.pdf", cache_dir))]
    first = pages[0]
    # how many moved beyond routine variation and how many did not, then which ones
    # the rate's signal is on a mature week: counted; the leads' week is provisional
    assert (
        "1 metric moved beyond its routine variation this week (and 1 more on provisional "
        "data); 0 moved only within it." in first
    )
    assert first.index("GOODHART ALERT") < first.index("Signals this week")
    assert first.index("BAD Lead → meeting rate 21.0 % is below its lower natural process") < (
        first.index("GOOD Leads 618 is above its upper natural process limit of 456")
    )
    leads = next(p for p in pages[1:] if "Owner: Marketing" in p)
    assert "Last week was a signal (good): 618 is above its upper natural process limit" in leads
    assert "Target assurance: the process will hit and miss by chance." in leads
    assert "Process behaviour chart: weekly values against their natural process limits" in leads


def test_typst_actions_snapshot(snapshot: object) -> None:
    """Page 1's actions and commentary, and the leads block's plan and open actions (issue #10)."""
    from tests.render_fixture import tiny_actions

    source = render_typst(build_context(tiny_report(actions=tiny_actions())))
    body = source.split("#let targets = ", 1)[1]
    page1 = body.split("#owner-actions(", 1)[1].split("\n#section-start()", 1)[0]
    leads = body.split("#metric-block(", 1)[1].split("\n#metric-block(", 1)[0]
    plan_and_actions = leads[leads.index('"plan"') :]
    assert [page1, plan_and_actions] == snapshot
