"""A tiny, fixed report for the rendering tests: built from hand-written results, no engine run.

Two metrics (a count with a target and its counter-metric, a rate), one table block, one partial
week, a Goodhart alert, and hand-made natural process limits (issue #8): leads signal in their good
direction on a provisional week, the rate in its bad direction. Every number is written out here,
so snapshots change only when the renderers do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from wbr.actions import ActionsWeek
from wbr.config import MetricBlock, ReportConfig, Section, TableBlock, TablePeriod
from wbr.glance import build_glance
from wbr.notes import Annotation
from wbr.project import Project
from wbr.report import Report, notes_of, resolve_sections
from wbr.results import (
    Assurance,
    Coverage,
    MetricResult,
    MetricSet,
    MonthPoint,
    PairState,
    PairStatus,
    SignalPoint,
    SignalRule,
    Signals,
    SignalStatus,
    SourceFreshness,
    Summary,
    TargetResult,
    WeekPoint,
)
from wbr.schema import Comparison, Direction, MetricDef, Target, TargetKind

WE = dt.date(2026, 11, 15)
GENERATED = dt.datetime(2026, 11, 16, 7, 0, tzinfo=dt.UTC)
WEEK_ENDINGS = [WE - dt.timedelta(days=7 * k) for k in range(5, -1, -1)]
SERIES_WEEKS = [WE - dt.timedelta(days=7 * k) for k in range(11, -1, -1)]  # 30 Aug .. 15 Nov
OUT, T4, RA = SignalRule.OUTSIDE, SignalRule.THREE_OF_FOUR, SignalRule.RANGE
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


def signals(
    values: list[float],
    limits: tuple[float, float, float, float, float],
    rules: dict[int, tuple[SignalRule, ...]],
    direction: str,
    assurance: Assurance | None = None,
    provisional_last: bool = False,
) -> Signals:
    """A 12-week series whose first 8 weeks are the baseline; ``rules`` by 0-based index."""
    centre, lower, upper, mr_mean, mr_upper = limits
    points = tuple(
        SignalPoint(
            week_ending=w,
            value=v,
            moving_range=None if i == 0 else abs(v - values[i - 1]),
            rules=rules.get(i, ()),
            direction="good"
            if direction == "good" and i in rules
            else "bad"
            if i in rules
            else None,
            provisional=provisional_last and i == 11,
            in_baseline=i < 8,
        )
        for i, (w, v) in enumerate(zip(SERIES_WEEKS, values, strict=True))
    )
    return Signals(
        status=SignalStatus.SIGNAL,
        baseline_from=SERIES_WEEKS[0],
        baseline_to=SERIES_WEEKS[7],
        baseline_weeks=8,
        centre=centre,
        lower=lower,
        upper=upper,
        mr_mean=mr_mean,
        mr_upper=mr_upper,
        series=points,
        this_week=rules[11],
        assurance=assurance,
        process_change=None,
        process_change_note=None,
    )


# Leads, baseline 420 395 410 430 405 415 400 410: mean 3285 / 8 = 410.625; moving ranges
# 25 15 20 25 10 15 10, mean 120 / 7 = 17.142857; limits 410.625 ± 2.66 × 17.142857 = 365.03 and
# 456.22; URL 3.268 × 17.142857 = 56.02; upper halfway line 433.43. Then 430 450 541 618: 541 and
# 618 beyond the upper limit and jumps of 91 and 77 beyond the URL; 450 541 618 are 3 of the last 4
# above the halfway line. The weekly target of 450 lies between the limits: hit and miss.
LEADS_SIGNALS = signals(
    [420.0, 395.0, 410.0, 430.0, 405.0, 415.0, 400.0, 410.0, 430.0, 450.0, 541.0, 618.0],
    (410.625, 365.025, 456.225, 17.142857, 56.022857),
    {8: (T4,), 9: (T4,), 10: (OUT, T4, RA), 11: (OUT, T4, RA)},
    "good",
    Assurance.HIT_AND_MISS,
    provisional_last=True,
)
# Lead → meeting rate, baseline .31 .29 .30 .28 .31 .30 .32 .30: mean 2.41 / 8 = 0.30125; moving
# ranges .02 .01 .02 .03 .01 .02 .02, mean .13 / 7 = 0.018571; limits 0.30125 ± 0.049400 = 0.25185
# and 0.35065; URL 0.060691; lower halfway line 0.27655. Then .30 .26 .24 .21: .24 and .21 below
# the lower limit; .26 .24 .21 are 3 of the last 4 below the halfway line.
RATE_SIGNALS = signals(
    [0.31, 0.29, 0.30, 0.28, 0.31, 0.30, 0.32, 0.30, 0.30, 0.26, 0.24, 0.21],
    (0.30125, 0.25185, 0.35065, 0.018571, 0.060691),
    {8: (T4,), 9: (T4,), 10: (OUT, T4), 11: (OUT, T4)},
    "bad",
)


def leads_result(m: MetricDef) -> MetricResult:
    weeks = [400.0, 410.0, 430.0, 450.0, 541.0, 618.0]
    prior = [380.0, 400.0, None, 375.0, 417.0, 368.0]
    return MetricResult(
        metric=m,
        summary=Summary(
            618.0, 0.1423, 0.6793, 892.0, 0.12, 2782.0, 0.09, 20406.0, -0.0004, provisional=True
        ),
        coverage=Coverage(5 / 7, 1.0, 1.0, 1.0),
        weeks=tuple(
            WeekPoint(w, v, p, 5 / 7 if w == WE else 1.0, 450.0, provisional=w == WE)
            for w, v, p in zip(WEEK_ENDINGS, weeks, prior, strict=True)
        ),
        months=tuple(
            MonthPoint(mo, 1500.0 + 50 * i, 1400.0 + 40 * i, 1.0, 1900.0)
            for i, mo in enumerate(MONTHS)
        ),
        target=TargetResult(443.0, 0.395, True, 892.0, 2782.0, 20406.0),
        baseline=462.0,
        signals=LEADS_SIGNALS,
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
        signals=RATE_SIGNALS,
    )


def tiny_report(
    *,
    label: str = "Leads",
    definition: str = "Inbound contacts, de-duplicated.",
    commentary: Mapping[str, str] | None = None,
    annotations: Sequence[Annotation] = (),
    title: str = "Tiny WBR",
    sections: bool = True,
    actions: ActionsWeek | None = None,
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
    glance = build_glance(metric_set, notes)
    return Report(
        project=project,
        metric_set=metric_set,
        glance=glance,
        commentary=notes,
        annotations=tuple(annotations),
        sections=resolve_sections(project, metric_set),
        generated_at=GENERATED,
        actions=actions,
        notes=notes_of(glance, metric_set, notes),
    )


def tiny_actions() -> ActionsWeek:
    """Three actions on leads relative to WE (15 Nov): overdue (due 12 Nov), due 20 Nov, and one
    done on 10 Nov with its result; each the same in every snapshot."""
    from wbr.actions import Action, ActionStatus, actions_week

    def act(
        ident: str, due: str, status: ActionStatus, result: str = "", closed: str | None = None
    ) -> Action:
        return Action(
            id=ident, metric="leads", opened=dt.date(2026, 11, 2), owner="Marketing",
            countermeasure=f"Countermeasure {ident} <b>&", due=dt.date.fromisoformat(due),
            status=status, result=result,
            closed=dt.date.fromisoformat(closed) if closed else None, line=2,
        )  # fmt: skip

    return actions_week(
        (
            act("A1", "2026-11-12", ActionStatus.OPEN),
            act("A2", "2026-11-20", ActionStatus.OPEN),
            act("A3", "2026-11-10", ActionStatus.DONE, "Halved the <i>bounce</i>", "2026-11-10"),
        ),
        WE,
    )
