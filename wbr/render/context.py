"""Report → :class:`ReportContext` (typed in :mod:`wbr.render.contract`), what every template reads.

Numbers are final before this runs; here they are only picked and formatted. Every displayed
number comes as a pre-formatted string (``text``: "12.3K", "+120 bps", "n/a") next to its raw
value (``raw``, None when missing), with a ``tone`` chosen by the metric's direction (never by
sign) and an ``arrow`` so colour is never the only cue. User text (labels, definitions, commentary,
annotations, titles) is passed raw: each backend escapes it for its own syntax.

Key map (what a template can rely on):

* top: ``title stem week_ending week_ending_text week_number week_label fiscal_label
  generated_at generated_text headline paper year prior_year chart_count``
* ``sources``: freshness of each source (``name last_date_text lag_days stale text``)
* ``glance``: *At a glance* (``headline summary pairs signals misses routine warnings quiet
  alert_count watch_count signal_count``; ``movers`` stays, always empty, for older templates)
* ``toc``: ``anchor title count`` per section
* ``sections[].blocks[]``: ``kind`` "metric" (``metric`` + ``chart`` + ``process_chart``, the
  XmR chart or None) or "table" (``table``)
* ``metric.signal``: was last week a signal or routine variation, in words (issue #8)
* ``sections[].notes``: the events the section's charts mark, each once (its footnotes)
* ``appendix``: a :class:`MetricCtx` per metric in deck order, breakdown children after their
  parent (``parent``, ``by_label``)
* ``charts``: every chart of the packet in document order (``id metric_id spec``)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from wbr.charts import chart_annotations, chart_spec
from wbr.config import TablePeriod
from wbr.formatting import change_cues, format_delta, format_value
from wbr.notes import Annotation
from wbr.process_chart import (
    PACKET_MR_HEIGHT,
    PACKET_WIDTH,
    PACKET_X_HEIGHT,
    chart_mode,
    process_chart_spec,
    wants_process_chart,
)
from wbr.render.actions_context import actions_context, open_actions
from wbr.render.box_context import box_context
from wbr.render.contract import (
    BlockCtx,
    ChartCtx,
    MetricCtx,
    PairCtx,
    PairSide,
    PeriodCtx,
    PointCtx,
    Ref,
    ReportContext,
    SectionCtx,
    SourceCtx,
    Stat,
    TableCtx,
    TableRow,
    TargetCtx,
)
from wbr.render.definition_context import source_text, target_rule, target_source
from wbr.render.funnel_context import funnel_context
from wbr.render.glance_context import STATUS_TEXT, anchor, glance_context, signal_context
from wbr.render.layout_context import (
    EventKey,
    annotation_ctx,
    deck_order,
    event_key,
    event_numbers,
    section_notes,
)
from wbr.render.pair_context import place_pairs
from wbr.render.plan_context import plan_rows
from wbr.render.unbooked_context import say_unbooked, table_words
from wbr.report import Report, ReportFunnelBlock, ReportMetricBlock, ReportTableBlock
from wbr.results import FULL, MetricResult, MetricSet, PairStatus
from wbr.schema import Direction, MetricDef
from wbr.schema_records import humanise


def build_context(report: Report, on_chart: Callable[[], None] | None = None) -> ReportContext:
    """Flatten a Report into the template contract; ``on_chart`` is called per chart built."""
    ms = report.metric_set
    we = ms.week_ending
    by_id = {r.metric.id: r for r in ms.metrics}
    charted = [
        b.result for s in report.sections for b in s.blocks if isinstance(b, ReportMetricBlock)
    ]
    numbers = event_numbers(charted, report.annotations)  # one number per event, every chart
    metrics = {
        r.metric.id: metric_context(r, ms, report.commentary, report.annotations, numbers)
        for r in ms.metrics
    }
    labels = {r.metric.id: r.metric.label for r in ms.metrics}
    for mid, mctx in metrics.items():
        mctx["actions"] = open_actions(report.actions, mid, labels)
    sections: list[SectionCtx] = []
    charts: list[ChartCtx] = []
    placed = 0  # 6-12 charts so far: their ids do not depend on the process behaviour charts
    for i, section in enumerate(report.sections, start=1):
        blocks: list[BlockCtx] = []
        for block in section.blocks:
            if isinstance(block, ReportMetricBlock):
                mid = block.result.metric.id
                chart: ChartCtx = {
                    "id": f"chart-{placed + 1}-{mid}",
                    "metric_id": mid,
                    "spec": chart_spec(block.result, report.annotations, numbers=numbers),
                }
                charts.append(chart)
                placed += 1
                metrics[mid]["placed"] = True
                if on_chart is not None:
                    on_chart()
                process: ChartCtx | None = None
                mode = chart_mode(report.project.config.signals, block.result.metric)
                if wants_process_chart(block.result, mode):
                    process = {
                        "id": f"{chart['id']}-xmr",  # the 6-12 chart ids stay as they were
                        "metric_id": mid,
                        "spec": process_chart_spec(
                            block.result,
                            width=PACKET_WIDTH,
                            x_height=PACKET_X_HEIGHT,
                            mr_height=PACKET_MR_HEIGHT,
                        ),
                    }
                    charts.append(process)
                    if on_chart is not None:
                        on_chart()
                blocks.append(
                    {
                        "kind": "metric",
                        "metric": metrics[mid],
                        "chart": chart,
                        "table": None,
                        "process_chart": process,
                        "pareto": None,
                        "unit_economics": None,
                    }
                )
            elif isinstance(block, ReportTableBlock):
                blocks.append(
                    {
                        "kind": "table",
                        "metric": None,
                        "chart": None,
                        "table": table_context(block, we, by_id),
                        "process_chart": None,
                        "pareto": None,
                        "unit_economics": None,
                    }
                )
            elif isinstance(block, ReportFunnelBlock):  # issue #10 §1
                blocks.append(
                    {
                        "kind": "funnel",
                        "metric": None,
                        "chart": None,
                        "table": None,
                        "process_chart": None,
                        "funnel": funnel_context(block.funnel),
                    }
                )
            else:  # pareto and unit_economics (issue #10 §2, §3): wbr.render.econ_context
                from wbr.render.econ_context import econ_block

                blocks.append(econ_block(block, f"chart-{i}-{len(blocks) + 1}", charts, on_chart))
        shown = [b["metric"] for b in blocks if b["kind"] == "metric" and b["metric"] is not None]
        sections.append(
            {
                "anchor": f"s-{i}",
                "title": section.title,
                "blocks": blocks,
                "notes": section_notes(shown),
            }
        )
    # each pair drawn once, in its target metric's block (needs to know which metrics are placed)
    panels = {
        (p.metric, p.counter_metric, seen): pair_context(p, ms, seen)
        for p in ms.pairs
        for seen in (p.metric, p.counter_metric)
    }
    place_pairs(ms.pairs, metrics, panels)
    return {
        "title": ms.title,
        "stem": report.stem,
        "week_ending": we.isoformat(),
        "week_ending_text": f"{we.day} {we:%B %Y}",
        "week_number": ms.week_number,
        "week_label": f"Week {ms.week_number}",
        "fiscal_label": ms.fiscal_label,
        "generated_at": report.generated_at.isoformat(timespec="minutes"),
        "generated_text": _datetime_text(report.generated_at),
        "headline": report.glance.headline,
        "paper": report.project.config.paper,
        "year": ms.legend_year,
        "prior_year": ms.legend_year - 1,
        "sources": source_context(ms),
        "glance": glance_context(report.glance),
        "toc": [
            {
                "anchor": s["anchor"],
                "title": s["title"],
                "count": len(s["blocks"]),
            }
            for s in sections
        ],
        "sections": sections,
        "appendix": deck_order(
            metrics, sections, {r.metric.id: r.metric.parent for r in ms.metrics}
        ),
        "charts": charts,
        "chart_count": len(charts),
        "actions": actions_context(report.actions, report.notes, labels),
    }


def ref(m: MetricDef) -> Ref:
    return {"id": m.id, "label": m.label, "anchor": anchor(m.id)}


def stat_value(
    key: str,
    label: str,
    number: float | None,
    unit: str,
    partial: bool,
    provisional: bool = False,
) -> Stat:
    return {
        "key": key,
        "label": label,
        "text": format_value(number, unit),
        "raw": number,
        "tone": "value" if number is not None else "na",
        "arrow": "",
        "partial": partial,
        "provisional": provisional,
    }


def stat_change(
    key: str,
    label: str,
    change: float | None,
    comparison: str,
    direction: Direction,
    partial: bool = False,
    provisional: bool = False,
) -> Stat:
    """A change toned by direction: up is good only when higher is better."""
    text = format_delta(change, comparison)
    tone, arrow = change_cues(change, text, direction.sign)  # rounds to zero: flat, no arrow
    return {
        "key": key,
        "label": label,
        "text": text,
        "raw": change,
        "tone": tone,
        "arrow": arrow,
        "partial": partial,
        "provisional": provisional,
    }


def metric_context(
    r: MetricResult,
    ms: MetricSet,
    commentary: Mapping[str, str],
    annotations: Sequence[Annotation],
    numbers: Mapping[EventKey, int] | None = None,
) -> MetricCtx:
    m = r.metric
    s, cov = r.summary, r.coverage
    unit, cmp, d = m.unit, m.comparison.value, m.direction
    lw_partial = cov.last_week < FULL
    prov = s.provisional  # the report week and the periods ending with it are still maturing
    periods: list[PeriodCtx] = [
        {
            "label": "Last week",
            "value": stat_value("last_week", "Last week", s.last_week, unit, lw_partial, prov),
            "changes": [
                stat_change("wow", "WoW", s.wow, cmp, d, lw_partial, prov),
                stat_change("yoy", "YoY", s.yoy, cmp, d, lw_partial, prov),
            ],
        },
    ]
    for key, label, value, change, c in (
        ("mtd", "MTD", s.mtd, s.mtd_yoy, cov.mtd),
        ("qtd", "QTD", s.qtd, s.qtd_yoy, cov.qtd),
        ("ytd", "YTD", s.ytd, s.ytd_yoy, cov.ytd),
    ):
        periods.append(
            {
                "label": label,
                "value": stat_value(key, label, value, unit, c < FULL, prov),
                "changes": [stat_change(f"{key}_yoy", "YoY", change, cmp, d, c < FULL, prov)],
            }
        )
    summary = [st for p in periods for st in (p["value"], *p["changes"])]
    target: TargetCtx | None = None
    rule = target_rule(m)
    if r.target is not None:
        t = r.target
        variance = stat_change("vs_target", "vs target", t.vs_target, cmp, d, lw_partial, prov)
        if t.met is not None and variance["tone"] in ("flat", "good", "bad"):
            variance["tone"] = "good" if t.met else "bad"
        target = {
            "text": format_value(t.last_week, unit),
            "rule": rule,
            "variance": variance,
            "met": t.met,
            "status": "n/a" if t.met is None else "met" if t.met else "missed",
        }
        summary.append(variance)
    pairs = [pair_context(p, ms, m.id) for p in ms.pairs if m.id in (p.metric, p.counter_metric)]
    worst = ""
    for state in ("alert", "watch", "ok"):
        if any(p["status"] == state for p in pairs):
            worst = state
            break
    notes = chart_annotations(r, annotations)
    plan = plan_rows(r)
    return {
        "id": m.id,
        "anchor": anchor(m.id),
        "label": m.label,
        "unit": unit,
        "owner": m.owner,
        "definition": m.definition,
        "formula": m.formula_text,
        "source": source_text(m),
        "direction": d.value,
        "direction_text": "Higher is better"
        if d is Direction.HIGHER_IS_BETTER
        else "Lower is better",
        "comparison": cmp,
        "comparison_text": "basis points" if cmp == "bps" else "percent change",
        "value": format_value(s.last_week, unit),
        "partial": lw_partial,
        "coverage_text": f"{round(cov.last_week * 7)} of 7 days" if lw_partial else "",
        "periods": periods,
        "summary": summary,
        "target": target,
        "target_rule": rule,
        "target_source": target_source(m),
        "counter_metrics": [ref(ms.get(c).metric) for c in m.counter_metrics if _has(ms, c)],
        "parent": m.parent,
        "by_label": _by_label(m, ms),
        "by_column": humanise(m.by.column).lower() if m.by is not None else "",
        "pairs": pairs,
        "status": worst,
        "commentary": commentary.get(m.id),
        "annotations": [
            annotation_ctx(a, (numbers or {}).get(event_key(a), i))
            for i, a in enumerate(notes, start=1)
        ],
        "weeks": [
            _point(m, *w.labels, w.value, w.prior_year, w.coverage, w.provisional) for w in r.weeks
        ],
        "months": [
            _point(m, *mo.labels, mo.value, mo.prior_year, mo.coverage, mo.provisional)
            for mo in r.months
        ],
        "placed": False,
        "signal": signal_context(r),
        "plan": plan,
        "box": box_context(periods, plan, target),
        "pair_panels": [],  # filled by build_context: each pair drawn once
        "pair_links": [],
        "actions": [],  # filled by build_context from the register
    }


def pair_context(p: PairStatus, ms: MetricSet, seen_from: str) -> PairCtx:
    """A pair as shown on ``seen_from``'s block (the target metric's or the counter-metric's)."""
    target, counter = ms.get(p.metric), ms.get(p.counter_metric)
    role = "target" if seen_from == p.metric else "counter"
    return {
        "status": p.status.value,
        "status_text": STATUS_TEXT[p.status.value],
        "reason": p.reason,
        "role": role,
        "metric": _side(target, p.metric_change),
        "counter": _side(counter, p.counter_change),
    }


