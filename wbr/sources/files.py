"""The file backend of :class:`wbr.sources.RecordSource`: records loaded from CSV/Parquet.

Everything is vectorised over records: a group's records are selected once (window, filter,
cohort), dated once (an integer day per record) and coded once per breakdown value; daily totals
are one ``np.bincount`` per metric, and per-period statistics loop over the report's ~40 periods
only, each one numpy/pandas reduction over a contiguous slice of day-sorted records for all the
group's metrics together.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from wbr.loading import DATE_COL, SourceData
from wbr.numbers import to_numbers
from wbr.schema import Aggregation, FilterClause, FilterOp
from wbr.sources import ADDITIVE_AGGS, RecordGroup, RecordMetric, Window

NS_PER_DAY = 86_400 * 10**9
NO_DAY = np.iinfo(np.int64).min

_ORDERING: dict[FilterOp, Callable[[Any, Any], Any]] = {
    FilterOp.GT: operator.gt,
    FilterOp.GE: operator.ge,
    FilterOp.LT: operator.lt,
    FilterOp.LE: operator.le,
}


def filter_mask(frame: pd.DataFrame, filters: tuple[FilterClause, ...]) -> pd.Series:
    """Rows where every clause holds (declarative filters, DESIGN.md §3; never code)."""
    mask = pd.Series(True, index=frame.index)
    for clause in filters:
        column = frame[clause.column]
        if isinstance(column.dtype, pd.CategoricalDtype):
            # dictionary-encoded text (Parquet): test each distinct value once, then spread
            per_value = filter_mask(pd.DataFrame({clause.column: column.cat.categories}), (clause,))
            codes = column.cat.codes.to_numpy()
            # an empty cell (code -1) passes is_null, not_null: false, ne and not_in only
            if_missing = (
                (clause.op is FilterOp.IS_NULL) == bool(clause.value)
                if clause.op in (FilterOp.NOT_NULL, FilterOp.IS_NULL)
                else clause.op in (FilterOp.NE, FilterOp.NOT_IN)
            )
            lookup = np.append(per_value.to_numpy(dtype=bool), if_missing)
            mask &= lookup[codes]
            continue
        op = clause.op
        if op in (FilterOp.NOT_NULL, FilterOp.IS_NULL):
            present = column.notna()
            if not pd.api.types.is_datetime64_any_dtype(column.dtype):
                # an empty or blank cell is empty, whatever the export wrote
                present &= column.astype("string").str.strip().fillna("") != ""
            wanted_present = (op is FilterOp.NOT_NULL) == bool(clause.value)
            mask &= present if wanted_present else ~present
            continue
        wanted = clause.value if isinstance(clause.value, tuple) else (clause.value,)
        numeric = all(isinstance(v, int | float) for v in wanted)
        # numbers compare as the metric reads them: "1,300" is 1300 (wbr.numbers)
        col = to_numbers(column) if numeric else column.astype("string")
        vals = list(wanted) if numeric else [str(v) for v in wanted]
        if op in (FilterOp.EQ, FilterOp.IN):
            cond = col.isin(vals)
        elif op in (FilterOp.NE, FilterOp.NOT_IN):
            cond = ~col.isin(vals)
        else:
            cond = _ORDERING[op](col, vals[0])
        mask &= cond.fillna(False).astype(bool)
    return mask


def value_text(column: pd.Series) -> pd.Series:
    """A column's values as text for breakdowns ('' and blanks are empty); 3.0 reads as '3'."""
    if pd.api.types.is_float_dtype(column.dtype):
        whole = column.dropna()
        if (whole == np.floor(whole)).all():
            column = column.astype("Int64")
    text = column.astype("string").str.strip()
    return text.mask(text == "")


@dataclass(frozen=True, slots=True)
class _Selected:
    """A group's records inside the window, sorted by when they happened."""

    rows: npt.NDArray[np.int64]  # positions in the frame
    day: npt.NDArray[np.int64]  # day offset in the window
    code: npt.NDArray[np.integer[Any]] | None  # index into by_values, -1 for other/empty
    lo: npt.NDArray[np.int64]  # per period: first position in rows
    hi: npt.NDArray[np.int64]  # per period: one past the last


