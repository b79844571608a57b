"""``wbr validate --connections``: every database source checked without reading its records.

Each connection a source uses is opened once; each source's table (or query) is checked for the
columns its metrics read and their types, then planned by the database with a zero-row query.
Every problem, over all sources, is reported at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wbr.errors import DataError
from wbr.loading import required_columns
from wbr.project import load_project
from wbr.schema import Aggregation


@dataclass(frozen=True, slots=True)
class Probe:
    """A successful probe: its summary line and what the user should know (warnings)."""

    line: str
    warnings: tuple[str, ...]


def probe_connections(config_path: Path | str) -> Probe:
    """The summary of a successful probe; DataError listing every problem otherwise."""
    project = load_project(config_path)
    needed = required_columns(project.metrics)
    problems: list[str] = []
    cache: dict[str, Any] = {}  # connection name → Ibis backend (None: failed, reported)
    sources = columns = 0
    for name, cfg in project.config.sources.items():
        if cfg.warehouse is None:
            continue
        from wbr.sources.warehouse import probe_source  # Ibis only when a source needs it

        empty: dict[str, set[str]] = {"numeric": set(), "filter": set(), "time": set()}
        try:
            columns += probe_source(
                name, cfg.warehouse, cfg.date_column, needed.get(name, empty), cache
            )
            sources += 1
        except DataError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataError(problems)
    if not cache:
        return Probe("OK: no database sources (no source has 'connection:')", ())
    names = ", ".join(sorted(cache))
    line = (
        f"OK: connection{'s' if len(cache) != 1 else ''} {names}: {sources} database "
        f"source{'s' if sources != 1 else ''}, {columns} columns checked with zero-row queries"
    )
    # a file keeps its records' order; a database has none to break a tie on the time
    warnings = []
    for d in project.metrics:
        source = project.config.sources.get(d.source or "")
        if d.agg in (Aggregation.FIRST, Aggregation.LAST) and source and source.warehouse:
            warnings.append(
                f"metric '{d.id}' ({d.agg.value}) on database source '{d.source}': records "
                f"with the same '{d.date or source.date_column}' time tie, and the database "
                "returns any one of them"
            )
    return Probe(line, tuple(warnings))
