"""The Quarto document (``.qmd`` plus its ``charts/``) and the ``quarto render`` wrapper.

The document has no executable code cells (no Jupyter kernel needed): every chart is pre-rendered,
as a Vega-Lite spec with one ``vegaEmbed`` call for HTML (the Vega runtime inlined once) and as an
SVG file for Quarto's ``typst`` (PDF) format, each inside a ``content-visible`` div. Tables and
callouts are ordinary Quarto markdown; every piece of user text is markdown-escaped (the Jinja2
environment escapes every ``{{ }}`` unless the value is explicitly marked safe).

Quarto itself is optional: :func:`quarto_executable` finds it (``QUARTO_PATH``, then ``PATH``) and
:func:`run_quarto` runs it through ``subprocess`` with list arguments and a timeout.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup

from wbr.childenv import child_env
from wbr.errors import RenderError
from wbr.fileio import write_atomic
from wbr.render.contract import ReportContext, Stat
from wbr.render.env import make_env
from wbr.render.export import FONT_DIR, FONT_FAMILY, ProgressFn, default_cache_dir, export_svgs
from wbr.render.filters import json_script, md_escape
from wbr.render.typst import link_targets, typst_string

TEMPLATE = "packet.qmd.j2"
CHARTS_DIR = "charts"
CHART_WIDTH = "94%"
"""Width of a chart in its grid column of the PDF (Quarto's Typst format)."""
# The PDF lays a metric out as the built-in engine does (report_templates/typst/wbr-style.typ):
# one unbreakable block, side by side the 6-12 chart, the process chart when there is one, the
# numbers and the plan and pairs; sections follow one another without a page break, each lists
# its chart events once, and the appendix is in three columns. In the HTML these raw Typst blocks
# are dropped and the same content follows one after another.
_BLOCK_OPEN = "#block(breakable: false, width: 100%, above: 14pt, below: 6pt)["
_GRID_OPEN = "#grid(columns: (40%, 31%, 1fr), column-gutter: 10pt)["
_GRID3_OPEN = "#grid(columns: (33%, 25%, 1fr), column-gutter: 10pt)["  # with a process chart
_COLUMNS_OPEN = "#columns(3, gutter: 14pt)[#set text(size: 7.5pt)"
_ID = re.compile(r"^[A-Za-z0-9_.-]+$")  # breakdown ids carry a dot: leads.web_form
_STYLE = (
    "<style>.good{color:#067647}.bad{color:#b42318}.na{color:#98a2b3}"
    ".wbr-chart{width:100%;overflow-x:auto;margin:0.5rem 0}</style>"
)
# Typst set rules for Quarto's typst format: landscape pages and "Page N of M" in the footer.
# Quarto's own page settings come later and leave both alone.
# Tables, lists and headings as compact as the built-in engine's, so that both PDFs of a packet
# have about as many pages (Quarto's defaults gave the sample 37 pages against 20).
_TYPST_HEADER = (
    '#set page(flipped: true, footer: context [#set text(size: 7.5pt, fill: rgb("#667085"));'
    " #h(1fr) Page #counter(page).display() of #counter(page).final().first()])\n"
    "#set table(inset: (x: 4pt, y: 1.8pt))\n"
    "#show table: set text(size: 7.5pt)\n"
    "#set par(spacing: 0.65em)\n"
    "#show emph: set text(size: 7pt)\n"  # legends and notes under the charts
    "#show list: set text(size: 7.5pt)\n"
    "#show heading.where(level: 2): set text(size: 10.5pt)\n"
    "#show heading.where(level: 3): set text(size: 8.5pt)\n"
    # a heading never stands alone at the foot of a page: sections flow (issue #10)
    "#show heading: it => block(sticky: true, width: 100%, it)\n"
)

QUARTO_ENV = "QUARTO_PATH"
INSTALL_HINT = (
    "install Quarto 1.4 or later from https://quarto.org/docs/get-started/ "
    f"(or set {QUARTO_ENV} to the quarto executable), or use --engine builtin"
)
DEFAULT_TIMEOUT = 600.0
"""Seconds one ``quarto render`` may take (a 100-metric packet renders in well under a minute)."""
_QUARTO_FORMATS = {"html": ("html", ".html"), "pdf": ("typst", ".pdf"), "typst": ("typst", ".pdf")}


def quarto_executable() -> Path | None:
    """The ``quarto`` executable: ``$QUARTO_PATH`` first, then ``PATH``; None when absent.

    ``QUARTO_PATH`` may name the executable or the folder holding it (or its ``bin/``). A
    ``QUARTO_PATH`` that points at nothing runnable is an error rather than a silent fallback:
    whoever set it wants Quarto.
    """
    configured = os.environ.get(QUARTO_ENV, "").strip()
    if configured:
        path = Path(configured).expanduser()
        for candidate in (path, path / "quarto", path / "bin" / "quarto"):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return candidate
        raise RenderError(
            f"{QUARTO_ENV} is set to '{configured}', which is not an executable quarto; "
            f"fix or unset {QUARTO_ENV}"
        )
    found = shutil.which("quarto")
    return Path(found) if found else None


def require_quarto() -> Path:
    """The ``quarto`` executable, or RenderError saying how to install it."""
    exe = quarto_executable()
    if exe is None:
        raise RenderError(f"Quarto is not installed (no 'quarto' on PATH): {INSTALL_HINT}")
    return exe


def run_quarto(
    qmd_path: Path,
    formats: Sequence[str] = ("html", "pdf"),
    timeout: float = DEFAULT_TIMEOUT,
    executable: Path | None = None,
) -> list[Path]:
    """Run ``quarto render <qmd> --to html,typst`` in the document's folder; return the outputs.

    ``formats``: ``html`` and/or ``pdf`` (Quarto's ``typst`` format, which writes ``<stem>.pdf``).
    Outputs land beside the ``.qmd`` as ``<stem>.html`` and ``<stem>.pdf``, in ``formats`` order.

    Raises RenderError when Quarto is absent (with how to install it), fails (with Quarto's own
    message), times out, or does not write an expected file.
    """
    unknown = [f for f in formats if f not in _QUARTO_FORMATS]
    if unknown or not formats:
        raise ValueError(f"run_quarto formats must be html and/or pdf (got {list(formats)})")
    exe = executable if executable is not None else require_quarto()
    qmd_path = qmd_path.resolve()
    to = list(dict.fromkeys(_QUARTO_FORMATS[f][0] for f in formats))
    args = [str(exe), "render", qmd_path.name, "--to", ",".join(to)]
    outputs = [qmd_path.with_suffix(suffix) for _, suffix in dict.fromkeys(
        _QUARTO_FORMATS[f] for f in formats
    )]  # fmt: skip
    before = {p: _mtime(p) for p in outputs}
    try:
        proc = subprocess.run(
            args,
            cwd=qmd_path.parent,
            check=False,
            capture_output=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            env=child_env(),  # Quarto runs filters and extensions: no SMTP credentials for them
        )
    except subprocess.TimeoutExpired:
        raise RenderError(
            f"quarto render timed out after {timeout:g} s on {qmd_path.name}"
        ) from None
    except OSError as exc:
        raise RenderError(f"cannot run quarto at {exe}: {exc.strerror or exc}") from None
    if proc.returncode != 0:
        raise RenderError(f"quarto render failed: {quarto_message(proc.stderr, proc.stdout)}")
    stale = [p.name for p in outputs if _mtime(p) is None or _mtime(p) == before[p]]
    if stale:
        raise RenderError(
            f"quarto render finished but did not write {', '.join(stale)} "
            f"(in {qmd_path.parent}): {quarto_message(proc.stderr, proc.stdout)}"
        )
    return outputs


def quarto_message(stderr: bytes, stdout: bytes = b"") -> str:
    """Quarto's own error: its ``ERROR:`` lines, else the last lines it printed."""
    text = stderr.decode("utf-8", "replace") or stdout.decode("utf-8", "replace")
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    errors = [line.strip() for line in lines if line.lstrip().upper().startswith("ERROR")]
    chosen = errors or lines[-3:]
    return " / ".join(chosen) if chosen else "(it printed no message)"


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return None


# --- the document ------------------------------------------------------------------------------


def render_qmd(
    ctx: ReportContext,
    out_dir: Path,
    cache_dir: Path | None = None,
    *,
    runtime: str | None = None,
    progress: ProgressFn | None = None,
    template_dir: Path | None = None,
) -> Path:
    """Write ``<out_dir>/<stem>.qmd`` and its chart SVGs in ``<out_dir>/charts/``; return the .qmd.

    The SVGs come from the chart cache (``cache_dir``, default ``<out_dir>/.cache/charts``);
    stale ``chart-*.svg`` files of an earlier layout are removed. ``runtime`` is the Vega bundle
    (default: vl-convert's, as in the HTML packet).
    """
    from wbr.render.html import vega_runtime

    cache = cache_dir if cache_dir is not None else default_cache_dir(out_dir)
    svgs = export_svgs([c["spec"] for c in ctx["charts"]], cache, progress=progress)
    charts_dir = out_dir / CHARTS_DIR
    wanted = {f"{c['id']}.svg" for c in ctx["charts"]}
    for chart, svg in zip(ctx["charts"], svgs, strict=True):
        target = charts_dir / f"{_safe_id(chart['id'])}.svg"
        data = svg.read_bytes()
        if not (target.is_file() and target.read_bytes() == data):
            write_atomic(target, data)
    if charts_dir.is_dir():
        for old in charts_dir.glob("chart-*.svg"):
            if old.name not in wanted:
                old.unlink(missing_ok=True)
    text = qmd_source(
        ctx,
        runtime=runtime if runtime is not None else vega_runtime(cache),
        template_dir=template_dir,
        doc_dir=out_dir.resolve(),
    )
    return write_atomic(out_dir / f"{ctx['stem']}.qmd", text)


def qmd_source(
    ctx: ReportContext,
    *,
    runtime: str,
    font_dir: Path = FONT_DIR,
    template_dir: Path | None = None,
    doc_dir: Path | None = None,
) -> str:
    """The ``.qmd`` text (charts referenced as ``charts/<chart id>.svg``).

    ``doc_dir``: the folder the document is written to; the font folder is named relative to it.
    """
    env = make_qmd_env(template_dir)
    try:
        return env.get_template(TEMPLATE).render(
            **ctx,
            front_matter=Markup(front_matter(ctx, font_dir, doc_dir)),
            runtime_block=Markup(
                _visible("html", raw_block("html", _STYLE + "\n<script>" + runtime + "</script>"))
            ),
            sources_line=Markup(_sources_line(ctx)),
            chart_md={c["id"]: Markup(_chart_markdown(c["id"], c["spec"])) for c in ctx["charts"]},
            targets=link_targets(ctx),
            pagebreak=Markup(raw_block("typst", "#pagebreak(weak: true)")),
            block_open=Markup(raw_block("typst", _BLOCK_OPEN)),
            block_close=Markup(raw_block("typst", "]")),
            grid_open=Markup(raw_block("typst", _GRID_OPEN)),
            grid3_open=Markup(raw_block("typst", _GRID3_OPEN)),
            grid_next=Markup(raw_block("typst", "][")),
            columns_open=Markup(raw_block("typst", _COLUMNS_OPEN)),
            stat=md_stat,
        )
    except jinja2.TemplateError as exc:
        raise RenderError(f"Quarto template error: {exc}") from exc


def make_qmd_env(template_dir: Path | None = None) -> jinja2.Environment:
    """The shared qmd environment, markdown-escaping every ``{{ }}`` that is not Markup."""
    env = make_env(template_dir, "qmd").overlay(finalize=_md_finalize)
    env.filters["md_id"] = _md_id
    env.filters["md_anchor"] = lambda value: Markup("{#" + _safe_id(str(value)) + "}")
    return env


def front_matter(ctx: ReportContext, font_dir: Path = FONT_DIR, doc_dir: Path | None = None) -> str:
    """The YAML front matter (without the ``---`` lines); strings are markdown-escaped.

    Quarto 1.8 resolves ``font-paths`` against the document's folder even when absolute
    (``/x/fonts`` became ``<doc>/x/fonts``, and Typst fell back to its serif font), so with
    ``doc_dir`` the font folder is written relative to it.
    """
    fonts = os.path.relpath(font_dir, doc_dir) if doc_dir is not None else str(font_dir)
    meta: dict[str, Any] = {
        "title": md_escape(ctx["title"]),
        "subtitle": md_escape(
            f"{ctx['week_label']} · week ending {ctx['week_ending_text']} · {ctx['fiscal_label']}"
        ),
        "date": ctx["week_ending"],
        "lang": "en",
        "format": {
            "html": {
                "embed-resources": True,
                "html-table-processing": "none",
                "toc": True,
                "toc-depth": 2,
                "page-layout": "full",
            },
            "typst": {
                "papersize": ctx["paper"],
                "margin": {"x": "13mm", "y": "14mm"},
                "mainfont": FONT_FAMILY,
                "fontsize": "8.5pt",
                "font-paths": [fonts],
                "include-in-header": {"text": _TYPST_HEADER},
            },
        },
    }
    dumped: str = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    return dumped.rstrip("\n")


def raw_block(fmt: str, content: str) -> str:
    """A pandoc raw block whose fence is longer than any backtick run in ``content``."""
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{{={fmt}}}\n{content}\n{fence}"


def md_stat(s: Stat) -> Markup:
    """One number in markdown: values bold, changes with ▲/▼ and a good/bad class."""
    text = md_escape(s["text"])
    partial = (" (partial)" if s["partial"] else "") + (
        " (provisional)" if s["provisional"] else ""
    )
    if s["tone"] == "value":
        return Markup(f"**{text}**{partial}")
    if s["tone"] in ("good", "bad", "na"):
        arrow = f"{s['arrow']} " if s["arrow"] else ""
        return Markup(f"[{arrow}{text}]{{.{s['tone']}}}{partial}")
    return Markup(f"{text}{partial}")


def _chart_markdown(chart_id: str, spec: Mapping[str, Any]) -> str:
    cid = _safe_id(chart_id)
    html = (
        f'<div id="{cid}" class="wbr-chart"></div>\n'
        f'<script>vegaEmbed("#{cid}", {json_script(spec)}, {json.dumps(_EMBED_OPTIONS)})'
        '.catch(function (e) { document.getElementById("' + cid + '").textContent = '
        '"Chart could not be drawn: " + e; });</script>'
    )
    typst_image = f"#image({typst_string(f'{CHARTS_DIR}/{cid}.svg')}, width: {CHART_WIDTH})"
    return (
        _visible("html", raw_block("html", html))
        + "\n\n"
        + _visible("typst", raw_block("typst", typst_image))
    )


_EMBED_OPTIONS = {"renderer": "svg", "actions": False}


def _visible(fmt: str, body: str) -> str:
    return f'::: {{.content-visible when-format="{fmt}"}}\n{body}\n:::'


def _sources_line(ctx: ReportContext) -> str:
    sources = ", ".join(md_escape(s["text"]) for s in ctx["sources"])
    return md_escape(f"Generated {ctx['generated_text']}") + (
        f" · Data: {sources}" if sources else ""
    )


def _md_finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    # one line: a newline inside a table cell or heading would end it
    return md_escape(" ".join(str(value).split()))


def _safe_id(value: str) -> str:
    if not _ID.match(value):
        raise RenderError(f"cannot use {value!r} as an id in the Quarto document")
    return value


def _md_id(value: Any) -> Markup:
    return Markup(_safe_id(str(value)))
