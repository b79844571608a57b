"""Funnel → :class:`FunnelCtx` (issue #10 §1): the funnel block's numbers, formatted.

Every number comes from :class:`wbr.funnel_model.Funnel`, the same values ``metrics.json`` carries
under ``"funnels"``; here they are only formatted, toned and ordered. A missing number reads "—".
Rows: the total first, then the breakdown values with a bad signal on a yield first (most such
signals first), the others in catalogue order, so the source behind an alert is on top.
"""

from __future__ import annotations

import datetime as dt

from wbr.formatting import format_delta, format_value
from wbr.funnel_model import Figure, Funnel, FunnelRow, StageCell, StageInfo, Verdict
from wbr.render.contract import (
    FunnelCellCtx,
    FunnelCtx,
    FunnelNumCtx,
    FunnelRowCtx,
    FunnelStageCtx,
    FunnelViewCtx,
)
from wbr.signal_text import rule_names

DASH = "—"
LEGEND = (
    "Under each number: its change vs the same week a year earlier, then vs the average of the 4 "
    "weeks before (counts in %, yields in bps). ▼ or ▲ on a red or green cell: a signal."
)


def _text(text: str) -> str:
    return DASH if text == "n/a" else text


def _change(change: float | None, comparison: str, higher_is_better: bool) -> tuple[str, str]:
    """(text, tone) of a change; tone by direction, 'flat' when it rounds to zero."""
    # bps without their unit: the column heads say "Δ bps", and the cells stay narrow
    text = format_delta(change, comparison).removesuffix(" bps")
    if change is None:
        return DASH, "na"
    if not any(ch.isdigit() and ch != "0" for ch in text):
        return text, "flat"
    good = (change > 0) == higher_is_better
    return text, "good" if good else "bad"  # the sign says up or down, the tone good or bad


def verdict_text(v: Verdict | None) -> tuple[str, str, str]:
    """(status, tone, words) of a signal verdict: ('signal', 'bad', 'signal (beyond a ...)')."""
    if v is None:
        return "", "", ""
    if v.status == "routine":
        return "routine", "", "routine variation"
    return "signal", v.direction or "", f"signal ({rule_names(v.rules)})"


def _num(
    f: Figure | None, unit: str, comparison: str, higher_is_better: bool, provisional: bool
) -> FunnelNumCtx | None:
    if f is None:
        return None
    py_text, py_tone = _change(f.vs_prior_year, comparison, higher_is_better)
    avg_text, avg_tone = _change(f.vs_avg_4w, comparison, higher_is_better)
    status, tone, words = verdict_text(f.signal)
    return {
        "text": _text(format_value(f.value, unit)),
        "raw": f.value,
        "prior_year": _text(format_value(f.prior_year, unit)),
        "avg_4w": _text(format_value(f.avg_4w, unit)),
        "vs_py": py_text,
        "vs_py_raw": f.vs_prior_year,
        "vs_py_tone": py_tone,
        "vs_4w": avg_text,
        "vs_4w_raw": f.vs_avg_4w,
        "vs_4w_tone": avg_tone,
        "signal": status,
        "signal_tone": tone,
        "signal_text": words,
        "provisional": provisional,
    }


def _cell(c: StageCell) -> FunnelCellCtx:
    p = c.provisional
    count = _num(c.count, "count", "pct", True, p)
    assert count is not None
    return {
        "week": c.week_ending.isoformat() if c.week_ending else None,
        "week_text": _day(c.week_ending),
        "provisional": p,
        "count": count,
        "rate": _num(c.yield_, "percent", "bps", True, p),
        "defects": _num(c.defects, "count", "pct", False, p),
        "share": _num(c.defect_share, "percent", "bps", False, p),
    }


def _day(d: dt.date | None) -> str:
    return f"{d.day} {d:%b %Y}" if d is not None else DASH


def _bad_signals(row: FunnelRow) -> int:
    return sum(
        c.yield_ is not None and c.yield_.signal is not None and c.yield_.signal.direction == "bad"
        for c in row.stages
    )


def _stage(info: StageInfo) -> FunnelStageCtx:
    if info.method == "cohort":
        method = f"cohort yield within {info.within_days} days ({info.yield_metric})"
    elif info.method == "period":
        method = f"period ratio {info.passed} / {info.entered}" + (
            f" ({info.yield_metric})" if info.yield_metric else ""
        )
    else:
        method = ""
    return {
        "label": info.label,
        "count_id": info.count,
        "yield_label": info.yield_label,
        "yield_id": info.yield_metric,
        "method": info.method or "",
        "method_text": method,
    }