def table_context(
    block: ReportTableBlock, we: dt.date, by_id: Mapping[str, MetricResult]
) -> TableCtx:
    """Weeks: six weeks + QTD + YTD; months: the twelve months. A YoY row under each metric."""
    rows: list[TableRow] = []
    columns: list[str] = []
    titles: list[str] = []
    for r in block.results:
        m = r.metric
        cmp, d = m.comparison.value, m.direction
        if block.period is TablePeriod.WEEKS:
            points = [(*w.labels, w.value, w.prior_year, w.coverage) for w in r.weeks]
            points += [
                ("QTD", "Quarter to date", r.summary.qtd, None, r.coverage.qtd),
                ("YTD", "Year to date", r.summary.ytd, None, r.coverage.ytd),
            ]
            yoy_extra = [r.summary.qtd_yoy, r.summary.ytd_yoy]
            maturing = [w.provisional for w in r.weeks] + [r.summary.provisional] * 2
        else:
            points = [(*mo.labels, mo.value, mo.prior_year, mo.coverage) for mo in r.months]
            yoy_extra = []
            maturing = [mo.provisional for mo in r.months]
        if not columns:
            columns = [p[0] for p in points]
            titles = [p[1] for p in points]
        n_periods = len(points) - len(yoy_extra)
        values = [
            stat_value(f"c{i}", label, value, m.unit, cov < FULL, maturing[i])
            for i, (label, _, value, _, cov) in enumerate(points)
        ]
        say_unbooked(values, table_words(r, block.period, by_id))
        changes = [
            m.comparison.delta(value, prior) for (_, _, value, prior, _) in points[:n_periods]
        ] + yoy_extra
        yoy = [
            stat_change(f"c{i}", "YoY", change, cmp, d, values[i]["partial"], maturing[i])
            for i, change in enumerate(changes)
        ]
        rows.append(
            {"id": m.id, "label": m.label, "anchor": anchor(m.id), "values": values, "yoy": yoy}
        )
    default_title = (
        "Six weeks, QTD and YTD" if block.period is TablePeriod.WEEKS else "Twelve months"
    )
    return {
        "title": block.title or default_title,
        "period": block.period.value,
        "columns": columns,
        "column_titles": titles,
        "rows": rows,
    }


