"""Compute the WBR metric set (DESIGN.md §4) for one week, for every metric at once.

How it stays fast: each source is combined per date once per (filter, aggregation) group into a
dense day × column matrix over the report's calendar; each period is then one numpy reduction over
a slice of that matrix for all columns together; formulas run over arrays of period values. The
only Python loops are over sources, groups, periods and formulas, never metrics × periods.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
import pandas as pd

from wbr.breakdowns import expand_breakdowns
from wbr.calendars import Calendar, GregorianCalendar, ReportPeriods
from wbr.calendars.base import Period
from wbr.calendars.gregorian import week_ending_on_or_before
from wbr.errors import DataError
from wbr.formula import Array
from wbr.loading import DATE_COL, LoadedData
from wbr.records import compute_record_values, is_record_metric
from wbr.results import (
    Coverage,
    MetricResult,
    MonthPoint,
    SourceFreshness,
    Summary,
    TargetResult,
    WeekPoint,
)
from wbr.schema import (
    Aggregation,
    Comparison,
    Direction,
    FilterClause,
    MetricDef,
    TargetKind,
    formula_order,
)
from wbr.signals.build import build_many
from wbr.signals.maturity import mature_through, provisional_matrix
from wbr.signals.series import WeeklySeries, series_weeks
from wbr.sources import Window
from wbr.sources.files import filter_mask
from wbr.unbooked import mask_unbooked

# Positions of the periods in ReportPeriods.all()
W0, WPY0, MTD, MTD_PY, QTD, QTD_PY, YTD, YTD_PY, M0, MPY0 = 0, 6, 12, 13, 14, 15, 16, 17, 18, 30
LAST, PREV = W0 + 5, W0 + 4
P = TypeVar("P", WeekPoint, MonthPoint)
N_PERIODS = 42  # the weekly series for natural process limits follows
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Computation:
    """The engine's output before pairs are judged."""

    week_ending: dt.date
    periods: ReportPeriods
    results: tuple[MetricResult, ...]
    warnings: tuple[str, ...]
    sources: tuple[SourceFreshness, ...]
    weekly: WeeklySeries | None = None  # the last `series_weeks` weeks (issue #8)


def resolve_week_ending(data: LoadedData, week_ends_on: int, requested: dt.date | None) -> dt.date:
    """The report week: the requested date (checked) or the latest week every source has reached."""
    if not data.sources:
        raise DataError("no source has data for any metric")
    firsts = {s.name: s.first_date for s in data.sources.values()}
    lasts = {s.name: s.last_date for s in data.sources.values()}
    newest_name = max(lasts, key=lambda n: lasts[n])
    oldest_name = min(firsts, key=lambda n: firsts[n])
    weekday = WEEKDAY_NAMES[week_ends_on]
    if requested is None:
        latest = week_ending_on_or_before(min(lasts.values()), week_ends_on)
        if latest < max(firsts.values()):
            raise DataError(
                f"no complete week yet: the sources overlap only from {max(firsts.values())} "
                f"to {min(lasts.values())}"
            )
        return latest
    if requested.weekday() != week_ends_on:
        raise DataError(
            f"{requested} is a {WEEKDAY_NAMES[requested.weekday()]}; weeks end on {weekday} "
            f"(try {week_ending_on_or_before(requested, week_ends_on)})"
        )
    if requested > lasts[newest_name]:
        raise DataError(
            f"week ending {requested} is after the last date in the data "
            f"({lasts[newest_name]}, source '{newest_name}')"
        )
    if requested < firsts[oldest_name]:
        raise DataError(
            f"week ending {requested} is before the first date in the data "
            f"({firsts[oldest_name]}, source '{oldest_name}')"
        )
    return requested


