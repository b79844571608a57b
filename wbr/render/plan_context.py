"""Plan to date (issue #10): the week, MTD, QTD and YTD of a metric with a target, against plan.

Actual and plan come straight from the result (``summary`` and ``target``, the same numbers as
``metrics.json``); only the display is chosen here, with enough decimals that a gap is never hidden
by rounding ("$4.29M vs $4.34M plan", not "$4.3M vs $4.3M").
"""

from __future__ import annotations

from wbr.formatting import format_apart, format_gap, format_gap_pct
from wbr.render.contract import PlanRow
from wbr.results import MetricResult


def plan_rows(r: MetricResult) -> list[PlanRow]:
    """Week, MTD, QTD, YTD against plan; [] for a metric without a target."""
    t, s, m = r.target, r.summary, r.metric
    if t is None:
        return []
    rows: list[PlanRow] = []
    for label, actual, plan in (
        ("Week", s.last_week, t.last_week),
        ("MTD", s.mtd, t.mtd),
        ("QTD", s.qtd, t.qtd),
        ("YTD", s.ytd, t.ytd),
    ):
        gap = actual - plan if actual is not None and plan is not None else None
        actual_text, plan_text = format_apart(actual, plan, m.unit)
        gap_text = format_gap(gap, m.unit, m.comparison.value)
        pct_text = format_gap_pct(gap, plan)
        if gap is None:
            tone = "na"
        elif gap == 0:
            tone = "flat"
        else:
            tone = "good" if gap * m.direction.sign > 0 else "bad"
        text = f"{actual_text} vs {plan_text} plan"
        if gap is not None:
            text += f", {gap_text}" + (f", {pct_text}" if pct_text != "n/a" else "")
        rows.append(
            {
                "label": label,
                "actual": actual_text,
                "plan": plan_text,
                "gap": gap_text,
                "gap_pct": pct_text,
                "tone": tone,
                "text": text,
                "raw_actual": actual,
                "raw_plan": plan,
            }
        )
    return rows
