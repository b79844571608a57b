"""Pareto and unit-economics blocks → their template contexts (issue #10 §2, §3).

Numbers are final (:mod:`wbr.pareto`, :mod:`wbr.unit_economics`); here they are only formatted
into :class:`~wbr.render.contract.Stat` values (text, raw number, tone by the metric's direction,
arrow), so the HTML, Typst and Quarto templates show the same characters and the tests can hold
every shown number against ``metrics.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from wbr.formatting import format_value
from wbr.pareto import ParetoCategory, ParetoResult, ParetoSignal
from wbr.pareto_chart import pareto_chart_spec
from wbr.render.contract import (
    BlockCtx,
    ChartCtx,
    ParetoCtx,
    ParetoRowCtx,
    UnitCellCtx,
    UnitEconomicsCtx,
    UnitRowCtx,
)
from wbr.render.glance_context import anchor
from wbr.render.stat_context import stat_change, stat_value
from wbr.report import ReportParetoBlock, ReportUnitEconomicsBlock
from wbr.schema import Direction
from wbr.signal_text import rule_names
from wbr.unit_economics import UnitEconomicsResult


def signal_words(s: ParetoSignal) -> str:
    """'bad signal: beyond a natural process limit', 'routine variation', 'no limits yet'."""
    if s.status == "signal":
        text = f"{s.direction} signal: {rule_names(s.rules)}"
    elif s.status == "routine":
        text = "routine variation"
    elif s.rare_events:
        text = "rare events: no limits"
    else:
        text = "no limits yet"
    return text  # a maturing week is said once, in the block's subtitle


def pareto_context(p: ParetoResult, chart_id: str) -> tuple[ParetoCtx, ChartCtx]:
    """The block's table rows (largest category first, then the total) and its bar chart."""
    lower = Direction.LOWER_IS_BETTER
    prov = False  # said once in the block's subtitle, not on each of its ~40 numbers

    def row(
        metric: str, label: str, c: ParetoCategory | None, direction: Direction
    ) -> ParetoRowCtx:
        count = c.count if c is not None else p.count
        rate = c.rate if c is not None else p.rate
        share = c.share if c is not None else (1.0 if p.count else None)
        cumulative = c.cumulative_share if c is not None else None
        yoy = c.rate_yoy_bps if c is not None else p.rate_yoy_bps
        vs4 = c.rate_vs_4wk_bps if c is not None else p.rate_vs_4wk_bps
        signal = c.signal if c is not None else None
        rate_stat = stat_value("rate", "Rate", rate, "percent", False, prov)
        rate_stat["text"] = format_value(rate, "percent", extra=1)  # 0.20 %: defects are rare
        return {
            "id": metric,
            "label": label,
            "anchor": anchor(metric),
            "count": stat_value("count", "Count", count, "count", False, prov),
            "rate": rate_stat,
            "share": stat_value("share", "Share", share, "percent", False, prov),
            "cumulative": stat_value("cumulative", "Cumulative", cumulative, "percent", False),
            "yoy": stat_change("yoy", "vs prior year", yoy, "bps", direction, False, prov),
            "vs_4wk": stat_change("vs_4wk", "vs 4-wk avg", vs4, "bps", direction, False, prov),
            "signal": signal_words(signal) if signal is not None else "",
            "signal_tone": (signal.direction or "") if signal is not None else "",
        }

    rows = [row(c.metric, c.label, c, lower) for c in p.categories]
    total = row("", "Total", None, lower)
    total["cumulative"]["text"] = ""  # the total has no cumulative share: blank, not "n/a"
    ctx: ParetoCtx = {
        "title": p.title,
        "total_id": p.total,
        "total_label": p.total_label,
        "total_anchor": anchor(p.total),
        "total_text": format_value(p.total_count, "count"),
        "week_text": f"Week ending {p.week_ending.day} {p.week_ending:%b %Y}",
        "provisional": p.provisional,
        "rows": rows,
        "total": total,
        "note": (
            f"Rate: the category's count as a share of {p.total_label.lower()} in the week. "
            "Changes are of the rate, in basis points (100 bps = 1 percentage point): "
            "against the same week a year earlier and against the four weeks before, taken "
            "together. Signal: the rate's natural process limits."
        ),
        "chart_id": chart_id,
    }
    chart: ChartCtx = {"id": chart_id, "metric_id": p.total, "spec": pareto_chart_spec(p)}
    return ctx, chart


def unit_economics_context(u: UnitEconomicsResult) -> UnitEconomicsCtx:
    """Rows of the unit-economics table: the total first, then each breakdown value."""
    span = f"{_day(u.start)} – {_day(u.end)}"
    prior = f"{_day(u.prior_start)} – {_day(u.prior_end)}" if u.prior_start and u.prior_end else ""
    rows: list[UnitRowCtx] = []
    for k, r in enumerate(u.rows):
        cells: list[UnitCellCtx] = []
        for d, c in zip(u.metrics, r.cells, strict=True):
            value = stat_value(d.id, d.label, c.value, d.unit, False, c.provisional)
            if c.reads is not None:
                value["text"] = c.reads
            change = stat_change(
                d.id, "YoY", c.change, d.comparison.value, d.direction, False, c.provisional
            )
            cells.append({"value": value, "change": change})
        rows.append({"label": r.label, "is_total": k == 0, "cells": cells})
    return {
        "title": u.title,
        "period_text": f"{u.period.words[:1].upper()}{u.period.words[1:]}: {span}"
        + (f", against {prior}" if prior else ""),
        "columns": [{"id": d.id, "label": d.label, "anchor": anchor(d.id)} for d in u.metrics],
        "rows": rows,
        "note": (
            "Each cost is the period's spend over the period's units (never an average of "
            "weekly ratios); below it, the change against the same span a year earlier. "
            "“no spend booked”: nothing was booked for that source in the period (not a free "
            "unit); “—”: spend but no units to divide it by."
        ),
    }


def _day(day: object) -> str:
    import datetime as dt

    assert isinstance(day, dt.date)
    return f"{day.day} {day:%b %Y}"


def econ_block(
    block: ReportParetoBlock | ReportUnitEconomicsBlock,
    chart_id: str,
    charts: list[ChartCtx],
    on_chart: Callable[[], None] | None,
) -> BlockCtx:
    """A pareto block (its chart joins ``charts``) or a unit-economics block, as a BlockCtx."""
    out: BlockCtx = {
        "kind": "pareto" if isinstance(block, ReportParetoBlock) else "unit_economics",
        "metric": None,
        "chart": None,
        "table": None,
        "process_chart": None,
        "pareto": None,
        "unit_economics": None,
    }
    if isinstance(block, ReportParetoBlock):
        ctx, chart = pareto_context(block.result, f"{chart_id}-pareto")
        charts.append(chart)
        if on_chart is not None:
            on_chart()
        out["pareto"], out["chart"] = ctx, chart
    else:
        out["unit_economics"] = unit_economics_context(block.result)
    return out
