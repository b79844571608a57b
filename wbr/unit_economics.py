"""Unit economics by breakdown value (issue #10 §3): cost per lead, meeting, qualified
opportunity, CAC, LTV, LTV:CAC and payback per lead source and in total, over one period.

Weekly unit costs are noise (a source wins two customers one week and none the next), so the
block is judged on a longer span, each against the same span a year earlier:

- ``last_4_weeks`` and ``last_12_months``: the catalogue's formulas are evaluated again on the
  span's totals of the column metrics they read (spend of the 12 months over leads of the 12
  months: a ratio of totals, as every period value in wbr), per breakdown value as the engine
  does it (``marketing_spend.paid_search / leads.paid_search``; an operand without ``by`` enters
  whole). The column metrics must therefore add up (sums and counts; checked with the config).
- ``qtd`` and ``ytd``: the engine's own values and year-on-year changes.

Each cell says why it has no number: where a ``when_zero`` operand is 0 it reads its words ("no
spend booked", never $0); where every operand is there but the division has a zero denominator
(spend but no customers) it reads "—"; where data is missing it is null ("n/a"). Arrays run over
the block's rows (total + values) and the span's weeks or months; the loops are over metrics.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from wbr.econ_blocks import EconPeriod, UnitEconomicsBlock
from wbr.formula import Array
from wbr.results import MetricResult, MetricSet
from wbr.schema import Comparison, MetricDef, formula_order
from wbr.unbooked import mask_unbooked, unbooked_words

Floats = npt.NDArray[np.float64]
ZERO_DENOMINATOR = "—"
TOTAL_LABEL = "All sources"


@dataclass(frozen=True, slots=True)
class UnitCell:
    """One metric for one row over the period."""

    value: float | None
    prior_year: float | None  # None for qtd/ytd (the engine keeps only the change)
    change: float | None  # in the metric's comparison: a fraction (pct) or basis points (bps)
    reads: str | None  # why there is no value: the when_zero words or "—"; None otherwise
    provisional: bool  # a period in the span is still maturing


@dataclass(frozen=True, slots=True)
class UnitRow:
    by_value: str | None  # None: the total
    label: str
    cells: tuple[UnitCell, ...]  # in the block's metric order


@dataclass(frozen=True, slots=True)
class UnitEconomicsResult:
    title: str
    by: str
    period: EconPeriod
    start: dt.date
    end: dt.date
    prior_start: dt.date | None
    prior_end: dt.date | None
    metrics: tuple[MetricDef, ...]  # the parents, in the block's order
    rows: tuple[UnitRow, ...]  # the total first, then each value


def compute_unit_economics(block: UnitEconomicsBlock, ms: MetricSet) -> UnitEconomicsResult:
    by_id = {r.metric.id: r for r in ms.metrics}
    parents = tuple(by_id[m].metric for m in block.metrics)
    children = [r.metric for r in ms.metrics if r.metric.parent == block.metrics[0]]
    slugs = [c.id.split(".", 1)[1] for c in children]
    values = [c.by_value for c in children]
    labels = [c.label.rsplit(" — ", 1)[-1] for c in children]
    start, end, prior_start, prior_end = _dates(block.period, ms, by_id[block.metrics[0]])
    if block.period in (EconPeriod.QTD, EconPeriod.YTD):
        now, prior, provisional = _engine_spans(block, parents, slugs, by_id)
    else:
        now, prior, provisional = _evaluated_spans(block, parents, slugs, by_id)
    formulas = {d.id: (d.formula, d.when_zero) for d in _closure(parents, by_id)}
    columns: list[list[UnitCell]] = []
    for d in parents:
        value, before = now[d.id], prior.get(d.id)
        if before is not None:
            change = _delta(value, before, d.comparison)
        else:  # the engine's change for qtd/ytd
            change = _row_values(d.id, slugs, by_id, _summary_getter(block.period, "_yoy"))
        words = unbooked_words(d.id, formulas, lambda x: _nullable(now[x]))
        leaves_present = np.all([~np.isnan(now[leaf]) for leaf in _leaf_ids(d, by_id)], axis=0)
        dash = np.isnan(value) & leaves_present
        reads = [w if w is not None else (ZERO_DENOMINATOR if z else None)
                 for w, z in zip(words, dash.tolist(), strict=True)]  # fmt: skip
        columns.append(
            [
                UnitCell(v, p, c, r, pv)
                for v, p, c, r, pv in zip(
                    _nullable(value),
                    _nullable(before) if before is not None else [None] * len(value),
                    _nullable(change),
                    reads,
                    provisional[d.id].tolist(),
                    strict=True,
                )
            ]
        )
    rows = tuple(
        UnitRow(
            by_value=None if k == 0 else values[k - 1],
            label=TOTAL_LABEL if k == 0 else labels[k - 1],
            cells=tuple(col[k] for col in columns),
        )
        for k in range(len(slugs) + 1)
    )
    title = block.title or f"Unit economics by {block.by.replace('_', ' ')}, {block.period.words}"
    return UnitEconomicsResult(
        title, block.by, block.period, start, end, prior_start, prior_end, parents, rows
    )


def _row_values(
    metric_id: str,
    slugs: Sequence[str],
    by_id: Mapping[str, MetricResult],
    get: Callable[[MetricResult], float | None],
) -> Floats:
    """A metric's number per row (total, then each value's child; an unbroken metric whole)."""
    ids = [metric_id] + [
        f"{metric_id}.{s}" if by_id[metric_id].metric.by is not None else metric_id for s in slugs
    ]
    return np.array(
        [np.nan if i not in by_id or get(by_id[i]) is None else get(by_id[i]) for i in ids],
        dtype=np.float64,
    )


def _summary_getter(period: EconPeriod, suffix: str) -> Callable[[MetricResult], float | None]:
    """``summary.qtd`` / ``summary.ytd`` (``suffix`` "_yoy": their change) of a result."""
    key = ("qtd" if period is EconPeriod.QTD else "ytd") + suffix

    def get(r: MetricResult) -> float | None:
        value = getattr(r.summary, key)
        return None if value is None else float(value)

    return get


def _engine_spans(
    block: UnitEconomicsBlock,
    parents: Sequence[MetricDef],
    slugs: Sequence[str],
    by_id: Mapping[str, MetricResult],
) -> tuple[dict[str, Floats], dict[str, Floats], dict[str, npt.NDArray[np.bool_]]]:
    """QTD or YTD as the engine computed them (values of every metric the block reads)."""
    get = _summary_getter(block.period, "")
    now = {d.id: _row_values(d.id, slugs, by_id, get) for d in _closure(parents, by_id)}
    late = {
        d.id: _row_values(d.id, slugs, by_id, lambda r: float(r.summary.provisional)) > 0
        for d in parents
    }
    return now, {}, late


def _evaluated_spans(
    block: UnitEconomicsBlock,
    parents: Sequence[MetricDef],
    slugs: Sequence[str],
    by_id: Mapping[str, MetricResult],
) -> tuple[dict[str, Floats], dict[str, Floats], dict[str, npt.NDArray[np.bool_]]]:
    """The last 4 weeks or 12 months: column metrics summed over the span, formulas re-evaluated
    on those totals (rows: total + values, for now and a year earlier side by side)."""
    weeks = block.period is EconPeriod.LAST_4_WEEKS
    n_rows = len(slugs) + 1

    def points(r: MetricResult) -> list[tuple[float | None, float | None, bool]]:
        span = r.weeks[-4:] if weeks else r.months
        return [(p.value, p.prior_year, p.provisional) for p in span]

    closure = _closure(parents, by_id)
    values: dict[str, Array] = {}
    late: dict[str, npt.NDArray[np.bool_]] = {}
    for d in closure:
        if d.formula is not None:
            continue
        ids = [d.id] + [f"{d.id}.{s}" if d.by is not None else d.id for s in slugs]
        cube = np.array(
            [
                [(np.nan if a is None else a, np.nan if b is None else b, float(pv))
                 for a, b, pv in points(by_id[i])]
                if i in by_id else [(np.nan, np.nan, 0.0)] * (4 if weeks else 12)
                for i in ids
            ],
            dtype=np.float64,
        )  # fmt: skip  # rows × span × (now, prior, provisional)
        # a span missing any of its periods is missing (never a partial total passed off as whole)
        totals = np.where(np.isnan(cube[:, :, :2]).any(axis=1), np.nan, cube[:, :, :2].sum(axis=1))
        values[d.id] = np.concatenate([totals[:, 0], totals[:, 1]])
        late[d.id] = np.concatenate([cube[:, :, 2].any(axis=1), np.zeros(n_rows, dtype=bool)])
    for d in formula_order(closure):
        assert d.formula is not None
        with np.errstate(all="ignore"):
            result = np.asarray(d.formula.evaluate(values), dtype=np.float64)
        values[d.id] = np.where(np.isinf(result), np.nan, result)
        if d.when_zero is not None:
            operand = np.asarray(values[d.when_zero.operand])
            values[d.id] = mask_unbooked(np.asarray(values[d.id]), operand)
        late[d.id] = np.any([late[r] for r in sorted(d.formula.refs())], axis=0)
    now = {k: np.asarray(v, dtype=np.float64)[:n_rows] for k, v in values.items()}
    prior = {k: np.asarray(v, dtype=np.float64)[n_rows:] for k, v in values.items()}
    return now, prior, {k: v[:n_rows] for k, v in late.items()}


def _closure(parents: Sequence[MetricDef], by_id: Mapping[str, MetricResult]) -> list[MetricDef]:
    """The block's metrics and every metric their formulas read, as catalogue (parent) defs."""
    out: dict[str, MetricDef] = {}
    stack = [d.id for d in parents]
    while stack:
        metric_id = stack.pop()
        if metric_id in out:
            continue
        d = by_id[metric_id].metric
        out[metric_id] = d
        stack.extend(sorted(d.formula.refs()) if d.formula is not None else ())
    return list(out.values())


