"""Export Vega-Lite charts to static SVG with vl-convert, through a content-addressed cache.

The PDF (Typst) and the Quarto/Typst document need every chart as a vector image. Converting one
chart costs ~30-40 ms of JavaScript in vl-convert's single embedded V8 worker, so a 100-metric
packet spends most of its render time here. Two things keep it cheap:

* a cache keyed by the SHA-256 of the canonical spec JSON, the vl-convert version and the shipped
  font files: a re-render with unchanged data reads files instead of running Vega;
* for many uncached charts, child interpreters that convert a share each while this process
  converts its own (threads do not help: vl-convert serialises all conversions on one V8 worker).

Chart text is measured and drawn with the shipped Liberation Sans (:data:`FONT_DIR`), registered
with vl-convert here and handed to Typst by :mod:`wbr.render.typst`, so that the SVG text metrics
and the PDF glyphs match on every machine.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any, Protocol

from wbr.childenv import child_env
from wbr.errors import RenderError
from wbr.fileio import write_atomic

log = logging.getLogger("wbr")

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
"""Liberation Sans (SIL OFL 1.1), shipped inside the package so PDFs do not depend on the host."""
FONT_FAMILY = "Liberation Sans"
"""The one font family of the packet: chart text (vl-convert) and document text (Typst)."""

CACHE_SUBDIR = Path(".cache") / "charts"
"""Default cache location, relative to the report's output directory."""
PARALLEL_MIN = 24
"""Fewer uncached charts than this are converted in-process (a worker costs ~0.5 s to start)."""
MAX_WORKERS = 4
WORKER_TIMEOUT = 600.0
PRUNE_AFTER_DAYS = 90
"""Cached SVGs not used for this long are deleted, so a weekly cron job's cache stays bounded."""

ProgressFn = Callable[[int], None]
"""Called with the number of charts just finished (for a progress bar)."""