def source_context(ms: MetricSet) -> list[SourceCtx]:
    out: list[SourceCtx] = []
    we = ms.week_ending
    for src in ms.sources:
        lag = (we - src.last_date).days if src.last_date is not None else None
        if src.last_date is None:
            text = f"{src.name}: no data"
        elif lag is not None and lag > 0:
            days = f"{lag} day{'s' if lag != 1 else ''}"
            text = f"{src.name} through {src.last_date.day} {src.last_date:%b} ({days} short)"
        else:
            text = f"{src.name} through {src.last_date.day} {src.last_date:%b}"
        out.append(
            {
                "name": src.name,
                "first_date": src.first_date.isoformat() if src.first_date else None,
                "last_date": src.last_date.isoformat() if src.last_date else None,
                "last_date_text": f"{src.last_date.day} {src.last_date:%b %Y}"
                if src.last_date
                else "n/a",
                "rows": src.rows,
                "lag_days": lag,
                "stale": lag is None or lag > 0,
                "text": text,
            }
        )
    return out


def _side(r: MetricResult, change: float | None) -> PairSide:
    m = r.metric
    return {
        "id": m.id,
        "label": m.label,
        "anchor": anchor(m.id),
        "value": format_value(r.summary.last_week, m.unit),
        "change": stat_change(
            "vs_baseline", "vs 4-wk avg", change, m.comparison.value, m.direction
        ),
    }


