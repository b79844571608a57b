"""Load a whole project: ``wbr.yaml`` plus its metric files, cross-checked, as one frozen value."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from wbr.config import MetricBlock, ReportConfig, TableBlock, load_config
from wbr.econ_blocks import ParetoBlock, UnitEconomicsBlock, check_econ_blocks
from wbr.errors import ConfigError
from wbr.funnel_spec import FunnelBlock, check_funnel
from wbr.schema import MetricDef, check_catalogue, load_metric_files, names_metric, parent_id
from wbr.textclean import clean_value, has_bad_characters

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Project:
    """A validated report configuration and its metric catalogue (in file order)."""

    config: ReportConfig
    metrics: tuple[MetricDef, ...]

    def metric(self, metric_id: str) -> MetricDef:
        for d in self.metrics:
            if d.id == metric_id:
                return d
        raise KeyError(metric_id)


def load_project(config_path: Path | str) -> Project:
    """Read wbr.yaml and every metric file; raise ConfigError listing every problem."""
    config = load_config(config_path)
    invalid: set[str] = set()  # defined but rejected: already reported, not also "unknown"
    defs, problems = load_metric_files(config.metric_files, config.base, invalid)
    check_catalogue(defs, problems, invalid)
    by_id = {d.id: d for d in defs}
    shown = config.path.name
    for d in defs:
        if d.source is not None and d.source not in config.sources:
            known = ", ".join(sorted(config.sources)) or "none"
            problems.append(
                f"{d.file}: metric '{d.id}': 'source' names unknown source '{d.source}' "
                f"(sources in {shown}: {known})"
            )
        target_source = d.target.source if d.target is not None else None
        if target_source is not None and target_source not in config.sources:
            known = ", ".join(sorted(config.sources)) or "none"
            problems.append(
                f"{d.file}: metric '{d.id}': 'target' names unknown source '{target_source}' "
                f"(sources in {shown}: {known})"
            )
    for i, section in enumerate(config.sections or (), start=1):
        for block in section.blocks:
            if isinstance(block, FunnelBlock):  # issue #10 §1: checked as a whole
                problems.extend(
                    f"{shown}: 'sections[{i}]' ({section.title}) {p}"
                    for p in check_funnel(block, by_id)
                )
                continue
            named = (block.metric,) if isinstance(block, MetricBlock) else block.metrics
            for metric_id in named:
                if not names_metric(metric_id, by_id) and parent_id(metric_id) not in invalid:
                    problems.append(
                        f"{shown}: 'sections[{i}]' ({section.title}) names unknown metric "
                        f"'{metric_id}'"
                    )
            if isinstance(block, TableBlock) and not block.metrics:
                problems.append(f"{shown}: 'sections[{i}]' has an empty table")
    econ = [
        (f"{shown}: 'sections[{i}]' ({s.title})", b)
        for i, s in enumerate(config.sections or (), start=1)
        for b in s.blocks
        if isinstance(b, ParetoBlock | UnitEconomicsBlock)
    ]
    check_econ_blocks(econ, by_id, invalid, problems)  # issue #10 §2, §3
    for change in config.process_changes:
        for metric_id in change.metrics:
            if not names_metric(metric_id, by_id) and parent_id(metric_id) not in invalid:
                problems.append(
                    f"{shown}: 'process_changes' ({change.date}) names unknown metric '{metric_id}'"
                )
    if not defs and not problems:
        problems.append(f"{shown}: no metrics defined (check the 'metrics' globs)")
    if problems:
        raise ConfigError(problems)
    # control characters (escaped in quotes, e.g. "\v") reach no renderer: stripped, warned about
    config = clean_value(config, shown, log.warning)
    metrics = tuple(
        clean_value(d, f"{d.file}: metric '{d.id}'", log.warning)
        # the shown text first: walking 1,500 definitions whole would cost a third of a second
        if has_bad_characters("".join((d.label, d.unit, d.definition, d.owner)))
        else d
        for d in defs
    )
    return Project(config=config, metrics=metrics)