def compute(
    defs: Sequence[MetricDef],
    data: LoadedData,
    week_ending: dt.date,
    calendar: Calendar | int,
    series_length: int = 0,
    wanted: Sequence[str] = (),
) -> Computation:
    """Compute every metric's WBR set for the week ending ``week_ending``.

    ``calendar`` gives the periods (:mod:`wbr.calendars`; a number is a gregorian fiscal year's
    last month). ``series_length`` > 0 also computes that many weeks ending on the report week, as
    extra period spans (the weekly series behind the natural process limits, :mod:`wbr.signals`).
    Breakdown children (``leads.web_form``) join the results after their parent; ``wanted`` names
    children that must exist even without records in the window (those a section shows).
    """
    fiscal = GregorianCalendar(calendar) if isinstance(calendar, int) else calendar
    periods = fiscal.report_periods(week_ending)
    series = series_weeks(week_ending, series_length) if series_length > 0 else ()
    spans = [*periods.all(), *series]
    n_periods = len(spans)
    cal_start = min(p.start for p in spans)
    n_days = (week_ending - cal_start).days + 1
    calendar = pd.date_range(cal_start, periods=n_days, freq="D")
    starts = np.array([(p.start - cal_start).days for p in spans])
    ends = np.array([(p.end - cal_start).days for p in spans]) + 1  # exclusive
    days = (ends - starts).astype(np.float64)  # 0 for a period with no comparable (null)

    defs = expand_breakdowns(defs, data, cal_start, week_ending, wanted)
    record_values = compute_record_values(defs, data, Window(cal_start, n_days, starts, ends))
    matrix, keys, presence = _daily_matrix(defs, data, calendar)
    aggs = [key[2] for key in keys]
    aggregated = _aggregate_periods(matrix, aggs, starts, ends)  # n_periods × n_columns
    overflowed = _drop_overflow(aggregated, keys)
    column_of = {key: i for i, key in enumerate(keys)}

    cum_presence = np.vstack([np.zeros((1, presence.shape[1])), np.cumsum(presence, axis=0)])
    with np.errstate(invalid="ignore"):
        source_cov = (cum_presence[ends] - cum_presence[starts]) / days[:, None]
    source_index = {name: i for i, name in enumerate(data.sources)}

    values: dict[str, Array] = {}
    coverage: dict[str, Array] = {}
    targets: dict[str, Array] = {}
    nan = np.full(n_periods, np.nan)
    for d in defs:
        if d.formula is None:
            assert d.source is not None
            if d.id in record_values:
                values[d.id] = record_values[d.id]
            else:
                assert d.column is not None
                key = _key(d, d.column)
                values[d.id] = aggregated[:, column_of[key]] if key in column_of else nan
            coverage[d.id] = (
                source_cov[:, source_index[d.source]] if d.source in source_index else nan * 0
            )
    for d in formula_order(defs):
        assert d.formula is not None
        with np.errstate(all="ignore"):
            result = np.asarray(d.formula.evaluate(values), dtype=np.float64)
            # an overflow is missing, never ±inf (x / inf would silently read as 0)
            values[d.id] = np.where(np.isinf(result), np.nan, result)
        if d.when_zero is not None:  # e.g. no spend booked: null, never a $0 cost (#10)
            values[d.id] = mask_unbooked(values[d.id], values[d.when_zero.operand])
        refs = sorted(d.formula.refs())
        coverage[d.id] = (
            np.min(np.vstack([coverage[r] for r in refs]), axis=0) if refs else np.ones(n_periods)
        )
    for d in defs:
        if d.target is None:
            continue
        if d.target.kind is TargetKind.COLUMN:
            key = _target_key(d, data)
            targets[d.id] = aggregated[:, column_of[key]] if key in column_of else nan
        elif d.target.kind is TargetKind.WEEKLY:
            targets[d.id] = float(d.target.amount or 0.0) * days / 7.0
        else:
            targets[d.id] = np.full(n_periods, float(d.target.amount or 0.0))

    ids = [d.id for d in defs]
    value_m = np.vstack([values[i] for i in ids]) if ids else np.empty((0, n_periods))
    cov_m = np.vstack([coverage[i] for i in ids]) if ids else np.empty((0, n_periods))
    target_m = np.vstack([targets.get(i, nan) for i in ids]) if ids else np.empty((0, n_periods))
    last_dates = {s.name: s.last_date for s in data.sources.values()}
    provisional = provisional_matrix(mature_through(defs, last_dates), [p.end for p in spans])
    fixed = n_periods - len(series)  # the weekly series' columns follow the report's periods
    results = _build_results(
        defs, periods, value_m[:, :fixed], cov_m[:, :fixed], target_m[:, :fixed],
        provisional[:, :fixed],
    )  # fmt: skip
    weekly = (
        WeeklySeries(
            tuple(w.end for w in series),
            value_m[:, fixed:],
            np.nan_to_num(cov_m[:, fixed:], nan=0.0),
            provisional[:, fixed:],
        )
        if series
        else None
    )
    freshness = tuple(
        SourceFreshness(s.name, s.first_date, s.last_date, s.rows or len(s.frame))
        for s in data.sources.values()
    )
    found = _coverage_warnings(data, periods, source_cov, source_index)
    return Computation(
        week_ending, periods, results, tuple(data.warnings) + overflowed + found, freshness, weekly
    )