def _point(
    m: MetricDef,
    label: str,
    long_label: str,
    value: float | None,
    prior: float | None,
    coverage: float,
    provisional: bool = False,
) -> PointCtx:
    partial = coverage < FULL
    return {
        "label": label,
        "long_label": long_label,
        "value": stat_value("value", label, value, m.unit, partial, provisional),
        "prior_year": format_value(prior, m.unit),
        "yoy": stat_change(
            "yoy",
            "YoY",
            m.comparison.delta(value, prior),
            m.comparison.value,
            m.direction,
            partial,
            provisional,
        ),
    }


def _by_label(m: MetricDef, ms: MetricSet) -> str:
    """A breakdown child's value label ("Web form" of "Leads — Web form"); "" for other metrics."""
    if m.parent is None or not _has(ms, m.parent):
        return ""
    prefix = ms.get(m.parent).metric.label + " — "
    return m.label[len(prefix) :] if m.label.startswith(prefix) else m.label


def _has(ms: MetricSet, metric_id: str) -> bool:
    return any(r.metric.id == metric_id for r in ms.metrics)


def _datetime_text(when: dt.datetime) -> str:
    zone = when.tzname() or ""
    return f"{when.day} {when:%b %Y %H:%M} {zone}".strip()


__all__ = ["ReportContext", "build_context"]