class FileRecords:
    """One record-level source held in memory."""

    def __init__(self, data: SourceData, date_column: str, timezone: str) -> None:
        self.name = data.name
        self.first_date = data.first_date
        self.last_date = data.last_date
        self._frame = data.frame
        self._date_column = date_column
        self._timezone = timezone
        # per-column work done once per source, shared by every group that needs it
        self._days: dict[str, npt.NDArray[np.int64]] = {}
        self._order: dict[str, npt.NDArray[np.int64]] = {}
        self._masks: dict[FilterClause, npt.NDArray[np.bool_]] = {}
        self._numbers: dict[str, npt.NDArray[np.float64]] = {}
        self._labels: dict[str, tuple[npt.NDArray[np.int64], npt.NDArray[Any]]] = {}
        self._codes: dict[tuple[str, tuple[str, ...]], npt.NDArray[np.integer[Any]]] = {}
        self._selected: dict[RecordGroup, _Selected] = {}
        self._window = 0

    # --- the protocol ---------------------------------------------------------------------

    def prepare(self, groups: Sequence[RecordGroup], window: Window) -> None:
        """Nothing to do ahead: records in memory are selected per group (and cached)."""

    def daily_totals(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        sel = self._select(group, window)
        n_by, n_days = len(group.by_values), window.n_days
        out = np.zeros((len(group.metrics), 1 + n_by, 2, n_days))
        # a record's slot: its day overall, and (value, day) in the breakdown
        coded, key = None, None
        if sel.code is not None and n_by:
            coded = sel.code >= 0
            key = sel.code[coded].astype(np.int64) * n_days + sel.day[coded]
        records: npt.NDArray[np.float64] | None = None  # plain record counts, shared
        for i, metric in enumerate(group.metrics):
            if metric.agg not in ADDITIVE_AGGS:
                continue
            if metric.column is None and metric.duration is None:
                if records is None:
                    records = self._day_counts(sel.day, key, n_by, n_days)
                out[i, :, 0] = out[i, :, 1] = records
                continue
            values = self._values(metric, sel.rows)
            has = ~np.isnan(values)
            if has.all():  # the usual case: every record has a value, no masking needed
                if records is None:
                    records = self._day_counts(sel.day, key, n_by, n_days)
                out[i, :, 1] = records
                if metric.agg is Aggregation.COUNT:
                    out[i, :, 0] = records
                    continue
                out[i, 0, 0] = np.bincount(sel.day, weights=values, minlength=n_days)
                if key is not None and coded is not None:
                    by_total = np.bincount(key, weights=values[coded], minlength=n_by * n_days)
                    out[i, 1:, 0] = by_total.reshape(n_by, n_days)
                continue
            day = sel.day[has]
            count = np.bincount(day, minlength=n_days)
            total = count if metric.agg is Aggregation.COUNT else None
            if total is None:
                total = np.bincount(day, weights=values[has], minlength=n_days)
            out[i, 0, 0], out[i, 0, 1] = total, count
            if key is not None and coded is not None:
                keep = has[coded]
                size = n_by * n_days
                by_count = np.bincount(key[keep], minlength=size).reshape(n_by, n_days)
                by_total = (
                    by_count
                    if metric.agg is Aggregation.COUNT
                    else np.bincount(key[keep], weights=values[coded][keep], minlength=size)
                    .reshape(n_by, n_days)
                )  # fmt: skip
                out[i, 1:, 0], out[i, 1:, 1] = by_total, by_count
        return out

    @staticmethod
    def _day_counts(
        day: npt.NDArray[np.int64], key: npt.NDArray[np.int64] | None, n_by: int, n_days: int
    ) -> npt.NDArray[np.float64]:
        """(1 + n_by, n_days) record counts: overall, then per breakdown value."""
        out = np.zeros((1 + n_by, n_days))
        out[0] = np.bincount(day, minlength=n_days)
        if key is not None and n_by:
            out[1:] = np.bincount(key, minlength=n_by * n_days).reshape(n_by, n_days)
        return out

    def period_values(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        sel = self._select(group, window)
        n_by = len(group.by_values)
        n_periods = len(window.starts)
        out = np.full((len(group.metrics), 1 + n_by, n_periods), np.nan)
        numeric = [
            i for i, m in enumerate(group.metrics)
            if m.agg.per_period and m.agg is not Aggregation.COUNT_DISTINCT
        ]  # fmt: skip
        distinct = [i for i, m in enumerate(group.metrics) if m.agg is Aggregation.COUNT_DISTINCT]
        if numeric:
            block = np.column_stack([self._values(group.metrics[i], sel.rows) for i in numeric])
            aggs = [group.metrics[i] for i in numeric]
            for p in range(n_periods):
                lo, hi = sel.lo[p], sel.hi[p]
                if hi > lo:
                    codes = sel.code[lo:hi] if sel.code is not None else None
                    out[numeric, :, p] = _order_statistics(block[lo:hi], codes, aggs, n_by)
        if distinct:
            coded = [self._label_codes(str(group.metrics[i].column)) for i in distinct]
            labels = np.column_stack([all_labels[sel.rows] for all_labels, _ in coded])
            sizes = np.array([max(len(uniques), 1) for _, uniques in coded], dtype=np.int64)
            for p in range(n_periods):
                lo, hi = sel.lo[p], sel.hi[p]
                codes = sel.code[lo:hi] if sel.code is not None else None
                out[distinct, :, p] = _distinct_counts(labels[lo:hi], codes, sizes, n_by)
        return out

    # --- selection ------------------------------------------------------------------------

    def _day_numbers(self, column: str | None) -> npt.NDArray[np.int64]:
        """Each record's business day as days since 1970-01-01 (NO_DAY when undated)."""
        key = column or DATE_COL
        if key not in self._days:
            local = self._frame[key].to_numpy()  # datetime64 in the frame's own unit
            days = local.astype("datetime64[D]").astype(np.int64)
            self._days[key] = np.where(np.isnat(local), NO_DAY, days)
        return self._days[key]

    def _day_order(self, column: str | None) -> npt.NDArray[np.int64]:
        """Record positions sorted by business day (file order within a day, so ``first`` and
        ``last`` are the earliest and latest day's first and last record in the export)."""
        key = column or DATE_COL
        if key not in self._order:
            day = self._day_numbers(column)
            dated = day != NO_DAY
            base = int(day[dated].min()) if dated.any() else 0
            span = int(day[dated].max()) - base if dated.any() else 0
            offset = np.where(dated, day - base, 0)
            # a stable sort of 16-bit keys is a radix sort: linear in records
            small = offset.astype(np.int16) if span < 32_767 else offset
            self._order[key] = np.argsort(small, kind="stable")
        return self._order[key]

    def _mask(self, clause: FilterClause) -> npt.NDArray[np.bool_]:
        if clause not in self._masks:
            self._masks[clause] = filter_mask(self._frame, (clause,)).to_numpy(dtype=bool)
        return self._masks[clause]

    def _label_codes(self, column: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[Any]]:
        """Each record's value of ``column`` as an integer label (-1 when empty), and the values."""
        if column not in self._labels:
            raw_labels, raw_uniques = pd.factorize(self._frame[column])
            # clean the distinct values only ('web_form ' and 'web_form' are one value)
            cleaned = value_text(pd.Series(raw_uniques))
            merged, uniques = pd.factorize(cleaned)
            lookup = np.append(np.asarray(merged, dtype=np.int64), -1)  # raw -1 (empty) → -1
            labels = lookup[np.asarray(raw_labels, dtype=np.int64)]
            self._labels[column] = (labels, np.asarray(uniques, dtype=object))
        return self._labels[column]

    def _by_codes(self, column: str, values: tuple[str, ...]) -> npt.NDArray[np.integer[Any]]:
        """Each record's index in ``values`` (-1 for an empty or unlisted value)."""
        if (column, values) not in self._codes:
            labels, uniques = self._label_codes(column)
            position = pd.Index(list(values)).get_indexer(uniques)
            lookup = np.append(np.asarray(position, dtype=np.int64), -1)  # label -1 → -1
            # 16-bit codes: a stable sort of them (per period, by value) is a radix sort
            small = np.int16 if len(values) < 32_767 else np.int64
            self._codes[(column, values)] = lookup[labels].astype(small)
        return self._codes[(column, values)]

    def _select(self, group: RecordGroup, window: Window) -> _Selected:
        if self._window == id(window) and group in self._selected:
            return self._selected[group]
        date = None if group.date in (None, self._date_column) else group.date
        day_number = self._day_numbers(date)
        offset = day_number - np.datetime64(window.start, "D").astype(np.int64)
        keep = (day_number != NO_DAY) & (offset >= 0) & (offset < window.n_days)
        for clause in group.filters:
            keep &= self._mask(clause)
        if group.cohort is not None:
            event = self._day_numbers(group.cohort.event)
            waited = event - day_number  # business days from the record to its event
            keep &= (event != NO_DAY) & (waited >= 0) & (waited <= group.cohort.within_days)
        # in day order, so each period is a contiguous slice of the selected records
        order = self._day_order(date)
        rows = order[keep[order]]
        day = offset[rows]
        code = self._by_codes(group.by, group.by_values)[rows] if group.by is not None else None
        lo = np.searchsorted(day, window.starts, side="left")
        hi = np.searchsorted(day, window.ends, side="left")
        selected = _Selected(rows, day, code, lo, hi)
        if self._window != id(window):  # one report window at a time
            self._selected.clear()
            self._window = id(window)
        self._selected[group] = selected
        return selected

    def _values(self, metric: RecordMetric, rows: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        """Each selected record's value for ``metric`` (NaN = no value)."""
        if metric.duration is not None:
            start = self._instants(metric.duration.start)[rows]
            end = self._instants(metric.duration.end)[rows]
            missing = (start == NO_DAY) | (end == NO_DAY)
            return np.where(missing, np.nan, (end - start) / NS_PER_DAY)
        if metric.column is None:
            return np.ones(len(rows))
        if metric.agg is Aggregation.COUNT:
            present = self._mask(FilterClause(metric.column, FilterOp.NOT_NULL, True))
            return np.where(present[rows], 1.0, np.nan)
        if metric.column not in self._numbers:
            column = self._frame[metric.column]
            self._numbers[metric.column] = column.to_numpy(dtype=np.float64, na_value=np.nan)
        return self._numbers[metric.column][rows]

    def _instants(self, column: str) -> npt.NDArray[np.int64]:
        """A timestamp column as UTC nanoseconds, so a duration across a DST change is the true
        elapsed time. The loader gives local wall-clock times (``loading.to_local_time``); an
        hour repeated when clocks go back is taken as standard time (at most one hour off)."""
        key = f"{column}\0instant"
        if key not in self._days:
            local = self._frame[column]
            aware = local.dt.tz_localize(
                self._timezone,
                ambiguous=np.zeros(len(local), dtype=bool),
                nonexistent="shift_forward",
            )
            values = aware.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()
            values = values.astype("datetime64[ns]")
            self._days[key] = np.where(np.isnat(values), NO_DAY, values.astype(np.int64))
        return self._days[key]


def _order_statistics(
    block: npt.NDArray[np.float64],
    codes: npt.NDArray[np.integer[Any]] | None,
    metrics: list[RecordMetric],
    n_by: int,
) -> npt.NDArray[np.float64]:
    """(len(metrics), 1 + n_by) values of one period's records (rows of ``block``, in time order),
    all metrics at once: overall, then per breakdown value on that value's rows."""
    out = np.full((len(metrics), 1 + n_by), np.nan)
    out[:, 0] = _reduce_columns(block, metrics)
    if codes is not None and n_by:
        # rows grouped by value (a stable sort keeps time order inside each value)
        order = np.argsort(codes, kind="stable")
        bounds = np.searchsorted(codes[order], np.arange(n_by + 1))
        grouped = block[order]
        for k in range(n_by):
            if bounds[k + 1] > bounds[k]:
                out[:, 1 + k] = _reduce_columns(grouped[bounds[k] : bounds[k + 1]], metrics)
    return out


def _reduce_columns(
    block: npt.NDArray[np.float64], metrics: list[RecordMetric]
) -> npt.NDArray[np.float64]:
    """Each column's statistic over its non-empty rows (NaN when it has none), vectorised.

    Order statistics sort each column (NaN sorts last) and interpolate linearly between the two
    ranks around q × (n − 1), n counted per column: numpy's default percentile, empty cells
    skipped. First and last are the earliest and latest non-empty rows.
    """
    rows, _ = block.shape
    present = ~np.isnan(block)
    n = present.sum(axis=0)
    cols = np.arange(len(metrics))
    out = np.full(len(metrics), np.nan)
    q = np.array([_quantile_of(m) for m in metrics])
    ranked = ~np.isnan(q)
    if ranked.any() and rows:
        pos = q[ranked] * np.maximum(n[ranked] - 1, 0)
        lo = np.floor(pos).astype(np.int64)
        hi = np.minimum(lo + 1, np.maximum(n[ranked] - 1, 0))
        # empty cells go last; a partition at just the ranks needed is linear, a sort is not
        filled = np.where(present[:, ranked], block[:, ranked], np.inf)
        ordered = np.partition(filled, np.unique(np.concatenate([lo, hi])), axis=0)
        idx = np.arange(ranked.sum())
        with np.errstate(invalid="ignore"):
            low, high = ordered[lo, idx], ordered[hi, idx]
            # lo·(1 − d) + hi·d, the float order of DuckDB's quantile_cont and Spark's
            # percentile: every engine gives the file path's numbers to the last bit (#11)
            d = pos - lo
            out[ranked] = np.where(hi > lo, low * (1 - d) + high * d, low)
    first = present.argmax(axis=0)
    last = rows - 1 - present[::-1].argmax(axis=0)
    for agg, pick in ((Aggregation.FIRST, first), (Aggregation.LAST, last)):
        chosen = np.array([m.agg is agg for m in metrics])
        out[chosen] = block[pick[chosen], cols[chosen]]
    return np.where(n > 0, out, np.nan)


def _quantile_of(metric: RecordMetric) -> float:
    """The rank statistic as a fraction (min 0, median 0.5, max 1); NaN for first/last."""
    if metric.agg is Aggregation.MEDIAN:
        return 0.5
    if metric.agg is Aggregation.PERCENTILE:
        return (metric.percentile or 0.0) / 100.0
    if metric.agg is Aggregation.MIN:
        return 0.0
    if metric.agg is Aggregation.MAX:
        return 1.0
    return np.nan


def _distinct_counts(
    labels: npt.NDArray[np.int64],
    codes: npt.NDArray[np.integer[Any]] | None,
    sizes: npt.NDArray[np.int64],
    n_by: int,
) -> npt.NDArray[np.float64]:
    """(metrics, 1 + n_by) distinct non-empty labels among one period's records, for every
    distinct-count metric at once (``labels``: records × metrics, -1 = empty; ``sizes``: how
    many labels each metric's column has), overall and per breakdown value.

    Each (metric, value) pair owns a stretch of one key space, ``sizes[m]`` wide; a record's
    label marks its key in the overall stretch and in its value's; the marks are then counted
    per stretch: with a bitmap when the key space is small, else by sorting the keys.
    """
    n_metrics = len(sizes)
    stretch = np.repeat(sizes, 1 + n_by)  # (metric, 0 = overall | 1 + value) → width
    base = np.concatenate([[0], np.cumsum(stretch)[:-1]])
    present = labels >= 0
    keys = [(base[np.arange(n_metrics) * (1 + n_by)] + labels)[present]]
    if codes is not None and n_by:
        coded = present & (codes >= 0)[:, None]
        slot = np.arange(n_metrics)[None, :] * (1 + n_by) + 1 + codes[:, None].astype(np.int64)
        keys.append((base[np.where(coded, slot, 0)] + labels)[coded])
    marked = np.concatenate(keys)
    total = int(stretch.sum())
    if total <= 8 * len(marked) + 4096:  # a bitmap is cheaper than sorting
        seen = np.zeros(total, dtype=bool)
        seen[marked] = True
        counts = np.add.reduceat(seen.astype(np.int64), base)
    else:
        found = np.unique(marked)
        counts = np.bincount(np.searchsorted(base, found, side="right") - 1, minlength=len(base))
    return counts.reshape(n_metrics, 1 + n_by).astype(np.float64)