def _drop_overflow(
    aggregated: npt.NDArray[np.float64], keys: Sequence[ColumnKey]
) -> tuple[str, ...]:
    """Period totals beyond a float's range (±1.8e308) become missing; one warning a column."""
    over = np.isinf(aggregated)
    if not over.any():
        return ()
    aggregated[over] = np.nan
    return tuple(
        f"source '{keys[c][0]}': column '{keys[c][3]}' adds up to more than a number can hold "
        f"in {int(over[:, c].sum())} period(s); treated as missing"
        for c in np.nonzero(over.any(axis=0))[0].tolist()
    )


# --- daily matrix ----------------------------------------------------------------------------

ColumnKey = tuple[str, tuple[FilterClause, ...], Aggregation, str]  # source, filters, agg, column


def _key(d: MetricDef, column: str) -> ColumnKey:
    assert d.source is not None
    return (d.source, d.filters, d.agg, column)


def _target_key(d: MetricDef, data: LoadedData) -> ColumnKey:
    """A plan column's group: the metric's own when it is on the metric's daily source, else the
    plan source's rows unfiltered, summed (averaged for a median or percentile)."""
    assert d.target is not None and d.target.column is not None and d.source is not None
    if (d.target.source in (None, d.source)) and not is_record_metric(d, data):
        return _key(d, d.target.column)
    agg = d.agg if d.agg.daily else Aggregation.SUM
    if d.agg in (Aggregation.MEDIAN, Aggregation.PERCENTILE):
        agg = Aggregation.MEAN
    return (d.target.source or d.source, (), agg, d.target.column)


def _daily_matrix(
    defs: Sequence[MetricDef], data: LoadedData, calendar: pd.DatetimeIndex
) -> tuple[npt.NDArray[np.float64], list[ColumnKey], npt.NDArray[np.float64]]:
    """Combine rows per date for every (source, filter, agg) group into one day × column matrix."""
    groups: dict[tuple[str, tuple[FilterClause, ...], Aggregation], list[str]] = {}
    for d in defs:
        if d.formula is not None or d.source not in data.sources:
            continue
        if d.target is not None and d.target.column is not None:
            plan_source, plan_filters, plan_agg, plan = _target_key(d, data)
            if data.sources[plan_source].records:
                raise DataError(
                    f"{d.file}: metric '{d.id}': target column '{plan}' is in the record-level "
                    f"source '{plan_source}'; name a daily plan source: "
                    "target: {column: ..., source: plans}"
                )
            cols = groups.setdefault((plan_source, plan_filters, plan_agg), [])
            if plan not in cols:
                cols.append(plan)
        if is_record_metric(d, data):
            continue  # computed from its records (wbr.records)
        assert d.column is not None
        cols = groups.setdefault((d.source, d.filters, d.agg), [])
        if d.column not in cols:
            cols.insert(0, d.column)
    blocks: list[npt.NDArray[np.float64]] = []
    keys: list[ColumnKey] = []
    in_range: dict[str, pd.DataFrame] = {}
    for source in data.sources.values():
        frame = source.frame
        dates = frame[DATE_COL]
        in_range[source.name] = frame[(dates >= calendar[0]) & (dates <= calendar[-1])]
    for (source_name, filters, agg), cols in groups.items():
        frame = in_range[source_name]
        if filters:
            frame = frame[filter_mask(frame, filters)]
        if frame[DATE_COL].is_unique:
            daily = frame.set_index(DATE_COL)[cols]
        elif agg is Aggregation.SUM:
            daily = frame.groupby(DATE_COL)[cols].sum(min_count=1)
        else:
            daily = frame.groupby(DATE_COL)[cols].agg(agg.value)
        blocks.append(daily.reindex(calendar).to_numpy(dtype=np.float64, na_value=np.nan))
        keys.extend((source_name, filters, agg, c) for c in cols)
    matrix = np.hstack(blocks) if blocks else np.empty((len(calendar), 0))
    presence = np.zeros((len(calendar), len(data.sources)))
    for j, source in enumerate(data.sources.values()):
        if source.records:  # a record source covers every day from its first record to its last
            first, last = pd.Timestamp(source.first_date), pd.Timestamp(source.last_date)
            presence[:, j] = (calendar >= first) & (calendar <= last)
            continue
        present = pd.Index(in_range[source.name][DATE_COL].unique())
        presence[:, j] = calendar.isin(present)
    return matrix, keys, presence