class SupportsToDict(Protocol):
    """An Altair chart (anything with ``to_dict()`` returning a Vega-Lite spec)."""

    def to_dict(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...


ChartLike = SupportsToDict | Mapping[str, Any] | str
"""An ``alt.Chart``, a Vega-Lite spec as a dict, or its JSON text."""


def font_files() -> tuple[Path, ...]:
    """The shipped font files (sorted), for Typst's ``font_paths`` and the cache key."""
    files = tuple(sorted(p for p in FONT_DIR.iterdir() if p.suffix.lower() in (".ttf", ".otf")))
    if not files:
        raise RenderError(f"wbr installation is missing its fonts in {FONT_DIR}")
    return files


@functools.cache
def register_fonts() -> None:
    """Make vl-convert measure and draw chart text with the shipped Liberation Sans (once)."""
    import vl_convert

    vl_convert.register_font_directory(str(FONT_DIR))


@functools.cache
def _key_salt() -> str:
    fonts = ";".join(f"{p.name}:{p.stat().st_size}" for p in font_files())
    return f"vl-convert-python {version('vl-convert-python')}|{fonts}"


def spec_json(chart: ChartLike) -> str:
    """The canonical JSON text of a chart's Vega-Lite spec (sorted keys, no spaces)."""
    if isinstance(chart, str):
        spec: Any = json.loads(chart)
    elif isinstance(chart, Mapping):
        spec = chart
    else:
        spec = chart.to_dict()
    return json.dumps(spec, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chart_key(canonical_json: str) -> str:
    """Content hash of a canonical spec plus everything else that changes the SVG."""
    digest = hashlib.sha256()
    digest.update(_key_salt().encode("utf-8"))
    digest.update(b"\0")
    digest.update(canonical_json.encode("utf-8"))
    return digest.hexdigest()[:32]


def default_cache_dir(output_dir: Path) -> Path:
    """``<output_dir>/.cache/charts``."""
    return output_dir / CACHE_SUBDIR


def export_svgs(
    charts: Sequence[ChartLike],
    cache_dir: Path,
    *,
    workers: int | None = None,
    progress: ProgressFn | None = None,
) -> list[Path]:
    """Export every chart to an SVG file in ``cache_dir``; return the paths in input order.

    A chart whose spec was exported before is not converted again (the file name is the hash of
    the spec). Uncached charts are converted in-process, or split between this process and
    ``workers - 1`` child interpreters when there are at least :data:`PARALLEL_MIN` of them
    (default: one per CPU, at most :data:`MAX_WORKERS`; ``workers=1`` forces in-process).

    Raises RenderError when vl-convert rejects a spec.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    specs = [spec_json(c) for c in charts]
    paths = [cache_dir / f"{chart_key(s)}.svg" for s in specs]
    todo: dict[Path, str] = {}
    for spec, path in zip(specs, paths, strict=True):
        if path.is_file():
            _touch(path)
        else:
            todo.setdefault(path, spec)
    cached = len(paths) - len(todo)
    if progress is not None and cached:
        progress(cached)
    if todo:
        started = time.perf_counter()
        n_workers = _worker_count(len(todo), workers)
        if n_workers > 1:
            _convert_parallel(todo, n_workers, cache_dir, progress)
        else:
            register_fonts()
            for path, spec in todo.items():
                write_atomic(path, _to_svg(spec))
                if progress is not None:
                    progress(1)
        log.debug(
            "exported %d chart(s) to SVG in %.2f s (%d worker(s)); %d from cache",
            len(todo), time.perf_counter() - started, n_workers, cached,
        )  # fmt: skip
    prune_cache(cache_dir, keep=set(paths))
    return paths


def export_svg(chart: ChartLike, cache_dir: Path) -> Path:
    """Export one chart (see :func:`export_svgs`)."""
    return export_svgs([chart], cache_dir)[0]


def prune_cache(cache_dir: Path, keep: set[Path], max_age_days: float = PRUNE_AFTER_DAYS) -> int:
    """Delete cached SVGs unused for ``max_age_days`` (except ``keep``); return how many."""
    cutoff = time.time() - max_age_days * 86_400
    removed = 0
    for path in cache_dir.glob("*.svg"):
        try:
            unused = path not in keep and path.stat().st_mtime < cutoff
        except FileNotFoundError:  # removed by a concurrent run
            continue
        if unused:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _touch(path: Path) -> None:
    # mark as recently used, for prune_cache; a read-only cache is still usable
    with contextlib.suppress(OSError):
        os.utime(path)


def _worker_count(n_charts: int, requested: int | None) -> int:
    if requested is not None:
        return max(1, min(requested, n_charts))
    if n_charts < PARALLEL_MIN:
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cpus or 1, MAX_WORKERS))


def _to_svg(spec: str) -> str:
    import vl_convert

    try:
        return str(vl_convert.vegalite_to_svg(spec))
    except ValueError as exc:  # vl-convert reports spec and Vega runtime errors as ValueError
        raise RenderError(f"could not export a chart to SVG: {exc}") from exc


_WORKER_CODE = "import sys; from wbr.render.export import _worker_main; _worker_main(sys.argv[1])"


def _worker_main(job_file: str) -> None:
    """Entry point of a worker process: convert the (path, spec) pairs listed in ``job_file``."""
    register_fonts()
    for path, spec in json.loads(Path(job_file).read_text(encoding="utf-8")):
        write_atomic(Path(path), _to_svg(spec))


def _convert_parallel(
    todo: Mapping[Path, str], n_workers: int, cache_dir: Path, progress: ProgressFn | None
) -> None:
    """Split the work between this process and ``n_workers - 1`` child interpreters.

    Plain child interpreters (``python -c``), not ``multiprocessing``: spawn re-imports the
    caller's ``__main__``, which breaks under stdin scripts and unguarded user scripts.
    """
    items = [(str(path), spec) for path, spec in todo.items()]
    shares = [items[i::n_workers] for i in range(n_workers)]
    children: list[tuple[subprocess.Popen[bytes], Path, int]] = []
    try:
        for share in shares[1:]:
            fd, name = tempfile.mkstemp(prefix=".jobs.", suffix=".json", dir=cache_dir)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(share, handle)
            child = subprocess.Popen(
                [sys.executable, "-c", _WORKER_CODE, name],
                env=child_env(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            children.append((child, Path(name), len(share)))
        register_fonts()
        for path, spec in shares[0]:
            write_atomic(Path(path), _to_svg(spec))
            if progress is not None:
                progress(1)
        for child, _, count in children:
            _, err = child.communicate(timeout=WORKER_TIMEOUT)
            if child.returncode != 0:
                lines = err.decode("utf-8", "replace").strip().splitlines() or ["(no message)"]
                raise RenderError(f"could not export charts to SVG: {lines[-1]}")
            if progress is not None:
                progress(count)
    finally:
        for child, job_file, _ in children:
            if child.poll() is None:
                child.kill()
                child.wait()
            job_file.unlink(missing_ok=True)
