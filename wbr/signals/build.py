"""From the engine's weekly series to each metric's :class:`~wbr.results.Signals` (issue #8).

Settings, process changes and maturity decide which weeks each metric's limits may use; the
limits and rules are one :func:`~wbr.signals.xmr.compute_xmr` call for all metrics; only the
final packing into frozen result objects walks the metrics.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import deque
from collections.abc import Sequence
from itertools import repeat
from typing import Literal, TypeVar

import numpy as np
import numpy.typing as npt

from wbr.results import (
    FULL,
    Assurance,
    MetricResult,
    SignalPoint,
    SignalRule,
    Signals,
    SignalStatus,
)
from wbr.schema import MetricDef, TargetKind
from wbr.signals.series import WeeklySeries
from wbr.signals.settings import ProcessChange, SignalSettings
from wbr.signals.xmr import compute_xmr, moving_ranges

RULE_ORDER = (SignalRule.OUTSIDE, SignalRule.THREE_OF_FOUR, SignalRule.RUN, SignalRule.RANGE)
# every combination of the four rule bits → the rules' tuple, built once
RULE_SETS = tuple(
    tuple(rule for bit, rule in enumerate(RULE_ORDER) if code >> bit & 1) for code in range(16)
)
DIRECTION: dict[int, Literal["good", "bad"] | None] = {1: "good", -1: "bad", 0: None}
T = TypeVar("T")


def settings_for(d: MetricDef, project: SignalSettings) -> SignalSettings:
    """A metric's signal settings: the project's, with its own ``signals:`` keys laid over."""
    return d.signals.apply(project) if d.signals is not None else project


def latest_change(
    metric_id: str, changes: Sequence[ProcessChange], week_ending: dt.date
) -> ProcessChange | None:
    """The latest process change on or before the report week that applies to the metric."""
    found = [c for c in changes if c.applies_to(metric_id) and c.date <= week_ending]
    return found[-1] if found else None


def attach_signals(
    results: Sequence[MetricResult],
    weekly: WeeklySeries,
    project: SignalSettings,
    changes: Sequence[ProcessChange] = (),
) -> tuple[MetricResult, ...]:
    """Every result with its ``signals`` filled in (results in the same order as the series)."""
    changes = sorted(changes, key=lambda c: c.date)
    n_weeks = len(weekly.week_ends)
    week_ending = weekly.week_ends[-1]
    starts = [(e - dt.timedelta(days=6)).toordinal() for e in weekly.week_ends]
    per_metric = [settings_for(r.metric, project) for r in results]
    latest = [latest_change(r.metric.id, changes, week_ending) for r in results]
    first = np.empty(len(results), dtype=np.int64)
    for j, (s, change) in enumerate(zip(per_metric, latest, strict=True)):
        first[j] = max(n_weeks - s.weeks, 0)
        if change is not None:  # the series starts with the first week wholly after the change
            first[j] = max(first[j], bisect.bisect_left(starts, change.date.toordinal()))
    enabled = np.array([s.enabled for s in per_metric], dtype=bool)
    baseline_weeks = np.array([s.baseline_weeks for s in per_metric], dtype=np.int64)
    min_weeks = np.array([s.min_baseline_weeks for s in per_metric], dtype=np.int64)
    run_length = np.array([s.run_length for s in per_metric], dtype=np.int64)

    values = weekly.values.T  # weeks × metrics
    rows = np.arange(n_weeks)[:, None]
    in_series = rows >= first[None, :]
    present = ~np.isnan(values) & np.isfinite(values) & in_series
    provisional = weekly.provisional.T
    judged = present & (weekly.coverage.T >= FULL) & ~provisional & enabled[None, :]
    counts = np.array([r.metric.unit == "count" for r in results], dtype=bool)
    limits, rules = compute_xmr(values, judged, baseline_weeks, min_weeks, run_length, counts)

    # a provisional week is only held against the limits (drawn, hedged, never in a baseline)
    with np.errstate(invalid="ignore"):
        early_hi = present & provisional & enabled[None, :] & (values > limits.upper)
        early_lo = present & provisional & enabled[None, :] & (values < limits.lower)
    outside = rules.outside | early_hi | early_lo
    side = np.where(early_hi, 1, np.where(early_lo, -1, rules.side))
    codes = (outside * 1 + rules.three_of_four * 2 + rules.run * 4 + rules.range * 8).astype(
        np.int64
    )
    signs = np.array([r.metric.direction.sign for r in results], dtype=np.int64)
    good_bad = (side * signs[None, :]).astype(np.int64)
    shown_mr = np.where(judged, rules.moving_range, moving_ranges(values, present))

    # Packing into frozen objects is the only per-metric work; it is done column by column
    # (see _build_many) because calling a frozen dataclass's __init__ 26 × 1,500 times would cost
    # more than all the arithmetic above.
    ends = weekly.week_ends
    by_metric = (rows >= first[None, :]).T  # metrics × weeks: the weeks in each series
    week_idx = np.broadcast_to(np.arange(n_weeks), by_metric.shape)[by_metric].tolist()
    codes_flat = codes.T[by_metric]
    dir_codes = np.where(codes_flat > 0, good_bad.T[by_metric], 0).tolist()
    points = _build_many(
        SignalPoint,
        len(week_idx),
        week_ending=list(map(ends.__getitem__, week_idx)),
        value=_nullable_flat(values.T[by_metric]),
        moving_range=_nullable_flat(shown_mr.T[by_metric]),
        rules=list(map(RULE_SETS.__getitem__, codes_flat.tolist())),
        direction=list(map(DIRECTION.__getitem__, dir_codes)),
        provisional=provisional.T[by_metric].tolist(),
        in_baseline=rules.in_baseline.T[by_metric].tolist(),
    )
    lengths = (n_weeks - first).tolist()
    offsets = np.concatenate([[0], np.cumsum(lengths)]).tolist()
    series = [tuple(points[a:b]) for a, b in zip(offsets[:-1], offsets[1:], strict=True)]

    has = enabled & limits.has_limits
    report_judged = judged[-1] & has
    last_codes = codes[-1].tolist()
    this_week = [
        RULE_SETS[c] if ok else () for c, ok in zip(last_codes, report_judged.tolist(), strict=True)
    ]
    status = [
        SignalStatus.OFF if not on
        else SignalStatus.TOO_LITTLE_DATA if not lim
        else SignalStatus.SIGNAL if tw
        else SignalStatus.ROUTINE
        for on, lim, tw in zip(enabled.tolist(), has.tolist(), this_week, strict=True)
    ]  # fmt: skip
    in_base = rules.in_baseline & enabled[None, :]
    n_base = in_base.sum(axis=0)
    base_from = np.argmax(in_base, axis=0).tolist()
    base_to = (n_weeks - 1 - np.argmax(in_base[::-1], axis=0)).tolist()
    some = (n_base > 0).tolist()
    masked = np.where(has[None, :], np.vstack([
        limits.centre, limits.lower, limits.upper, limits.mr_mean, limits.mr_upper
    ]), np.nan)  # fmt: skip
    centre, lower, upper, mr_mean, mr_upper = _nullable(masked)
    signals = _build_many(
        Signals,
        len(results),
        status=status,
        baseline_from=[ends[k] if ok else None for k, ok in zip(base_from, some, strict=True)],
        baseline_to=[ends[k] if ok else None for k, ok in zip(base_to, some, strict=True)],
        baseline_weeks=n_base.tolist(),
        centre=centre,
        lower=lower,
        upper=upper,
        mr_mean=mr_mean,
        mr_upper=mr_upper,
        series=series,
        this_week=this_week,
        assurance=[
            assurance(r.metric, lo, up) for r, lo, up in zip(results, lower, upper, strict=True)
        ],
        process_change=[c.date if c is not None else None for c in latest],
        process_change_note=[c.note if c is not None else None for c in latest],
        rare_events=(enabled & limits.rare).tolist(),
    )
    copies = {
        name: [getattr(r, name) for r in results]
        for name in MetricResult.__slots__
        if name != "signals"
    }
    return tuple(_build_many(MetricResult, len(results), signals=signals, **copies))


def _build_many(cls: type[T], count: int, **columns: Sequence[object]) -> list[T]:
    """``count`` instances of a frozen slots dataclass, one field at a time for all of them.

    Same objects as calling the constructor (every slot set, immutable afterwards), built with
    the slots' C-level setters mapped over whole columns instead of one ``__init__`` per object.
    """
    slots = cls.__slots__  # type: ignore[attr-defined]
    assert set(columns) == set(slots), sorted(set(slots) ^ set(columns))
    objects = list(map(object.__new__, repeat(cls, count)))
    for name in slots:
        setter = getattr(cls, name).__set__
        deque(map(setter, objects, columns[name]), maxlen=0)
    return objects


build_many = _build_many  # the engine builds every metric's weeks and months the same way


def assurance(d: MetricDef, lower: float | None, upper: float | None) -> Assurance | None:
    """Where a constant target lies against the limits (NHS "Making Data Count").

    Only ``value`` and ``weekly`` targets are constant week to week; a plan column gets no
    verdict. A target exactly on a limit can be hit by chance: hit and miss.
    """
    if d.target is None or d.target.kind is TargetKind.COLUMN or lower is None or upper is None:
        return None
    target = float(d.target.amount or 0.0)  # a weekly amount is the weekly series' own level
    sign = d.direction.sign
    if (sign > 0 and target < lower) or (sign < 0 and target > upper):
        return Assurance.CONSISTENTLY_MEETS
    if (sign > 0 and target > upper) or (sign < 0 and target < lower):
        return Assurance.CONSISTENTLY_MISSES
    return Assurance.HIT_AND_MISS


def _nullable(values: npt.NDArray[np.float64]) -> list[list[float | None]]:
    """Rows of floats with NaN and infinities as None."""
    return [_nullable_flat(row) for row in values]


def _nullable_flat(values: npt.NDArray[np.float64]) -> list[float | None]:
    """Floats with NaN and infinities as None."""
    clean = np.where(np.isfinite(values), values, np.nan)
    return [None if v != v else v for v in clean.tolist()]
