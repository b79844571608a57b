"""The template contract: the typed shape of :class:`ReportContext` that every template reads.

Built by :mod:`wbr.render.context`; read by the HTML, Typst and Quarto templates. Keys are only
ever added, so templates written against an older context keep working.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict


class Stat(TypedDict):
    """One displayed number: a value (tone 'value') or a change (tone good/bad/flat/na)."""

    key: str  # last_week wow yoy mtd mtd_yoy qtd qtd_yoy ytd ytd_yoy vs_target
    label: str  # "Last week", "WoW", "YoY", "MTD", ..., "vs target"
    text: str  # "618", "+14.2 %", "−336 bps", "n/a"
    raw: float | None
    tone: str  # "value" | "good" | "bad" | "flat" | "na"
    arrow: str  # "▲" | "▼" | ""
    partial: bool  # the period is not complete (some days lack data)
    provisional: bool  # the period's data is still maturing (matures_after, issue #8)


class PeriodCtx(TypedDict):
    """A column of the summary box: Last week (value, WoW, YoY), MTD/QTD/YTD (value, YoY)."""

    label: str
    value: Stat
    changes: list[Stat]


class BoxRow(TypedDict):
    """A period of the summary box: one number per column (issue #10)."""

    label: str  # "Last week" | "MTD" | "QTD" | "YTD"
    value: Stat  # with a target: as many digits as tell it apart from the plan
    wow: Stat | None  # last week only
    yoy: Stat
    target: str  # the period's plan, formatted; "" without a target
    gap: str  # the gap in the metric's unit ("+133", "−$51.2K", "+120 bps"); "" without a plan
    vs_target: Stat | None  # the gap in % of plan, ▲/▼ and toned; None without a target
    status: str  # "met" | "missed" on the last-week row of a metric with a target, else ""


class BoxCtx(TypedDict):
    """A metric's summary box, the same layout in HTML and PDF (issue #10)."""

    columns: list[str]  # "Value", "WoW", "YoY"[, "Target", "vs target"]
    has_target: bool
    rows: list[BoxRow]
    partial: bool  # some number is of a partial period (explained under the box)
    provisional: bool  # some number is still maturing


class PairLinkCtx(TypedDict):
    """A pair shown in another metric's block: this block only links to it (issue #10)."""

    status: str  # the pair's status, as shown where it is drawn
    status_text: str
    other: Ref  # the metric whose block shows the pair
    relation: str  # "Counter-metric of" | "Paired both ways with" (then the other's label)


class TargetCtx(TypedDict):
    text: str  # the report week's target, formatted
    rule: str  # how the target is stated: "450 per week (prorated by days)", "plan"
    variance: Stat
    met: bool | None
    status: str  # "met" | "missed" | "n/a"


class Ref(TypedDict):
    id: str
    label: str
    anchor: str


class PairSide(TypedDict):
    id: str
    label: str
    anchor: str
    value: str  # last week, formatted
    change: Stat  # vs the 4-week average, toned by that metric's direction


class PairCtx(TypedDict):
    """A Goodhart pair seen from one of its metrics, for the side-by-side panel."""

    status: str  # "alert" | "watch" | "ok" | "no_data"
    status_text: str
    reason: str
    role: str  # "target": this metric has the target; "counter": this metric guards another
    metric: PairSide
    counter: PairSide


class AnnotationCtx(TypedDict):
    date: str  # ISO
    date_text: str  # "3 Nov 2026"
    text: str
    number: int  # the marker shown on the chart


class SignalCtx(TypedDict):
    """A metric's natural process limits in words, for its summary box (issue #8)."""

    status: str  # "signal" | "routine" | "too_little_data" | "off" | "" (not computed)
    tone: str  # "good" | "bad" for a signal, else ""
    text: str  # "Last week was routine variation: 25.3 % is within its natural process ..."
    provisional: bool  # the report week's data is still maturing
    assurance: str  # "will hit and miss by chance", ... ("" without a constant target)
    rules: list[str]  # the rules firing on the report week ("outside", "run", ...)


class PointCtx(TypedDict):
    """A week or month of a table."""

    label: str  # "W46" / "Nov"
    long_label: str  # "Week ending 15 Nov 2026" / "November 2026"
    value: Stat
    prior_year: str
    yoy: Stat


class MetricCtx(TypedDict):
    id: str
    anchor: str
    label: str
    unit: str
    owner: str
    definition: str
    formula: str | None
    source: str | None  # "leads.leads (sum)", None for a formula
    direction: str
    direction_text: str
    comparison: str
    comparison_text: str
    value: str  # last week
    partial: bool
    coverage_text: str  # "" or "5 of 7 days"
    periods: list[PeriodCtx]
    summary: list[Stat]  # flat, box order: last_week wow yoy mtd mtd_yoy ... ytd_yoy [vs_target]
    target: TargetCtx | None
    target_rule: str  # "" when the metric has no target; "plan", "450 per week (prorated by days)"
    target_source: str | None  # a plan target's source and column ("plans.leads_plan"), else None
    counter_metrics: list[Ref]
    parent: str | None  # a breakdown child's parent id ("leads" of "leads.web_form")
    by_label: str  # a breakdown child's value label ("Web form"); "" otherwise
    by_column: str  # a broken-down metric's column in words ("lead source"); "" otherwise
    pairs: list[PairCtx]
    status: str  # worst pair status of this metric: "alert" | "watch" | "ok" | ""
    commentary: str | None
    annotations: list[AnnotationCtx]
    weeks: list[PointCtx]
    months: list[PointCtx]
    placed: bool  # the packet has a metric block for it (else its anchor is in the appendix)
    signal: SignalCtx
    plan: list[PlanRow]  # week, MTD, QTD, YTD against plan; [] without a target (issue #10)
    box: BoxCtx  # the summary box: periods x (value, WoW, YoY[, target, vs target]) (issue #10)
    pair_panels: list[PairCtx]  # the pairs drawn in this block: each pair once, at its target
    pair_links: list[PairLinkCtx]  # pairs drawn in another block, linked from this one
    actions: list[ActionCtx]  # the metric's open actions at the end of the week (issue #10)


class ChartCtx(TypedDict):
    id: str  # unique DOM id / file stem, e.g. "chart-3-leads"
    metric_id: str
    spec: dict[str, Any]  # Vega-Lite spec


class TableRow(TypedDict):
    """One metric of a table (Jinja2: read ``row["values"]``; ``row.values`` is dict.values)."""

    id: str
    label: str
    anchor: str
    values: list[Stat]
    yoy: list[Stat]


class TableCtx(TypedDict):
    title: str
    period: str  # "weeks" | "months"
    columns: list[str]
    column_titles: list[str]  # long labels for tooltips/headers
    rows: list[TableRow]


class ParetoRowCtx(TypedDict):
    """A category of a Pareto block (or its total row: id "")."""

    id: str
    label: str
    anchor: str
    count: Stat
    rate: Stat  # the count as a share of the total
    share: Stat  # of all the block's categories
    cumulative: Stat
    yoy: Stat  # bps of the rate vs the same week a year earlier
    vs_4wk: Stat  # bps of the rate vs the four weeks before, pooled
    signal: str  # "bad signal: beyond a natural process limit", "routine variation", "" (total)
    signal_tone: str  # "good" | "bad" | ""


class ParetoCtx(TypedDict):
    """Issue #10 §2: categories sorted by count, with rates, shares and bps changes."""

    title: str
    total_id: str
    total_label: str
    total_anchor: str
    total_text: str  # the total's count this week
    week_text: str
    provisional: bool
    rows: list[ParetoRowCtx]
    total: ParetoRowCtx
    note: str
    chart_id: str


class UnitCellCtx(TypedDict):
    value: Stat  # text "no spend booked" / "—" where the value is null for that reason
    change: Stat  # vs the same span a year earlier


class UnitRowCtx(TypedDict):
    label: str
    is_total: bool
    cells: list[UnitCellCtx]


class UnitEconomicsCtx(TypedDict):
    """Issue #10 §3: unit costs, CAC, LTV, LTV:CAC and payback per breakdown value."""

    title: str
    period_text: str  # "Last 4 weeks: 19 Oct 2026 – 15 Nov 2026, against ..."
    columns: list[Ref]
    rows: list[UnitRowCtx]
    note: str


class BlockCtx(TypedDict):
    kind: str  # "metric" | "table" | "funnel" | "pareto" | "unit_economics"
    metric: MetricCtx | None
    chart: ChartCtx | None  # the 6-12 chart; a pareto block's bar chart
    table: TableCtx | None
    process_chart: ChartCtx | None  # the XmR chart, for the blocks signals.charts selects
    funnel: NotRequired[FunnelCtx]  # kind "funnel" (issue #10 §1; wbr.render.funnel_context)
    pareto: NotRequired[ParetoCtx | None]  # issue #10 §2
    unit_economics: NotRequired[UnitEconomicsCtx | None]  # issue #10 §3


class FunnelNumCtx(TypedDict):
    """One number of a funnel block with its changes (text already toned and arrowed)."""

    text: str  # "12.5 %", "91", "—"
    raw: float | None  # the value metrics.json carries
    prior_year: str
    avg_4w: str
    vs_py: str  # "▼ −520 bps", "—"
    vs_py_raw: float | None
    vs_py_tone: str  # good | bad | flat | na
    vs_4w: str
    vs_4w_raw: float | None
    vs_4w_tone: str
    signal: str  # "signal" | "routine" | "" (no limits)
    signal_tone: str  # "good" | "bad" | ""
    signal_text: str  # "signal (beyond a natural process limit)"
    provisional: bool


class FunnelCellCtx(TypedDict):
    week: str | None
    week_text: str
    provisional: bool
    count: FunnelNumCtx
    rate: FunnelNumCtx | None  # the stage's yield (None for the first stage)
    defects: FunnelNumCtx | None
    share: FunnelNumCtx | None  # defects as a share of the station's input


class FunnelRowCtx(TypedDict):
    key: str  # "" for the total
    label: str
    total: bool
    flagged: bool  # a yield of this row is a bad signal
    cells: list[FunnelCellCtx]
    highlight: list[bool]  # per stage: the cell the headline names
    end_to_end: FunnelNumCtx


class FunnelViewCtx(TypedDict):
    view: str  # "mature" | "week"
    title: str
    note: str
    rows: list[FunnelRowCtx]


class FunnelStageCtx(TypedDict):
    label: str
    count_id: str
    yield_label: str  # "Leads → meetings" ("" for the first stage)
    yield_id: str | None
    method: str  # "cohort" | "period" | ""
    method_text: str


class FunnelCtx(TypedDict):
    id: str
    title: str
    by: str
    stages: list[FunnelStageCtx]
    views: list[FunnelViewCtx]  # mature first, then the report week
    headline: str
    legend: str  # how to read the changes under each number
    method_note: str


class SectionCtx(TypedDict):
    anchor: str
    title: str
    blocks: list[BlockCtx]
    notes: list[AnnotationCtx]  # the events its charts mark, each once, by number


class TocEntry(TypedDict):
    anchor: str
    title: str
    count: int


class SourceCtx(TypedDict):
    name: str
    first_date: str | None
    last_date: str | None
    last_date_text: str
    rows: int
    lag_days: int | None  # days between the source's last date and the week ending
    stale: bool
    text: str  # "leads through 15 Nov" / "web through 13 Nov (2 days behind)"


class GlancePairCtx(TypedDict):
    status: str
    status_text: str
    metric: Ref
    counter: Ref
    metric_change: str
    counter_change: str
    metric_arrow: str  # "▲" | "▼" | "" (issue #10)
    metric_tone: str  # "good" | "bad" | "flat" | "na", by that metric's direction
    counter_arrow: str
    counter_tone: str
    reason: str
    has_commentary: bool


class GlanceSignalCtx(TypedDict):
    """A metric with a rule firing on the report week (issue #8)."""

    metric: Ref
    tone: str  # "good" | "bad": the signal's direction for this metric
    sentence: str  # "Lead → meeting rate 21.0 % is below its lower natural process limit ..."
    rest: str  # the sentence after the metric's label (so a template can link the label)
    rules: list[str]  # "outside" | "three_of_four" | "run" | "range", most telling first
    provisional: bool
    has_commentary: bool


class GlanceMissCtx(TypedDict):
    metric: Ref
    value: str
    target: str
    variance: str
    partial: bool
    has_commentary: bool
    assurance: str  # "will consistently miss the target unless the process changes", ... or ""


class GlanceCtx(TypedDict):
    headline: str
    pairs: list[GlancePairCtx]
    signals: list[GlanceSignalCtx]  # bad first, then good
    misses: list[GlanceMissCtx]
    routine: str  # "14 other metrics moved only within their routine variation: ..." or ""
    summary: str  # "3 metrics moved beyond their routine variation this week; 25 moved only ..."
    movers: list[
        Any
    ]  # always empty since issue #8 (signals replace raw moves); kept for old templates
    warnings: list[str]
    quiet: bool
    alert_count: int
    watch_count: int
    signal_count: int


class PlanRow(TypedDict):
    """One period of "plan to date" (issue #10): actual vs plan, the gap in unit and in %."""

    label: str  # "Week" | "MTD" | "QTD" | "YTD"
    actual: str  # digits added until actual and plan differ in display when they differ
    plan: str
    gap: str  # "−$51.2K"; "+120 bps" for a metric compared in bps; "n/a"
    gap_pct: str  # "−1.2 %"; "n/a" without a plan
    tone: str  # "good" | "bad" | "flat" | "na", by the metric's direction
    text: str  # "$4.29M vs $4.34M plan, −$51.2K, −1.2 %"
    raw_actual: float | None
    raw_plan: float | None


class ActionCtx(TypedDict):
    """One countermeasure of the actions register (issue #10)."""

    id: str
    metric: Ref
    owner: str
    countermeasure: str
    status: str  # open | done | dropped, as at the end of the report week
    opened_text: str  # "12 Nov"
    due_text: str
    closed_text: str  # "" while open
    result: str  # "" when none
    late_text: str  # "2 days late" (counted to the review Monday) for an overdue action, else ""


class NoteCtx(TypedDict):
    """The owner's commentary on a metric page 1 flags."""

    metric: Ref
    owner: str
    why: str  # "Goodhart alert" | "missed target"
    text: str | None  # None: no explanation yet


class ActionsCtx(TypedDict):
    """Page 1's actions and the owners' commentary (issue #10)."""

    enabled: bool  # the project keeps an actions register
    due_by_text: str  # "22 Nov": the last day of "due this week"
    overdue: list[ActionCtx]
    due: list[ActionCtx]
    closed: list[ActionCtx]
    notes: list[NoteCtx]


class ReportContext(TypedDict):
    title: str
    stem: str  # "wbr-2026-11-15"
    week_ending: str  # ISO
    week_ending_text: str  # "15 November 2026"
    week_number: int
    week_label: str  # "Week 46"
    fiscal_label: str  # "Q4 FY2026"
    generated_at: str  # ISO 8601 with offset
    generated_text: str  # "16 Nov 2026 07:00 UTC"
    headline: str
    paper: str
    year: int  # the report week's year (legend: current year)
    prior_year: int
    sources: list[SourceCtx]
    glance: GlanceCtx
    toc: list[TocEntry]
    sections: list[SectionCtx]
    appendix: list[MetricCtx]
    charts: list[ChartCtx]
    chart_count: int
    actions: ActionsCtx  # issue #10
