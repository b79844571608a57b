"""One metric's block → :class:`~wbr.render.contract.MetricCtx` (split from
:mod:`wbr.render.context`).

Its value and changes for the report week, MTD, QTD and YTD, its target, the pairs it is part
of, its definition, commentary and chart events, its six weeks and twelve months, its signal and
summary box. :func:`wbr.render.context.build_context` then places the block, draws each pair
once and adds the owners' open actions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wbr.charts import chart_annotations
from wbr.formatting import format_value
from wbr.notes import Annotation
from wbr.render.box_context import box_context
from wbr.render.contract import MetricCtx, PeriodCtx, PointCtx, Ref, TargetCtx
from wbr.render.definition_context import source_text, target_rule, target_source
from wbr.render.glance_context import anchor, signal_context
from wbr.render.layout_context import EventKey, annotation_ctx, event_key
from wbr.render.pair_context import pair_context
from wbr.render.plan_context import plan_rows
from wbr.render.stat_context import stat_change, stat_value
from wbr.results import FULL, MetricResult, MetricSet
from wbr.schema import Direction, MetricDef
from wbr.schema_records import humanise


def ref(m: MetricDef) -> Ref:
    return {"id": m.id, "label": m.label, "anchor": anchor(m.id)}


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


__all__ = ["metric_context", "ref"]
