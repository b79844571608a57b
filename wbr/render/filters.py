"""Jinja2 filters shared by the HTML, Typst and Quarto templates.

Values arrive pre-formatted in the context (:mod:`wbr.formatting`); these filters escape, per
format: HTML is autoescaped by Jinja2; Typst output is escaped by :func:`typst_escape` (applied to
every ``{{ }}`` by the Typst environment's ``finalize``); JSON inside ``<script>`` by
:func:`json_script`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from markupsafe import Markup

_TYPST_SPECIAL = re.compile(r"([\\#*_`$<>@\[\]~/=+\-'\".:;{}()])")
_JSON_SCRIPT = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def typst_escape(text: Any) -> Markup:
    """Text safe in Typst markup: every character Typst could read as syntax is backslashed.

    Returns Markup so the Typst environment's finalize does not escape it twice. Newlines become
    spaces (a blank line would start a new paragraph, a leading '=' a heading).
    """
    raw = "" if text is None else str(text)
    raw = " ".join(raw.split())
    return Markup(_TYPST_SPECIAL.sub(r"\\\1", raw))


def json_script(data: Any) -> Markup:
    """JSON for an inline ``<script type="application/json">``: ``</script>`` cannot end it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return Markup(text.translate(_JSON_SCRIPT))


def md_escape(text: Any) -> str:
    """Markdown-inert text for the Quarto document (HTML special characters are escaped too)."""
    raw = "" if text is None else str(text)
    raw = raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|~$@:\"'=^])", r"\\\1", raw)


FILTERS = {
    "typst_escape": typst_escape,
    "json_script": json_script,
    "md_escape": md_escape,
}

__all__ = [
    "FILTERS",
    "json_script",
    "md_escape",
    "typst_escape",
]