def _leaf_ids(d: MetricDef, by_id: Mapping[str, MetricResult]) -> list[str]:
    return [x.id for x in _closure([d], by_id) if x.formula is None]


def _delta(now: Floats, prior: Floats, comparison: Comparison) -> Floats:
    with np.errstate(all="ignore"):
        if comparison is Comparison.BPS:
            return (now - prior) * 10_000.0
        return np.where(prior == 0, np.nan, (now - prior) / np.abs(prior))


def _nullable(a: Floats) -> list[float | None]:
    return [None if v != v else v for v in np.where(np.isfinite(a), a, np.nan).tolist()]


def _dates(
    period: EconPeriod, ms: MetricSet, r: MetricResult
) -> tuple[dt.date, dt.date, dt.date | None, dt.date | None]:
    """The span and the span a year earlier that it is compared with."""
    if period is EconPeriod.LAST_4_WEEKS:
        end, year = ms.week_ending, dt.timedelta(days=364)
        start = end - dt.timedelta(days=27)
        return start, end, start - year, end - year
    if period is EconPeriod.LAST_12_MONTHS:
        first, last = r.months[0], r.months[-1]
        before = first.prior_period, last.prior_period
        return (
            first.start,
            last.end,
            before[0].start if before[0] is not None else None,
            before[1].end if before[1] is not None else None,
        )
    assert ms.periods is not None
    span = ms.periods.qtd if period is EconPeriod.QTD else ms.periods.ytd
    prior = ms.periods.qtd_prior_year if period is EconPeriod.QTD else ms.periods.ytd_prior_year
    if prior.empty:
        return span.start, span.end, None, None
    return span.start, span.end, prior.start, prior.end


def unit_economics_json(u: UnitEconomicsResult) -> dict[str, Any]:
    """The block in ``metrics.json`` (key ``unit_economics``)."""
    return {
        "title": u.title,
        "by": u.by,
        "period": u.period.value,
        "start": u.start.isoformat(),
        "end": u.end.isoformat(),
        "prior_year_start": u.prior_start.isoformat() if u.prior_start else None,
        "prior_year_end": u.prior_end.isoformat() if u.prior_end else None,
        "metrics": [d.id for d in u.metrics],
        "rows": [
            {
                "by_value": row.by_value,
                "label": row.label,
                "cells": {
                    d.id: {
                        "value": c.value,
                        "prior_year": c.prior_year,
                        "change": c.change,
                        "reads": c.reads,
                        "provisional": c.provisional,
                    }
                    for d, c in zip(u.metrics, row.cells, strict=True)
                },
            }
            for row in u.rows
        ],
    }
