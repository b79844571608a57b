"""A metric's definition in the readers' words (split from :mod:`wbr.render.context`).

Where a number comes from ("leads.leads (sum) where lead_source = web_form") and how its target is
stated ("450 per week (prorated by days)", "plan"); the plan's column name is only for the appendix
(issue #10: readers see "Target: plan", not "plan column 'leads_plan'").
"""

from __future__ import annotations

from wbr.formatting import format_value
from wbr.schema import MetricDef, TargetKind


def source_text(m: MetricDef) -> str | None:
    """'leads.leads (sum) where lead_source = web_form'; None for a formula metric."""
    if m.formula_text is not None:
        return None
    what = m.column or (f"{m.duration.start} → {m.duration.end}" if m.duration else "records")
    agg = f"percentile {m.percentile:g}" if m.percentile is not None else m.agg.value
    text = f"{m.source}.{what} ({agg})"
    clauses = []
    for f in m.filters:
        value = ", ".join(map(_plain, f.value)) if isinstance(f.value, tuple) else _plain(f.value)
        clauses.append(f"{f.column} {_FILTER_OPS.get(f.op.value, f.op.value)} {value}")
    return text + (" where " + " and ".join(clauses) if clauses else "")


_FILTER_OPS = {
    "eq": "=", "ne": "≠", "gt": ">", "ge": "≥", "lt": "<", "le": "≤",
    "in": "in", "not_in": "not in",
}  # fmt: skip


def _plain(value: str | float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def target_rule(m: MetricDef) -> str:
    """How the target is stated, in the readers' words ("plan", not the plan's column name)."""
    t = m.target
    if t is None:
        return ""
    if t.kind is TargetKind.WEEKLY:
        return f"{format_value(t.amount, m.unit)} per week (prorated by days)"
    if t.kind is TargetKind.VALUE:
        return f"{format_value(t.amount, m.unit)} in every period"
    return "plan"


def target_source(m: MetricDef) -> str | None:
    """Where a plan target is read from, for the appendix ("plans.leads_plan"); else None."""
    t = m.target
    if t is None or t.kind is not TargetKind.COLUMN:
        return None
    where = t.source or m.source
    return f"{where}.{t.column}" if where else t.column


__all__ = ["source_text", "target_rule", "target_source"]
