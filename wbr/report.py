"""Orchestration: project → data → metric set (and, in later steps, packets on disk)."""

from __future__ import annotations

import datetime as dt
import json

from wbr.engine import compute, resolve_week_ending
from wbr.loading import LoadedData, load_sources
from wbr.pairs import evaluate_pairs
from wbr.project import Project
from wbr.results import MetricSet, to_json_dict


def load_data(project: Project) -> LoadedData:
    """Load every source the project's metrics read."""
    return load_sources(project.config.sources, project.metrics, project.config.base)


def build_metric_set(
    project: Project, week_ending: dt.date | None = None, data: LoadedData | None = None
) -> MetricSet:
    """Compute the full metric set and Goodhart pairs for one week.

    ``week_ending`` overrides the config's; None means the config's, and 'latest' there means the
    latest week whose last day every source has reached.
    """
    cfg = project.config
    data = data if data is not None else load_data(project)
    requested = week_ending if week_ending is not None else cfg.week_ending
    we = resolve_week_ending(data, cfg.week_ends_on_index, requested)
    comp = compute(project.metrics, data, we, cfg.fiscal_year_end_month)
    return MetricSet(
        title=cfg.title,
        week_ending=we,
        week_ends_on=cfg.week_ends_on,
        fiscal_year_end_month=cfg.fiscal_year_end_month,
        metrics=comp.results,
        pairs=evaluate_pairs(comp.results),
        warnings=comp.warnings,
        sources=comp.sources,
    )


def metric_set_json(metric_set: MetricSet) -> str:
    """The public JSON document (DESIGN.md §6), stable key order, UTF-8 text."""
    return json.dumps(to_json_dict(metric_set), indent=2, ensure_ascii=False) + "\n"
