"""A metric's summary box (issue #10): one layout for the HTML, the PDF and the email.

Rows are the periods (last week, MTD, QTD, YTD); columns are the value, WoW (last week only), YoY
and, for a metric with a target, the target and the gap to it. YoY and vs-target are separate
columns: one number per cell, each under its own header. The target columns are the plan-to-date
rows (:mod:`wbr.render.plan_context`), so a gap is never hidden by rounding: the value of a
period with a target is shown with as many digits as its plan needs to tell them apart.
"""

from __future__ import annotations

from wbr.render.contract import BoxCtx, BoxRow, PeriodCtx, PlanRow, Stat, TargetCtx

COLUMNS = ("Value", "WoW", "YoY")
TARGET_COLUMNS = ("Target", "vs target")


def box_context(periods: list[PeriodCtx], plan: list[PlanRow], target: TargetCtx | None) -> BoxCtx:
    """The box of one metric from its period stats and its plan-to-date rows."""
    has_target = bool(plan)
    rows: list[BoxRow] = []
    for i, p in enumerate(periods):
        changes = p["changes"]
        value = p["value"].copy()
        gap: Stat | None = None
        gap_unit = ""
        target_text = ""
        status = ""
        if has_target and i < len(plan):
            row = plan[i]
            value["text"] = row["actual"] if value["raw"] is not None else value["text"]
            target_text = row["plan"]
            gap_unit = row["gap"] if row["raw_plan"] is not None else ""
            gap = _gap_stat(row, value)
            if i == 0 and target is not None:
                status = target["status"] if target["status"] != "n/a" else ""
                if target["met"] is not None and gap["tone"] in ("flat", "good", "bad"):
                    # the week's verdict is the engine's (met/missed), as in the glance
                    gap["tone"] = "good" if target["met"] else "bad"
        rows.append(
            {
                "label": p["label"],
                "value": value,
                "wow": changes[0] if len(changes) == 2 else None,
                "yoy": changes[-1],
                "target": target_text,
                "gap": gap_unit,
                "vs_target": gap,
                "status": status,
            }
        )
    stats = [st for p in periods for st in (p["value"], *p["changes"])]
    return {
        "columns": [*COLUMNS, *(TARGET_COLUMNS if has_target else ())],
        "has_target": has_target,
        "rows": rows,
        "partial": any(st["partial"] for st in stats),
        "provisional": any(st["provisional"] for st in stats),
    }


def _gap_stat(row: PlanRow, value: Stat) -> Stat:
    """The gap to plan in % (its unit gap beside it), ▲ above plan, ▼ below, toned by direction."""
    actual, plan = row["raw_actual"], row["raw_plan"]
    arrow = ""
    if actual is not None and plan is not None and row["tone"] in ("good", "bad"):
        arrow = "▲" if actual > plan else "▼"
    return {
        "key": "vs_target",
        "label": "vs target",
        "text": row["gap_pct"],
        "raw": (actual - plan) / abs(plan)
        if actual is not None and plan is not None and plan != 0
        else None,
        "tone": row["tone"],
        "arrow": arrow,
        "partial": value["partial"],
        "provisional": value["provisional"],
    }
