"""The file backend of :class:`wbr.sources.RecordSource`: records loaded from CSV/Parquet.

Everything is vectorised over records: a group's records are selected once (window, filter,
cohort), dated once (an integer day per record) and coded once per breakdown value; daily totals
are one ``np.bincount`` per metric, and per-period statistics loop over the report's ~40 periods
only, each one numpy/pandas reduction over a contiguous slice of day-sorted records for all the
group's metrics together.
"""

from __future__ import annotations

import operator
import warnings
from collections.abc import Callable
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
    code: npt.NDArray[np.int64] | None  # index into by_values, -1 for other/empty
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
        self._days: dict[str, npt.NDArray[np.int64]] = {}
        self._selected: dict[RecordGroup, _Selected] = {}
        self._window = 0

    # --- the protocol ---------------------------------------------------------------------

    def daily_totals(self, group: RecordGroup, window: Window) -> npt.NDArray[np.float64]:
        sel = self._select(group, window)
        n_by = len(group.by_values)
        out = np.zeros((len(group.metrics), 1 + n_by, 2, window.n_days))
        for i, metric in enumerate(group.metrics):
            if metric.agg not in ADDITIVE_AGGS:
                continue
            values = self._values(metric, sel.rows)
            has = ~np.isnan(values)
            total = has.astype(np.float64) if metric.agg is Aggregation.COUNT else values
            total = np.where(has, total, 0.0)
            out[i, 0, 0] = np.bincount(sel.day, weights=total, minlength=window.n_days)
            out[i, 0, 1] = np.bincount(sel.day, weights=has, minlength=window.n_days)
            if n_by and sel.code is not None:
                coded = sel.code >= 0
                key = sel.code[coded] * window.n_days + sel.day[coded]
                size = n_by * window.n_days
                for k, weights in enumerate((total[coded], has[coded].astype(np.float64))):
                    sums = np.bincount(key, weights=weights, minlength=size)
                    out[i, 1:, k] = sums.reshape(n_by, window.n_days)
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
        for i in distinct:
            column = group.metrics[i].column
            assert column is not None
            labels = pd.factorize(value_text(self._frame[column]).to_numpy()[sel.rows])[0]
            n_labels = int(labels.max()) + 1 if len(labels) else 0
            for p in range(n_periods):
                lo, hi = sel.lo[p], sel.hi[p]
                out[i, :, p] = _distinct_counts(
                    labels[lo:hi], sel.code[lo:hi] if sel.code is not None else None,
                    n_labels, n_by,
                )  # fmt: skip
        return out

    # --- selection ------------------------------------------------------------------------

    def _day_numbers(self, column: str | None) -> npt.NDArray[np.int64]:
        """Each record's business day as days since 1970-01-01 (NO_DAY when undated)."""
        key = column or DATE_COL
        if key not in self._days:
            local = self._frame[key].to_numpy(dtype="datetime64[ns]")
            days = local.astype("datetime64[D]").astype(np.int64)
            self._days[key] = np.where(np.isnat(local), NO_DAY, days)
        return self._days[key]

    def _select(self, group: RecordGroup, window: Window) -> _Selected:
        if self._window == id(window) and group in self._selected:
            return self._selected[group]
        date = None if group.date in (None, self._date_column) else group.date
        day_number = self._day_numbers(date)
        offset = day_number - np.datetime64(window.start, "D").astype(np.int64)
        keep = (day_number != NO_DAY) & (offset >= 0) & (offset < window.n_days)
        if group.filters:
            keep &= filter_mask(self._frame, group.filters).to_numpy(dtype=bool)
        if group.cohort is not None:
            event = self._day_numbers(group.cohort.event)
            waited = event - day_number  # business days from the record to its event
            keep &= (event != NO_DAY) & (waited >= 0) & (waited <= group.cohort.within_days)
        rows = np.flatnonzero(keep)
        # when the dating column has times, order by time so first/last mean earliest/latest
        dating = self._frame.get(date or self._date_column)
        if dating is not None and pd.api.types.is_datetime64_any_dtype(dating.dtype):
            sort_key = dating.to_numpy(dtype="datetime64[ns]").astype(np.int64)[rows]
        else:
            sort_key = offset[rows]
        rows = rows[np.argsort(sort_key, kind="stable")]
        day = offset[rows]
        code = None
        if group.by is not None:
            text = value_text(self._frame[group.by])
            # index of each record's value in by_values; -1 for an empty or unlisted value
            all_codes = pd.Index(list(group.by_values)).get_indexer(text.to_numpy())
            code = np.asarray(all_codes, dtype=np.int64)[rows]
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
            filled = FilterClause(metric.column, FilterOp.NOT_NULL, True)
            present = filter_mask(self._frame, (filled,)).to_numpy(dtype=bool)
            return np.where(present[rows], 1.0, np.nan)
        values = self._frame[metric.column].to_numpy(dtype=np.float64, na_value=np.nan)
        return np.asarray(values[rows], dtype=np.float64)

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
            values = aware.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy("datetime64[ns]")
            self._days[key] = np.where(np.isnat(values), NO_DAY, values.astype(np.int64))
        return self._days[key]


