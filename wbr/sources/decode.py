"""A source statement's answers as arrays (issue #11): the rows of
:meth:`wbr.sources.pushdown.WarehouseRecords.statement` decoded with numpy into each record
group's daily totals and period values (the shapes of :class:`wbr.sources.RecordSource`).

Daily branches hold a row per day (``_at``: days after the window's first) and breakdown value;
period branches a row per period (``_at``: the span's index) and breakdown value. Minima,
maxima and first/last values come per day and are reduced to periods here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from wbr.schema import Aggregation
from wbr.sources import ADDITIVE_AGGS, RecordGroup, Window

if TYPE_CHECKING:
    from wbr.sources.plan import Branch, Plan

DAY_AGGS = ADDITIVE_AGGS | {Aggregation.MIN, Aggregation.MAX, Aggregation.FIRST, Aggregation.LAST}
"""What a period takes from its days' aggregates; the rest is computed per period."""


@dataclass(frozen=True, slots=True)
class Answers:
    """A group's answers over a window of days from ``start``."""

    start: dt.date
    daily: npt.NDArray[np.float64]  # (metrics, 1 + values, 2, days)
    periods: npt.NDArray[np.float64]  # (metrics, 1 + values, periods)
    days: npt.NDArray[np.float64]  # (metrics, 1 + values, days): a day's min/max/first/last


def resliced(
    group: RecordGroup, earlier: dict[RecordGroup, Answers], window: Window
) -> Answers | None:
    """The answers for ``group`` over another window inside the days of an earlier group with
    the same records and these metrics among its own, without a query: for metrics that all
    add up from days (a funnel block's second calendar); None if there is no such group."""
    if any(m.agg not in DAY_AGGS for m in group.metrics):
        return None
    same = (group.source, group.date, group.filters, group.cohort, group.by, group.by_values)
    for old, answers in earlier.items():
        if (old.source, old.date, old.filters, old.cohort, old.by, old.by_values) != same:
            continue
        if not set(group.metrics) <= set(old.metrics):
            continue
        at = (window.start - answers.start).days
        if at < 0 or at + window.n_days > answers.daily.shape[-1]:
            return None
        rows = [old.metrics.index(m) for m in group.metrics]
        days = answers.days[rows, :, at : at + window.n_days]
        periods = np.full((*days.shape[:2], len(window.starts)), np.nan)
        _periods_of_days(group, days, window, periods)
        daily = answers.daily[rows, ..., at : at + window.n_days]
        return Answers(window.start, daily, periods, days)
    return None


def _periods_of_days(
    group: RecordGroup,
    days: npt.NDArray[np.float64],
    window: Window,
    periods: npt.NDArray[np.float64],
) -> None:
    """Each period's minimum, maximum, first or last value from its days'."""
    starts, ends = window.starts, window.ends
    for i, metric in enumerate(group.metrics):
        agg = metric.agg
        if agg in (Aggregation.MIN, Aggregation.MAX):
            ufunc = np.fmin if agg is Aggregation.MIN else np.fmax
            periods[i] = _period_extreme(days[i], starts, ends, ufunc)
        elif agg in (Aggregation.FIRST, Aggregation.LAST):
            periods[i] = _period_end(days[i], starts, ends, agg is Aggregation.FIRST)


def decode(plan: Plan, frame: pd.DataFrame, window: Window) -> dict[RecordGroup, Answers]:
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
    at_all = frame["_at"].astype("float64").to_numpy()
    for bi, branch in enumerate(plan.branches):
        rows = np.flatnonzero(branch_of == bi)
        at = at_all[rows]
        limit = n_days if branch.daily else len(plan.spans)
        inside = ~np.isnan(at) & (at >= 0) & (at < limit)  # the range's extra day each side
        rows, at = rows[inside], at[inside].astype(np.int64)
        by_text = frame["_by"].iloc[rows].astype("string").fillna("") if branch.by else None
        if branch.daily:
            _decode_daily(plan, branch, values[rows], at, by_text, daily, days)
        else:
            _decode_periods(plan, branch, values[rows], at, by_text, spans)
    answers: dict[RecordGroup, Answers] = {}
    for gi, group in enumerate(plan.groups):
        periods = np.full((len(group.metrics), 1 + len(group.by_values), n_periods), np.nan)
        _periods_of_days(group, days[gi], window, periods)
        for i, metric in enumerate(group.metrics):
            if metric.agg not in DAY_AGGS:
                periods[i] = spans[gi][i][:, plan.span_of]
                if metric.agg is Aggregation.COUNT_DISTINCT:
                    periods[i] = np.nan_to_num(periods[i], nan=0.0)
        answers[group] = Answers(window.start, daily[gi], periods, days[gi])
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
    span: npt.NDArray[np.int64],
    by_text: pd.Series | None,
    spans: list[npt.NDArray[np.float64]],
) -> None:
    """A period branch's rows (one per period, or per period and breakdown value) into
    per-span arrays."""
    slot_group = np.array([s.group for s in branch.slots])
    slot_metric = np.array([s.metric for s in branch.slots])
    for gi in np.unique(slot_group).tolist():
        mine = np.flatnonzero(slot_group == gi)
        metric = slot_metric[mine]
        if branch.by is None:
            spans[gi][metric[None, :], 0, span[:, None]] = block[:, mine]
            continue
        code = _codes(by_text, plan.groups[gi], branch)
        rows = np.flatnonzero(code >= 0)
        spans[gi][metric[None, :], 1 + code[rows][:, None], span[rows][:, None]] = block[
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
