"""The query plan of a database source (issue #11): one statement per source per report.

Every record group of a source (:class:`wbr.sources.RecordGroup`: metrics with the same dating
column, filter, cohort and breakdown) is answered by **one** ``UNION ALL`` statement, built by
:meth:`WarehouseRecords.prepare` and sent once. Its branches:

- a *daily* branch per (dating column, breakdown column): the report's date range as a predicate
  on the dating column, ``GROUP BY`` business day (and the breakdown value), one filtered
  aggregate per (metric filter, aggregation): ``count``, ``sum`` (with its non-empty count, for
  means), ``min``, ``max``, and ``first``/``last`` as ``argmin``/``argmax`` by the dating column
  over non-empty values with the time they were seen. All of these add up from days: a period's
  minimum is the minimum of its days', its first value the first of its first day with one.
  Groups without a breakdown ride along in a branch with one (their day is the sum over values);
- a *period* branch per (dating column, breakdown or none) for what does not add up from days:
  medians, percentiles and distinct counts, one filtered aggregate per (metric, period) with the
  period as a range predicate on the business day: a row per breakdown value, or one row.

A cohort is a predicate on two columns (the event's business day 0..N days after the record's).
Each branch writes its aggregates into generic float columns ``a0, a1, ...`` (the union's width
is the widest branch, not their sum); :class:`Branch` says what each column holds, and the
answers are decoded with numpy into the shapes of the :class:`wbr.sources.RecordSource`
protocol. Only aggregates cross the wire: a few rows per day and breakdown value.

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
from wbr.sources import ADDITIVE_AGGS, RecordGroup, RecordMetric, Window
from wbr.sources import warehouse as wh

if TYPE_CHECKING:
    import ibis.expr.types as ir

log = logging.getLogger("wbr")

DAY_AGGS = ADDITIVE_AGGS | {Aggregation.MIN, Aggregation.MAX, Aggregation.FIRST, Aggregation.LAST}
"""What a period takes from its days' aggregates; the rest is computed per period."""

MAX_COLUMNS = 1000
"""Aggregate columns per branch (Postgres allows 1664 output columns); a wider branch is split
into several branches of the same statement (one more scan each)."""

SECONDS_PER_DAY = 86_400.0


@dataclass(frozen=True, slots=True)
class Slot:
    """What one aggregate column of a branch holds, for metric ``metric`` of group ``group``:
    ``n`` records with a value, ``s`` the day's sum/min/max/first/last, ``t`` the time of that
    first/last value (epoch seconds), ``p`` a statistic of period ``period`` (a unique span)."""

    group: int
    metric: int
    kind: str
    period: int = -1


