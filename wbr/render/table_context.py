"""A table block → :class:`~wbr.render.contract.TableCtx` (split from :mod:`wbr.render.context`).

Weeks: six weeks, QTD and YTD; months: the twelve months; each metric's row of values with a row
of its YoY changes under it. A period whose spend was not booked says so (:mod:`wbr.unbooked`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from wbr.config import TablePeriod
from wbr.render.contract import TableCtx, TableRow
from wbr.render.glance_context import anchor
from wbr.render.stat_context import stat_change, stat_value
from wbr.render.unbooked_context import say_unbooked, table_words
from wbr.report import ReportTableBlock
from wbr.results import FULL, MetricResult


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


__all__ = ["table_context"]
