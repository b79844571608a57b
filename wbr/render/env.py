"""The one Jinja2 environment factory for every packet format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from wbr.render.filters import FILTERS, typst_escape
from wbr.resources import resource_dir

FORMATS = ("html", "typst", "qmd")


def template_root() -> Path:
    """``report_templates/`` from the source checkout or the installed wheel."""
    return resource_dir("report_templates")


def make_env(template_dir: Path | None = None, fmt: str = "html") -> jinja2.Environment:
    """A strict environment for ``report_templates/<fmt>/`` (or ``template_dir``).

    Undefined names are errors (StrictUndefined). HTML is autoescaped. Typst escapes every
    ``{{ }}`` with :func:`~wbr.render.filters.typst_escape` unless the value is Markup (``|safe``
    or already escaped), so a forgotten filter cannot let user text become Typst code.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown template format {fmt!r} (known: {', '.join(FORMATS)})")
    folder = template_dir if template_dir is not None else template_root() / fmt
    options: dict[str, Any] = {}
    if fmt == "typst":
        options["finalize"] = _typst_finalize
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        autoescape=fmt == "html",
        auto_reload=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        **options,
    )
    env.filters.update(FILTERS)
    return env


def _typst_finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    return typst_escape(value)
