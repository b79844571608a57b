"""From the engine's weekly series to each metric's :class:`~wbr.results.Signals` (issue #8).

Settings, process changes and maturity decide which weeks each metric's limits may use; the
limits and rules are one :func:`~wbr.signals.xmr.compute_xmr` call for all metrics; only the
final packing into frozen result objects walks the metrics.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

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
    limits, rules = compute_xmr(values, judged, baseline_weeks, min_weeks, run_length)

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

    out: list[MetricResult] = []
    ends = weekly.week_ends
    # Python lists for the packing loop: indexing numpy scalars one by one is far slower
    val_l, mr_l = _nullable(values.T), _nullable(shown_mr.T)
    code_l, dir_l = codes.T.tolist(), good_bad.T.tolist()
    prov_l, base_l = provisional.T.tolist(), rules.in_baseline.T.tolist()
    judged_l = judged.T.tolist()
    centre_l, lower_l, upper_l, mr_mean, mr_upper = _nullable(
        np.vstack([limits.centre, limits.lower, limits.upper, limits.mr_mean, limits.mr_upper])
    )
    for j, result in enumerate(results):
        f = int(first[j])
        codes_j, dirs_j, base_j = code_l[j], dir_l[j], base_l[j]
        series = tuple(
            SignalPoint(
                ends[k],
                val_l[j][k],
                mr_l[j][k],
                RULE_SETS[codes_j[k]],
                DIRECTION[dirs_j[k]] if codes_j[k] else None,
                prov_l[j][k],
                base_j[k],
            )
            for k in range(f, n_weeks)
        )
        on = bool(enabled[j])
        has = on and bool(limits.has_limits[j])
        this_week = RULE_SETS[codes_j[-1]] if has and judged_l[j][-1] else ()
        if not on:
            status = SignalStatus.OFF
        elif not has:
            status = SignalStatus.TOO_LITTLE_DATA
        else:
            status = SignalStatus.SIGNAL if this_week else SignalStatus.ROUTINE
        in_base = [k for k in range(f, n_weeks) if base_j[k]]
        change = latest[j]
        centre, lower, upper = (centre_l[j], lower_l[j], upper_l[j]) if has else (None, None, None)
        signals = Signals(
            status=status,
            baseline_from=ends[in_base[0]] if in_base and on else None,
            baseline_to=ends[in_base[-1]] if in_base and on else None,
            baseline_weeks=len(in_base) if on else 0,
            centre=centre,
            lower=lower,
            upper=upper,
            mr_mean=mr_mean[j] if has else None,
            mr_upper=mr_upper[j] if has else None,
            series=series,
            this_week=this_week,
            assurance=assurance(result.metric, lower, upper),
            process_change=change.date if change is not None else None,
            process_change_note=change.note if change is not None else None,
        )
        out.append(replace(result, signals=signals))
    return tuple(out)


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
    clean = np.where(np.isfinite(values), values, np.nan)
    return [[None if v != v else v for v in row] for row in clean.tolist()]
