"""The query plan of a database source (issue #11): one statement per source per report.

Every record group of a source (:class:`wbr.sources.RecordGroup`: metrics with the same dating
column, filter, cohort and breakdown) is answered by **one** ``UNION ALL`` statement, built by
:meth:`WarehouseRecords.prepare` and sent once; :mod:`wbr.sources.plan` says which branches it
has. Each branch first projects every record's inputs once (:meth:`WarehouseRecords._rows`):
its business day as an integer (:mod:`wbr.sources.zonemath`), the breakdown value, one bit per
distinct filter clause and per cohort (the event 0..N business days after the record), packed
62 to an integer column, and the values the metrics read. The branches:

- a *daily* branch per (dating column, breakdown column) aggregates in two steps. First a
  **cube**: ``GROUP BY`` day, breakdown value and the bit columns, with per value column its
  count, sum, minimum, maximum and first/last value (``argmin``/``argmax`` by the dating
  column's time). A cube row stands for all of a day's records with the same answers to every
  filter, so there are few (10⁷ records: about 1.5 × 10⁵ rows), and the per-metric step is one
  filtered aggregate per (metric, aggregation) over the cube grouped by day and breakdown value
  (``bits & mask = mask``): sums of sums, minima of minima. Filtered aggregates over every
  record cost DuckDB three times as much as this whole step. Groups without a breakdown ride
  along in a branch with one (their day is the sum over values);
- a *period* branch per (dating column, breakdown or none, layer) for what does not add up from
  days: medians, percentiles and distinct counts. The report's periods are laid out in layers of
  disjoint periods (weeks, months, then the year to date, ...); a layer's branch groups each
  record under its period (a ``CASE`` on the business day), one aggregate per metric.

Each branch writes its aggregates into generic float columns ``a0, a1, ...`` (the union's width
is the widest branch, not their sum) and its key into ``_at``: the day (days after the
window's first) or the period's index. :class:`Branch` says what each column holds;
:mod:`wbr.sources.decode` turns the answers into the shapes of the
:class:`wbr.sources.RecordSource` protocol. Only aggregates cross the wire.

Semantics follow :mod:`wbr.sources.files`. A duration is the elapsed time between two instants
in fractional days, each instant its report-zone wall-clock time read back in the zone (a time
repeated when clocks go back is standard time, as the file path takes it). ``first``/``last``
order by the dating column's timestamp: records with the same timestamp tie, and a database has
no file order to break the tie.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from wbr.errors import DataError
from wbr.schema import Aggregation, FilterClause, FilterOp
from wbr.sources import ADDITIVE_AGGS, RecordGroup, RecordMetric, Window, zonemath
from wbr.sources import warehouse as wh
from wbr.sources.decode import Answers, decode, resliced
from wbr.sources.plan import Branch, Plan, Slot, make_plan

if TYPE_CHECKING:
    import ibis.expr.types as ir

log = logging.getLogger("wbr")

SECONDS_PER_DAY = 86_400.0
DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Inputs:
    """What a branch's projected records hold: each filter clause and each cohort (event
    column, days) is one bit of an integer column (62 to a column), so the cube groups by a
    single number however many filters the metrics have; and each value key's column."""

    atoms: dict[Any, int]
    values: dict[Any, str]

    @property
    def bit_columns(self) -> list[str]:
        return sorted({_bits_column(k) for k in self.atoms.values()})


BITS = 62  # atoms per int64 column (the sign bit and one spare left alone)


def _bits_column(k: int) -> str:
    return f"_b{k // BITS}"


def _bit(cond: ir.BooleanValue, k: int) -> ir.Value:
    ibis = wh._ibis()
    one, zero = ibis.literal(1 << (k % BITS), "int64"), ibis.literal(0, "int64")
    return cond.ifelse(one, zero)


def _sum(parts: list[ir.Value]) -> ir.Value:
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    return total


