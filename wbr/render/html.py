"""The built-in HTML packet: one self-contained file that works offline and as an email attachment.

The Vega, Vega-Lite and vega-embed runtime (from vl-convert, ~0.9 MB) is inlined once; each chart's
Vega-Lite spec sits in its own ``<script type="application/json">`` and a few lines of JavaScript
hand it to ``vegaEmbed`` (SVG renderer). A chart that cannot be drawn leaves a visible message and a
``data-embed="error"`` marker instead of a blank space.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from pathlib import Path

import jinja2
from markupsafe import Markup

from wbr.errors import RenderError
from wbr.fileio import write_atomic
from wbr.render.contract import ReportContext
from wbr.render.env import make_env

log = logging.getLogger("wbr")

VEGA_LITE_VERSION = "6.4"  # matches charts.SCHEMA_URL
TEMPLATE = "report.html.j2"


def render_html(
    ctx: ReportContext, runtime: str | None = None, template_dir: Path | None = None
) -> str:
    """The packet as one HTML document; ``runtime`` is the Vega bundle (default: vl-convert's)."""
    env = _env(template_dir)
    try:
        template = env.get_template(TEMPLATE)
        bundle = runtime if runtime is not None else vega_runtime()
        return template.render(ctx=ctx, runtime=Markup(bundle))
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(f"HTML template {exc.filename}:{exc.lineno}: {exc.message}") from exc
    except jinja2.TemplateError as exc:
        raise RenderError(f"HTML template failed: {exc}") from exc


@functools.cache
def _env(template_dir: Path | None) -> jinja2.Environment:
    return make_env(template_dir, "html")


def vega_runtime(cache_dir: Path | None = None) -> str:
    """The Vega + Vega-Lite + vega-embed bundle, safe to inline in a ``<script>`` element.

    vl-convert builds it in ~1.8 s, so it is kept in memory and, with ``cache_dir``, on disk
    (keyed by the vl-convert and Vega-Lite versions).
    """
    if cache_dir is not None:
        key = hashlib.sha256(_bundle_key().encode()).hexdigest()[:16]
        path = cache_dir / f"vega-runtime-{key}.js"
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.debug("cannot read the cached Vega runtime %s: %s", path, exc)
        text = _bundle()
        try:
            write_atomic(path, text)
        except OSError as exc:
            log.debug("cannot cache the Vega runtime in %s: %s", path, exc)
        return text
    return _bundle()


@functools.cache
def _bundle() -> str:
    import vl_convert

    text = str(vl_convert.javascript_bundle(None, VEGA_LITE_VERSION))  # type: ignore[arg-type]
    # an inline script ends at the first "</script"; "<!--" opens a legacy escape state
    return text.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _bundle_key() -> str:
    from importlib.metadata import version

    import vl_convert

    return f"{version('vl-convert-python')}|{VEGA_LITE_VERSION}|{vl_convert.get_vega_version()}"