def _aggregate_periods(
    matrix: npt.NDArray[np.float64],
    aggs: list[Aggregation],
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
) -> npt.NDArray[np.float64]:
    """Period × column values; a period with no value present is NaN (reported as null)."""
    out = np.full((len(starts), matrix.shape[1]), np.nan)
    agg_arr = np.array([a.value for a in aggs])
    for agg in {a for a in aggs}:
        cols = np.nonzero(agg_arr == agg.value)[0]
        sub = matrix[:, cols]
        for p, (s, e) in enumerate(zip(starts, ends, strict=True)):
            chunk = sub[s:e]
            present = ~np.isnan(chunk)
            count = present.sum(axis=0)
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore", RuntimeWarning)
                if agg is Aggregation.SUM:
                    val = np.nansum(chunk, axis=0)
                elif agg is Aggregation.MEAN:
                    val = np.nanmean(chunk, axis=0)
                elif agg is Aggregation.MIN:
                    val = np.nanmin(chunk, axis=0) if len(chunk) else np.full(len(cols), np.nan)
                elif agg is Aggregation.MAX:
                    val = np.nanmax(chunk, axis=0) if len(chunk) else np.full(len(cols), np.nan)
                elif agg is Aggregation.FIRST:
                    idx = present.argmax(axis=0)
                    val = chunk[idx, np.arange(len(cols))] if len(chunk) else count * np.nan
                else:
                    idx = len(chunk) - 1 - present[::-1].argmax(axis=0)
                    val = chunk[idx, np.arange(len(cols))] if len(chunk) else count * np.nan
            out[p, cols] = np.where(count > 0, val, np.nan)
    return out


# --- results ---------------------------------------------------------------------------------


def deltas(current: Array, prior: Array, is_bps: npt.NDArray[np.bool_]) -> npt.NDArray[np.float64]:
    """pct: (current − prior) / |prior|; bps: (current − prior) × 10 000; NaN when undefined.

    The array form of :meth:`wbr.schema.Comparison.delta` (one value pair, None when undefined).
    """
    with np.errstate(all="ignore"):
        pct = (current - prior) / np.abs(prior)
        pct = np.where(prior == 0, np.nan, pct)
        bps = (current - prior) * 10_000.0
    return np.where(is_bps, bps, pct)


def _nullable(values: npt.NDArray[np.float64]) -> list[list[float | None]]:
    """Rows of floats with NaN (and infinities) as None."""
    clean = np.where(np.isfinite(values), values, np.nan)
    return [[None if v != v else v for v in row] for row in clean.tolist()]


def _nullable_flat(values: npt.NDArray[np.float64]) -> list[float | None]:
    """The values row by row, flat, with NaN (and infinities) as None."""
    clean = np.where(np.isfinite(values), values, np.nan).ravel()
    return [None if v != v else v for v in clean.tolist()]