def funnel_context(f: Funnel) -> FunnelCtx:
    """The block as every template reads it."""
    mature, week = f.views[1], f.views[0]
    order = sorted(
        range(1, len(mature.rows)),
        key=lambda g: (-(_bad_signals(mature.rows[g]) + _bad_signals(week.rows[g])), g),
    )
    order = [0, *order]
    views: list[FunnelViewCtx] = []
    for view in (mature, week):  # the final numbers first; the report week is still filling in
        rows: list[FunnelRowCtx] = []
        for g in order:
            row = view.rows[g]
            e2e = _num(
                row.end_to_end, "percent", "bps", True, any(c.provisional for c in row.stages)
            )
            assert e2e is not None
            cells = [_cell(c) for c in row.stages]
            highlight = [
                f.highlight is not None
                and f.highlight.view == view.view
                and f.highlight.row == g
                and f.highlight.stage == s
                for s in range(len(cells))
            ]
            rows.append(
                {
                    "key": row.key or "",
                    "label": row.label,
                    "total": row.key is None,
                    "flagged": _bad_signals(row) > 0,
                    "cells": cells,
                    "highlight": highlight,
                    "end_to_end": e2e,
                }
            )
        weeks = [
            f"{s.yield_label}: week ending {_day(c.week_ending)}"
            for s, c in zip(f.stages[1:], view.rows[0].stages[1:], strict=True)
        ]
        if view.view == "mature":
            title = "Latest mature cohorts"
            note = "Each station at the latest week whose cohort has had its full window: " + (
                "; ".join(weeks)
            )
        else:
            title = f"Week ending {_day(view.rows[0].stages[0].week_ending)}"
            note = "Cohorts still filling in: yields of the report week are provisional (*)."
        views.append({"view": view.view, "title": title, "note": note, "rows": rows})
    return {
        "id": f.id,
        "title": f.title,
        "by": f.by or "",
        "stages": [_stage(s) for s in f.stages],
        "views": views,
        "headline": _headline(f),
        "legend": LEGEND,
        "method_note": _method_note(f),
    }


def _method_note(f: Funnel) -> str:
    cohort = [s for s in f.stages if s.method == "cohort"]
    period = [s for s in f.stages if s.method == "period"]
    parts = []
    if cohort:
        parts.append(
            "Cohort yields (of the units entering a station in a week, the share that passed it "
            "within its window): " + ", ".join(f"{s.yield_label} {s.within_days} d" for s in cohort)
        )
    if period:
        parts.append(
            "period ratios (this week's count over the previous stage's count of the same week, "
            "not one population): " + ", ".join(s.yield_label for s in period)
        )
    return (
        "; ".join(parts)
        + ". Defects: units that entered a station and did not pass it, and their share of its "
        "input. End to end: the product of the stage yields, an estimate of rolled throughput "
        "yield (RTY). The 4-week average of a yield is pooled (passed over entered in those "
        "weeks). * provisional. Signals come from the natural process limits; framed: the move "
        "the line above names."
    )


def _headline(f: Funnel) -> str:
    """Where the worst move is, in one sentence with its numbers."""
    h = f.highlight
    if h is None:
        return "No breakdown value's yield fell below its 4-week average."
    view = f.views[0] if h.view == "week" else f.views[1]
    row, info = view.rows[h.row], f.stages[h.stage]
    cell = row.stages[h.stage]
    y = cell.yield_
    assert y is not None
    when = f"cohort of the week ending {_day(cell.week_ending)}" + (
        " (provisional)" if cell.provisional else " (mature)"
    )
    parts = [
        f"{row.label}: {info.yield_label[:1].lower()}{info.yield_label[1:]} yield "
        f"{_text(format_value(y.value, 'percent'))} for the {when}",
        f"vs {_text(format_value(y.avg_4w, 'percent'))} over the 4 weeks before "
        f"({_text(format_delta(y.vs_avg_4w, 'bps'))})",
        f"{_text(format_value(y.prior_year, 'percent'))} a year earlier "
        f"({_text(format_delta(y.vs_prior_year, 'bps'))})",
    ]
    text = ", ".join(parts)
    if y.signal is not None and y.signal.status == "signal":
        text += f"; a {verdict_text(y.signal)[2]}"
    before = row.stages[h.stage - 1]
    if before.week_ending == cell.week_ending and before.count.value is not None:
        # the volume that entered the station: a push in volume is where quality gets bought
        volume = _text(format_value(before.count.value, "count"))
        change = _text(format_delta(before.count.vs_prior_year, "pct"))
        text += f"; {f.stages[h.stage - 1].label.lower()} {volume} ({change} on a year earlier)"
    if cell.defects is not None and cell.entered is not None and cell.defect_share is not None:
        text += (
            f". {_text(format_value(cell.defects.value, 'count'))} of "
            f"{_text(format_value(cell.entered, 'count'))} "
            f"({_text(format_value(cell.defect_share.value, 'percent'))}) did not pass"
        )
    return text + "."
