"""The PDF packet: ``ReportContext`` → Typst source (Jinja2) → PDF (the ``typst`` Python package).

How user text is kept literal: the template hands the report to Typst as *data* (dictionaries,
arrays and string literals, written by :func:`typst_literal`), and the style functions in
``report_templates/typst/wbr-style.typ`` show strings as text. Inside a Typst string literal only
``\\`` and ``"`` (and control characters) need escaping, so a label such as ``#eval("1")``,
``$x$``, ``<script>``, ``*_@]`` prints exactly as written, by construction rather than by
enumerating Typst's markup syntax. The layout stays in one Typst file that can be read, tested
and reused on its own, and the generated ``.typ`` is self-contained.

Fonts: the shipped Liberation Sans only (``ignore_system_fonts``), the font vl-convert measures the
chart text with, so the PDF looks the same on every machine and embeds every glyph it uses.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import re
import time
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from wbr.errors import RenderError
from wbr.fileio import write_atomic
from wbr.render.contract import ReportContext
from wbr.render.env import make_env
from wbr.render.export import FONT_DIR, ProgressFn, default_cache_dir, export_svgs

log = logging.getLogger("wbr")

TEMPLATE = "packet.typ.j2"
STYLE = "wbr-style.typ"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def typst_literal(value: Any, exclude: Collection[str] = (), drop: Collection[str] = ()) -> Markup:
    """A Typst value literal for ``value`` (dict, list, str, number, bool, None), as Markup.

    Strings become ``"..."`` literals, so their content is never read as markup or code.
    ``exclude`` drops keys from the top-level dictionary (or from each dictionary of a top-level
    list); ``drop`` drops keys at every depth: data the template does not show need not be
    written. A top-level dictionary is written one entry per line, for readable diffs.
    """
    dropped = frozenset(drop)
    if exclude:
        if isinstance(value, Mapping):
            value = {k: v for k, v in value.items() if k not in exclude}
        elif isinstance(value, list | tuple):
            value = [
                {k: v for k, v in item.items() if k not in exclude}
                if isinstance(item, Mapping)
                else item
                for item in value
            ]
    if isinstance(value, Mapping) and value:
        lines = ["("]
        for key, item in value.items():
            if key not in dropped:
                lines.append(f"  {typst_string(str(key))}: {''.join(_literal(item, dropped))},")
        lines.append(")")
        return Markup("\n".join(lines))
    return Markup("".join(_literal(value, dropped)))


def _literal(value: Any, drop: frozenset[str] = frozenset()) -> list[str]:
    if value is None:
        return ["none"]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, int):
        return [str(value)]
    if isinstance(value, float):
        return [repr(value) if math.isfinite(value) else "none"]
    if isinstance(value, str):
        return [typst_string(value)]
    if isinstance(value, Mapping):
        if not value:
            return ["(:)"]
        out = ["("]
        for key, item in value.items():
            if key in drop:
                continue
            out.append(typst_string(str(key)))
            out.append(": ")
            out.extend(_literal(item, drop))
            out.append(", ")
        out.append(")")
        return out
    if isinstance(value, list | tuple):
        out = ["("]
        for item in value:
            out.extend(_literal(item, drop))
            out.append(", ")  # the trailing comma keeps a one-item array an array
        out.append(")")
        return out
    raise TypeError(f"cannot write {type(value).__name__} as a Typst value")


def typst_string(text: str) -> str:
    """``text`` as a Typst string literal: only backslash, quote and control characters escaped."""
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    escaped = _CONTROL.sub(lambda m: f"\\u{{{ord(m.group()):x}}}", escaped)
    return f'"{escaped}"'


def make_typst_env(template_dir: Path | None = None) -> jinja2.Environment:
    """The shared Typst environment plus the ``typst`` data-literal filter."""
    env = make_env(template_dir, "typst")
    env.filters["typst"] = typst_literal
    return env


def link_targets(ctx: ReportContext) -> dict[str, str]:
    """Metric id → the label a mention of it links to: its first metric block, else its appendix
    entry (every metric has one), so no link can point at a missing label."""
    targets = {m["id"]: f"a-{m['id']}" for m in ctx["appendix"]}
    for section in reversed(ctx["sections"]):
        for block in reversed(section["blocks"]):
            metric = block["metric"]
            if block["kind"] == "metric" and metric is not None:
                targets[metric["id"]] = metric["anchor"]
    return targets


def render_typst(
    ctx: ReportContext,
    images: Mapping[str, str] | None = None,
    template_dir: Path | None = None,
) -> str:
    """The packet as Typst source.

    ``images`` maps each chart id to the path ``image()`` should read (relative to the Typst
    root); by default ``charts/<chart id>.svg``, the layout beside a ``.qmd``.
    """
    env = make_typst_env(template_dir)
    loader = env.loader
    assert loader is not None
    style, _, _ = loader.get_source(env, STYLE)
    chart_images = {c["id"]: f"charts/{c['id']}.svg" for c in ctx["charts"]}
    if images is not None:
        chart_images.update(images)
    try:
        return env.get_template(TEMPLATE).render(
            **ctx, style=Markup(style), images=chart_images, targets=link_targets(ctx)
        )
    except jinja2.TemplateError as exc:
        raise RenderError(f"Typst template error: {exc}") from exc


def compile_pdf(source: str, root: Path, timestamp: dt.datetime | None = None) -> bytes:
    """Compile Typst source to PDF bytes with the shipped fonts only.

    ``root`` is the folder image paths are resolved in (``/x.svg`` = ``<root>/x.svg``).
    ``timestamp`` becomes the PDF's creation date (the same input gives the same bytes).
    """
    import typst

    try:
        # the stub ties ``input`` and ``root`` to one type; the binding takes bytes + a str path
        pdf = typst.compile(  # type: ignore[call-overload]
            source.encode("utf-8"),
            root=str(root),
            font_paths=[str(FONT_DIR)],
            ignore_system_fonts=True,
            format="pdf",
            timestamp=int(timestamp.timestamp()) if timestamp is not None else None,
        )
    except typst.TypstError as exc:
        hints = "; ".join(str(h) for h in (getattr(exc, "hints", None) or []))
        raise RenderError(
            f"Typst could not compile the packet: {exc}" + (f" (hint: {hints})" if hints else "")
        ) from None
    if not isinstance(pdf, bytes):  # pragma: no cover - typst returns bytes without an output path
        raise RenderError("Typst returned no PDF")
    return pdf


def render_pdf(
    ctx: ReportContext,
    out_path: Path,
    cache_dir: Path | None = None,
    *,
    progress: ProgressFn | None = None,
    template_dir: Path | None = None,
    typ_path: Path | None = None,
) -> Path:
    """Export the charts to SVG (cached), render the Typst source and write the PDF atomically.

    ``cache_dir`` holds the chart SVGs (default ``<out_path's folder>/.cache/charts``; ``wbr
    render`` passes ``<output_dir>/.cache/charts``). ``typ_path``, when given, also receives the
    Typst source (for debugging a layout). Returns ``out_path``.
    """
    started = time.perf_counter()
    cache = cache_dir if cache_dir is not None else default_cache_dir(out_path.parent)
    svgs = export_svgs([c["spec"] for c in ctx["charts"]], cache, progress=progress)
    root = Path(os.path.commonpath([str(p.parent.resolve()) for p in svgs])) if svgs else cache
    images = {
        chart["id"]: "/" + path.resolve().relative_to(root).as_posix()
        for chart, path in zip(ctx["charts"], svgs, strict=True)
    }
    source = render_typst(ctx, images, template_dir)
    if typ_path is not None:
        write_atomic(typ_path, source)
    pdf = compile_pdf(source, root, _generated_at(ctx))
    write_atomic(out_path, pdf)
    log.debug("PDF %s written in %.2f s", out_path.name, time.perf_counter() - started)
    return out_path


def _generated_at(ctx: ReportContext) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(ctx["generated_at"])
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


__all__ = [
    "compile_pdf",
    "link_targets",
    "make_typst_env",
    "render_pdf",
    "render_typst",
    "typst_literal",
    "typst_string",
]
