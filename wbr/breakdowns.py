"""Breakdowns (``by:``): one metric per value of a column, each a metric in its own right.

``leads`` with ``by: lead_source`` gains children ``leads.web_form``, ``leads.paid_search`` ...
(label "Leads — Web form"), computed with the parent in the same pass. The values are the ones a
metric lists (``by: {column, values: {value: Label}}``), else every value found in the window
(in any source that a ``by`` on that column reads), plus any value named elsewhere (a formula,
a counter-metric, a section). A formula with ``by`` is computed per value from its operands'
children: ``cost_per_lead.paid_search = marketing_spend.paid_search / leads.paid_search``; an
operand without ``by`` (a company-wide figure) enters every value's formula whole.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from wbr.errors import DataError
from wbr.formula import Call, Chain, Expr, Neg, Ref
from wbr.loading import DATE_COL, LoadedData
from wbr.schema import FilterClause, FilterOp, MetricDef
from wbr.schema_records import humanise
from wbr.sources.files import value_text

_NOT_ID = re.compile(r"[^A-Za-z0-9_]")


@dataclass(frozen=True, slots=True)
class ByValue:
    """One value of a breakdown column."""

    raw: str  # as it appears in the data
    slug: str  # the child id's suffix: leads.<slug>
    label: str  # "Web form"


def expand_breakdowns(
    defs: Sequence[MetricDef],
    data: LoadedData,
    start: dt.date,
    end: dt.date,
    wanted: Iterable[str] = (),
) -> tuple[MetricDef, ...]:
    """``defs`` with every breakdown child inserted after its parent.

    ``wanted``: ids named outside the catalogue (sections, tables) that must exist even if the
    value has no record in the window (then it counts 0 where its source has data).
    """
    if not any(d.by is not None for d in defs):
        return tuple(defs)
    by_id = {d.id: d for d in defs}
    named = set(wanted)
    for d in defs:
        named.update(d.counter_metrics)
        if d.formula is not None:
            named.update(d.formula.refs())
    universes = _universes(defs, data, start, end, named, by_id)
    memo: dict[str, tuple[ByValue, ...]] = {}
    out: list[MetricDef] = []
    for d in defs:
        out.append(d)
        if d.by is not None:
            values = _values_of(d, universes, by_id, memo)
            out.extend(_child(d, v, data, by_id) for v in values)
    return tuple(out)


def _universes(
    defs: Sequence[MetricDef],
    data: LoadedData,
    start: dt.date,
    end: dt.date,
    named: set[str],
    by_id: Mapping[str, MetricDef],
) -> dict[str, tuple[ByValue, ...]]:
    """Per breakdown column: listed values first, then those found in the window, then named."""
    listed: dict[str, dict[str, str]] = {}
    sources: dict[str, set[str]] = {}
    for d in defs:
        if d.by is None:
            continue
        labels = listed.setdefault(d.by.column, {})
        for value, label in d.by.values:
            labels.setdefault(value, label)
        if d.source is not None and d.source in data.sources:
            sources.setdefault(d.by.column, set()).add(d.source)
    # a database source answers all its breakdown columns with one SELECT DISTINCT
    in_database: dict[tuple[str, str], list[str]] = {}
    for name in sorted(set().union(*sources.values()) if sources else ()):
        distinct_values = getattr(data.sources[name].backend, "distinct_values", None)
        if distinct_values is not None:
            columns = sorted(c for c, names in sources.items() if name in names)
            for column, values in distinct_values(columns, start, end).items():
                in_database[(name, column)] = values
    out: dict[str, tuple[ByValue, ...]] = {}
    for column, labels in listed.items():
        found: set[str] = set()
        for name in sorted(sources.get(column, ())):
            if (name, column) in in_database:
                found.update(in_database[(name, column)])
                continue
            frame = data.sources[name].frame
            dates = frame[DATE_COL]
            window = (dates >= pd.Timestamp(start)) & (dates <= pd.Timestamp(end))
            distinct = pd.Series(frame.loc[window, column].dropna().unique())
            found.update(str(v) for v in value_text(distinct).dropna().unique())
        extra: set[str] = set()
        for ref in named:
            parent, _, value = ref.partition(".")
            owner = by_id.get(parent)
            if value and owner is not None and owner.by is not None and owner.by.column == column:
                extra.add(value)
        values = [ByValue(v, v, label) for v, label in labels.items()]
        found -= set(labels)
        for value in [*sorted(found), *sorted(extra - found - set(labels))]:
            values.append(ByValue(value, _NOT_ID.sub("_", value), humanise(value)))
        slugs = [v.slug for v in values]
        clashes = sorted({s for s in slugs if slugs.count(s) > 1})
        if clashes:
            raw = ", ".join(repr(v.raw) for v in values if v.slug in clashes)
            raise DataError(
                f"breakdown by '{column}': values {raw} "
                f"would all become the metric id suffix '{clashes[0]}'; list them in "
                f"'by: {{column: {column}, values: ...}}' or clean the column"
            )
        out[column] = tuple(values)
    return out


def _values_of(
    d: MetricDef,
    universes: Mapping[str, tuple[ByValue, ...]],
    by_id: Mapping[str, MetricDef],
    memo: dict[str, tuple[ByValue, ...]],
) -> tuple[ByValue, ...]:
    """A metric's children: its listed values, else the column's; a formula's: its operands'."""
    if d.id in memo:
        return memo[d.id]
    assert d.by is not None
    universe = universes[d.by.column]
    if d.formula is not None:
        common = {v.slug for v in universe}
        for ref in d.formula.refs():
            operand = by_id.get(ref)
            if operand is not None and operand.by is not None:
                common &= {v.slug for v in _values_of(operand, universes, by_id, memo)}
        values = tuple(v for v in universe if v.slug in common)
    elif d.by.values:
        mine = {value for value, _ in d.by.values}
        values = tuple(v for v in universe if v.raw in mine)
    else:
        values = universe
    memo[d.id] = values
    return values


def _child(
    d: MetricDef, value: ByValue, data: LoadedData, by_id: Mapping[str, MetricDef]
) -> MetricDef:
    assert d.by is not None
    child = replace(
        d,
        id=f"{d.id}.{value.slug}",
        label=f"{d.label} — {value.label}",
        parent=d.id,
        by_value=value.raw,
        target=None,  # a child has no target of its own (target it through a formula metric)
        counter_metrics=(),
        signals=d.signals.for_breakdown() if d.signals is not None else None,
    )
    if d.formula is not None:
        broken_down = {r for r in d.formula.refs() if r in by_id and by_id[r].by is not None}
        formula = _per_value(d.formula, value.slug, broken_down)
        text = d.formula_text
        when_zero = d.when_zero  # its operand is taken per value like the formula's (#10)
        if when_zero is not None and when_zero.operand in broken_down:
            when_zero = replace(when_zero, operand=f"{when_zero.operand}.{value.slug}")
        return replace(
            child, formula=formula, formula_text=f"{text} (for {value.label})", when_zero=when_zero
        )
    source = data.sources.get(d.source or "")
    if source is not None and not source.records:
        # daily totals carry the value in a column: the child is the parent filtered to it
        clause = FilterClause(d.by.column, FilterOp.EQ, value.raw)
        return replace(child, filters=(*d.filters, clause))
    return child  # record sources compute every child with the parent (wbr.records)


def _per_value(expr: Expr, slug: str, broken_down: set[str]) -> Expr:
    """The formula with every broken-down metric id replaced by its child for one value
    (a company-wide operand stays whole)."""
    if isinstance(expr, Ref):
        return Ref(f"{expr.name}.{slug}") if expr.name in broken_down else expr
    if isinstance(expr, Neg):
        return Neg(_per_value(expr.operand, slug, broken_down))
    if isinstance(expr, Chain):
        rest = tuple((op, _per_value(operand, slug, broken_down)) for op, operand in expr.rest)
        return Chain(_per_value(expr.first, slug, broken_down), rest)
    if isinstance(expr, Call):
        return Call(expr.func, tuple(_per_value(a, slug, broken_down) for a in expr.args))
    return expr  # a number