class WarehouseRecords:
    """One record-level source in a database (see the module docstring)."""

    def __init__(
        self, name: str, table: ir.Table, date_column: str, timezone: str, kind: str
    ) -> None:
        self.name = name
        self._table = table
        self._date_column = date_column
        self._timezone = timezone
        self._kind = kind  # the connection type: how a time zone is spelled
        self.first_date = dt.date.min  # set once measured (open_source, data_through)
        self.last_date = dt.date.min
        self.statements = 0  # sent for aggregates (one per report), for logs and benchmarks
        self.rows_transferred = 0
        self._answers: dict[RecordGroup, Answers] = {}
        self._window: tuple[Any, ...] = ()
        self.plan: Plan | None = None  # the first (the report's) statement's, for :meth:`sql`
        self.window: Window | None = None

    # --- the protocol ---------------------------------------------------------------------

    def prepare(self, groups: Sequence[RecordGroup], window: Window) -> None:
        """Answer every group of the report with one statement (see the module docstring)."""
        # a second computation (a funnel block's) reuses the answers: as they are over the same
        # calendar, re-cut by day over another inside it when its metrics add up from days
        key = (window.start, window.n_days, window.starts.tobytes(), window.ends.tobytes())
        if self._window != key:
            earlier, self._answers = self._answers, {}
            self._window = key
            for group in dict.fromkeys(groups):
                if cut := resliced(group, earlier, window):
                    self._answers[group] = cut
        todo = [g for g in dict.fromkeys(groups) if g not in self._answers]
        if not todo:
            return
        plan = make_plan(todo, window, self._date_column)
        if self.plan is None:
            self.plan, self.window = plan, window
        frame = self._run(self.statement(plan, window))
        self.statements += 1
        self.rows_transferred += len(frame)
        log.debug(
            "source '%s': 1 statement, %d branches, %d rows transferred",
            self.name, len(plan.branches), len(frame),
        )  # fmt: skip
        self._answers.update(decode(plan, frame, window))

    def daily_totals(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        self.prepare([group], window)
        return self._answers[group].daily

    def period_values(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        self.prepare([group], window)
        return self._answers[group].periods

    def distinct_values(
        self, columns: Sequence[str], start: dt.date, end: dt.date
    ) -> dict[str, list[str]]:
        """Per column, the non-empty values among records dated ``start``..``end``: one
        ``SELECT DISTINCT`` of the columns together (breakdown columns have few values)."""
        t = self._table
        kept = t.filter(self._in_range(t, self._date_column, start, end))
        day = self._day(kept, self._date_column, start, start, end)
        inside = (day >= 0) & (day <= (end - start).days)
        texts = {f"c{i}": kept[c].cast("string").strip() for i, c in enumerate(columns)}
        found = self._run(kept.filter(inside).select(**texts).distinct())
        out: dict[str, list[str]] = {}
        for i, column in enumerate(columns):
            values = found[f"c{i}"].dropna().unique()
            out[column] = sorted(str(v) for v in values if str(v) != "")
        return out

    # --- the statement --------------------------------------------------------------------

    def sql(self, dialect: str) -> str:
        """The last statement sent, as SQL of ``dialect`` (``postgres``, ``snowflake``, ...)."""
        if self.plan is None or self.window is None:
            raise DataError(f"source '{self.name}': no statement yet (nothing was computed)")
        spelled = WarehouseRecords(
            self.name, self._table, self._date_column, self._timezone, dialect
        )  # the time zone functions as that database spells them
        text: str = wh._ibis().to_sql(spelled.statement(self.plan, self.window), dialect=dialect)
        return text

    def statement(self, plan: Plan, window: Window) -> ir.Table:
        """The one ``UNION ALL`` statement of ``plan`` (an Ibis expression; ``ibis.to_sql``)."""
        ibis = wh._ibis()
        width = max(len(b.slots) for b in plan.branches)
        parts = []
        for bi, branch in enumerate(plan.branches):
            grouped = (
                self._daily(plan, branch, window)
                if branch.layer is None
                else self._periods(plan, branch, branch.layer, window)
            )
            columns: dict[str, ir.Value] = {
                "_branch": ibis.literal(bi, "int32"),
                "_at": grouped["_at"].cast("int64"),
                "_by": grouped["_by"] if branch.by is not None else ibis.null("string"),
            }
            for j in range(width):
                columns[f"a{j}"] = (
                    grouped[f"a{j}"].cast("float64")
                    if j < len(branch.slots)
                    else ibis.null("float64")
                )
            parts.append(grouped.select(**columns))
        return parts[0] if len(parts) == 1 else ibis.union(*parts, distinct=False)

    def _daily(self, plan: Plan, branch: Branch, window: Window) -> ir.Table:
        """A daily branch: the cube of the branch's records, then each slot's aggregate of it."""
        rows, inputs = self._rows(plan, branch, window.start, window.start, window.end)
        keys = ["_at"] + (["_by"] if branch.by else [])
        keys += inputs.bit_columns
        stats: dict[str, ir.Value] = {"_n": rows.count()}
        for slot in branch.slots:
            metric = plan.groups[slot.group].metrics[slot.metric]
            key = _value_key(metric)
            if key is not None:
                for column, expr in self._kept(rows, inputs.values[key], metric, slot).items():
                    stats.setdefault(column, expr)
        cube = rows.group_by(keys).aggregate(**stats)
        aggs = {
            f"a{j}": self._per_day(cube, inputs, plan, slot) for j, slot in enumerate(branch.slots)
        }
        return cube.group_by(keys[: 2 if branch.by else 1]).aggregate(**aggs)

    def _kept(
        self, rows: ir.Table, name: str, metric: RecordMetric, slot: Slot
    ) -> dict[str, ir.Value]:
        """What the cube keeps of value column ``name`` for a slot: the number of records with
        a value, and their sum, minimum, maximum or first/last value with its time."""
        value, agg = rows[name], metric.agg
        kept = {f"{name}_n": value.count()}
        if slot.kind == "s" and agg in ADDITIVE_AGGS:
            kept[f"{name}_s"] = value.sum()
        elif agg is Aggregation.MIN:
            kept[f"{name}_lo"] = value.min()
        elif agg is Aggregation.MAX:
            kept[f"{name}_hi"] = value.max()
        elif agg in (Aggregation.FIRST, Aggregation.LAST):
            late, has, when = agg is Aggregation.LAST, value.notnull(), rows["_t"]
            end = "l" if late else "f"
            kept[f"{name}_{end}v"] = wh.arg_extreme(value, when, has, self._kind, last=late)
            kept[f"{name}_{end}t"] = when.max(where=has) if late else when.min(where=has)
        return kept

    def _per_day(self, cube: ir.Table, inputs: _Inputs, plan: Plan, slot: Slot) -> ir.Value:
        """A daily slot's aggregate over the cube's rows of one day (and breakdown value)."""
        group = plan.groups[slot.group]
        metric = group.metrics[slot.metric]
        keep = self._mask(cube, group, inputs)
        key = _value_key(metric)
        if key is None:  # count records
            return cube["_n"].sum(where=keep)
        name, agg = inputs.values[key], metric.agg
        if slot.kind == "n":
            return cube[f"{name}_n"].sum(where=keep)
        if agg in (Aggregation.FIRST, Aggregation.LAST):
            late = agg is Aggregation.LAST
            value = cube[f"{name}_lv" if late else f"{name}_fv"]
            when = cube[f"{name}_lt" if late else f"{name}_ft"]
            if slot.kind == "t":
                return when.max(where=keep) if late else when.min(where=keep)
            seen = when.notnull() if keep is None else keep & when.notnull()
            return wh.arg_extreme(value, when, seen, self._kind, last=late)
        if agg is Aggregation.MIN:
            return cube[f"{name}_lo"].min(where=keep)
        if agg is Aggregation.MAX:
            return cube[f"{name}_hi"].max(where=keep)
        return cube[f"{name}_s"].sum(where=keep)

    def _periods(
        self, plan: Plan, branch: Branch, layer: tuple[int, ...], window: Window
    ) -> ir.Table:
        """A period branch: each record under its span of ``layer``, one statistic per slot."""
        first = min(plan.spans[i][0] for i in layer)
        after = max(plan.spans[i][1] for i in layer)
        since = window.start + dt.timedelta(days=first)
        rows, inputs = self._rows(
            plan, branch, window.start, since, window.start + dt.timedelta(days=after - 1)
        )
        # the layer's spans are disjoint: the day's span (NULL in the gaps and outside) by a
        # binary search of nested CASEs, 6 comparisons a record for 43 spans, not 43 on average
        pieces: list[tuple[int, int | None]] = [(-(10**9), None)]  # (from day, span index)
        for i in sorted(layer, key=lambda i: plan.spans[i]):
            start = plan.spans[i][0]
            before = pieces[-1][1]
            if before is not None and plan.spans[before][1] < start:  # a gap after it
                pieces.append((plan.spans[before][1], None))
            pieces.append((start, i))
        pieces.append((after, None))
        keyed = rows.mutate(_span=_search(rows["_at"], pieces))
        aggs = {
            f"a{j}": self._statistic(keyed, inputs, plan, slot)
            for j, slot in enumerate(branch.slots)
        }
        keys = {"_at": keyed["_span"]} | ({"_by": keyed["_by"]} if branch.by else {})
        return keyed.group_by(**keys).aggregate(**aggs)

    def _statistic(self, rows: ir.Table, inputs: _Inputs, plan: Plan, slot: Slot) -> ir.Value:
        """A median, percentile or distinct count of a period's records."""
        group = plan.groups[slot.group]
        metric = group.metrics[slot.metric]
        key = _value_key(metric)
        assert key is not None  # order statistics and distinct counts read a column
        value = rows[inputs.values[key]]
        keep = self._mask(rows, group, inputs)
        inside = rows["_span"].notnull() & value.notnull()
        if keep is not None:
            inside = keep & inside
        if metric.agg is Aggregation.COUNT_DISTINCT:
            if self._kind == "spark":
                return wh.distinct_count(value, inside)
            return value.nunique(where=inside)
        q = 0.5 if metric.agg is Aggregation.MEDIAN else (metric.percentile or 0.0) / 100.0
        # exact, linear interpolation (numpy's default); never an approximate quantile
        if self._kind == "postgres":
            return _interpolated(value, q, inside)
        return value.quantile(q, where=inside)

    def _rows(
        self, plan: Plan, branch: Branch, origin: dt.date, start: dt.date, end: dt.date
    ) -> tuple[ir.Table, _Inputs]:
        """A branch's records dated ``start``..``end`` (give or take a day: the caller drops
        them by ``_at``) with each per-record input computed once: ``_at`` (days after
        ``origin``), ``_by``, the bits of its filter clauses and cohorts (:class:`_Inputs`), a
        value per value key, the time ``_t`` of first/last."""
        ibis = wh._ibis()
        t = self._table
        # each branch scans the table itself: a filtered table two branches share becomes a
        # CTE in Ibis's SQL, which DuckDB materializes (every column of every record in the
        # range: twice the time and hundreds of MB); the branch's number makes it its own
        number = plan.branches.index(branch)
        kept = t.filter(self._in_range(t, branch.date, start, end), ibis.literal(number) == number)
        atoms: dict[Any, int] = {}  # a filter clause, or (event column, days): its bit
        values: dict[Any, str] = {}
        events: dict[str, str] = {}
        columns: dict[str, ir.Value] = {"_at": self._day(kept, branch.date, origin, start, end)}
        if branch.by is not None:
            columns["_by"] = kept[branch.by].cast("string").strip()
        for slot in branch.slots:
            group = plan.groups[slot.group]
            metric = group.metrics[slot.metric]
            wanted: list[Any] = list(group.filters)
            if group.cohort is not None:
                wanted.append((group.cohort.event, group.cohort.within_days))
                if group.cohort.event not in events:
                    events[group.cohort.event] = name = f"e{len(events)}"
                    # the zone's offsets up to the longest cohort after the range: any other
                    # event is outside every cohort (NULL)
                    longest = max(g.cohort.within_days for g in plan.groups if g.cohort)
                    offs = zonemath.offsets(
                        self._timezone, start - 2 * DAY, end + (longest + 3) * DAY
                    )
                    event = kept[group.cohort.event]
                    columns[name] = zonemath.day_number(event, origin, offs, self._kind)
            atoms.update((a, len(atoms)) for a in wanted if a not in atoms)
            key = _value_key(metric)
            if key is not None and key not in values:
                values[key] = f"v{len(values)}"
                columns[values[key]] = self._value(kept, metric, start, end)
            if metric.agg in (Aggregation.FIRST, Aggregation.LAST) and "_t" not in columns:
                columns["_t"] = self._order(kept, branch.date)
        # the filter clauses' bits now; the cohorts' need the business days computed first
        bits: dict[str, list[ir.Value]] = {}
        # equalities on one column take one CASE (a record matches one of them at most):
        # twelve CASEs of a comparison each cost DuckDB 0.8 s per 10⁷ records
        equal: dict[tuple[str, str], list[tuple[FilterClause, int]]] = {}
        for atom, k in atoms.items():
            if not isinstance(atom, FilterClause):
                continue
            if atom.op is FilterOp.EQ and not isinstance(atom.value, tuple):
                key = (_bits_column(k), atom.column)
                equal.setdefault(key, []).append((atom, k))
            else:
                bits.setdefault(_bits_column(k), []).append(_bit(self._clause(kept, atom), k))
        for (name, _), clauses in equal.items():
            ifs = []
            for clause, k in clauses:
                x, vals = self._operand(kept, clause)
                ifs.append((x == vals[0], ibis.literal(1 << (k % BITS), "int64")))
            bits.setdefault(name, []).append(ibis.cases(*ifs, else_=ibis.literal(0, "int64")))
        columns.update((name, _sum(parts)) for name, parts in bits.items())
        rows = kept.select(**columns)
        inputs = _Inputs(atoms, values)
        if not events:
            return rows, inputs
        cohort_bits: dict[str, list[ir.Value]] = {}
        for atom, k in atoms.items():
            if isinstance(atom, FilterClause):
                continue
            event, days = atom
            waited = rows[events[event]] - rows["_at"]
            cohort_bits.setdefault(_bits_column(k), []).append(
                _bit((waited >= 0) & (waited <= days), k)
            )  # fmt: skip
        extra = {
            name: _sum(([rows[name]] if name in rows.columns else []) + parts)
            for name, parts in cohort_bits.items()
        }
        kept_columns = [c for c in rows.columns if c not in extra and c not in events.values()]
        return rows.select(*kept_columns, **extra), inputs

    # --- expressions ----------------------------------------------------------------------

    def _day(
        self, tab: ir.Table, column: str, origin: dt.date, start: dt.date, end: dt.date
    ) -> ir.Value:
        """A date or timestamp column's business day in the report's zone, as days after
        ``origin``, for records kept by :meth:`_in_range` ``start``..``end`` (the zone's
        offsets are looked up for all of them)."""
        offs = zonemath.offsets(self._timezone, start - 2 * DAY, end + 3 * DAY)
        return zonemath.day_number(tab[column], origin, offs, self._kind, within=True)

    def _in_range(
        self, tab: ir.Table, column: str, start: dt.date, end: dt.date
    ) -> ir.BooleanValue:
        """Records whose business day is ``start``..``end``, as a range on the stored column
        (an index, a partition or a zone map can serve it). Where the column holds instants the
        range is a day wider each side (a zone is at most 14 hours from UTC): the caller drops
        the records outside by their business day."""
        ibis = wh._ibis()
        raw = tab[column]
        kind = raw.type()
        if kind.is_date():
            return (raw >= start) & (raw <= end)
        after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        since = dt.datetime.combine(start, dt.time())
        if kind.timezone is None:  # already local time
            return (raw >= since) & (raw < after)
        utc = dt.UTC
        lo = ibis.literal((since - dt.timedelta(days=1)).replace(tzinfo=utc), type=kind)
        hi = ibis.literal((after + dt.timedelta(days=1)).replace(tzinfo=utc), type=kind)
        near: ir.BooleanValue = (raw >= lo) & (raw < hi)
        return near

    def _mask(self, tab: ir.Table, group: RecordGroup, inputs: _Inputs) -> ir.BooleanValue | None:
        """The group's filter and cohort: its atoms' bits all set."""
        wanted: list[Any] = list(group.filters)
        if group.cohort is not None:
            wanted.append((group.cohort.event, group.cohort.within_days))
        need: dict[str, int] = {}
        for atom in wanted:
            k = inputs.atoms[atom]
            need[_bits_column(k)] = need.get(_bits_column(k), 0) | (1 << (k % BITS))
        keep: ir.BooleanValue | None = None
        for name, mask in need.items():
            cond = (tab[name] & mask) == mask
            keep = cond if keep is None else keep & cond
        return keep

    def _present(self, tab: ir.Table, column: str) -> ir.BooleanValue:
        value = tab[column]
        present = value.notnull()
        if value.type().is_string():
            present &= value.strip() != ""  # a blank cell is empty, as in an export
        return present

    def _operand(self, tab: ir.Table, clause: FilterClause) -> tuple[ir.Value, list[Any]]:
        """The column a comparison reads (a number or text, as the clause's values) and the
        values it compares with."""
        value = tab[clause.column]
        wanted = clause.value if isinstance(clause.value, tuple) else (clause.value,)
        if all(isinstance(v, int | float) for v in wanted):
            x = value if value.type().is_numeric() else value.try_cast("float64")
            return x, [float(v) for v in wanted]
        return value.cast("string"), [str(v) for v in wanted]

    def _clause(self, tab: ir.Table, clause: FilterClause) -> ir.BooleanValue:
        op = clause.op
        if op in (FilterOp.NOT_NULL, FilterOp.IS_NULL):
            present = self._present(tab, clause.column)
            return present if (op is FilterOp.NOT_NULL) == bool(clause.value) else ~present
        x, vals = self._operand(tab, clause)
        if op in (FilterOp.EQ, FilterOp.IN):
            return x.isin(vals).fill_null(False)
        if op in (FilterOp.NE, FilterOp.NOT_IN):
            return x.isnull() | ~x.isin(vals)  # an empty cell is not the excluded value
        compare = {
            FilterOp.GT: x > vals[0], FilterOp.GE: x >= vals[0],
            FilterOp.LT: x < vals[0], FilterOp.LE: x <= vals[0],
        }  # fmt: skip
        return compare[op].fill_null(False)

    def _value(
        self, tab: ir.Table, metric: RecordMetric, first: dt.date, last: dt.date
    ) -> ir.Value:
        """Each record's number for ``metric`` (NULL: no value) among records dated
        ``first``..``last``."""
        if metric.duration is not None:
            # a duration's other end may be far away: the offsets of a year around the range,
            # the database's own conversion beyond (zonemath.instant_seconds)
            offs = zonemath.offsets(self._timezone, first - 400 * DAY, last + 400 * DAY)
            start = zonemath.instant_seconds(tab[metric.duration.start], offs, self._kind)
            end = zonemath.instant_seconds(tab[metric.duration.end], offs, self._kind)
            return (end - start) / SECONDS_PER_DAY
        assert metric.column is not None
        if metric.agg is Aggregation.COUNT:
            return self._present(tab, metric.column).ifelse(1.0, None)
        if metric.agg is Aggregation.COUNT_DISTINCT:  # the value, NULL when empty or blank
            value = tab[metric.column]
            text = value.strip() if value.type().is_string() else value
            return self._present(tab, metric.column).ifelse(text, None)
        return tab[metric.column].cast("float64")

    def _order(self, tab: ir.Table, column: str) -> ir.Value:
        """What orders records for first/last: the dating column's time (a date: none)."""
        value = tab[column]
        if value.type().is_date():
            return wh._ibis().literal(0.0)
        return wh.epoch_seconds(value, self._kind)

    def _run(self, expr: Any) -> pd.DataFrame:
        try:
            frame: pd.DataFrame = expr.to_pandas()
        except DataError:
            raise
        except Exception as exc:
            raise DataError(f"source '{self.name}': query fails: {wh._reason(exc, None)}") from None
        return frame


def _search(day: ir.Value, pieces: Sequence[tuple[int, int | None]]) -> ir.Value:
    """The value of the piece ``day`` falls in: ``pieces`` start in order, each runs to the
    next; nested ``CASE``s that halve the pieces at each level."""
    ibis = wh._ibis()
    if len(pieces) == 1:
        value = pieces[0][1]
        return ibis.null("int64") if value is None else ibis.literal(value, "int64")
    half = len(pieces) // 2
    below, above = _search(day, pieces[:half]), _search(day, pieces[half:])
    return ibis.cases((day < pieces[half][0], below), else_=above)


def _value_key(metric: RecordMetric) -> tuple[Any, ...] | None:
    """What a metric reads from each record (None: nothing, it counts records): metrics with the
    same key share one computed column."""
    if metric.column is None and metric.duration is None:
        return None
    kind = {Aggregation.COUNT: "present", Aggregation.COUNT_DISTINCT: "text"}.get(metric.agg, "x")
    return (metric.column, metric.duration, kind)


def _interpolated(value: ir.Value, q: float, where: ir.BooleanValue) -> ir.Value:
    """The q-quantile as ``lo·(1 − d) + hi·d`` from the sorted values, for Postgres: its
    percentile_cont rounds as ``lo + d·(hi − lo)``, one bit away from DuckDB, Spark and the file
    path now and then; the same float operations give the same bits on every engine (#11)."""
    ibis = wh._ibis()
    ordered = value.collect(where=where, order_by=value)  # ARRAY_AGG(v ORDER BY v) FILTER
    n = ordered.length()
    pos = (n - 1).cast("float64") * q
    k = pos.floor().cast("int64")
    d = pos - k
    return ordered[k] * (1 - d) + ordered[ibis.least(k + 1, n - 1)] * d