def _order_statistics(
    block: npt.NDArray[np.float64],
    codes: npt.NDArray[np.int64] | None,
    metrics: list[RecordMetric],
    n_by: int,
) -> npt.NDArray[np.float64]:
    """(len(metrics), 1 + n_by) values of one period's records (rows of ``block``)."""
    out = np.full((len(metrics), 1 + n_by), np.nan)
    frame = pd.DataFrame(block) if codes is not None and n_by else None
    coded = codes >= 0 if codes is not None else None
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        for j, metric in enumerate(metrics):
            column = block[:, j]
            out[j, 0] = _reduce(column, metric)
            if frame is not None and coded is not None and codes is not None:
                grouped = frame[j][coded].groupby(codes[coded])
                per_value = _reduce_groups(grouped, metric)
                out[j, 1 + per_value.index.to_numpy(dtype=np.int64)] = per_value.to_numpy()
    return out


def _reduce(values: npt.NDArray[np.float64], metric: RecordMetric) -> float:
    present = values[~np.isnan(values)]
    if not len(present):
        return np.nan
    agg = metric.agg
    if agg is Aggregation.MEDIAN:
        return float(np.median(present))
    if agg is Aggregation.PERCENTILE:
        return float(np.percentile(present, metric.percentile or 0.0))
    if agg is Aggregation.MIN:
        return float(present.min())
    if agg is Aggregation.MAX:
        return float(present.max())
    if agg is Aggregation.FIRST:
        return float(present[0])
    return float(present[-1])  # LAST


def _reduce_groups(grouped: Any, metric: RecordMetric) -> pd.Series:
    agg = metric.agg
    if agg is Aggregation.MEDIAN:
        result = grouped.median()
    elif agg is Aggregation.PERCENTILE:
        result = grouped.quantile((metric.percentile or 0.0) / 100.0)
    else:
        result = getattr(grouped, agg.value)()  # min, max, first, last skip empty values
    assert isinstance(result, pd.Series)
    return result


def _distinct_counts(
    labels: npt.NDArray[np.int64], codes: npt.NDArray[np.int64] | None, n_labels: int, n_by: int
) -> npt.NDArray[np.float64]:
    """Distinct non-empty labels among one period's records, overall and per breakdown value."""
    out = np.zeros(1 + n_by)
    present = labels >= 0
    out[0] = np.unique(labels[present]).size
    if codes is not None and n_by:
        both = present & (codes >= 0)
        pairs = np.unique(codes[both] * max(n_labels, 1) + labels[both])
        out[1:] = np.bincount(pairs // max(n_labels, 1), minlength=n_by)[:n_by]
    return out