def _build_results(
    defs: Sequence[MetricDef],
    periods: ReportPeriods,
    value_m: npt.NDArray[np.float64],
    cov_m: npt.NDArray[np.float64],
    target_m: npt.NDArray[np.float64],
    provisional: npt.NDArray[np.bool_],
) -> tuple[MetricResult, ...]:
    is_bps = np.array([d.comparison is Comparison.BPS for d in defs], dtype=bool)
    higher = np.array([d.direction is Direction.HIGHER_IS_BETTER for d in defs], dtype=bool)
    pairs_of = [(LAST, PREV), (LAST, WPY0 + 5), (MTD, MTD_PY), (QTD, QTD_PY), (YTD, YTD_PY)]
    delta_m = (
        np.column_stack([deltas(value_m[:, a], value_m[:, b], is_bps) for a, b in pairs_of])
        if len(defs)
        else np.empty((0, 5))
    )
    vs_target = deltas(value_m[:, LAST], target_m[:, LAST], is_bps)
    with np.errstate(invalid="ignore"):
        met = np.where(higher, value_m[:, LAST] >= target_m[:, LAST],
                       value_m[:, LAST] <= target_m[:, LAST])  # fmt: skip
    met_known = ~np.isnan(value_m[:, LAST]) & ~np.isnan(target_m[:, LAST])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        baseline = np.nanmean(value_m[:, LAST - 4 : LAST], axis=1)

    vals = _nullable(value_m)
    tgts = _nullable(target_m)
    dels = _nullable(delta_m)
    covs = np.nan_to_num(cov_m, nan=0.0)
    prov = provisional.tolist()
    vs = _nullable(vs_target[:, None])
    base = _nullable(baseline[:, None])
    # the six weeks and twelve months of every metric, built column by column (build_many):
    # 27,000 constructor calls for 1,500 metrics would cost more than all the arithmetic above
    n = len(defs)
    has_target = np.array([bool(d.target) for d in defs], dtype=bool)[:, None]

    def points(cls: type[P], key: str, keys: list[Any], first: int, prior: int,
               period: Sequence[Period], prior_period: Sequence[Period]) -> list[P]:  # fmt: skip
        count = len(keys)
        return build_many(
            cls,
            n * count,
            **{key: keys * n},
            value=_nullable_flat(value_m[:, first : first + count]),
            prior_year=_nullable_flat(value_m[:, prior : prior + count]),
            coverage=covs[:, first : first + count].ravel().tolist(),
            target=_nullable_flat(np.where(has_target, target_m[:, first : first + count], np.nan)),
            provisional=provisional[:, first : first + count].ravel().tolist(),
            period=list(period[:count]) * n,
            prior_period=list(prior_period[:count]) * n,
        )

    weeks = points(WeekPoint, "week_ending", [w.end for w in periods.weeks[:6]], W0, WPY0,
                   periods.weeks, periods.weeks_prior_year)  # fmt: skip
    months = points(MonthPoint, "month", [m.key for m in periods.months[:12]], M0, MPY0,
                    periods.months, periods.months_prior_year)  # fmt: skip
    covs_rows = covs.tolist()
    out: list[MetricResult] = []
    for i, d in enumerate(defs):
        v, t, dl, c, pv = vals[i], tgts[i], dels[i], covs_rows[i], prov[i]
        target = None
        if d.target is not None:
            target = TargetResult(
                last_week=t[LAST],
                vs_target=vs[i][0],
                met=bool(met[i]) if met_known[i] else None,
                mtd=t[MTD],
                qtd=t[QTD],
                ytd=t[YTD],
            )
        out.append(
            MetricResult(
                metric=d,
                summary=Summary(
                    last_week=v[LAST],
                    wow=dl[0],
                    yoy=dl[1],
                    mtd=v[MTD],
                    mtd_yoy=dl[2],
                    qtd=v[QTD],
                    qtd_yoy=dl[3],
                    ytd=v[YTD],
                    ytd_yoy=dl[4],
                    provisional=pv[LAST],
                ),
                coverage=Coverage(last_week=c[LAST], mtd=c[MTD], qtd=c[QTD], ytd=c[YTD]),
                weeks=tuple(weeks[6 * i : 6 * i + 6]),
                months=tuple(months[12 * i : 12 * i + 12]),
                target=target,
                baseline=base[i][0],
            )
        )
    return tuple(out)


def _coverage_warnings(
    data: LoadedData,
    periods: ReportPeriods,
    source_cov: npt.NDArray[np.float64],
    source_index: dict[str, int],
) -> tuple[str, ...]:
    found: list[str] = []
    week_ending = periods.weeks[-1].end
    newest = max((s.last_date for s in data.sources.values()), default=week_ending)
    for source in data.sources.values():
        j = source_index[source.name]
        if source.last_date < week_ending:
            found.append(
                f"source '{source.name}' has no data after {source.last_date}; "
                "its metrics' last week is partial"
            )
        elif source.last_date < newest:
            found.append(
                f"source '{source.name}' ends {source.last_date}, "
                f"{(newest - source.last_date).days} day(s) behind the newest source ({newest})"
            )
        for k, w in enumerate(periods.weeks):
            cov = source_cov[W0 + k, j]
            if cov < 1 and not (k == 5 and source.last_date < week_ending):
                have = round(cov * 7)
                found.append(
                    f"source '{source.name}' has data on {have} of 7 days in the week ending "
                    f"{w.end}; that week is {'empty' if have == 0 else 'partial'}"
                )
    return tuple(found)
