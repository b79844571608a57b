"""A tiny, fixed report for the rendering tests: built from hand-written results, no engine run.

Two metrics (a count with a target and its counter-metric, a rate), one table block, one partial
week, a Goodhart alert. Every number is written out here, so snapshots change only when the
renderers do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from wbr.config import MetricBlock, ReportConfig, Section, TableBlock, TablePeriod
from wbr.glance import build_glance
from wbr.notes import Annotation
from wbr.project import Project
from wbr.report import Report, resolve_sections
from wbr.results import (
    Coverage,
    MetricResult,
    MetricSet,
    MonthPoint,
    PairState,
    PairStatus,
    SourceFreshness,
    Summary,
    TargetResult,
    WeekPoint,
)
from wbr.schema import Comparison, Direction, MetricDef, Target, TargetKind

WE = dt.date(2026, 11, 15)
GENERATED = dt.datetime(2026, 11, 16, 7, 0, tzinfo=dt.UTC)
WEEK_ENDINGS = [WE - dt.timedelta(days=7 * k) for k in range(5, -1, -1)]
MONTHS = [f"{y}-{m:02d}" for y, m in [(2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 11)]]


def leads_def(
    label: str = "Leads", definition: str = "Inbound contacts, de-duplicated."
) -> MetricDef:
    return MetricDef(
        id="leads",
        label=label,
        unit="count",
        direction=Direction.HIGHER_IS_BETTER,
        comparison=Comparison.PCT,
        file="metrics/funnel.yaml",
        definition=definition,
        owner="Marketing",
        source="crm",
        column="leads",
        target=Target(TargetKind.WEEKLY, amount=450.0),
        counter_metrics=("lead_rate",),
    )


def rate_def() -> MetricDef:
    return MetricDef(
        id="lead_rate",
        label="Lead → meeting rate",
        unit="percent",
        direction=Direction.HIGHER_IS_BETTER,
        comparison=Comparison.BPS,
        file="metrics/funnel.yaml",
        definition="Meetings / leads.",
        owner="Sales",
        formula_text="meetings / leads",
    )


def leads_result(m: MetricDef) -> MetricResult:
    weeks = [400.0, 410.0, 430.0, 450.0, 541.0, 618.0]
    prior = [380.0, 400.0, None, 375.0, 417.0, 368.0]
    return MetricResult(
        metric=m,
        summary=Summary(618.0, 0.1423, 0.6793, 892.0, 0.12, 2782.0, 0.09, 20406.0, -0.0004),
        coverage=Coverage(5 / 7, 1.0, 1.0, 1.0),
        weeks=tuple(
            WeekPoint(w, v, p, 5 / 7 if w == WE else 1.0, 450.0)
            for w, v, p in zip(WEEK_ENDINGS, weeks, prior, strict=True)
        ),
        months=tuple(
            MonthPoint(mo, 1500.0 + 50 * i, 1400.0 + 40 * i, 1.0, 1900.0)
            for i, mo in enumerate(MONTHS)
        ),
        target=TargetResult(443.0, 0.395, True, 892.0, 2782.0, 20406.0),
        baseline=462.0,
    )


def rate_result(m: MetricDef) -> MetricResult:
    weeks = [0.32, 0.30, 0.30, 0.26, 0.24, 0.21]
    return MetricResult(
        metric=m,
        summary=Summary(0.21, -336.4, -500.0, 0.22, None, 0.27, -120.0, 0.29, 0.0),
        coverage=Coverage(5 / 7, 1.0, 1.0, 1.0),
        weeks=tuple(
            WeekPoint(w, v, 0.29, 5 / 7 if w == WE else 1.0)
            for w, v in zip(WEEK_ENDINGS, weeks, strict=True)
        ),
        months=tuple(MonthPoint(mo, 0.30 - 0.001 * i, 0.29, 1.0) for i, mo in enumerate(MONTHS)),
        target=None,
        baseline=0.279,
    )


def tiny_report(
    *,
    label: str = "Leads",
    definition: str = "Inbound contacts, de-duplicated.",
    commentary: Mapping[str, str] | None = None,
    annotations: Sequence[Annotation] = (),
    title: str = "Tiny WBR",
    sections: bool = True,
) -> Report:
    leads, rate = leads_def(label, definition), rate_def()
    results = (leads_result(leads), rate_result(rate))
    reason = (
        f"{label} +33.7 % vs 4-week average and on target, but Lead → meeting rate −669 bps "
        "(tolerance 100 bps): the gain may be bought at the expense of lead → meeting rate."
    )
    metric_set = MetricSet(
        title=title,
        week_ending=WE,
        week_ends_on="sunday",
        fiscal_year_end_month=12,
        metrics=results,
        pairs=(PairStatus("leads", "lead_rate", PairState.ALERT, reason, 0.337, -669.4, 100.0),),
        warnings=("source 'crm' has no data after 2026-11-13; its metrics' last week is partial",),
        sources=(SourceFreshness("crm", dt.date(2023, 1, 1), dt.date(2026, 11, 13), 1400),),
    )
    config = ReportConfig(
        path=Path("/project/wbr.yaml"),
        title=title,
        week_ends_on="sunday",
        fiscal_year_end_month=12,
        week_ending=None,
        sources={},
        metric_files=(),
        sections=(
            Section(
                "Funnel",
                (
                    MetricBlock("leads"),
                    MetricBlock("lead_rate"),
                    TableBlock(("leads", "lead_rate"), TablePeriod.WEEKS),
                    TableBlock(("leads",), TablePeriod.MONTHS, "Leads by month"),
                ),
            ),
        )
        if sections
        else None,
        output_dir=Path("/project/reports"),
    )
    project = Project(config=config, metrics=(leads, rate))
    notes = dict(commentary or {})
    return Report(
        project=project,
        metric_set=metric_set,
        glance=build_glance(metric_set, notes),
        commentary=notes,
        annotations=tuple(annotations),
        sections=resolve_sections(project, metric_set),
        generated_at=GENERATED,
    )