@dataclass(frozen=True, slots=True)
class Branch:
    """One ``SELECT ... GROUP BY`` of the statement."""

    date: str  # the dating column
    by: str | None  # the breakdown column grouped besides the day (or alone)
    daily: bool  # grouped by business day; else one row (per breakdown value)
    slots: tuple[Slot, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """A source's statement for a report: its branches and the report's unique period spans."""

    groups: tuple[RecordGroup, ...]
    start: dt.date  # the window's first day: day offsets count from it
    branches: tuple[Branch, ...]
    spans: tuple[tuple[int, int], ...]  # unique (start, end) day offsets, end exclusive
    span_of: npt.NDArray[np.int64]  # each report period's index in ``spans``


def make_plan(groups: Sequence[RecordGroup], window: Window, date_column: str) -> Plan:
    """Which branches answer ``groups`` over ``window`` and what each column holds."""
    pairs = list(zip(window.starts.tolist(), window.ends.tolist(), strict=True))
    spans = tuple(dict.fromkeys(pairs))
    span_of = np.array([spans.index(p) for p in pairs], dtype=np.int64)
    daily: dict[tuple[str, str | None], list[Slot]] = {}
    periods: dict[tuple[str, str | None], list[Slot]] = {}
    dated = [g.date or date_column for g in groups]
    # a group without a breakdown joins a daily branch of its dating column that has one
    by_of_date: dict[str, str] = {}
    for g, date in zip(groups, dated, strict=True):
        if g.by is not None and any(m.agg in DAY_AGGS for m in g.metrics):
            by_of_date.setdefault(date, g.by)
    for gi, (g, date) in enumerate(zip(groups, dated, strict=True)):
        for i, m in enumerate(g.metrics):
            if m.agg in DAY_AGGS:
                key = (date, g.by if g.by is not None else by_of_date.get(date))
                kinds = ("n",) if m.agg is Aggregation.COUNT else ("n", "s")
                if m.agg in (Aggregation.FIRST, Aggregation.LAST):
                    kinds = ("s", "t")
                elif m.agg in (Aggregation.MIN, Aggregation.MAX):
                    kinds = ("s",)
                daily.setdefault(key, []).extend(Slot(gi, i, k) for k in kinds)
            else:
                keys = [(date, None)] + ([(date, g.by)] if g.by is not None else [])
                for key in keys:
                    periods.setdefault(key, []).extend(
                        Slot(gi, i, "p", u) for u in range(len(spans))
                    )
    branches: list[Branch] = []
    for is_daily, found in ((True, daily), (False, periods)):
        for (date, by), slots in found.items():
            for at in range(0, len(slots), MAX_COLUMNS):
                branches.append(Branch(date, by, is_daily, tuple(slots[at : at + MAX_COLUMNS])))
    return Plan(tuple(groups), window.start, tuple(branches), spans, span_of)


@dataclass(frozen=True, slots=True)
class _Answers:
    daily: npt.NDArray[np.float64]  # (metrics, 1 + values, 2, days)
    periods: npt.NDArray[np.float64]  # (metrics, 1 + values, periods)


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
        self._answers: dict[RecordGroup, _Answers] = {}
        self._window: tuple[Any, ...] = ()
        self.plan: Plan | None = None  # the first (the report's) statement's, for :meth:`sql`
        self.window: Window | None = None

    # --- the protocol ---------------------------------------------------------------------

    def prepare(self, groups: Sequence[RecordGroup], window: Window) -> None:
        """Answer every group of the report with one statement (see the module docstring)."""
        # a second computation over the same calendar (a funnel block's) reuses the answers
        key = (window.start, window.n_days, window.starts.tobytes(), window.ends.tobytes())
        if self._window != key:
            self._answers.clear()
            self._window = key
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
        self._answers.update(_decode(plan, frame, window))

    def daily_totals(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        self.prepare([group], window)
        return self._answers[group].daily

    def period_values(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        self.prepare([group], window)
        return self._answers[group].periods

    def distinct_values(self, column: str, start: dt.date, end: dt.date) -> list[str]:
        """The non-empty values of ``column`` among records dated ``start``..``end``."""
        t = self._table
        day = self._day(t, self._date_column)
        text = t[column].cast("string").strip()
        keep = self._in_range(t, self._date_column, day, start, end)
        found = self._table.filter(keep).select(v=text).distinct()
        values = self._run(found)["v"].dropna()
        return sorted(str(v) for v in values if str(v) != "")

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
            rows, names = self._rows(plan, branch, window)
            keys = (["_day"] if branch.daily else []) + (["_by"] if branch.by else [])
            aggs = {
                f"a{j}": self._aggregate(rows, names, plan, slot).cast("float64")
                for j, slot in enumerate(branch.slots)
            }
            grouped = rows.group_by(keys).aggregate(**aggs) if keys else rows.aggregate(**aggs)
            columns: dict[str, ir.Value] = {
                "_branch": ibis.literal(bi, "int32"),
                "_day": grouped["_day"] if branch.daily else ibis.null("date"),
                "_by": grouped["_by"] if branch.by is not None else ibis.null("string"),
            }
            for j in range(width):
                columns[f"a{j}"] = (
                    grouped[f"a{j}"] if j < len(branch.slots) else ibis.null("float64")
                )
            parts.append(grouped.select(**columns))
        return parts[0] if len(parts) == 1 else ibis.union(*parts, distinct=False)

    def _rows(self, plan: Plan, branch: Branch, window: Window) -> tuple[ir.Table, dict[Any, str]]:
        """A branch's records in the report's range with each per-record input computed once:
        ``_day``, ``_by``, each group's mask ``m<g>``, each distinct value ``v<k>``, the time
        ``_t`` of first/last; and which column holds what (group index or value key → name)."""
        t = self._table
        kept = t.filter(self._in_range(t, branch.date, None, window.start, window.end))
        day = self._day(kept, branch.date)
        columns: dict[str, ir.Value] = {"_day": day}
        if branch.by is not None:
            columns["_by"] = kept[branch.by].cast("string").strip()
        names: dict[Any, str] = {}
        for slot in branch.slots:
            group = plan.groups[slot.group]
            metric = group.metrics[slot.metric]
            if slot.group not in names:
                mask = self._mask(kept, group, day)
                names[slot.group] = f"m{slot.group}" if mask is not None else ""
                if mask is not None:
                    columns[names[slot.group]] = mask
            key = _value_key(metric)
            if key is not None and key not in names:
                names[key] = f"v{sum(1 for c in columns if c.startswith('v'))}"
                columns[names[key]] = self._value(kept, metric)
            if metric.agg in (Aggregation.FIRST, Aggregation.LAST) and "_t" not in columns:
                columns["_t"] = self._order(kept, branch.date)
        return kept.select(**columns), names

    def _aggregate(self, rows: ir.Table, names: dict[Any, str], plan: Plan, slot: Slot) -> ir.Value:
        group = plan.groups[slot.group]
        metric = group.metrics[slot.metric]
        mask = names[slot.group]
        keep: ir.BooleanValue | None = rows[mask] if mask else None
        key = _value_key(metric)
        if key is None:  # count records
            return rows.count(where=keep)
        value = rows[names[key]]
        has = value.notnull() if keep is None else keep & value.notnull()
        agg = metric.agg
        if slot.kind == "p":
            start, end = plan.spans[slot.period]
            first, after = (plan.start + dt.timedelta(days=d) for d in (start, end))
            inside = has & (rows["_day"] >= first) & (rows["_day"] < after)
            if agg is Aggregation.COUNT_DISTINCT:
                if self._kind == "spark":
                    return wh.distinct_count(value, inside)
                return value.nunique(where=inside)
            q = 0.5 if agg is Aggregation.MEDIAN else (metric.percentile or 0.0) / 100.0
            # exact, linear interpolation (numpy's default); never an approximate quantile
            if self._kind == "postgres":
                return _interpolated(value, q, inside)
            return value.quantile(q, where=inside)
        if slot.kind == "n":
            return value.count(where=has)
        if slot.kind == "t":
            order = rows["_t"]
            return order.min(where=has) if agg is Aggregation.FIRST else order.max(where=has)
        if agg is Aggregation.FIRST:
            return value.argmin(rows["_t"], where=has)
        if agg is Aggregation.LAST:
            return value.argmax(rows["_t"], where=has)
        if agg is Aggregation.MIN:
            return value.min(where=has)
        if agg is Aggregation.MAX:
            return value.max(where=has)
        return value.sum(where=has)

    # --- expressions ----------------------------------------------------------------------

    def _day(self, tab: ir.Table, column: str) -> ir.Value:
        """A date or timestamp column's business day in the report's time zone."""
        value = wh.local_time(tab[column], self._timezone, self._kind)
        return value if value.type().is_date() else value.date()

    def _in_range(
        self,
        tab: ir.Table,
        column: str,
        day: ir.Value | None,
        start: dt.date,
        end: dt.date,
    ) -> ir.BooleanValue:
        """Records whose business day is ``start``..``end``, as a range on the stored column
        (an index or a partition on it can serve it). Where the column holds instants the range
        is a day wider each side (a zone is at most 14 hours from UTC) and, given ``day``, exact
        too; without it the caller drops the days outside (converting every record's time zone
        once, not twice, is most of a statement's cost)."""
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
        return near if day is None else near & (day >= start) & (day <= end)

    def _mask(self, tab: ir.Table, group: RecordGroup, day: ir.Value) -> ir.BooleanValue | None:
        """The group's filter and cohort (the branch's range is the WHERE clause)."""
        keep: ir.BooleanValue | None = None
        for clause in group.filters:
            cond = self._clause(tab, clause)
            keep = cond if keep is None else keep & cond
        if group.cohort is not None:
            event = self._day(tab, group.cohort.event)
            waited = event.delta(day, unit="day")
            cond = event.notnull() & (waited >= 0) & (waited <= group.cohort.within_days)
            keep = cond if keep is None else keep & cond
        return keep

    def _present(self, tab: ir.Table, column: str) -> ir.BooleanValue:
        value = tab[column]
        present = value.notnull()
        if value.type().is_string():
            present &= value.strip() != ""  # a blank cell is empty, as in an export
        return present

    def _clause(self, tab: ir.Table, clause: FilterClause) -> ir.BooleanValue:
        op = clause.op
        if op in (FilterOp.NOT_NULL, FilterOp.IS_NULL):
            present = self._present(tab, clause.column)
            return present if (op is FilterOp.NOT_NULL) == bool(clause.value) else ~present
        value = tab[clause.column]
        wanted = clause.value if isinstance(clause.value, tuple) else (clause.value,)
        numeric = all(isinstance(v, int | float) for v in wanted)
        if numeric:
            x = value if value.type().is_numeric() else value.try_cast("float64")
            vals: list[Any] = [float(v) for v in wanted]
        else:
            x, vals = value.cast("string"), [str(v) for v in wanted]
        if op in (FilterOp.EQ, FilterOp.IN):
            return x.isin(vals).fill_null(False)
        if op in (FilterOp.NE, FilterOp.NOT_IN):
            return x.isnull() | ~x.isin(vals)  # an empty cell is not the excluded value
        compare = {
            FilterOp.GT: x > vals[0], FilterOp.GE: x >= vals[0],
            FilterOp.LT: x < vals[0], FilterOp.LE: x <= vals[0],
        }  # fmt: skip
        return compare[op].fill_null(False)

    def _value(self, tab: ir.Table, metric: RecordMetric) -> ir.Value:
        """Each record's number for ``metric`` (NULL: no value)."""
        if metric.duration is not None:
            start = self._instant(tab, metric.duration.start)
            end = self._instant(tab, metric.duration.end)
            return (end - start) / SECONDS_PER_DAY
        assert metric.column is not None
        if metric.agg is Aggregation.COUNT:
            return self._present(tab, metric.column).ifelse(1.0, None)
        if metric.agg is Aggregation.COUNT_DISTINCT:  # the value, NULL when empty or blank
            value = tab[metric.column]
            text = value.strip() if value.type().is_string() else value
            return self._present(tab, metric.column).ifelse(text, None)
        return tab[metric.column].cast("float64")

    def _instant(self, tab: ir.Table, column: str) -> ir.Value:
        """A date or timestamp column as epoch seconds of the instant its report-zone
        wall-clock time names (as the file path reads it: ``files.FileRecords._instants``)."""
        local = wh.local_time(tab[column], self._timezone, self._kind)
        if local.type().is_date():
            local = local.cast("timestamp")
        instant = wh.zone_instant(local, self._timezone, self._kind)
        return instant.epoch_seconds().cast("float64")

    def _order(self, tab: ir.Table, column: str) -> ir.Value:
        """What orders records for first/last: the dating column's time (a date: none)."""
        value = tab[column]
        if value.type().is_date():
            return wh._ibis().literal(0.0)
        return value.epoch_seconds().cast("float64")

    def _run(self, expr: Any) -> pd.DataFrame:
        try:
            frame: pd.DataFrame = expr.to_pandas()
        except DataError:
            raise
        except Exception as exc:
            raise DataError(f"source '{self.name}': query fails: {wh._reason(exc, None)}") from None
        return frame


def _value_key(metric: RecordMetric) -> tuple[Any, ...] | None:
    """What a metric reads from each record (None: nothing, it counts records): metrics with the
    same key share one computed column."""
    if metric.column is None and metric.duration is None:
        return None
    kind = {Aggregation.COUNT: "present", Aggregation.COUNT_DISTINCT: "text"}.get(metric.agg, "x")
    return (metric.column, metric.duration, kind)


def _decode(plan: Plan, frame: pd.DataFrame, window: Window) -> dict[RecordGroup, _Answers]:
    """The statement's rows as each group's daily totals and period values."""
    n_days, n_periods = window.n_days, len(window.starts)
    daily = [np.zeros((len(g.metrics), 1 + len(g.by_values), 2, n_days)) for g in plan.groups]
    # per-day minima, maxima, first and last values (and their times), reduced to periods below
    days = [np.full((len(g.metrics), 1 + len(g.by_values), n_days), np.nan) for g in plan.groups]
    spans = [
        np.full((len(g.metrics), 1 + len(g.by_values), len(plan.spans)), np.nan)
        for g in plan.groups
    ]
    width = max(len(b.slots) for b in plan.branches)
    values = frame[[f"a{j}" for j in range(width)]].astype("float64").to_numpy()
    branch_of = frame["_branch"].to_numpy()
    for bi, branch in enumerate(plan.branches):
        rows = np.flatnonzero(branch_of == bi)
        block = values[rows]
        by_text = frame["_by"].iloc[rows].astype("string").fillna("") if branch.by else None
        if branch.daily:
            day = _offsets(frame["_day"].iloc[rows], window)
            inside = (day >= 0) & (day < n_days)  # the range's extra day each side
            by_text = by_text[inside] if by_text is not None else None
            _decode_daily(plan, branch, block[inside], day[inside], by_text, daily, days)
        else:
            _decode_periods(plan, branch, block, by_text, spans)
    answers: dict[RecordGroup, _Answers] = {}
    starts, ends = window.starts, window.ends
    for gi, group in enumerate(plan.groups):
        periods = np.full((len(group.metrics), 1 + len(group.by_values), n_periods), np.nan)
        for i, metric in enumerate(group.metrics):
            agg = metric.agg
            if agg in (Aggregation.MIN, Aggregation.MAX):
                ufunc = np.fmin if agg is Aggregation.MIN else np.fmax
                periods[i] = _period_extreme(days[gi][i], starts, ends, ufunc)
            elif agg in (Aggregation.FIRST, Aggregation.LAST):
                periods[i] = _period_end(days[gi][i], starts, ends, agg is Aggregation.FIRST)
            elif agg not in DAY_AGGS:
                periods[i] = spans[gi][i][:, plan.span_of]
                if agg is Aggregation.COUNT_DISTINCT:
                    periods[i] = np.nan_to_num(periods[i], nan=0.0)
        answers[group] = _Answers(daily[gi], periods)
    return answers


def _codes(by_text: pd.Series | None, group: RecordGroup, branch: Branch) -> npt.NDArray[np.int64]:
    """Each row's index in the group's breakdown values (-1: not one of them, or no breakdown)."""
    if by_text is None or group.by != branch.by or not group.by_values:
        return np.full(0 if by_text is None else len(by_text), -1, dtype=np.int64)
    return np.asarray(pd.Index(list(group.by_values)).get_indexer(by_text), dtype=np.int64)


def _decode_daily(
    plan: Plan,
    branch: Branch,
    block: npt.NDArray[np.float64],
    day: npt.NDArray[np.int64],
    by_text: pd.Series | None,
    daily: list[npt.NDArray[np.float64]],
    days: list[npt.NDArray[np.float64]],
) -> None:
    """A daily branch's rows (one per day and breakdown value) into per-day arrays."""
    column = {(s.group, s.metric, s.kind): j for j, s in enumerate(branch.slots)}
    metrics = dict.fromkeys((s.group, s.metric) for s in branch.slots)
    codes: dict[int, npt.NDArray[np.int64]] = {}
    for gi, i in metrics:
        group = plan.groups[gi]
        if gi not in codes:
            codes[gi] = _codes(by_text, group, branch)
            if not len(codes[gi]):
                codes[gi] = np.full(len(day), -1, dtype=np.int64)
        code = codes[gi]
        coded = code >= 0
        agg = group.metrics[i].agg
        if agg in ADDITIVE_AGGS:
            count = np.nan_to_num(block[:, column[(gi, i, "n")]])
            total = (
                count if agg is Aggregation.COUNT else np.nan_to_num(block[:, column[(gi, i, "s")]])
            )
            out = daily[gi][i]
            # a day's rows come once per breakdown value: the day's total is their sum
            np.add.at(out[0, 0], day, total)
            np.add.at(out[0, 1], day, count)
            np.add.at(out[:, 0], (1 + code[coded], day[coded]), total[coded])
            np.add.at(out[:, 1], (1 + code[coded], day[coded]), count[coded])
            continue
        value = block[:, column[(gi, i, "s")]]
        per_day = days[gi][i]
        if agg in (Aggregation.MIN, Aggregation.MAX):
            ufunc = np.fmin if agg is Aggregation.MIN else np.fmax
            ufunc.at(per_day[0], day, value)
            per_day[1 + code[coded], day[coded]] = value[coded]
            continue
        # first/last: the day's value is its breakdown row's whose time comes first (last)
        when = block[:, column[(gi, i, "t")]]
        seen = ~np.isnan(when)
        key = when if agg is Aggregation.FIRST else -when
        order = np.lexsort((key, day))
        order = order[seen[order]]
        _, first = np.unique(day[order], return_index=True)
        chosen = order[first]
        per_day[0, day[chosen]] = value[chosen]
        per_day[1 + code[coded], day[coded]] = value[coded]


def _decode_periods(
    plan: Plan,
    branch: Branch,
    block: npt.NDArray[np.float64],
    by_text: pd.Series | None,
    spans: list[npt.NDArray[np.float64]],
) -> None:
    """A period branch's row (or rows, one per breakdown value) into per-span arrays."""
    slot_group = np.array([s.group for s in branch.slots])
    slot_metric = np.array([s.metric for s in branch.slots])
    slot_span = np.array([s.period for s in branch.slots])
    for gi in np.unique(slot_group).tolist():
        mine = np.flatnonzero(slot_group == gi)
        metric, span = slot_metric[mine], slot_span[mine]
        if branch.by is None:
            if len(block):
                spans[gi][metric, 0, span] = block[0, mine]
            continue
        code = _codes(by_text, plan.groups[gi], branch)
        rows = np.flatnonzero(code >= 0)
        spans[gi][metric[None, :], 1 + code[rows][:, None], span[None, :]] = block[
            np.ix_(rows, mine)
        ]


def _period_extreme(
    per_day: npt.NDArray[np.float64],
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    ufunc: Any,
) -> npt.NDArray[np.float64]:
    """(rows, periods): each period's minimum (maximum) of its days' (NaN: no value)."""
    padded = np.concatenate([per_day, np.full((len(per_day), 1), np.nan)], axis=1)
    bounds = np.column_stack([starts, ends]).ravel()  # [start, end) pairs; gaps discarded
    out: npt.NDArray[np.float64] = ufunc.reduceat(padded, bounds, axis=1)[:, ::2]
    out[:, ends <= starts] = np.nan
    return out


def _period_end(
    per_day: npt.NDArray[np.float64],
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    first: bool,
) -> npt.NDArray[np.float64]:
    """(rows, periods): the value of each period's first (last) day that has one."""
    n = per_day.shape[1]
    valid = ~np.isnan(per_day)
    at = np.arange(n)
    padded = np.concatenate([per_day, np.full((len(per_day), 1), np.nan)], axis=1)
    if first:  # the next day with a value at or after each day (n: none)
        upto = np.minimum.accumulate(np.where(valid, at, n)[:, ::-1], axis=1)[:, ::-1]
        upto = np.concatenate([upto, np.full((len(per_day), 1), n)], axis=1)
        pick = upto[:, starts]
        hit = pick < ends
    else:  # the last day with a value at or before each day (-1: none)
        upto = np.maximum.accumulate(np.where(valid, at, -1), axis=1)
        pick = upto[:, np.maximum(ends - 1, 0)]
        hit = (pick >= starts) & (ends > starts)
    out = np.take_along_axis(padded, np.where(hit, pick, n), axis=1)
    out[~hit] = np.nan
    return out


def _offsets(days: pd.Series, window: Window) -> npt.NDArray[np.int64]:
    as_days = pd.to_datetime(days).to_numpy().astype("datetime64[D]").astype(np.int64)
    offsets: npt.NDArray[np.int64] = as_days - np.datetime64(window.start, "D").astype(np.int64)
    return offsets


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
