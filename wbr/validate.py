"""``wbr validate``: config, metric files and data checked together, every problem at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wbr.actions import load_actions
from wbr.breakdowns import expand_breakdowns
from wbr.engine import resolve_week_ending
from wbr.loading import LoadedData
from wbr.project import Project, load_project
from wbr.report import load_data


@dataclass(frozen=True, slots=True)
class ValidationSummary:
    """What a successful validation found."""

    line: str
    warnings: tuple[str, ...]
    project: Project
    data: LoadedData  # what was loaded, so a caller (wbr run) does not read it all again


def validate_project(config_path: Path | str) -> ValidationSummary:
    """Raise ConfigError/DataError listing every problem, or summarise a valid project."""
    project = load_project(config_path)
    data = load_data(project)
    cfg = project.config
    week = resolve_week_ending(data, cfg.week_ends_on_index, cfg.week_ending)
    warnings: list[str] = list(data.warnings)
    for d in project.metrics:
        if not d.definition:
            warnings.append(f"{d.file}: metric '{d.id}' has no operational 'definition'")
        if not d.owner:
            warnings.append(f"{d.file}: metric '{d.id}' has no 'owner'")
    first = min(s.first_date for s in data.sources.values())
    last = max(s.last_date for s in data.sources.values())
    if cfg.actions is not None:
        # breakdown children (leads.paid_search) are metrics too: the values found in the data
        ids = {d.id for d in expand_breakdowns(project.metrics, data, first, last)}
        load_actions(cfg.actions, ids)
    n_files = len(cfg.metric_files)
    n_sources = len(data.sources)
    n_targets = sum(1 for d in project.metrics if d.target is not None)
    line = (
        f"OK: {len(project.metrics)} metrics ({n_targets} with targets) in {n_files} "
        f"file{'s' if n_files != 1 else ''}, {n_sources} source{'s' if n_sources != 1 else ''} "
        f"with data from {first} to {last}; report week ending {week}"
    )
    return ValidationSummary(line=line, warnings=tuple(warnings), project=project, data=data)
